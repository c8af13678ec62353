// Minimal edits that turn one text into another, for fix-all results: the fixer produces the new text
// (possibly over several passes), and the editor gets small edits rather than one rewrite of the
// document, so the cursor, folds and undo stay where they were. Line-level Myers diff on the part
// between the common prefix and suffix, then character trimming inside each changed block; when the
// texts differ too much the middle part becomes one edit.

import type { TextEdit } from '../core/index';

/** Beyond this many differing lines one edit is returned (the diff costs O((N+M)·D)). */
const MAX_D = 2000;

function splitKeepEnds(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Edits (offsets into `oldText`, non-overlapping, in order) that turn `oldText` into `newText`. */
export function diffEdits(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  // Common prefix and suffix, cut back to line starts so that the line diff sees whole lines.
  let pre = 0;
  const maxPre = Math.min(oldText.length, newText.length);
  while (pre < maxPre && oldText.charCodeAt(pre) === newText.charCodeAt(pre)) pre++;
  let suf = 0;
  const maxSuf = Math.min(oldText.length, newText.length) - pre;
  while (suf < maxSuf && oldText.charCodeAt(oldText.length - 1 - suf) === newText.charCodeAt(newText.length - 1 - suf)) suf++;
  const lineStart = (t: string, i: number): number => {
    let k = i;
    while (k > 0 && t.charCodeAt(k - 1) !== 10 && t.charCodeAt(k - 1) !== 13) k--;
    return k;
  };
  const p = lineStart(oldText, pre);
  const oldMid = oldText.slice(p, oldText.length - suf);
  const newMid = newText.slice(p, newText.length - suf);
  const a = splitKeepEnds(oldMid);
  const b = splitKeepEnds(newMid);
  const script = myers(a, b);
  if (!script) return [trimEdit(oldText, p, oldText.length - suf, newMid)];

  const edits: TextEdit[] = [];
  let offset = p; // in oldText
  let ai = 0;
  let bi = 0;
  let k = 0;
  while (k < script.length) {
    if (script[k] === 0) {
      offset += a[ai].length;
      ai++;
      bi++;
      k++;
      continue;
    }
    const start = offset;
    let inserted = '';
    while (k < script.length && script[k] !== 0) {
      if (script[k] === -1) {
        offset += a[ai].length;
        ai++;
      } else {
        inserted += b[bi];
        bi++;
      }
      k++;
    }
    edits.push(trimEdit(oldText, start, offset, inserted));
  }
  return edits;
}

/** An edit of oldText[start, end) to `newText`, narrowed by their common prefix and suffix. */
function trimEdit(oldText: string, start: number, end: number, newText: string): TextEdit {
  let s = 0;
  const old = oldText.slice(start, end);
  const max = Math.min(old.length, newText.length);
  while (s < max && old.charCodeAt(s) === newText.charCodeAt(s)) s++;
  let e = 0;
  while (e < max - s && old.charCodeAt(old.length - 1 - e) === newText.charCodeAt(newText.length - 1 - e)) e++;
  return { range: { start: start + s, end: end - e }, newText: newText.slice(s, newText.length - e) };
}

/**
 * Myers' O((N+M)D) diff. Returns the edit script (0 keep, -1 delete from a, 1 insert from b), or
 * undefined when the distance exceeds MAX_D.
 */
function myers(a: readonly string[], b: readonly string[]): number[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_D);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
    v = next;
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], offset: number, n: number, m: number, dEnd: number): number[] {
  const script: number[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d >= 0; d--) {
    const prev = trace[d];
    const k = x - y;
    let prevK: number;
    if (d === 0) prevK = 0;
    else if (k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1])) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      script.push(0);
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) script.push(1);
      else script.push(-1);
      x = prevX;
      y = prevY;
    }
  }
  return script.reverse();
}
