// Cross-references to the report's own paragraphs (`paragraph 21`, `para. 21`, `paras. 12–14`,
// `paragraphs 3 and 4`), for hover and go-to-definition. References to another text's paragraphs
// (`paragraph 42 of the Salvador Declaration`, `(E/CN.15/2011/19, para. 3)`, `operative paragraph 5`)
// are left out. Hand-written scanner over one line: linear.

import type { DraftModel, Paragraph } from './model';
import { LineIndex } from './text';
import type { TextRange } from './types';

export interface ParagraphRefNumber {
  readonly number: number;
  readonly range: TextRange;
}

export interface ParagraphRef {
  /** From the keyword to the last number. */
  readonly range: TextRange;
  readonly keywordRange: TextRange;
  readonly numbers: readonly ParagraphRefNumber[];
}

const KEYWORD_RE = /\b(?:paragraphs?|paras?)\b\.?/gi;
const EXTERNAL_BEFORE_RE = /\b(?:operative|preambular)[ \t\u00a0]+$/i;
const OWN_REPORT_AFTER_RE = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+present|this)[ \t\u00a0]+(?:report|document)\b/i;
const OF_AFTER_RE = /^[ \t\u00a0]+of\b/i;
const SEPARATORS = ['–', '—', '-', ',', 'and', 'to'];

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Paragraph references in one line of text; offsets are relative to `base`. */
export function scanParagraphRefs(text: string, base = 0): ParagraphRef[] {
  const out: ParagraphRef[] = [];
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(text); m !== null; m = KEYWORD_RE.exec(text)) {
    const kwStart = m.index;
    let i = kwStart + m[0].length;
    const numbers: ParagraphRefNumber[] = [];
    let afterNumbers = i;
    for (;;) {
      let j = i;
      while (j < text.length && isSpace(text[j])) j++;
      if (numbers.length > 0) {
        const sep = SEPARATORS.find((s) => text.startsWith(s, j) && (s.length === 1 || !/[A-Za-z]/.test(text[j + s.length] ?? '')));
        if (!sep) break;
        j += sep.length;
        while (j < text.length && isSpace(text[j])) j++;
      } else if (j === i) break; // `paragraph21`: not a reference
      let k = j;
      while (k < text.length && k - j < 4 && isDigit(text[k])) k++;
      if (k === j || (k < text.length && (isDigit(text[k]) || /[A-Za-z/]/.test(text[k])))) break;
      numbers.push({ number: Number(text.slice(j, k)), range: { start: base + j, end: base + k } });
      i = k;
      afterNumbers = k;
    }
    if (numbers.length === 0) continue;
    const after = text.slice(afterNumbers, afterNumbers + 60);
    if (OF_AFTER_RE.test(after) && !OWN_REPORT_AFTER_RE.test(after)) continue;
    const before = text.slice(Math.max(0, kwStart - 40), kwStart);
    if (EXTERNAL_BEFORE_RE.test(before)) continue;
    // `(E/CN.15/2011/19, para. 3)`: a paragraph of the document whose symbol precedes.
    const trimmed = before.replace(/[ \t\u00a0]+$/, '');
    if (trimmed.endsWith(',')) {
      const word = trimmed.slice(0, -1).split(/[ \t\u00a0(]/).pop() ?? '';
      if (word.includes('/')) continue;
    }
    out.push({
      range: { start: base + kwStart, end: numbers[numbers.length - 1].range.end },
      keywordRange: { start: base + kwStart, end: base + kwStart + m[0].length },
      numbers,
    });
  }
  return out;
}

/** The paragraph reference under `offset` and the number it points at (the first one when on the keyword). */
export function paragraphRefAt(model: DraftModel, offset: number): { ref: ParagraphRef; number: ParagraphRefNumber } | undefined {
  const index = new LineIndex(model.lines);
  const line = model.lines[index.lineAt(offset)];
  for (const ref of scanParagraphRefs(line.text, line.start)) {
    if (offset < ref.range.start || offset > ref.range.end) continue;
    const onNumber = ref.numbers.find((n) => offset >= n.range.start && offset <= n.range.end);
    if (onNumber) return { ref, number: onNumber };
    // On the keyword or between numbers: a range `12–14` means 12 on the keyword, otherwise the nearest before.
    let best = ref.numbers[0];
    for (const n of ref.numbers) if (n.range.start <= offset) best = n;
    return { ref, number: best };
  }
  return undefined;
}

/** The scope (0 = body, k = k-th annex) of the line a position is on. */
export function scopeAtLine(model: DraftModel, line: number): number {
  let scope = 0;
  for (const h of model.headings) {
    if (h.line > line) break;
    if (h.kind === 'annex') scope = h.scope;
  }
  return scope;
}

/** The numbered paragraph `n` in the given scope, falling back to the body. */
export function findParagraph(model: DraftModel, n: number, scope = 0): Paragraph | undefined {
  const inScope = model.paragraphs.find((p) => p.number === n && p.scope === scope);
  return inScope ?? (scope !== 0 ? model.paragraphs.find((p) => p.number === n && p.scope === 0) : undefined);
}
