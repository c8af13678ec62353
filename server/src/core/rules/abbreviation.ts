// Abbreviations are spelled out at first use, with the abbreviation in parentheses (R33), and
// "United Nations", "General Assembly", "Economic and Social Council", "Secretary-General" and the
// United Nations Offices are never abbreviated (R34).
//
// Reported: an abbreviation used before the place that spells it out; an abbreviation the report
// never spells out whose full form undraft knows (data/abbreviations.ts) and which is not better
// known by its abbreviation; and UN, GA, UNGA, ECOSOC, UNSC, SG, UNOV, UNOG, UNON in running text. Abbreviations
// the report never explains and undraft does not know are left alone: they may be names.

import { NEVER_ABBREVIATED } from '../data/abbreviations';
import { endsPersonName, hasInitials, isUnName, opensName } from '../un/names';
import type { DraftModel } from '../model';
import { asReceivedLines, inQuotation, inRanges, isProseLine, isSpaceCode, opaqueRanges, titleLines } from '../prose';
import type { Rule } from '../rule';
import { carriesOn, forEachBlock } from '../blocks';
import { entryLookup } from './abbreviation/entries';
import { fullFormAt } from './abbreviation/full-form';
import { CANDIDATE_RE, isTokenStart, mayBeAbbreviation, tokenEnd } from './abbreviation/tokens';
import type { Fix, TextRange } from '../types';

interface Use {
  /** Between capitalized words, as part of a name: "the Vienna NGO Committee on Drugs". */
  inName: boolean;
  /** The abbreviation in its singular form: `ICT` for `ICTs` and `ICT's`. */
  key: string;
  /** The text as written: `ICT's`. */
  written: string;
  plural: boolean;
  start: number;
  end: number;
  /** The line of the use. */
  line: number;
}

interface Definition {
  /** Listed in an "Abbreviations:" note, which explains it for the whole document. */
  glossary?: boolean;
  /** Offset of the full form's first character, when it could be found. */
  fullStart?: number;
  full?: string;
  /** Offset just past `)`. */
  end: number;
  /** Offset of `(`. */
  parenStart: number;
}

/** Where a word `mayBeAbbreviation` accepts can start (CANDIDATE_RE without its g flag): a block without one is not read. */
const MAY_ABBREVIATE_RE = new RegExp(CANDIDATE_RE.source);
const ACRONYM_RE = /^([A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)*)(s|'s|’s)?$/;
const ROMAN_RE = /^[IVXLCDM]+$/;
/** Bodies whose abbreviation before "resolution", "decision" or "res." the resolution-citation rule reports. */
const CITING_BODIES = new Set(['GA', 'UNGA', 'ECOSOC', 'UNSC', 'HRC']);
/** As resolution-citation reads it: a space, an optional "draft", then resolution(s), decision(s) or res. */
const CITATION_AFTER_RE = / (?:draft )?(?:resolutions?|decisions?|[Rr]es\b)/y;
/** Words after an abbreviation that show it is used as a noun, not before one. */
const NOT_A_NOUN = new Set(
  'and or to in on at of for with by from as that which who was were is are has have had will would shall should may can could also not but than'.split(' '),
);
const ARTICLE_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'no']);

function acronymOf(word: string): { key: string; plural: boolean } | undefined {
  const m = ACRONYM_RE.exec(word);
  if (!m) return undefined;
  const base = m[1];
  if (ROMAN_RE.test(base)) return undefined;
  let caps = 0;
  for (let i = 0; i < base.length; i++) if (base.charCodeAt(i) >= 65 && base.charCodeAt(i) <= 90) caps++;
  if (caps < 2) return undefined;
  return { key: base, plural: m[2] !== undefined };
}

/**
 * "UN" as part of an official name or post title that is itself written with it: "UN Women" (the
 * entity's name), and "UN" inside a title in initial capitals, between a capitalized word that
 * does not open the sentence and a capitalized word: "the Deputy Executive Director for Normative
 * Support, UN System Coordination and Programme Results". "The UN system", "other UN entities",
 * "the UN Board of Auditors" or "UN agencies" at the start of a sentence stay findings (R34).
 */
function isUnInProperName(t: string, at: number): boolean {
  if (isUnName(t, at)) return true;
  if (!/^ \p{Lu}\p{Ll}/u.test(t.slice(at + 2, at + 5))) return false;
  // The word before, capitalized, with an optional comma: "Support, UN", "Normative Support UN".
  let e = at;
  if (t.charCodeAt(e - 1) !== 32) return false;
  e--;
  if (t.charCodeAt(e - 1) === 44 /* , */) e--;
  let s = e;
  while (s > 0 && /[\p{L}-]/u.test(t.charAt(s - 1))) s--;
  if (s === e || !/\p{Lu}/u.test(t.charAt(s))) return false;
  // …and not the first word of a sentence or of the line: a word ending in a letter comes before it.
  return s >= 2 && t.charCodeAt(s - 1) === 32 && /\p{L}/u.test(t.charAt(s - 2));
}

/**
 * Whether a line of the document's title block or a heading before `line` spells out the name: its
 * known full form, or capitalized words whose initials give the abbreviation ("Report of the Office
 * of Internal Oversight Services on …" defines OIOS for the report).
 */
function namedByTitle(model: DraftModel, titles: readonly number[], line: number, key: string, full: string | undefined): boolean {
  for (const i of titles) {
    if (i >= line) break;
    const t = model.lines[i].text;
    if ((full && t.includes(full)) || hasInitials(t, key)) return true;
  }
  return false;
}

/** "Abbreviations: TPNW, Treaty on …; ICAN, International …" explains each abbreviation it lists. */
const LIST_LINE_RE = /^\s*(?:Abbreviations|Acronyms)(?: and acronyms)?\s*:/i;
/**
 * A list of abbreviations set out one a line under its own title, which the Editorial Manual allows after the
 * contents or at the end of the document: "Abbreviations and acronyms", then "ICT<tab>information and …".
 */
const LIST_TITLE_RE = /^\s*(?:#+\s*)?(?:List of )?(?:abbreviations|acronyms)(?: and (?:abbreviations|acronyms))?\s*:?\s*$/i;
/** One entry of such a list: the abbreviation, then a tab, two spaces, a table bar, a dash, a colon or a comma. */
const LIST_ROW_RE = /^\s*\|?\s*([A-Z][A-Za-z0-9&-]*[A-Z0-9])s?(?:\t|\s*\||\s{2,}| [–—-] |: |, )\s*\S/;
const LIST_ENTRY_RE = /(?:^|[:;]\s*)([A-Z][A-Z0-9&-]*[A-Z0-9])s?,\s/g;
/**
 * The legal-drafting form of an explanation: "(hereinafter “UNTOC”)", "(hereafter referred to as UNTOC)",
 * "(“UNTOC”)". It spells the name out as "Full Form (ABBR)" does; the abbreviation is the group.
 */
const HEREINAFTER_RE = /^(?:(?:hereinafter|hereafter)(?: referred to as| called)? )?["“‘']?([A-Z][A-Z0-9&-]*[A-Z0-9](?:s|'s|’s)?)["”’']?$/;

function collectDefinitions(model: DraftModel, opaque: readonly TextRange[]): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  const add = (key: string, d: Definition): void => {
    // A list of abbreviations explains the abbreviation for the whole document, wherever the text spells it out.
    if (!defs.has(key) || (d.glossary && !defs.get(key)?.glossary)) defs.set(key, d);
  };
  let inList = false; // under a list title, while its rows last (blank lines between rows allowed)
  let head = 0; // the first line of the block line i is in
  for (let i = 0; i < model.lines.length; i++) {
    const line = model.lines[i];
    const t = line.text;
    if (!carriesOn(model, i)) head = i;
    if (LIST_TITLE_RE.test(t)) {
      inList = true;
      continue;
    }
    if (inList && t.trim() !== '' && !/^\s*\|?[\s|:-]*$/.test(t)) {
      const row = LIST_ROW_RE.exec(t);
      if (row) {
        add(row[1], { end: line.end, parenStart: line.start, glossary: true });
        continue;
      }
      inList = false;
    }
    if (LIST_LINE_RE.test(t)) {
      LIST_ENTRY_RE.lastIndex = 0;
      for (let m = LIST_ENTRY_RE.exec(t); m !== null; m = LIST_ENTRY_RE.exec(t)) {
        add(m[1], { end: line.start + m.index + m[0].length, parenStart: line.start + m.index, glossary: true });
      }
      continue;
    }
    let close = -2; // the next ')' after the current '(', found once per stretch so the scan stays linear
    for (let p = t.indexOf('('); p !== -1; p = t.indexOf('(', p + 1)) {
      if (close !== -1 && close <= p) close = t.indexOf(')', p + 1);
      if (close === -1) break;
      if (close - p > 40) continue;
      // Both forms need a capital first inside the parentheses: skip at once what opens with another ASCII character.
      let f = p + 1;
      while (f < close && isSpaceCode(t.charCodeAt(f))) f++;
      const first = t.charCodeAt(f);
      // ("h" and a straight quotation mark open the "(hereinafter “ABBR”)" form.)
      if (f === close || (first < 128 && (first < 65 || first > 90) && first !== 104 && first !== 34)) continue;
      if (inRanges(opaque, line.start + p)) continue;
      const inner = t.slice(p + 1, close).trim();
      const a = acronymOf(inner) ?? acronymOf(HEREINAFTER_RE.exec(inner)?.[1] ?? '');
      if (a) {
        // "Mr. J. K. Smith (UNHCR)": the person's affiliation, not a name spelled out.
        if (endsPersonName(t, p)) continue;
        const ff = fullFormAt(model, head, i, p, a.key);
        if (!ff) continue;
        add(a.key, { parenStart: line.start + p, end: line.start + close + 1, fullStart: ff.start, full: ff.full });
        continue;
      }
      // "ABBR (Full Form)": the abbreviation explained after it.
      let we = p;
      while (we > 0 && t.charCodeAt(we - 1) === 32) we--;
      let ws = we;
      while (ws > 0 && /[A-Z0-9&-]/.test(t.charAt(ws - 1))) ws--;
      const written = acronymOf(t.slice(ws, we));
      if (written && /^\p{Lu}/u.test(inner) && inner.split(/\s+/).length >= 2) add(written.key, { parenStart: line.start + ws, end: line.start + close + 1 });
    }
  }
  return defs;
}

export const abbreviationRule: Rule = {
  meta: {
    id: 'abbreviation',
    description: 'Abbreviations are spelled out at first use and United Nations titles are never abbreviated',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'abbreviations'],
    conventions: ['R33', 'R34'],
    messages: {
      neverAbbreviated: '"{{written}}": "{{full}}" is never abbreviated in United Nations documents; write it in full',
      usedBeforeSpelledOut: '"{{written}}" is used before it is spelled out; write the full form followed by "({{abbreviation}})" at first use',
      neverSpelledOut: '"{{written}}" is never spelled out; write "{{full}} ({{abbreviation}})" at first use',
      neverSpelledOutUnknown: '"{{written}}" is never spelled out; write the full form followed by the abbreviation in parentheses at first use',
    },
    options: [
      {
        name: 'known',
        description: 'The body\'s own abbreviations with their full forms (`{ "EGRIS": "the Expert Group on Refugee Statistics" }`): used before being spelled out, they are reported with the full form to write. A full form that opens with "the" takes the article in running text.',
        type: 'string-map',
        default: {},
      },
      {
        name: 'neverSpellOut',
        description: 'Abbreviations better known than their full forms in this body\'s documents (`["UNICEF", "OSCE"]`): they may stand without being spelled out.',
        type: 'string[]',
        default: [],
      },
    ],
  },
  check(ctx) {
    const { model } = ctx;
    const lookup = entryLookup(ctx);
    const text = model.text;
    const opaque = opaqueRanges(model);
    const titles = titleLines(model);
    const received = asReceivedLines(model);
    const defs = collectDefinitions(model, opaque);

    const firstUse = new Map<string, Use>();
    // Footnotes cite sources by their published titles; they are left alone, as is text reproduced as received.
    const keep = (i: number): boolean => isProseLine(model, i) && !titles[i] && !received[i];
    // A wrapped paragraph is read as one text: the words around an abbreviation may stand across a line break.
    forEachBlock(model, keep, MAY_ABBREVIATE_RE, (b) => {
      const t = b.text;
      // (test() rather than exec(): no match object per candidate; the match is the two characters before lastIndex.)
      CANDIDATE_RE.lastIndex = 0;
      let found = CANDIDATE_RE.test(t);
      // A line in capitals is a title or a name, not running text.
      if (!found || !/\p{Ll}/u.test(t)) return;
      for (; found; found = CANDIDATE_RE.test(t)) {
        const p = CANDIDATE_RE.lastIndex - 2;
        if (!isTokenStart(t, p)) continue;
        const q = tokenEnd(t, p);
        CANDIDATE_RE.lastIndex = q;
        if (!mayBeAbbreviation(t, p, q)) continue;
        const m = { index: p };
        let wl = q - p;
        while (wl > 1 && "'’-".includes(t.charAt(p + wl - 1))) wl--;
        const word = t.slice(p, p + wl);
        const start = b.at(m.index);
        const end = b.at(m.index + word.length);
        const after = t.charAt(m.index + word.length);
        const beforeCh = t.charAt(m.index - 1);
        if (after === '/' || beforeCh === '/' || after === '$' || after === '.' && /[A-Za-z0-9]/.test(t.charAt(m.index + word.length + 1))) continue;
        // A social-media handle or hashtag (@UN, #UNGA80) is a name on another platform, spelled as it is there.
        if (beforeCh === '@' || beforeCh === '#') continue;
        if (inRanges(opaque, start) || inQuotation(model, start)) continue;

        // "GA resolution 65/230": the citation is resolution-citation's to report and fix (R14), not a second finding here.
        if (CITING_BODIES.has(word)) {
          CITATION_AFTER_RE.lastIndex = m.index + word.length;
          if (CITATION_AFTER_RE.test(t)) continue;
        }

        const never = NEVER_ABBREVIATED.get(word);
        if (never) {
          // Inside "(UN)"-style definitions the abbreviation is being explained, not used;
          // "One UN" is the name of a programme.
          if (beforeCh === '(' && after === ')') continue;
          if (word === 'UN' && isUnInProperName(t, m.index)) continue;
          // The report spells it out as another name ("the ITU-T Study Group (SG)", "a genetic algorithm (GA)"):
          // there it does not stand for the title.
          const own = defs.get(word);
          if (own?.full !== undefined && !own.full.includes(never)) continue;
          // As a noun the title takes "the" ("at the Economic and Social Council"); before a noun it does not
          // ("General Assembly resolution"), nor after a determiner.
          const prev = /([A-Za-z]+)\s+$/.exec(t.slice(Math.max(0, m.index - 12), m.index));
          const next = /^\s+([A-Za-z][A-Za-z-]*)/.exec(t.slice(m.index + word.length, m.index + word.length + 30));
          const determined = !!prev && ARTICLE_BEFORE.has(prev[1].toLowerCase());
          const adjective = !!next && !NOT_A_NOUN.has(next[1].toLowerCase());
          const newText = !determined && !adjective && never !== 'United Nations' ? `the ${never}` : never;
          ctx.report({
            messageId: 'neverAbbreviated',
            data: { written: word, full: never },
            range: { start, end },
            // Always the same title written out; whether "the" goes before it is a guess from the words around.
            fixes: [{ title: `Write "${newText}"`, edits: [{ range: { start, end }, newText }], safety: newText === never ? 'safe' : 'unsafe' }],
          });
          continue;
        }
        const a = acronymOf(word);
        if (!a) continue;
        // The explanation itself: "(UNODC)" or the "ABBR (Full Form)" form.
        const def = defs.get(a.key);
        if (def && start >= def.parenStart && start < def.end) continue;
        if (!firstUse.has(a.key)) {
          const prevCap = /\p{Lu}[\p{L}-]* $/u.test(t.slice(Math.max(0, m.index - 30), m.index)) && !/[.:;!?] \S+ $/.test(t.slice(Math.max(0, m.index - 32), m.index));
          const nextCap = /^ \p{Lu}\p{Ll}/u.test(t.slice(m.index + word.length, m.index + word.length + 3));
          firstUse.set(a.key, { key: a.key, written: word, plural: a.plural, start, end, line: b.lineAt(m.index), inName: (prevCap && nextCap) || opensName(t, m.index + word.length) });
        }
      }
    });

    // The title block and the headings, in order: a name spelled out there is defined for the text below.
    const titleBlock: number[] = [];
    for (let i = 0; i < model.lines.length; i++) if (model.lineKinds[i] === 'front' || model.lineKinds[i] === 'heading') titleBlock.push(i);
    for (const use of [...firstUse.values()].sort((x, y) => x.start - y.start)) {
      const def = defs.get(use.key);
      const entry = lookup(use.key);
      if (def && (def.parenStart < use.start || def.glossary)) continue; // spelled out before, or in a list of abbreviations
      if (!def && (!entry || entry.wellKnown || use.inName)) continue; // unknown, better known by the abbreviation, or part of a name
      if (def && entry?.wellKnown) continue;
      // The title or a heading spells the name out: "Report of the Office of Internal Oversight Services".
      if (namedByTitle(model, titleBlock, use.line, use.key, entry?.full ?? def?.full)) continue;

      const fixes: Fix[] = [];
      const prevWord = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, use.start - 20), use.start));
      const hasArticle = !!prevWord && ARTICLE_BEFORE.has(prevWord[1].toLowerCase());
      const possessive = /['’]s$/.test(use.written);
      let full: string | undefined;
      let article = false;
      if (entry) {
        full = use.plural && entry.plural ? entry.plural.full : entry.full;
        article = entry.article && !(use.plural && entry.plural);
      } else if (def?.full) {
        full = def.full;
        article = def.fullStart !== undefined && /\bthe\s+$/i.test(text.slice(Math.max(0, def.fullStart - 5), def.fullStart));
      }
      const abbrShown = use.plural && entry?.plural ? entry.plural.abbr : use.key;
      if (full && !(possessive && !(use.plural && entry?.plural))) {
        const lead = article && !hasArticle ? 'the ' : '';
        const edits = [{ range: { start: use.start, end: use.end }, newText: `${lead}${full} (${abbrShown})` }];
        // The later explanation becomes the abbreviation alone.
        if (def && !def.glossary) {
          // Where the later explanation's full form starts, when it is the one the fix writes.
          let fullStart = def.fullStart !== undefined && def.full === full ? def.fullStart : undefined;
          if (fullStart === undefined && full && text.slice(def.parenStart - full.length - 1, def.parenStart) === `${full} `) fullStart = def.parenStart - full.length - 1;
          // Abbreviations take no article ("UNODC", not "the UNODC"): the article of the full name goes too.
          if (fullStart !== undefined && /^[Tt]he $/.test(text.slice(fullStart - 4, fullStart)) && (fullStart === 4 || /\s/.test(text.charAt(fullStart - 5)))) fullStart -= 4;
          if (fullStart !== undefined) edits.push({ range: { start: fullStart, end: def.end }, newText: use.key });
        }
        // The full form comes from a built-in list or a guessed explanation: the drafter decides.
        fixes.push({ title: `Spell out "${use.key}" as "${full}" at first use`, edits, safety: 'unsafe' });
      }
      const related = def ? [{ range: { start: def.parenStart, end: def.end }, message: `"${use.key}" is spelled out only here` }] : [];
      ctx.report({
        ...(def
          ? { messageId: 'usedBeforeSpelledOut', data: { written: use.written, abbreviation: use.key } }
          : full
            ? { messageId: 'neverSpelledOut', data: { written: use.written, full, abbreviation: abbrShown } }
            : { messageId: 'neverSpelledOutUnknown', data: { written: use.written } }),
        range: { start: use.start, end: use.end },
        related,
        fixes,
      });
    }
  },
};
