// Lists the structure already numbers: item groups `1.`…, `(a)`… with two or more entries, and runs
// of numbered one-name paragraphs in annexes (`107. Women in Nuclear Global`).

import type { ModelBase } from '../model';
import type { TextRange } from '../types';
import { cachedEntryKey, type Entry, type EntryList, endsWithOneOf, endsWithSentencePeriod, isPlaceholder, MAX_ENTRY, nameLike, stripParens, trimRange } from './list-entries';
import { colonEnd, headOf, type HeadWords } from './list-inline';

export function collectItemGroups(model: ModelBase, out: EntryList[]): void {
  const { text, lines, lineKinds } = model;
  for (const g of model.itemGroups) {
    if (g.items.length < 2) continue;
    const entries: Entry[] = [];
    for (const item of g.items) {
      let end = item.range.end;
      // Wrapped item text: following plain lines while the line does not end a clause.
      for (let j = item.line; j + 1 < lines.length && j < item.line + 3; j++) {
        if (endsWithOneOf(lines[j].text, '.;:!?') || (lineKinds[j + 1] !== 'text' && lineKinds[j + 1] !== 'continuation')) break;
        end = lines[j + 1].end;
      }
      const body = itemBody(text, { start: item.markerRange.end, end });
      if (body.end - body.start < 2) continue;
      const raw = text.slice(body.start, body.end);
      if (isPlaceholder(raw) || /^\[/.test(raw)) continue;
      const { key, isState } = cachedEntryKey(raw);
      entries.push({ start: body.start, end: body.end, key, isState });
    }
    if (entries.length >= 2) {
      const head = headBefore(model, g.items[0].line);
      out.push({ kind: 'items', entries, intro: head.intro, clause: head.clause });
    }
  }
}

/** The item's text without its final punctuation or "and". */
function itemBody(text: string, r: TextRange): TextRange {
  const t = trimRange(text, r);
  const m = /(?:[,;.:]?[ \t]+(?:and|or)|[,;.:])$/.exec(text.slice(Math.max(t.start, t.end - 8), t.end));
  return m ? trimRange(text, { start: t.start, end: t.end - m[0].length }) : t;
}

/** The head of a list whose first item is on `line`: the words before a colon ending the line above. */
function headBefore(model: ModelBase, line: number): HeadWords {
  const none: HeadWords = { intro: '', clause: '' };
  let j = line - 1;
  if (j >= 0 && model.lineKinds[j] === 'blank') j--;
  if (j < 0) return none;
  const l = model.lines[j];
  const c = colonEnd(l.text);
  return c === -1 ? none : headOf(model.text, l.start, l.start + c);
}

export function collectParagraphRuns(model: ModelBase, out: EntryList[]): void {
  const { text, paragraphs } = model;
  let run: Entry[] = [];
  let runHead: HeadWords = { intro: '', clause: '' };
  let prev: { number: number; scope: number } | undefined;
  const flush = (): void => {
    if (run.length >= 3) out.push({ kind: 'items', entries: run, intro: runHead.intro, clause: runHead.clause });
    run = [];
  };
  for (const p of paragraphs) {
    if (p.scope === 0) {
      flush();
      prev = undefined;
      continue;
    }
    if (!prev || prev.scope !== p.scope || p.number !== prev.number + 1) flush();
    prev = { number: p.number, scope: p.scope };
    const body = itemBody(text, { start: p.numberRange.end + 1, end: p.range.end });
    const raw = text.slice(body.start, body.end).replace(/\*+$/, '');
    // One name per paragraph: short, no sentence inside, not ending like a sentence.
    if (raw.length > MAX_ENTRY || /[.!?]\s/.test(stripParens(raw)) || endsWithSentencePeriod(raw) || !nameLike(raw.replace(/:\s/g, ' '))) {
      flush();
      continue;
    }
    const { key, isState } = cachedEntryKey(raw);
    if (run.length === 0) runHead = headBefore(model, p.line);
    run.push({ start: body.start, end: body.end, key, isState });
  }
  flush();
}
