// Square brackets that mark text not yet agreed or still missing (R41, R43), and brackets that are
// unbalanced or nested; the legitimate brackets of R42 (original language, resolution headers,
// Official Records date lines, editorial insertions in quotations) are left alone, and so are the
// footnote markers of text exports (`displaced.[1]`, `data[14]`) with the notes they label (`[1] Ibid.`
// opening a line), and the medium designators of
// bibliographic references (`A rapid review. [Preprint]. Bull World Health Organ. 2020`).

import type { BracketPair, DraftModel } from '../model';
import type { Report, Rule } from '../rule';
import { stringsOption } from '../rule-options';
import type { Fix, TextRange } from '../types';
import { inRanges } from '../parse/inline';
import { lineAtOffset } from '../text';
import { isSpaceCode } from '../prose';
import { lowerBound } from '../sorted';
import { NEGOTIATION_NOTE_RE, OPTION_LABEL_RE, PLACEHOLDER_RE } from './unresolved-bracket/kinds';

const LANG = '(?:Arabic|Chinese|English|French|Russian|Spanish)';
/** `Original: French`, `Original: English and French`, `Original: Arabic/English`. */
const ORIGINAL_RE = new RegExp(`^Original:[ \\t]*${LANG}(?:(?:[ \\t]*[,/][ \\t]*|[ \\t]+and[ \\t]+)${LANG})*$`, 'i');
/** `English only`, `Arabic, Chinese, English, French, Russian and Spanish only`. */
const LANG_ONLY_RE = new RegExp(`^${LANG}(?:(?:[ \\t]*,[ \\t]*|[ \\t]+and[ \\t]+)${LANG})*[ \\t]+only$`, 'i');
/** Resolution headers: `on the report of the Third Committee (A/53/623)`, `without reference to a Main Committee (A/78/L.1)`. */
const RESOLUTION_HEADER_RE = /^(?:on the (?:reports?|recommendations?|proposals?) of\b|without reference to a Main Committee\b)/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** An Official Records date line: `30 June 2022`, `June 2022`. */
const DATE_RE = new RegExp(`^(?:\\d{1,2}[ \\t]+)?${MONTH}[ \\t]+\\d{4}$`);
/**
 * The record of a text's adoption that Human Rights Council resolutions and decisions close with,
 * standing alone under the meeting and date: `[Adopted without a vote.]`, `[Adopted by a recorded
 * vote of 28 to 13, with 6 abstentions. The voting was as follows: …]` (which may run over the lines
 * of the vote).
 */
const ADOPTION_RECORD_RE = /^Adopted (?:without a vote|by (?:a )?(?:recorded |non-recorded )?vote of \d{1,3} to \d{1,3}\b)/;
/**
 * Editorial marks that are never unagreed text: an editor's note on a quotation (`[sic]`, `[emphasis
 * added]`, `[footnotes omitted]`, `[internal citations omitted]`) or on a text reproduced in translation
 * (`[Unofficial translation]`).
 */
const EDITORIAL_RE = /^(?:sic!?|(?:emphasis|italics) (?:added|in original)|(?:internal )?(?:footnotes?|citations?|references?) omitted|unofficial translation)$/i;
/** Medium designators and notes of a bibliographic reference (NLM and similar styles). */
const BIBLIO_TAG_RE = /^(?:preprint|internet|online|on-line|e-?pub ahead of print|in press|cited [^\]]{1,40}|accessed [^\]]{1,40}|updated [^\]]{1,40}|cd-rom|dvd|database on the internet|dissertation|thesis)$/i;
/**
 * What follows the year of a case as common-law courts cite it (`[2019] UKSC 41`, `[2004] 1 SCR 76`,
 * `[2012] EWCA Civ 100`): the court or law report, in capitals, and a number.
 */
const LAW_REPORT_AFTER_RE = /^[ \u00a0](?:\d{1,3}[ \u00a0])?[A-Z][A-Za-z.]{0,12}(?:[ \u00a0][A-Z][A-Za-z.]{0,12}){0,3}[ \u00a0]\d/;
/** A year, as a reference line gives its date of publication. */
const YEAR_RE = /\b(?:1[89]|20)\d{2}\b/;

/** A Markdown link reference definition `[id]: target`. */
const LINK_DEF_RE = /^ {0,3}\[([^\]\n]{1,100})\]:[ \t]*\S/;

const QUOTE_MAX = 60;
/** Bracketed text longer than this is content, never a placeholder or a legitimate form. */
const SHORT_MAX = 200;

/**
 * The message ids, one per wording. `placeholder`, `alternative`, `paragraph` and `unagreed` take the
 * suffix `Nested` inside other brackets and `ToLine` when the bracket runs to the "]" on line `closeLine`.
 */
function bracketMessages(): Record<string, string> {
  const out: Record<string, string> = {
    unopened: 'Unbalanced square bracket: "]" after "{{before}}" closes no "["; add the missing "[" or delete the "]"',
    unclosed: 'Unbalanced square bracket: "{{after}}" opens a "[" that is never closed; add the missing "]" or delete the "["',
    midLine: 'Possibly unbalanced square brackets: "{{bracketed}}" opens in mid-line and is only closed by the "]" on line {{closeLine}}; check which "]" belongs to it',
  };
  for (const nested of [false, true]) {
    for (const toLine of [false, true]) {
      const where = (nested ? ' (nested inside other square brackets; resolve the inner text first)' : '') + (toLine ? ' (it runs to the "]" on line {{closeLine}})' : '');
      const suffix = (nested ? 'Nested' : '') + (toLine ? 'ToLine' : '');
      out[`placeholder${suffix}`] = `Placeholder "{{bracketed}}": content is missing${where}; supply the text before the report is final`;
      out[`alternative${suffix}`] = `Alternative text in square brackets${where}: "{{bracketed}}" is one of several bracketed options; keep one option and remove its brackets`;
      out[`paragraph${suffix}`] = `Paragraph {{paragraph}} is entirely in square brackets, so it is not yet agreed${where}: "{{bracketed}}"; accept it (remove the brackets) or delete it`;
      out[`note${suffix}`] = `Note on the negotiation in square brackets${where}: "{{bracketed}}" records where the text stands, not text to agree; delete it before the report is final`;
      out[`unagreed${suffix}`] = `Text in square brackets is not yet agreed${where}: "{{bracketed}}"; accept it (remove the brackets) or replace it`;
    }
  }
  return out;
}

export const unresolvedBracketRule: Rule = {
  meta: {
    id: 'unresolved-bracket',
    description: 'No text stays in square brackets: unagreed text, placeholders for missing content, unbalanced or nested brackets',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['negotiation', 'final-text'],
    conventions: ['R41', 'R42', 'R43'],
    messages: bracketMessages(),
    options: [
      {
        name: 'legitimate',
        description: 'Bracketed texts that are part of this body\'s documents, written without the brackets (`["Spanish only", "to be issued"]`): a bracket holding exactly one of them (case ignored, spaces at the ends trimmed) is left alone.',
        type: 'string[]',
        default: [],
      },
    ],
  },
  check(ctx) {
    const { model, text } = ctx;
    const severity = ctx.stage === 'final' ? 'error' : undefined;
    const quotedLines = blockQuoteLines(model);
    const linkLabels = linkDefinitions(model);
    const codeSpans = new CodeSpans(model);
    const bounds = new LineBounds(model);
    const markers = footnoteMarkerNumbers(model, text);
    const legitimate = new Set(stringsOption(ctx, 'legitimate').map((x) => x.trim().toLowerCase()));

    for (const b of model.brackets) {
      const at = b.open !== -1 ? b.open : b.close;
      if (inRanges(model.quotations, at) || quotedLines.has(bounds.lineAt(at)) || codeSpans.contains(at)) continue;

      if (b.open === -1) {
        ctx.report({
          messageId: 'unopened',
          data: { before: excerptBefore(text, bounds, b.close) },
          range: { start: b.close, end: b.close + 1 },
          severity,
        });
        continue;
      }
      if (b.close === -1) {
        ctx.report({
          messageId: 'unclosed',
          data: { after: excerptAfter(text, bounds, b.open) },
          range: { start: b.open, end: b.open + 1 },
          severity,
        });
        continue;
      }

      // Long bracketed text is never a placeholder or one of the legitimate forms: test a bounded head.
      const short = b.close - b.open <= SHORT_MAX;
      // A wrapped line break inside reads as a space: `[To be` / `completed]`.
      const trimmed = short ? text.slice(b.open + 1, b.close).trim().replace(/\s+/g, ' ') : '';
      const head = short ? trimmed : text.slice(b.open + 1, b.open + 1 + SHORT_MAX).trimStart();
      if (isLegitimate(text, b, trimmed, head, linkLabels, bounds) || (legitimate.size > 0 && legitimate.has(trimmed.toLowerCase()))) continue;
      if (markers.has(trimmed) && labelsNote(text, b, bounds)) continue;

      const openLine = bounds.lineAt(b.open);
      const sameLine = openLine === bounds.lineAt(b.close);
      const visibleEnd = sameLine ? b.close + 1 : bounds.end(openLine);
      const bracketed = quote(text, b.open, visibleEnd);
      const range: TextRange = { start: b.open, end: visibleEnd };
      const related = sameLine ? [] : [{ range: { start: b.close, end: b.close + 1 }, message: 'The bracket closes here.' }];
      const closeLine = bounds.lineAt(b.close);
      // Where the bracket sits picks the wording: inside other brackets, running to a later line.
      const suffix = (b.depth > 0 ? 'Nested' : '') + (sameLine ? '' : 'ToLine');
      const where: Record<string, number> = sameLine ? {} : { closeLine: closeLine + 1 };
      // Agreeing to the text is the negotiators' decision, never an automatic one.
      const accept: Fix = { title: 'Accept the bracketed text', edits: [{ range: { start: b.open, end: b.open + 1 }, newText: '' }, { range: { start: b.close, end: b.close + 1 }, newText: '' }], safety: 'unsafe' };

      let report: Report;
      if (!sameLine && !opensLine(model, text, openLine, b.open) && !wrapsTo(model, openLine, closeLine)) {
        // Bracketed text that spans paragraphs opens at a paragraph's start; a "[" in mid-line that
        // only a later paragraph closes is more likely an unclosed bracket meeting an unrelated "]".
        report = {
          messageId: 'midLine',
          data: { bracketed, closeLine: closeLine + 1 },
          range: { start: b.open, end: b.open + 1 },
          severity,
          related,
        };
      } else if (short && PLACEHOLDER_RE.test(trimmed)) {
        report = {
          messageId: `placeholder${suffix}`,
          data: { bracketed, ...where },
          range,
          severity,
          related,
        };
      } else if (short && NEGOTIATION_NOTE_RE.test(trimmed)) {
        report = { messageId: `note${suffix}`, data: { bracketed, ...where }, range, severity, related };
      } else if (isAlternative(text, b) || OPTION_LABEL_RE.test(head)) {
        report = {
          messageId: `alternative${suffix}`,
          data: { bracketed, ...where },
          range,
          severity,
          related,
        };
      } else if (bracketedParagraph(model, bounds, b) !== undefined) {
        const p = bracketedParagraph(model, bounds, b) as number;
        report = {
          messageId: `paragraph${suffix}`,
          data: { paragraph: p, bracketed, ...where },
          range,
          severity,
          related,
          fixes: [accept],
        };
      } else {
        report = {
          messageId: `unagreed${suffix}`,
          data: { bracketed, ...where },
          range,
          severity,
          related,
          fixes: [accept],
        };
      }
      ctx.report(report);
    }
  },
};

/** R42 and Markdown: brackets that are part of the document's legitimate apparatus. */
function isLegitimate(text: string, b: BracketPair, trimmed: string, head: string, linkLabels: Set<string>, bounds: LineBounds): boolean {
  if (RESOLUTION_HEADER_RE.test(head)) return true;
  if (ADOPTION_RECORD_RE.test(head) && b.open === bounds.first(bounds.lineAt(b.open))) return true;
  if (b.close - b.open > SHORT_MAX) return false;
  if (ORIGINAL_RE.test(trimmed) || LANG_ONLY_RE.test(trimmed) || EDITORIAL_RE.test(trimmed)) return true;
  // `[t]he`: a one-letter case change inside a quotation the parser could not delimit.
  if (b.close - b.open === 2 && /\p{L}/u.test(trimmed) && /\p{L}/u.test(text.charAt(b.close + 1))) return true;
  const line = bounds.lineAt(b.open);
  const alone = b.open === bounds.first(line) && b.close + 1 === bounds.end(line);
  if (alone && DATE_RE.test(trimmed)) return true;
  if (isFootnoteMarker(text, b, trimmed)) return true;
  if (/^(?:1[89]|20)\d\d$/.test(trimmed) && LAW_REPORT_AFTER_RE.test(text.slice(b.close + 1, b.close + 48))) return true;
  // The reference's year may stand on the line before or after when the export wrapped the reference.
  if (BIBLIO_TAG_RE.test(trimmed) && YEAR_RE.test(text.slice(bounds.start(Math.max(0, line - 1)), bounds.end(Math.min(bounds.lineCount - 1, line + 1))))) return true;
  // Markdown task-list checkboxes `- [ ]`, `- [x]`.
  const lineStart = bounds.start(line);
  if (b.open - lineStart <= 8 && b.close - b.open <= 2 && (trimmed === '' || trimmed === 'x' || trimmed === 'X')) {
    if (/^[ \t]*[-*+][ \t]+$/.test(text.slice(lineStart, b.open)) && /[ \t]/.test(text.charAt(b.close + 1))) return true;
  }
  if (linkLabels.size > 0) {
    const label = trimmed.toLowerCase();
    // The definition `[id]: …`, a reference `[text][id]` or `[id][]`, or a shortcut `[id]`.
    if (b.open === bounds.first(line) && text.charAt(b.close + 1) === ':' && linkLabels.has(label)) return true;
    if (linkLabels.has(label) && (text.charAt(b.open - 1) === ']' || text.charAt(b.close + 1) !== '[')) return true;
    if (text.charAt(b.close + 1) === '[') {
      let end = -1;
      for (let i = b.close + 2; i < text.length && i < b.close + 102; i++) {
        if (text.charAt(i) === ']') {
          end = i;
          break;
        }
      }
      if (end !== -1) {
        const ref = text.slice(b.close + 2, end).trim().toLowerCase();
        if (linkLabels.has(ref) || (ref === '' && linkLabels.has(label))) return true;
      }
    }
  }
  return false;
}

/**
 * `[1]`, `[12]` stuck to the word or the full stop before it: a footnote marker as text exports write
 * it. Bracketed text stands apart from the word before it (`the [funding]`, `Party[s]` is a letter).
 */
function isFootnoteMarker(text: string, b: BracketPair, trimmed: string): boolean {
  if (!/^\d{1,3}$/.test(trimmed) || trimmed !== text.slice(b.open + 1, b.close) || b.open === 0) return false;
  const before = text.charCodeAt(b.open - 1);
  return !isSpaceCode(before) && before !== 91 /* [ */ && before !== 93 /* ] */;
}

/** The numbers of the footnote markers in the text (`displaced.[1]`): the notes they point to may be labelled so. */
function footnoteMarkerNumbers(model: DraftModel, text: string): Set<string> {
  const out = new Set<string>();
  for (const b of model.brackets) {
    if (b.open === -1 || b.close === -1 || b.close - b.open > 4) continue;
    const t = text.slice(b.open + 1, b.close);
    if (isFootnoteMarker(text, b, t)) out.add(t);
  }
  return out;
}

/** `[12] Ibid., vol. 1019.` — the bracket opens the line and the note's text follows it. */
function labelsNote(text: string, b: BracketPair, bounds: LineBounds): boolean {
  const line = bounds.lineAt(b.open);
  if (b.open !== bounds.first(line)) return false;
  const after = text.charCodeAt(b.close + 1);
  return (after === 32 || after === 9) && b.close + 2 < bounds.end(line);
}

/** True when `[` at `open` begins the line's content, after any paragraph number or subparagraph marker. */
function opensLine(model: DraftModel, text: string, line: number, open: number): boolean {
  const cs = model.contentStarts[line] ?? model.lines[line].start;
  if (open < cs || open - cs > 12) return open === cs;
  return /^(?:\d{1,4}\.|\([a-z]{1,4}\)|[IVXLC]{1,6}\.|[A-Z]\.)?[ \t]*$/.test(text.slice(cs, open));
}

/** How many wrapped lines a paragraph's bracketed text is followed across. */
const WRAP_REACH = 40;

/** Whether the lines after `openLine` up to `closeLine` are the wrapped lines of one paragraph (continuation lines). */
function wrapsTo(model: DraftModel, openLine: number, closeLine: number): boolean {
  if (closeLine - openLine > WRAP_REACH) return false;
  for (let i = openLine + 1; i <= closeLine; i++) if (model.lineKinds[i] !== 'continuation') return false;
  return true;
}

/** Two bracketed options side by side: `[shall][should]`, `[Decides] [Requests]`. */
function isAlternative(text: string, b: BracketPair): boolean {
  let i = b.close + 1;
  while (i < text.length && (text.charAt(i) === ' ' || text.charAt(i) === '\t') && i < b.close + 4) i++;
  if (text.charAt(i) === '[' && text.charAt(i + 1) !== '^') return true;
  let j = b.open - 1;
  while (j >= 0 && (text.charAt(j) === ' ' || text.charAt(j) === '\t') && j > b.open - 4) j--;
  return j >= 0 && text.charAt(j) === ']';
}

/** The number of the paragraph that this pair encloses whole (`[15. …]`), if any. */
function bracketedParagraph(model: DraftModel, bounds: LineBounds, b: BracketPair): number | undefined {
  // Binary search for the paragraph whose number starts right after the bracket.
  const ps = model.paragraphs;
  const p = ps[lowerBound(ps.length, (k) => ps[k].numberRange.start >= b.open + 1)];
  if (!p || p.numberRange.start !== b.open + 1) return undefined;
  return p.bracketed && b.close + 1 >= bounds.end(p.endLine) - 1 ? p.number : undefined;
}

/** Per-line offsets: start, first non-blank character, end of the trimmed content. */
class LineBounds {
  constructor(private readonly model: DraftModel) {}
  lineAt(offset: number): number {
    return lineAtOffset(this.model.lines, offset);
  }
  start(line: number): number {
    return this.model.lines[line].start;
  }
  get lineCount(): number {
    return this.model.lines.length;
  }
  /** Offset of the first non-blank character (the line end when blank). */
  first(line: number): number {
    const l = this.model.lines[line];
    let i = 0;
    while (i < l.text.length && (l.text.charCodeAt(i) === 32 || l.text.charCodeAt(i) === 9)) i++;
    return l.start + i;
  }
  /** Offset just past the last non-blank character. */
  end(line: number): number {
    const l = this.model.lines[line];
    let i = l.text.length;
    while (i > 0 && (l.text.charCodeAt(i - 1) === 32 || l.text.charCodeAt(i - 1) === 9)) i--;
    return l.start + i;
  }
}

/** Lines of a Markdown block quote (`> …`): everything in them is quoted matter. */
function blockQuoteLines(model: DraftModel): Set<number> {
  const out = new Set<number>();
  // As /^[ \t]{0,3}>/ tests each line, without running a regular expression over every line.
  for (const l of model.lines) {
    const t = l.text;
    let i = 0;
    while (i < 3 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
    if (t.charCodeAt(i) === 62) out.add(l.index);
  }
  return out;
}

function linkDefinitions(model: DraftModel): Set<string> {
  const out = new Set<string>();
  for (const l of model.lines) {
    // The first character after leading white space (as trimStart skips it) must be "[".
    let f = 0;
    while (f < l.text.length && isSpaceCode(l.text.charCodeAt(f))) f++;
    if (l.text.charCodeAt(f) !== 91) continue;
    const m = LINK_DEF_RE.exec(l.text);
    if (m && !m[1].startsWith('^')) out.add(m[1].trim().toLowerCase());
  }
  return out;
}

/** Inline code spans (`` `…` ``) of the lines that contain brackets. */
class CodeSpans {
  private readonly ranges: TextRange[] = [];
  constructor(model: DraftModel) {
    for (const l of model.lines) {
      const t = l.text;
      if (t.indexOf('`') === -1 || (t.indexOf('[') === -1 && t.indexOf(']') === -1)) continue;
      let open = -1;
      for (let i = 0; i < t.length; i++) {
        if (t.charCodeAt(i) !== 96) continue;
        if (open === -1) open = i;
        else {
          this.ranges.push({ start: l.start + open, end: l.start + i + 1 });
          open = -1;
        }
      }
    }
  }
  contains(offset: number): boolean {
    return inRanges(this.ranges, offset);
  }
}


/** `text[start, end)` on one line, shortened in the middle when long (reads a bounded slice only). */
function quote(text: string, start: number, end: number): string {
  const flat = (x: string): string => x.replace(/\s+/g, ' ');
  if (end - start <= QUOTE_MAX) return flat(text.slice(start, end));
  return `${flat(text.slice(start, start + QUOTE_MAX - 14)).trimEnd()} … ${flat(text.slice(end - 10, end)).trimStart()}`;
}

function excerptAfter(text: string, bounds: LineBounds, offset: number): string {
  const end = bounds.end(bounds.lineAt(offset));
  const s = text.slice(offset, Math.min(end, offset + 40)).replace(/\s+/g, ' ');
  return end > offset + 40 ? `${s.trimEnd()}…` : s;
}

function excerptBefore(text: string, bounds: LineBounds, offset: number): string {
  const lineStart = bounds.start(bounds.lineAt(offset));
  const start = Math.max(lineStart, offset - 30);
  const s = text.slice(start, offset).replace(/\s+/g, ' ');
  return start > lineStart ? `…${s.trimStart()}` : s;
}
