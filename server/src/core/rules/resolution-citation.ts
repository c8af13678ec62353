// Citing resolutions (R14–R16): the issuing body written in full (`General Assembly resolution`,
// not `GA resolution`), `resolution` in full (not `res.`), the number as `session/number` or
// `year/number` (not `26-4`, `26.4`, `No. 65/230`), a letter after a space (`31/16 A`), and —
// as information — a bare `resolution 26/4` with no issuing body named in its sentence, in the
// sentence before, through "its resolution", or at an earlier citation of the same number. The
// number in parentheses after an adoption (`… was adopted without a vote (resolution 58/30)`) is the
// adopting body's own, and so is a number the report lists under `… adopted the following resolutions:`.
// Inside the text of a resolution (`The General Assembly,` … ) a bare number is that body's own, and
// so is a bare session/number in a document of the General Assembly's series (`A/80/150`). A World
// Health Assembly resolution keeps its dot (`World Health Assembly resolution 76.16`).
// UNFCCC decisions written `6.CMA/4` (for `6/CMA.4`) are reported too.

import type { DraftModel } from '../model';
import { inRanges, mergeRanges } from '../parse/inline';
import type { Rule, RuleContext } from '../rule';
import type { TextRange } from '../types';
import { bodyMentions, DOT_NUMBERING_BODY_RE, isGeneralAssemblySymbol } from '../un/resolutions';
import { sentenceAt } from '../parse/sentences';
import { blockSentences, forEachBlock, type TextBlock } from '../blocks';

const FULL_NAMES: Readonly<Record<string, string>> = {
  GA: 'General Assembly',
  UNGA: 'General Assembly',
  ECOSOC: 'Economic and Social Council',
  UNSC: 'Security Council',
  HRC: 'Human Rights Council',
};

const ABBREV_RE = /(?<![\w/.-])(UNGA|GA|ECOSOC|UNSC|HRC)(?= (?:draft )?(?:resolutions?|decisions?|[Rr]es\b))/g;
const RES_RE = /(?<![\w/.-])([Rr]es)(\.?)(?= ?\[?(?:E?S-)?\d{1,4}\/\d)/g;
const LIST_START_RE = /\b([Rr]esolutions?)( (?:[Nn]os?|[Nn]umbers?|[Nn]°)\.?)? (?=\[?(?:E?S-)?\d)/g;
const ITEM_RE = /\[?((?:E?S-)?\d{1,4})([/.\-–])(\d{1,4})(?:( ?)([A-H]))?(?![\w/])\]?(?:\([^()\s]{0,300}\))?/y;
const LETTER_ITEM_RE = /([A-H])(?![\w/])/y;
const LIST_SEP_RE = /(?:, and |, | and | or )/y;
const DECISION_SWAP_RE = /\b(decisions?) (\d{1,3})\.(CP|CMA|CMP)\/(\d{1,2})\b/g;
/** `Resolution 69/2` opening a line or a lettered item (`(b) Resolution 69/2, entitled …`): a list of adopted texts. */
const LABEL_RE = /^\s*(?:\([a-z]{1,4}\)\s*)?Resolution $/;
/** The verb of an adoption (`was adopted`, `adopted draft resolution …`), not the adjective (`the adopted text`). */
const ADOPTION_RE = /\b(?:was|were|been) adopted\b|\badopted (?:the )?(?:revised )?draft\b/;
/** What every finding needs on some line of its block: `res`, `Res` or `decision`. */
const CITES_RE = /[Rr]es|decision/;
const BODY_WORD_RE = /\b(?:Assembly|Council|Commission|Conference|Board|Committee|Meeting|Parties)\b/;

export const resolutionCitationRule: Rule = {
  meta: {
    id: 'resolution-citation',
    description: 'Resolutions are cited by the issuing body written in full and a number in the form 65/230',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citations', 'resolutions'],
    conventions: ['R14', 'R15', 'R16'],
    messages: {
      bodyAbbreviated: '"{{abbreviation}} {{word}}" abbreviates the issuing body; expected "{{full}} {{expectedWord}}"',
      resolutionAbbreviated: '"{{written}}" abbreviates "resolution"; expected "{{expected}}"',
      decisionSeparators: '"{{word}} {{written}}" swaps the separators of the decision number; expected "{{word}} {{expected}}"',
      labelBeforeNumber: '"{{written}}" puts "{{label}}" before the number; expected "{{word}} {{number}}"',
      numberSeparator: '"{{word}} {{written}}" separates the numbers with "{{separator}}"; expected "{{word}} {{expected}}"',
      letterJoined: '"{{number}}{{letter}}" runs the letter into the number; expected "{{number}} {{letter}}"',
      noBody: '"{{word}} {{number}}" does not say which body adopted it; name the body in full at the citation (e.g. "General Assembly resolution {{number}}", "Commission resolution {{number}}")',
    },
  },
  check(ctx) {
    const { model } = ctx;
    // Quotations reproduce titles and texts as they were written.
    const skip = mergeRanges([...model.opaque, ...model.quotations]);
    const inResolutionText = resolutionTextLines(model);
    const named = adoptedInList(model);
    const assemblyDocument = model.masthead.symbols.some((s) => isGeneralAssemblySymbol(s.text));
    const skipKind = (li: number): boolean => {
      const kind = model.lineKinds[li];
      return kind === 'comment' || kind === 'blank' || kind === 'masthead';
    };
    // A wrapped paragraph is read as one text: a citation's sentence goes on across line breaks.
    forEachBlock(model, (li) => !skipKind(li), CITES_RE, (b) => {
      const kind = model.lineKinds[b.first];
      checkAbbreviations(ctx, b, skip);
      checkDecisions(ctx, b, skip);
      // Contents pages, headings and title lines name resolutions by their own titles (`Resolution 68/1`).
      const prose = kind === 'paragraph' || kind === 'continuation' || kind === 'subparagraph' || kind === 'list-item' || kind === 'text' || kind === 'aside' || kind === 'footnote';
      // A line wrapped out of a sentence that the parser did not join to it (`… Economic and Social Council` /
      // `resolution 2022/3 …`) reads its sentence's start, and the sentence before, on the line above.
      const above = prose ? wrappedAbove(model, b.first) : '';
      const exempt = (pos: number): boolean => !prose || inResolutionText.has(b.lineAt(pos));
      checkNumbers(ctx, b, skip, named, exempt, assemblyDocument, above);
    });
  },
};

function checkAbbreviations(ctx: RuleContext, b: TextBlock, skip: readonly TextRange[]): void {
  const t = b.text;
  ABBREV_RE.lastIndex = 0;
  for (let m = ABBREV_RE.exec(t); m !== null; m = ABBREV_RE.exec(t)) {
    const start = b.at(m.index);
    const end = b.at(m.index + m[1].length);
    if (inRanges(skip, start)) continue;
    const full = FULL_NAMES[m[1]];
    const written = /^ ((?:draft )?\w+\.?)/.exec(t.slice(m.index + m[0].length))?.[1] ?? 'resolution';
    const word = /^[Rr]es\.?$/.test(written) ? 'resolution' : written;
    ctx.report({
      messageId: 'bodyAbbreviated',
      data: { abbreviation: m[1], word: written, full, expectedWord: word },
      range: { start, end },
      fixes: [{ title: `Write "${full}"`, edits: [{ range: { start, end }, newText: full }], safety: 'safe' }],
    });
  }
  RES_RE.lastIndex = 0;
  for (let m = RES_RE.exec(t); m !== null; m = RES_RE.exec(t)) {
    const start = b.at(m.index);
    const end = b.at(m.index + m[0].length);
    if (inRanges(skip, start)) continue;
    const want = m[1] === 'Res' ? 'Resolution' : 'resolution';
    const num = /^ ?\[?([\dES-]+\/\d+)/.exec(t.slice(m.index + m[0].length));
    const shown = `${m[0]}${num ? ` ${num[1]}` : ''}`;
    ctx.report({
      messageId: 'resolutionAbbreviated',
      data: { written: shown, expected: `${want}${num ? ` ${num[1]}` : ''}` },
      range: { start, end },
      fixes: [{ title: `Write "${want}"`, edits: [{ range: { start, end }, newText: want }], safety: 'safe' }],
    });
  }
}

function checkDecisions(ctx: RuleContext, b: TextBlock, skip: readonly TextRange[]): void {
  const t = b.text;
  DECISION_SWAP_RE.lastIndex = 0;
  for (let m = DECISION_SWAP_RE.exec(t); m !== null; m = DECISION_SWAP_RE.exec(t)) {
    const start = b.at(m.index + m[1].length + 1);
    const end = b.at(m.index + m[0].length);
    if (inRanges(skip, start)) continue;
    const want = `${m[2]}/${m[3]}.${m[4]}`;
    ctx.report({
      messageId: 'decisionSeparators',
      data: { word: m[1], written: t.slice(m.index + m[1].length + 1, m.index + m[0].length), expected: want },
      range: { start, end },
      fixes: [{ title: `Write "${want}"`, edits: [{ range: { start, end }, newText: want }], safety: 'safe' }],
    });
  }
}

/** `exempt`: no bare-citation finding at this position (text of a resolution, contents, headings). */
function checkNumbers(ctx: RuleContext, b: TextBlock, skip: readonly TextRange[], named: Set<string>, exempt: (pos: number) => boolean, assemblyDocument: boolean, above: string): void {
  const t = b.text;
  let spans: Array<[number, number]> | undefined;
  const sentenceNames = { start: -1, named: false };
  LIST_START_RE.lastIndex = 0;
  for (let m = LIST_START_RE.exec(t); m !== null; m = LIST_START_RE.exec(t)) {
    const wordStart = m.index;
    if (inRanges(skip, b.at(wordStart))) continue;
    // `resolution No. 65/230`
    if (m[2]) {
      const s = b.at(m.index + m[1].length);
      const e = b.at(m.index + m[1].length + m[2].length);
      const num = /^\[?((?:E?S-)?\d{1,4}(?:[/.\-–]\d{1,4})?)/.exec(t.slice(m.index + m[0].length))?.[1] ?? '';
      ctx.report({
        messageId: 'labelBeforeNumber',
        data: { written: `${m[0]}${num}`, label: m[2].trim(), word: m[1], number: num },
        range: { start: b.at(m.index), end: b.at(m.index + m[0].length + num.length) },
        fixes: [{ title: `Remove "${m[2].trim()}"`, edits: [{ range: { start: s, end: e }, newText: '' }], safety: 'safe' }],
      });
    }
    spans = spans ?? blockSentences(ctx.model, b);
    const [sa, sb] = sentenceAt(spans, wordStart);
    // `its resolution`, `its founding resolution`, `their respective resolutions`.
    const its = /\b(?:its|their)(?: [a-z-]+){0,2} $/.test(t.slice(Math.max(0, wordStart - 40), wordStart));
    const draft = /\bdraft $/.test(t.slice(Math.max(0, wordStart - 6), wordStart));
    // Whether a sentence (or the one before it) names a body is computed once per sentence: a line
    // may hold thousands of citations.
    if (sentenceNames.start !== sa) {
      const prev = sa > 0 ? sentenceAt(spans, sa - 1) : undefined;
      sentenceNames.start = sa;
      sentenceNames.named = bodyMentions(t.slice(sa, sb)).length > 0 || (!!prev && BODY_WORD_RE.test(t.slice(prev[0], prev[1])))
        || (sa === 0 && BODY_WORD_RE.test(above));
    }
    const bodyNamed = its || sentenceNames.named || adoptedAs(t, sa, wordStart, above);
    // Walk the list of numbers: `resolutions 65/230, 70/174 and 31/16 A and B`.
    let p = m.index + m[0].length;
    for (let guard = 0; guard < 50; guard++) {
      ITEM_RE.lastIndex = p;
      const it = ITEM_RE.exec(t);
      let itemEnd: number;
      if (it) {
        itemEnd = p + it[0].length;
        const numStart = p + (it[0].startsWith('[') ? 1 : 0);
        const numText = `${it[1]}${it[2]}${it[3]}`;
        const sep = it[2];
        // `2018–2021`, and after a plural a rising pair (`draft resolutions 1-3`): a range of numbers, not one
        // number with the wrong separator; writing `1/3` would cite another text.
        const rising = sep !== '/' && sep !== '.' && /^\d+$/.test(it[1]) && Number(it[3]) > Number(it[1]);
        const range = rising && ((/^\d{4}$/.test(it[1]) && /^\d{4}$/.test(it[3])) || /s$/.test(m[1]));
        const dotBody = sep === '.' && DOT_NUMBERING_BODY_RE.test(t.slice(Math.max(sa, wordStart - 200), wordStart));
        if (sep !== '/' && !range && !dotBody) {
          const want = `${it[1]}/${it[3]}`;
          const s = b.at(numStart);
          ctx.report({
            messageId: 'numberSeparator',
            data: { word: m[1], written: numText, separator: sep, expected: want },
            range: { start: s, end: s + numText.length },
            fixes: [{ title: `Write "${want}"`, edits: [{ range: { start: s, end: s + numText.length }, newText: want }], safety: 'safe' }],
          });
        }
        if (it[5] && it[4] === '') {
          const s = b.at(numStart + numText.length);
          ctx.report({
            messageId: 'letterJoined',
            data: { number: numText, letter: it[5] },
            range: { start: b.at(numStart), end: s + 1 },
            fixes: [{ title: `Write "${numText} ${it[5]}"`, edits: [{ range: { start: s, end: s }, newText: ' ' }], safety: 'safe' }],
          });
        }
        const key = `${it[1]}/${it[3]}`;
        const assemblyOwn = assemblyDocument && sep === '/' && /^(?:E?S-)?\d{1,3}$/.test(it[1]);
        // Only the General Assembly holds emergency special sessions: `ES-11/1` names its body by its number.
        const emergency = sep === '/' && it[1].startsWith('ES-');
        if ((sep === '/' || !range) && !dotBody) {
          if (bodyNamed || assemblyOwn || emergency) named.add(key);
          else if (!exempt(wordStart) && !draft && !named.has(key) && !LABEL_RE.test(t.slice(0, wordStart + 11))) {
            ctx.report({
              messageId: 'noBody',
              data: { word: m[1], number: key },
              range: { start: b.at(m.index), end: b.at(numStart + numText.length) },
              severity: 'info',
            });
            named.add(key); // once per number
          }
        }
      } else {
        LETTER_ITEM_RE.lastIndex = p;
        const l = LETTER_ITEM_RE.exec(t);
        if (!l) break;
        itemEnd = p + l[0].length;
      }
      LIST_SEP_RE.lastIndex = itemEnd;
      const sepM = LIST_SEP_RE.exec(t);
      if (!sepM) break;
      p = itemEnd + sepM[0].length;
    }
  }
}

/** `7/3. Sand and dust storms`: a text in a list of what the body adopted, by its number. */
const ADOPTED_ITEM_RE = /^\s*(?:\*\*)?((?:E?S-)?\d{1,4})\/(\d{1,4})\.(?:\*\*)?\s+\S/;

/**
 * Numbers of the resolutions the report lists as adopted (`… adopted the following resolutions:` /
 * `7/1. Environmental aspects of minerals and metals`): the body of the report adopted them, so a
 * later bare `resolution 7/3` is its own, named by the list.
 */
function adoptedInList(model: DraftModel): Set<string> {
  const out = new Set<string>();
  let head = -1;
  for (let li = 0; li < model.lines.length; li++) {
    const t = model.lines[li].text;
    const m = ADOPTED_ITEM_RE.exec(t);
    if (m) {
      if (head !== -1 && li - head <= 60) out.add(`${m[1]}/${m[2]}`);
    } else if (/:\s*$/.test(t)) {
      head = /\badopted\b/.test(t) && /\bresolutions\b/.test(t) ? li : -1;
    }
  }
  return out;
}

/**
 * `The draft resolution was adopted without a vote (resolution 58/30).`: the number in parentheses
 * after an adoption is the one the body of the report gave the text it adopted, as reports record it.
 */
function adoptedAs(t: string, sa: number, wordStart: number, above: string): boolean {
  if (t.charAt(wordStart - 1) !== '(') return false;
  return ADOPTION_RE.test(t.slice(sa, wordStart)) || (sa === 0 && ADOPTION_RE.test(above.slice(above.lastIndexOf('. ') + 1)));
}

/** The last 300 characters of the two lines above when they belong to the same text (no blank line or heading between). */
function wrappedAbove(model: DraftModel, li: number): string {
  let out = '';
  for (let k = li - 1; k >= 0 && k >= li - 2; k--) {
    const kind = model.lineKinds[k];
    if (kind === 'blank' || kind === 'heading' || kind === 'comment') break;
    out = `${model.lines[k].text} ${out}`;
  }
  return out.slice(-300);
}

/**
 * Lines of the text of a resolution or decision: from a line that names its author as the
 * subject (`The General Assembly,`) to the next chapter, section or annex heading.
 */
function resolutionTextLines(model: DraftModel): Set<number> {
  const out = new Set<number>();
  const stops = new Set<number>();
  for (const h of model.headings) if (h.kind === 'chapter' || h.kind === 'section' || h.kind === 'annex') stops.add(h.line);
  let inside = false;
  for (let li = 0; li < model.lines.length; li++) {
    if (stops.has(li)) inside = false;
    const t = model.lines[li].text.trim();
    if (t.length <= 200 && /^The [A-Z]/.test(t) && t.endsWith(',') && BODY_WORD_RE.test(t) && t.indexOf('. ') === -1) inside = true;
    if (inside) out.add(li);
  }
  return out;
}
