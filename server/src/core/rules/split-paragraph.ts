// A paragraph broken in two by blank lines, its second part standing alone and starting in lower
// case: the mark a page break leaves when text is copied from a PDF or a word processor.

import type { DraftModel } from '../model';
import { isProseLine } from '../prose';
import type { Rule } from '../rule';
import { lowerBound } from '../sorted';

/** The first line may not end a sentence, a clause introducing a list, or a quotation. */
const OPEN_END_RE = /[\p{L}\p{N},]$/u;
const LOWER_START_RE = /^\p{Ll}/u;
/** `e.g.`, `i.e.`, `etc.` or a unit could start a line of a table or a list; these are not splits. */
const NOT_PROSE_START_RE = /^(?:e\.g\.|i\.e\.|etc\.|vs\.|cf\.)/;
const MIN_WORDS_TEXT_LINE = 8;
/** The source or note line under a table or figure: the notes that follow it are not its continuation. */
const TABLE_NOTE_HEAD_RE = /^(?:Sources?|Notes?)[ \t]*:/;
/** A table's or figure's label on the line above its title (`Table 3`, `Figure II`, `Box 1`). */
const EXHIBIT_LABEL_RE = /^(?:Table|Figure|Chart|Graph|Box|Map)[ \u00a0]+(?:\d{1,3}|[IVXLC]{1,7})(?:\.\d{1,2})?[A-Za-z]?\.?$/;
/** A note to a table marked by a letter, as the superscript `b` reads in plain text (`b Contribution in kind.`). */
const LETTER_NOTE_RE = /^[b-z][ \t]+\p{Lu}/u;

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The title of a table or figure (the line under its label) and the source or note line under it: what
 * follows them after a blank line (the table's notes, a figure's legend) is not their continuation.
 */
function isExhibitMatter(previous: string, head: string): boolean {
  return TABLE_NOTE_HEAD_RE.test(head.trimStart()) || EXHIBIT_LABEL_RE.test(previous.trim());
}

/** The numbered paragraph that line `i` belongs to, for the message. */
function paragraphAt(model: DraftModel, i: number): number | undefined {
  const ps = model.paragraphs;
  const p = ps[lowerBound(ps.length, (k) => ps[k].endLine >= i)];
  return p && p.line <= i ? p.number : undefined;
}

function clip(s: string, n: number, fromEnd: boolean): string {
  if (s.length <= n) return s;
  if (fromEnd) {
    const cut = s.slice(s.length - n);
    const sp = cut.indexOf(' ');
    return '…' + (sp > 0 && sp < n - 5 ? cut.slice(sp + 1) : cut);
  }
  const cut = s.slice(0, n);
  const sp = cut.lastIndexOf(' ');
  return (sp > 5 ? cut.slice(0, sp) : cut) + '…';
}

export const splitParagraphRule: Rule = {
  meta: {
    id: 'split-paragraph',
    description: 'A paragraph broken by blank lines, its continuation standing alone in lower case, is joined again',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['structure', 'layout'],
    conventions: ['R22'],
    // One id per wording: a numbered paragraph or not, one blank line or several.
    messages: {
      split: 'Paragraph {{paragraph}} is split by a blank line: "{{tail}}" continues "{{head}}"; join the two parts',
      splitBlankLines: 'Paragraph {{paragraph}} is split by {{blanks}} blank lines: "{{tail}}" continues "{{head}}"; join the two parts',
      unnumberedSplit: 'The paragraph is split by a blank line: "{{tail}}" continues "{{head}}"; join the two parts',
      unnumberedSplitBlankLines: 'The paragraph is split by {{blanks}} blank lines: "{{tail}}" continues "{{head}}"; join the two parts',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const { lines, lineKinds } = model;
    for (let i = 0; i < lines.length; i++) {
      const kind = lineKinds[i];
      if (kind === 'blank' || !isProseLine(model, i)) continue;
      if (lineKinds[i + 1] !== 'blank') continue;
      let j = i + 1;
      while (j < lines.length && lineKinds[j] === 'blank') j++;
      if (j >= lines.length) break;
      const head = lines[i].text.trimEnd();
      if (!OPEN_END_RE.test(head)) continue;
      if (kind === 'text' && wordCount(head) < MIN_WORDS_TEXT_LINE) continue;
      if (isExhibitMatter(lines[i - 1]?.text ?? '', head)) continue;
      if (lineKinds[j] !== 'text' || !isProseLine(model, j)) continue;
      const raw = lines[j].text;
      const tail = raw.trimStart();
      // A bullet, an indented block or anything that is not a plain line of prose stays alone.
      if (model.contentStarts[j] !== lines[j].start + (raw.length - tail.length)) continue;
      if (!LOWER_START_RE.test(tail) || NOT_PROSE_START_RE.test(tail) || LETTER_NOTE_RE.test(tail)) continue;
      if (wordCount(tail) < 2) continue;

      const contStart = model.contentStarts[j];
      const headEnd = lines[i].start + head.length;
      let firstWordEnd = contStart;
      while (firstWordEnd < lines[j].end && model.text.charCodeAt(firstWordEnd) > 32) firstWordEnd++;
      const para = paragraphAt(model, i);
      const blanks = j - i - 1;
      const parts = { tail: clip(tail, 40, false), head: clip(head, 30, true) };
      const id = `${para === undefined ? 'unnumberedSplit' : 'split'}${blanks === 1 ? '' : 'BlankLines'}`;
      ctx.report({
        messageId: id,
        data: { ...(para === undefined ? {} : { paragraph: para }), ...(blanks === 1 ? {} : { blanks }), ...parts },
        range: { start: contStart, end: firstWordEnd },
        related: [{ range: { start: lines[i].start + Math.max(0, head.length - 1), end: headEnd }, message: 'The part before the break ends here' }],
        fixes: [{ title: 'Join the split paragraph', edits: [{ range: { start: headEnd, end: contStart }, newText: ' ' }], safety: 'safe' }],
      });
      i = j - 1;
    }
  },
};
