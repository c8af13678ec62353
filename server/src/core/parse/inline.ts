// Inline constructs found by scanning the whole text once each: HTML comments, Markdown links,
// square brackets, quotations and UN document symbols. Hand-written scanners keep every pass linear.

import type { BracketPair, Comment, DocumentSymbolRef, Link } from '../model';
import type { TextRange } from '../types';
import type { Line } from '../text';

/** HTML comments; an unterminated `<!--` runs to the end of the text. */
export function scanComments(text: string, lineOf: (offset: number) => number): Comment[] {
  const out: Comment[] = [];
  let i = text.indexOf('<!--');
  while (i !== -1) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    const body = text.slice(i + 4, close === -1 ? text.length : close).trim();
    out.push({ range: { start: i, end }, body, line: lineOf(i), endLine: lineOf(Math.max(i, end - 1)) });
    i = close === -1 ? -1 : text.indexOf('<!--', end);
  }
  return out;
}

/** True when `offset` lies inside one of the sorted, disjoint `ranges`. */
export function inRanges(ranges: readonly TextRange[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Markdown inline links `[text](target)` on one line; images `![…](…)` count as links too. */
export function scanLinks(lines: readonly Line[], comments: readonly TextRange[]): Link[] {
  const out: Link[] = [];
  for (const line of lines) {
    const t = line.text;
    if (t.indexOf('](') === -1) continue;
    const opens: number[] = [];
    let nextParen = -2; // cached position of the next ')' at or after the last search point
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 91 /* [ */) opens.push(i);
      else if (c === 93 /* ] */ && opens.length > 0) {
        const open = opens.pop() as number;
        if (t.charCodeAt(i + 1) !== 40 /* ( */) continue;
        if (nextParen !== -1 && nextParen <= i + 1) nextParen = t.indexOf(')', i + 2);
        if (nextParen === -1) continue;
        const close = nextParen;
        const abs = line.start;
        if (inRanges(comments, abs + open)) continue;
        out.push({
          range: { start: abs + open, end: abs + close + 1 },
          text: t.slice(open + 1, i),
          textRange: { start: abs + open + 1, end: abs + i },
          target: t.slice(i + 2, close),
          targetRange: { start: abs + i + 2, end: abs + close },
        });
        opens.length = 0;
        i = close;
      }
    }
  }
  return out;
}

/**
 * Square brackets outside links, comments and footnote references (`[^1]`). Pairs are matched
 * within a line first; brackets left open on a line may close on a later line (a bracket that
 * spans paragraphs in a negotiated text).
 */
export function scanBrackets(lines: readonly Line[], skip: readonly TextRange[]): BracketPair[] {
  const out: BracketPair[] = [];
  const carried: number[] = [];
  for (const line of lines) {
    const t = line.text;
    if (t.indexOf('[') === -1 && t.indexOf(']') === -1) continue;
    const local: number[] = [];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c !== 91 && c !== 93) continue;
      const abs = line.start + i;
      if (inRanges(skip, abs)) continue;
      if (c === 91) {
        if (t.charCodeAt(i + 1) === 94 /* ^ */) {
          // A footnote reference `[^1]`: skip its closing `]` too, so it is not taken for a stray one.
          // Labels are short; the bounded look-ahead keeps the scan linear.
          for (let j = i + 2; j < t.length && j < i + 66; j++) {
            const d = t.charCodeAt(j);
            if (d === 91) break;
            if (d === 93) {
              i = j;
              break;
            }
          }
          continue;
        }
        local.push(abs);
      } else if (local.length > 0) {
        const open = local.pop() as number;
        out.push({ open, close: abs, depth: local.length });
      } else if (carried.length > 0) {
        out.push({ open: carried.pop() as number, close: abs, depth: 0 });
      } else {
        out.push({ open: -1, close: abs, depth: 0 });
      }
    }
    for (const o of local) carried.push(o);
  }
  for (const o of carried) out.push({ open: o, close: -1, depth: 0 });
  out.sort((a, b) => (a.open === -1 ? a.close : a.open) - (b.open === -1 ? b.close : b.open));
  return out;
}

/** How many lines below an unclosed “ its closing ” is looked for (a quotation a wrap carried on). */
const QUOTE_WRAP_REACH = 3;

/**
 * Quoted spans: “…” pairs and pairs of straight double quotes on one line, and a “ left open at a line's end whose
 * ” opens the next lines' quotation marks (a quotation that a wrap carried on: `the “authorized OECD` / `approach”`).
 * A quoted paragraph that runs on (UN style: the next opens with “ again) has no such ”. Sorted, quotes included.
 */
export function scanQuotations(lines: readonly Line[]): TextRange[] {
  const out: TextRange[] = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const t = line.text;
    // Only an opening quote starts a span: a line without one has none.
    if (t.indexOf('"') === -1 && t.indexOf('\u201c') === -1) continue;
    let curlyOpen = -1;
    let straightOpen = -1;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x201c) {
        if (curlyOpen === -1) curlyOpen = i;
      } else if (c === 0x201d) {
        if (curlyOpen !== -1) {
          out.push({ start: line.start + curlyOpen, end: line.start + i + 1 });
          curlyOpen = -1;
        }
      } else if (c === 34) {
        if (straightOpen === -1) straightOpen = i;
        else {
          out.push({ start: line.start + straightOpen, end: line.start + i + 1 });
          straightOpen = -1;
        }
      }
    }
    if (curlyOpen !== -1) {
      const close = wrappedClose(lines, li);
      if (close !== -1) out.push({ start: line.start + curlyOpen, end: close + 1 });
    }
  }
  return mergeRanges(out);
}

/** The offset of the ” that closes a “ left open on line `li`, on one of the next few non-blank lines; -1 if none. */
function wrappedClose(lines: readonly Line[], li: number): number {
  for (let k = li + 1; k < lines.length && k <= li + QUOTE_WRAP_REACH; k++) {
    const t = lines[k].text;
    if (t.trim() === '') return -1;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x201c) return -1;
      if (c === 0x201d) return lines[k].start + i;
    }
  }
  return -1;
}

/**
 * Text a rule never reads as prose: link targets (with their parentheses), comments and document
 * symbols, sorted and merged. The one definition; the model keeps it as `opaque`.
 */
export function opaqueRanges(links: readonly Link[], comments: readonly Comment[], symbols: readonly DocumentSymbolRef[]): TextRange[] {
  const all: TextRange[] = [];
  for (const l of links) all.push({ start: l.targetRange.start - 1, end: l.targetRange.end + 1 });
  for (const c of comments) all.push(c.range);
  for (const s of symbols) all.push(s.range);
  return mergeRanges(all);
}

/** Sorts and merges overlapping or touching ranges, as `inRanges` expects them. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) out[out.length - 1] = { start: last.start, end: r.end };
    } else out.push({ start: r.start, end: r.end });
  }
  return out;
}

// An upper-case prefix, then one or more "/component" parts. Each repetition starts with "/",
// which no part can contain, so the match is deterministic and linear. A component may end in a
// session in parentheses when another component follows (`ICCD/COP(16)/21`, `TD/B/EX(75)/L.2`, R11);
// "(" is not a component character, so this stays deterministic too.
const SYMBOL_RE = /(?<![A-Za-z0-9./\\-])[A-Z]{1,10}(?:\([A-Z0-9-]{1,12}\)(?=\/))?(?:\/[A-Za-z0-9.*-]+(?:\([A-Z0-9-]{1,12}\)(?=\/))?)+/g;

/** UN document symbols: an upper-case prefix and slash-separated components with at least one digit. */
export function scanSymbols(text: string, links: readonly Link[], skip: readonly TextRange[]): DocumentSymbolRef[] {
  const out: DocumentSymbolRef[] = [];
  let li = 0;
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(text); m !== null; m = SYMBOL_RE.exec(text)) {
    let s = m[0];
    while (s.length > 0 && /[.*-]/.test(s[s.length - 1])) s = s.slice(0, -1);
    if (!/\d/.test(s) || s.indexOf('/') === -1) continue;
    const start = m.index;
    if (inRanges(skip, start)) continue;
    const end = start + s.length;
    while (li < links.length && links[li].range.end <= start) li++;
    const link = li < links.length && links[li].range.start <= start ? li : -1;
    const inTarget = link !== -1 && start >= links[link].targetRange.start;
    out.push({ text: s, range: { start, end }, link, inTarget });
  }
  return out;
}
