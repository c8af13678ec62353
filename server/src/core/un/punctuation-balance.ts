// Parentheses and quotation marks that must close within their paragraph. A paragraph is a line with
// its continuation lines; a line cut without a sentence end runs on into the next plain line. List
// labels (`a)`, `1)`) close nothing, and a quotation that spans paragraphs follows the UN convention:
// each quoted paragraph opens with “ and only the last one closes.

import type { DraftModel } from '../model';
import { endsLikeSentence } from '../prose';
import type { Report } from '../rule';
import type { Skip } from './punctuation-marks';
import { labelEnd } from './punctuation-marks';

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
const LOW_QUOTE = 0x201e;
const STRAIGHT_QUOTE = 34;

/** Kinds that start a paragraph of their own; any other line may continue the one above. */
const STARTS = new Set(['paragraph', 'subparagraph', 'list-item', 'heading', 'footnote', 'front', 'masthead', 'toc', 'comment', 'separator', 'aside']);

/** A footnote's own line starts with its number or asterisks; a wrapped footnote line does not. */
const FOOTNOTE_MARK_RE = /^\s*(?:\d{1,3}|\*{1,3})\s/;

interface Unit {
  readonly first: number;
  readonly last: number;
}

/**
 * Paragraph units over the lines `eligible` marks: a line, its continuation lines, and while a
 * parenthesis or quotation is still open and the line does not end a sentence, the next plain line.
 */
export function paragraphUnits(model: DraftModel, eligible: (i: number) => boolean): Unit[] {
  const units: Unit[] = [];
  const { lines, lineKinds } = model;
  for (let i = 0; i < lines.length; i++) {
    if (!eligible(i)) continue;
    let last = i;
    let open = openCount(lines[i].text, leadingLabelEnd(lines[i].text));
    while (last + 1 < lines.length && eligible(last + 1) && continues(last + 1, last, open > 0)) {
      last++;
      open += openCount(lines[last].text, 0);
    }
    units.push({ first: i, last });
    i = last;
  }
  return units;

  function continues(next: number, prev: number, open: boolean): boolean {
    const kind = lineKinds[next];
    if (kind === 'continuation') return true;
    if (kind === 'blank' || (STARTS.has(kind) && !(kind === 'footnote' && !FOOTNOTE_MARK_RE.test(lines[next].text)))) return false;
    if (!open) return false;
    if (!endsLikeSentence(lines[prev].text)) return true;
    // `(rule 142;` / `decision 79/419);`: a semicolon or colon inside the parenthesis, wrapped; a new sentence or item would open in capitals.
    return /[;:]\s*$/.test(lines[prev].text) && /^\s*\p{Ll}/u.test(lines[next].text);
  }
}

/** A list label opening the line (`e) `, `(e) `, `12) `): where it ends, or 0. */
const LEADING_LABEL_RE = /^[ \t]*\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)[ \t]/;
function leadingLabelEnd(t: string): number {
  const m = LEADING_LABEL_RE.exec(t);
  return m ? m[0].length : 0;
}

/**
 * Parentheses and quotation marks a line opens minus those it closes (a cheap count, for joining wrapped lines),
 * after the line's label (`e)` closes nothing).
 */
function openCount(t: string, from: number): number {
  let n = 0;
  for (let k = Math.max(0, from); k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === OPEN_PAREN || c === OPEN_QUOTE) n++;
    else if (c === CLOSE_PAREN || c === CLOSE_QUOTE) n--;
  }
  return n;
}

/** `a)` or `12)` standing as a label: after a space or at the start, one to three letters or digits. */
function isBareLabelClose(text: string, at: number, from: number): boolean {
  let k = at;
  while (k > from && at - k < 3 && /[a-z0-9]/.test(text[k - 1])) k--;
  if (k === at) return false;
  return k === from || text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9;
}

/** `(` minus `)` on line `i`. */
function parenBalance(model: DraftModel, i: number): number {
  const t = model.lines[i].text;
  let n = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === OPEN_PAREN) n++;
    else if (c === CLOSE_PAREN) n--;
  }
  return n;
}

/**
 * Line `a`, cut without a sentence end, opens a parenthesis that line `a + 1` closes: a wrapped line or
 * the cell of a table that lost its layout, whatever kind the parser gave either line.
 */
function wrapsParenthesis(model: DraftModel, a: number): boolean {
  if (a < 0 || a + 1 >= model.lines.length) return false;
  if (model.lineKinds[a] === 'blank' || model.lineKinds[a + 1] === 'blank') return false;
  if (endsLikeSentence(model.lines[a].text)) return false;
  return parenBalance(model, a) > 0 && parenBalance(model, a + 1) < 0;
}

/** Unmatched parentheses of one unit, reported where they stand. */
export function checkParentheses(model: DraftModel, unit: Unit, skip: Skip, out: Report[]): void {
  const text = model.text;
  const open: number[] = [];
  for (let i = unit.first; i <= unit.last; i++) {
    const content = model.contentStarts[i];
    const end = model.lines[i].end;
    const label = labelEnd(text, content);
    for (let k = label === -1 ? content : label; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c !== OPEN_PAREN && c !== CLOSE_PAREN) continue;
      if (skip(k)) continue;
      if (c === OPEN_PAREN) open.push(k);
      else if (open.length > 0) open.pop();
      else if (!isBareLabelClose(text, k, content) && !(i === unit.first && wrapsParenthesis(model, i - 1))) {
        out.push({ messageId: 'unopenedParenthesis', range: { start: k, end: k + 1 } });
      }
    }
  }
  if (open.length > 0 && wrapsParenthesis(model, unit.last)) return;
  for (let n = 0; n < open.length; n++) {
    const k = open[n];
    // `((S-…)`: the inner one closes, the outer one is the doubled mark (`open` is in text order).
    if (text.charCodeAt(k + 1) === OPEN_PAREN && open[n + 1] !== k + 1) {
      out.push({
        messageId: 'doubledOpening',
        range: { start: k, end: k + 2 },
        fixes: [{ title: 'Delete the extra "("', edits: [{ range: { start: k, end: k + 1 }, newText: '' }], safety: 'unsafe' }],
      });
    } else out.push({ messageId: 'unclosedParenthesis', range: { start: k, end: k + 1 } });
  }
}

function isEmptyQuoteLine(t: string): boolean {
  let seen = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 62) seen = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return seen;
}

/** Whether the first line at or after `from` that is not blank opens a quoted paragraph (after its label or number). */
function nextOpensQuotation(model: DraftModel, from: number): boolean {
  let i = from;
  // A blank line of a Markdown block quotation is a `>` alone.
  while (i < model.lines.length && (model.lineKinds[i] === 'blank' || isEmptyQuoteLine(model.lines[i].text))) i++;
  if (i >= model.lines.length) return false;
  const t = model.lines[i].text;
  let k = model.contentStarts[i] - model.lines[i].start;
  while (k < t.length && (t.charCodeAt(k) === 62 /* > */ || t.charCodeAt(k) === 32)) k++;
  const label = labelEnd(t, k);
  if (label !== -1) k = label;
  else {
    let d = k;
    while (d < t.length && d - k < 4 && t.charCodeAt(d) >= 48 && t.charCodeAt(d) <= 57) d++;
    if (d > k && t.charCodeAt(d) === 46) k = d + 1;
  }
  while (k < t.length && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k++;
  return t.charCodeAt(k) === OPEN_QUOTE;
}

/** How far a quoted list may run below the line that introduces it. */
const QUOTED_LIST_REACH = 80;
const LIST_KINDS = new Set(['subparagraph', 'list-item', 'continuation', 'text']);

/**
 * A quotation of a text with its list (an agenda item with its sub-items: `“Title:` then `(a) …;`,
 * `(b) ….”`): the line introducing the list ends with a colon and a ” closes a later item of the list.
 */
function quotesItsList(model: DraftModel, last: number): boolean {
  const t = model.lines[last].text.trimEnd();
  if (t.charCodeAt(t.length - 1) !== 58 /* : */) return false;
  const stop = Math.min(model.lines.length, last + 1 + QUOTED_LIST_REACH);
  for (let i = last + 1; i < stop; i++) {
    const kind = model.lineKinds[i];
    if (kind === 'blank') continue;
    if (!LIST_KINDS.has(kind)) return false;
    if (model.lines[i].text.indexOf('”') !== -1) return true;
  }
  return false;
}

/**
 * An opening “ that its paragraph never closes, unless the quotation runs on: the next paragraph opens
 * with “. A unit that writes „ (low-high quotes) or closes with a straight " has another defect or style.
 */
export function checkQuotations(model: DraftModel, unit: Unit, skip: Skip, out: Report[]): void {
  const text = model.text;
  const from = model.lines[unit.first].start;
  const to = model.lines[unit.last].end;
  const open: number[] = [];
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LOW_QUOTE || (c === STRAIGHT_QUOTE && open.length > 0)) return;
    if (c === OPEN_QUOTE && !skip(k)) open.push(k);
    else if (c === CLOSE_QUOTE && open.length > 0) open.pop();
  }
  if (open.length === 0 || nextOpensQuotation(model, unit.last + 1) || quotesItsList(model, unit.last)) return;
  out.push({
    messageId: 'unclosedQuotation',
    range: { start: open[0], end: open[0] + 1 },
  });
}
