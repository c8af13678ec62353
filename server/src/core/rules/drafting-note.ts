// Text left from drafting that an issued document must not carry: notes to drafters and to self,
// `@name` mentions, placeholders for figures (`TBC`, `USD X.X million`), editorial braces
// (`{No text required}`) and `???`. Warnings in a draft, errors in a final document, like brackets.

import type { DraftModel } from '../model';
import { lineAtOffset } from '../text';
import { asReceivedLines, inQuotation, inRanges, opaqueRanges } from '../prose';
import type { MessageData, Rule, RuleContext } from '../rule';
import type { TextRange } from '../types';

/** A note addressed to the drafters, by the words that open it. */
const NOTE_RE = /\b(?:internal note|drafting note|note to (?:the )?drafters?|note for (?:the )?drafters?|note to self)\b/gi;
/** Only an address to the drafters is a note wherever it stands; `an internal note` may be a document. */
const ADDRESS_RE = /drafter/i;
/** `NB:` opening a note; `NB` alone is also an abbreviation (a company, a province). */
const NB_RE = /(?:^|(?<=[\s([]))N\.?B\.?:/g;
/** What follows the words of a note that is a document cited in parentheses: `of 12 March`, `on …`, `dated …`, `No. 4`, `, 2030`. */
const CITED_NOTE_AFTER_RE = /^(?:(?:of|on|dated|from|by|entitled|No\.)[ \u00a0]|\d|,[ \u00a0]*(?:19|20)\d\d\b)/;
/** A handle that is an item of a list of accounts (`@UN and @UNICEF:`), not a comment's address. */
const LISTED_HANDLE_BEFORE_RE = /(?:\b(?:and|or)|[,&])[ \t]+$/;
/** How far a note's opening parenthesis may stand before its words (`(EU internal note: …`). */
const NOTE_LEAD = 20;

/** A mention of a colleague, as comment threads write it: `@Maria:`, `@jdoe please check`; not a social-media handle. */
const MENTION_RE = /(?:^|(?<=[\s([]))@[A-Za-z][\w.-]{0,30}(?=:|\s+please\b)/g;

/**
 * Placeholders for what is not known yet: `TBC`, `TBD`, `TBA`; figures of X's with a decimal or thousands
 * mark (`X.X`, `X,XXX`); a year `20XX`; four X's or more, which no roman numeral is.
 */
const PLACEHOLDER_RE = /\bTB[CDA]\b|\bX{1,3}(?:[.,]X{1,3})+\b|\b(?:19|20)XX\b|\bX{4,}\b/g;

/** `XX` and `XXX` are also roman numerals (twenty, thirty); they are placeholders only in a figure's place. */
const ROMAN_LIKE_RE = /\bX{2,3}\b/g;
const FIGURE_BEFORE_RE = /(?:\b(?:from|USD|US\$|EUR|CHF|GBP|paragraphs?|paras?\.|pages?|footnote|No\.)|[$€£])[ \u00a0]$/;
const FIGURE_AFTER_RE = /^[ \u00a0](?:million|billion|thousand|per cent|percent|January|February|March|April|May|June|July|August|September|October|November|December)\b|^ ?%/;

/**
 * A symbol whose document number is not known yet: `A/78/XXX`, `E/CN.15/2024/XX/Add.1`. Roman numerals never
 * follow a session or a year in a symbol, so X's there are a placeholder (a symbol is otherwise left alone).
 */
const SYMBOL_PLACEHOLDER_RE = /\/\d{1,4}\/(X{2,})(?![^/])/;

/** A word after the figure: `XX delegations`, `XX Member States`. */
const COUNTED_WORD_AFTER_RE = /^[ \u00a0][A-Za-z]/;
/** A century, or the notation of sex chromosomes (`XX chromosomes`, `an XX karyotype`) in reports on intersex persons or sport. */
const CENTURY_AFTER_RE = /^[ \u00a0](?:century|centuries|th|chromosomes?|karyotypes?)\b/i;
/**
 * The capitalized name of a meeting or event after it: `the XX Ibero-American Summit`, `the XXX Meeting
 * of Ministers`, `the XX International AIDS Conference`, `the XXX Olympic Games`. Bodies that work in
 * Spanish, Portuguese or French number their meetings so, with the roman ordinal before the name.
 */
const EVENT_NAME_AFTER_RE = /^[ \u00a0](?:[A-Z][\w'\u2019-]*[ \u00a0]){0,5}(?:Summit|Conference|Congress|Meeting|Session|Forum|Games|Olympiad|Assembly|Symposium|Seminar|Colloquium|Workshop|Festival|Biennial|Biennale|Encounter|Round)\b/;
/** Nouns that take a roman numeral after them (the conference rooms of the Palais des Nations are numbered so: `Room XX`). */
const ROMAN_NOUN_BEFORE_RE = /\b(?:rooms?|chapters?|annex(?:es)?|parts?|articles?|sections?|titles?|volumes?|books?|sessions?|resolutions?|decisions?|rules?|phases?|tables?|figures?|appendix|appendices|schedules?|clauses?|protocols?)[ \u00a0]$/i;

/** Question marks doubled or more: a question left for a colleague, highlighted. */
const QUERY_RE = /\?{2,}/g;

/** An editorial instruction in braces, `{No text required}`: braces never stand in the text of an issued report. */
const BRACES_RE = /\{[^{}\n]{1,80}\}/g;

/** A web address written out: its path may hold anything (`/TBD/`, `XXXX`) and is not the report's text. */
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"”]+/g;

/** How far a note may stand from the parenthesis that holds it. */
const NOTE_REACH = 300;

/** Square-bracketed text: unresolved-bracket reports it, whatever it holds. */
function bracketedRanges(model: DraftModel): TextRange[] {
  const out: TextRange[] = [];
  for (const b of model.brackets) if (b.depth === 0 && b.open !== -1 && b.close !== -1) out.push({ start: b.open, end: b.close + 1 });
  return out.sort((a, b) => a.start - b.start);
}

/** The note's extent on its line: the parentheses that hold it, or up to the end of its sentence. */
function noteExtent(line: string, at: number, matchEnd: number): { start: number; end: number } {
  const from = Math.max(0, at - NOTE_REACH);
  let open = -1;
  for (let i = at - 1; i >= from; i--) {
    const c = line.charCodeAt(i);
    if (c === 41 /* ) */) break;
    if (c === 40 /* ( */) {
      open = i;
      break;
    }
  }
  const to = Math.min(line.length, matchEnd + NOTE_REACH);
  for (let i = matchEnd; i < to; i++) {
    const c = line.charCodeAt(i);
    if (open !== -1 && c === 41) return { start: open, end: i + 1 };
    if (open === -1 && c === 46 && (i + 1 >= line.length || line.charCodeAt(i + 1) === 32)) return { start: at, end: i + 1 };
  }
  let end = to;
  while (end > matchEnd && line.charCodeAt(end - 1) <= 32) end--;
  return { start: open !== -1 ? open : at, end };
}

/** The words open a note: a colon follows them, or they open a parenthesis (`(EU internal note …`). */
function opensNote(line: string, at: number, end: number): boolean {
  let e = end;
  while (line.charCodeAt(e) === 32) e++;
  if (line.charCodeAt(e) === 58 /* : */) return true;
  for (let i = at - 1; i >= Math.max(0, at - NOTE_LEAD); i--) {
    const c = line.charCodeAt(i);
    // `(internal note of 12 March 2031)`, `(Internal note on …, 2030)`: a document cited, not a note.
    if (c === 40 || c === 91) return !CITED_NOTE_AFTER_RE.test(line.slice(e, e + 12));
    if (c === 41 || c === 93 || c === 44 || c === 46 || c === 59) return false;
  }
  return false;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/**
 * `XX` that stands where a figure goes: after a currency or `paragraph`, before `million` or a month, or
 * before a word as a count (`XX delegations`). As a roman numeral it follows the noun it numbers
 * (`chapter XX`, `Article XX`), stands in a symbol or in parentheses (`2106 (XX)`, `S-XX`), labels a
 * heading (`XX.`), names a century or numbers the meeting whose name follows (`the XX Ibero-American Summit`).
 */
function romanLikePlaceholder(line: string, at: number, end: number): boolean {
  const before = line.slice(Math.max(0, at - 14), at);
  const after = line.slice(end, end + 14);
  if (FIGURE_BEFORE_RE.test(before) || FIGURE_AFTER_RE.test(after)) return true;
  const prev = at > 0 ? line.charCodeAt(at - 1) : 32;
  if (prev !== 32 && prev !== 0xa0) return false;
  if (!COUNTED_WORD_AFTER_RE.test(after) || ROMAN_NOUN_BEFORE_RE.test(before) || CENTURY_AFTER_RE.test(after)) return false;
  return !EVENT_NAME_AFTER_RE.test(line.slice(end, end + 120));
}

interface Leftover {
  readonly start: number;
  readonly end: number;
  readonly messageId: string;
  readonly data: MessageData;
}

function findInLine(line: string, final: boolean): Leftover[] {
  const out: Leftover[] = [];
  const scan = (re: RegExp, each: (m: RegExpExecArray) => Leftover | undefined): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const found = each(m);
      if (found) out.push(found);
    }
  };
  const noteAt = (m: RegExpExecArray): Leftover | undefined => {
    const x = noteExtent(line, m.index, m.index + m[0].length);
    return { ...x, messageId: 'note', data: { note: clip(line.slice(x.start, x.end), 60) } };
  };
  scan(NOTE_RE, (m) => {
    if (!ADDRESS_RE.test(m[0]) && !opensNote(line, m.index, m.index + m[0].length)) return undefined;
    return noteAt(m);
  });
  scan(NB_RE, noteAt);
  scan(MENTION_RE, (m) => {
    if (LISTED_HANDLE_BEFORE_RE.test(line.slice(Math.max(0, m.index - 8), m.index))) return undefined;
    const x = noteExtent(line, m.index, m.index + m[0].length);
    return { ...x, messageId: 'mention', data: { mention: m[0], note: clip(line.slice(x.start, x.end), 60) } };
  });
  scan(PLACEHOLDER_RE, (m) => ({ start: m.index, end: m.index + m[0].length, messageId: 'placeholder', data: { placeholder: m[0] } }));
  scan(ROMAN_LIKE_RE, (m) => {
    const end = m.index + m[0].length;
    if (!romanLikePlaceholder(line, m.index, end)) return undefined;
    return { start: m.index, end, messageId: 'figure', data: { placeholder: m[0] } };
  });
  scan(QUERY_RE, (m) => ({ start: m.index, end: m.index + m[0].length, messageId: 'query', data: { marks: m[0] } }));
  // Negotiating texts mark sections and empty options with braces while they are drafts (UNFCCC
  // `{No text required}`); the final text carries none.
  if (final) scan(BRACES_RE, (m) => {
    if (!/[A-Za-z]/.test(m[0])) return undefined;
    return { start: m.index, end: m.index + m[0].length, messageId: 'braces', data: { note: clip(m[0], 60) } };
  });
  const urls: { start: number; end: number }[] = [];
  scan(URL_RE, (m) => {
    urls.push({ start: m.index, end: m.index + m[0].length });
    return undefined;
  });
  // Scanned in order, the addresses are sorted and apart: a binary search per leftover.
  return urls.length ? out.filter((f) => !inRanges(urls, f.start)) : out;
}

/** The placeholders standing for a document number in symbols (which the line scan treats as opaque). */
function symbolPlaceholders(model: DraftModel): { start: number; end: number; placeholder: string }[] {
  const out: { start: number; end: number; placeholder: string }[] = [];
  for (const sym of model.symbols) {
    const m = sym.inTarget ? null : SYMBOL_PLACEHOLDER_RE.exec(sym.text);
    if (!m) continue;
    const start = sym.range.start + m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, placeholder: m[1] });
  }
  return out;
}

export const draftingNoteRule: Rule = {
  meta: {
    id: 'drafting-note',
    description: 'Notes to drafters, mentions, placeholders such as TBC or X.X, editorial braces and ??? do not stay in the text',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['drafting', 'negotiation'],
    conventions: ['R43', 'R48'],
    messages: {
      note: 'A note from drafting is left in the text: "{{note}}"; delete it before the document is issued',
      mention: 'A comment addressed to "{{mention}}" is left in the text: "{{note}}"; delete it before the document is issued',
      placeholder: 'The placeholder "{{placeholder}}" is left in the text; supply what it stands for',
      figure: 'The placeholder "{{placeholder}}" is left in the text; supply the figure it stands for',
      query: '"{{marks}}" marks a question left from drafting; resolve it and delete the marks',
      braces: 'The editorial note "{{note}}" is left in braces; resolve it and delete it',
    },
  },
  check(ctx: RuleContext) {
    const { model } = ctx;
    const severity = ctx.stage === 'final' ? 'error' : undefined;
    const received = asReceivedLines(model);
    const opaque = opaqueRanges(model);
    const bracketed = bracketedRanges(model);
    for (let li = 0; li < model.lines.length; li++) {
      const kind = model.lineKinds[li];
      if (kind === 'blank' || kind === 'comment' || received[li]) continue;
      const line = model.lines[li];
      const found = findInLine(line.text, ctx.stage === 'final').sort((a, b) => a.start - b.start);
      let covered = -1;
      for (const f of found) {
        const start = line.start + f.start;
        // One finding per leftover: a placeholder inside a note already reported is part of it.
        if (start < covered) continue;
        if (inRanges(opaque, start) || inRanges(bracketed, start) || inQuotation(model, start)) continue;
        covered = line.start + f.end;
        ctx.report({ messageId: f.messageId, data: f.data, range: { start, end: line.start + f.end }, ...(severity ? { severity } : {}) });
      }
    }
    for (const p of symbolPlaceholders(model)) {
      const li = lineAtOffset(model.lines, p.start);
      if (received[li] || model.lineKinds[li] === 'comment' || inRanges(bracketed, p.start) || inQuotation(model, p.start)) continue;
      ctx.report({ messageId: 'figure', data: { placeholder: p.placeholder }, range: { start: p.start, end: p.end }, ...(severity ? { severity } : {}) });
    }
  },
};
