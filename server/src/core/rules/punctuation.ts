// Punctuation an editor marks in red: doubled marks, a space before a comma or a stop, none after a
// full stop or a subparagraph label, parentheses and quotation marks left open in their paragraph,
// and straight apostrophes in a document that writes curly ones.

import type { DraftModel } from '../model';
import { asReceivedLines, inRanges, isProseLine, opaqueRanges } from '../prose';
import type { Report, Rule } from '../rule';
import type { TextRange } from '../types';
import { checkParentheses, checkQuotations, paragraphUnits } from '../un/punctuation-balance';
import { doubledMarks, labelWithoutSpace, missingSpacesAfterStops, opensWithSpacedLabel, spacesBeforeMarks, type Skip } from '../un/punctuation-marks';

const STRAIGHT_APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const LETTER_RE = /\p{L}/u;
/**
 * Marks that end a sentence, a quotation or Markdown emphasis after a web address rather than belong to it
 * (`*… System (http://documents.un.org/).*`: the italic note closing a summary record).
 */
const TRAILING_MARKS = new Set([46, 44, 59, 58, 33, 63, 0x201d, 0x2019, 34, 42, 95]);

export const punctuationRule: Rule = {
  meta: {
    id: 'punctuation',
    description: 'Punctuation is single, spaced as in English, balanced within its paragraph and of one style of apostrophe',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'punctuation'],
    conventions: ['R17', 'R22'],
    // The helpers in un/punctuation-marks.ts and un/punctuation-balance.ts report by these ids.
    messages: {
      doubled: 'Doubled punctuation "{{written}}": write one "{{mark}}"',
      spaceBefore: 'A space before "{{mark}}": "{{word}} {{mark}}" should read "{{word}}{{mark}}"',
      spaceAfterStop: 'No space after the full stop: "{{before}}.{{after}}" should read "{{before}}. {{after}}"',
      labelSpace: 'No space after the subparagraph label "{{label}}": write "{{label}} {{next}}…"',
      unopenedParenthesis: 'A closing parenthesis ")" that no "(" opens in its paragraph',
      doubledOpening: 'Doubled opening parenthesis "((": one "(" is never closed in its paragraph',
      unclosedParenthesis: 'An opening parenthesis "(" never closed in its paragraph',
      unclosedQuotation: 'An opening quotation mark “ never closed in its paragraph (a quotation that runs on opens the next paragraph with “)',
      straightApostrophe: 'A straight apostrophe in "{{word}}" where the document writes curly ones (’): write "{{curly}}"',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const received = asReceivedLines(model);
    const eligible = (i: number): boolean =>
      received[i] !== 1 && (isProseLine(model, i) || model.lineKinds[i] === 'heading' || model.lineKinds[i] === 'footnote');
    const opaque = opaqueRanges(model);
    const technical = technicalRanges(model.text);
    const skip: Skip = (offset) => inRanges(opaque, offset) || inRanges(technical, offset);
    const out: Report[] = [];
    for (let i = 0; i < model.lines.length; i++) {
      if (!eligible(i)) continue;
      checkLine(model, i, skip, out);
    }
    for (const unit of paragraphUnits(model, eligible)) {
      checkParentheses(model, unit, skip, out);
      checkQuotations(model, unit, skip, out);
    }
    checkApostrophes(model, eligible, skip, out);
    out.sort((a, b) => a.range.start - b.range.start);
    for (const r of out) ctx.report(r);
  },
};

function checkLine(model: DraftModel, i: number, skip: Skip, out: Report[]): void {
  const line = model.lines[i];
  const content = model.contentStarts[i] - line.start;
  doubledMarks(line.text, line.start, skip, out);
  spacesBeforeMarks(line.text, line.start, skip, out);
  missingSpacesAfterStops(line.text, line.start, skip, out);
  const labelled = (j: number): boolean =>
    j >= 0 && j < model.lines.length && opensWithSpacedLabel(model.lines[j].text, model.contentStarts[j] - model.lines[j].start);
  labelWithoutSpace(line.text, content, line.start, labelled(i - 1) || labelled(i + 1), out);
}

/** Web addresses (`https://…`, `www.…`) to the next space, and `code` spans on one line. */
export function technicalRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 96 && text.charCodeAt(j) !== 10) j++;
      if (text.charCodeAt(j) === 96) {
        out.push({ start: i, end: j + 1 });
        i = j;
      }
      continue;
    }
    if (c !== 104 && c !== 119 && c !== 102) continue; // h, w, f
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
    if (!(text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i) || text.startsWith('ftp://', i))) continue;
    let j = i;
    let parens = 0;
    while (j < text.length && text.charCodeAt(j) > 32) {
      if (text.charCodeAt(j) === 40) parens++;
      else if (text.charCodeAt(j) === 41) parens--;
      j++;
    }
    // `(see https://undocs.org/A/79/1).`: the closing marks belong to the sentence, not the address.
    let end = j;
    for (;;) {
      const last = text.charCodeAt(end - 1);
      if (last === 41 && parens < 0) parens++;
      else if (!TRAILING_MARKS.has(last)) break;
      end--;
    }
    out.push({ start: i, end });
    i = j;
  }
  return out;
}

/** An apostrophe between two letters (`State's`, `d'Ivoire`), where a quotation mark cannot stand. */
function isInWord(text: string, k: number): boolean {
  return k > 0 && LETTER_RE.test(text[k - 1]) && LETTER_RE.test(text[k + 1] ?? '');
}

/** Straight apostrophes in a document whose other apostrophes are curly (’): one typography per document. */
function checkApostrophes(model: DraftModel, eligible: (i: number) => boolean, skip: Skip, out: Report[]): void {
  const text = model.text;
  const straight: number[] = [];
  let firstCurly = -1;
  for (let i = 0; i < model.lines.length; i++) {
    if (!eligible(i)) continue;
    for (let k = model.lines[i].start; k < model.lines[i].end; k++) {
      const c = text.charCodeAt(k);
      if (c !== STRAIGHT_APOSTROPHE && c !== CURLY_APOSTROPHE) continue;
      if (!isInWord(text, k) || skip(k)) continue;
      if (c === STRAIGHT_APOSTROPHE) straight.push(k);
      else if (firstCurly === -1) firstCurly = k;
    }
  }
  if (firstCurly === -1) return;
  for (const k of straight) {
    const word = wordAround(text, k);
    out.push({
      messageId: 'straightApostrophe',
      data: { word, curly: word.replace("'", '’') },
      range: { start: k, end: k + 1 },
      related: [{ range: { start: firstCurly, end: firstCurly + 1 }, message: 'A curly apostrophe' }],
      fixes: [{ title: 'Use the curly apostrophe (’)', edits: [{ range: { start: k, end: k + 1 }, newText: '’' }], safety: 'safe' }],
    });
  }
}

function wordAround(text: string, k: number): string {
  let a = k;
  while (a > 0 && k - a < 30 && LETTER_RE.test(text[a - 1])) a--;
  let b = k + 1;
  while (b < text.length && b - k < 30 && LETTER_RE.test(text[b])) b++;
  return text.slice(a, b);
}
