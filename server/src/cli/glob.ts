// A small glob matcher for the CLI's file arguments: `*`, `?`, `[abc]`, `[a-z]`, `[!x]`, `{a,b}`,
// `**` (any number of directories) and `\` escapes. No regular expressions: each segment is matched
// by the two-pointer wildcard algorithm (it only ever backtracks to the last `*`), so matching costs
// at most O(pattern length × name length) and never explodes.

/** A compiled pattern: its literal base directory and one matcher per remaining path segment. */
export interface CompiledGlob {
  /** The pattern as given (after brace expansion). */
  readonly source: string;
  /** Leading segments without wildcards, joined with `/` ('' when the first segment has one). */
  readonly base: string;
  /** Matchers for the segments after the base; `'**'` stands for any number of directories. */
  readonly segments: readonly (SegmentMatcher | '**')[];
  /** Whether a `**` segment occurs (the walk then has no depth limit). */
  readonly globstar: boolean;
}

type Token =
  | { readonly t: 'lit'; readonly c: string }
  | { readonly t: 'one' }
  | { readonly t: 'star' }
  | { readonly t: 'class'; readonly negate: boolean; readonly ranges: readonly (readonly [string, string])[] };

export interface SegmentMatcher {
  readonly tokens: readonly Token[];
  /** The segment spelled out, for deciding whether hidden names are asked for. */
  readonly text: string;
  /** True when the segment has no wildcard at all. */
  readonly literal: boolean;
}

export const MAX_BRACE_EXPANSIONS = 1024;

/** Whether an argument contains glob syntax (and so is not taken as a literal path). */
export function hasGlobSyntax(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '*' || c === '?' || c === '[' || c === '{') return true;
  }
  return false;
}

/**
 * Expands `{a,b}` alternatives (nested ones too), left to right. Unbalanced braces are literal.
 * Stops one past `limit` results, so that callers can tell a pattern that has too many.
 */
export function expandBraces(pattern: string, limit = MAX_BRACE_EXPANSIONS): string[] {
  const open = findBraceOpen(pattern);
  if (open < 0) return [pattern];
  const close = findBraceClose(pattern, open);
  if (close < 0) return [pattern];
  const alternatives = splitTopLevel(pattern.slice(open + 1, close));
  if (alternatives.length < 2) {
    // `{x}` is not an alternation: keep the braces literally and expand what follows.
    const head = pattern.slice(0, close + 1).replace(/[{}]/g, (b) => `\\${b}`);
    return expandBraces(pattern.slice(close + 1), limit).map((rest) => head + rest);
  }
  const prefix = pattern.slice(0, open);
  const suffix = pattern.slice(close + 1);
  const out: string[] = [];
  for (const alt of alternatives) {
    for (const e of expandBraces(prefix + alt + suffix, limit)) {
      if (out.length > limit) return out;
      out.push(e);
    }
  }
  return out;
}

function findBraceOpen(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') return i;
  }
  return -1;
}

function findBraceClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Compiles one segment (no `/`) into tokens. */
export function compileSegment(text: string): SegmentMatcher {
  const tokens: Token[] = [];
  let literal = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      tokens.push({ t: 'lit', c: text[++i] });
    } else if (c === '*') {
      literal = false;
      // Consecutive stars are one star.
      if (tokens.length === 0 || tokens[tokens.length - 1].t !== 'star') tokens.push({ t: 'star' });
    } else if (c === '?') {
      literal = false;
      tokens.push({ t: 'one' });
    } else if (c === '[') {
      const cls = parseClass(text, i);
      if (cls) {
        literal = false;
        tokens.push(cls.token);
        i = cls.end;
      } else {
        tokens.push({ t: 'lit', c });
      }
    } else {
      tokens.push({ t: 'lit', c });
    }
  }
  return { tokens, text, literal };
}

/** Parses `[...]` starting at `open`; undefined when it never closes (then `[` is literal). */
function parseClass(text: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  let negate = false;
  if (text[i] === '!' || text[i] === '^') {
    negate = true;
    i++;
  }
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < text.length; i++) {
    let c = text[i];
    if (c === ']' && !first) return { token: { t: 'class', negate, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < text.length) c = text[++i];
    if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
      let hi = text[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < text.length) hi = text[++i];
      ranges.push([c, hi]);
    } else {
      ranges.push([c, c]);
    }
  }
  return undefined;
}

function tokenMatches(tok: Token, c: string): boolean {
  switch (tok.t) {
    case 'lit':
      return tok.c === c;
    case 'one':
      return true;
    case 'class': {
      let inside = false;
      for (const [lo, hi] of tok.ranges) if (c >= lo && c <= hi) inside = true;
      return inside !== tok.negate;
    }
    case 'star':
      return false;
  }
}

/**
 * Whether `name` matches the segment. A leading `.` in the name must be matched by a literal `.`
 * (so `*` does not pick up hidden files). Two pointers; on a mismatch, resume after the last star.
 */
export function matchSegment(m: SegmentMatcher, name: string, dot = false): boolean {
  const toks = m.tokens;
  if (!dot && name.startsWith('.') && !(toks[0] && toks[0].t === 'lit' && toks[0].c === '.')) return false;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < name.length) {
    const tok = toks[p];
    if (p < toks.length && tok.t === 'star') {
      starP = p++;
      starS = s;
    } else if (p < toks.length && tokenMatches(tok, name[s])) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < toks.length && toks[p].t === 'star') p++;
  return p === toks.length;
}

/** Compiles a pattern that has no braces left (see expandBraces). Separators are `/` (and `\` is an escape). */
export function compileGlob(pattern: string): CompiledGlob {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  if (absolute) parts.shift();
  const baseParts: string[] = [];
  let i = 0;
  for (; i < parts.length - 1; i++) {
    if (parts[i] === '**' || hasGlobSyntax(parts[i])) break;
    baseParts.push(unescape(parts[i]));
  }
  const segments: (SegmentMatcher | '**')[] = [];
  let globstar = false;
  for (; i < parts.length; i++) {
    const part = parts[i];
    if (part === '**') {
      globstar = true;
      if (segments[segments.length - 1] !== '**') segments.push('**');
    } else {
      segments.push(compileSegment(part));
    }
  }
  const base = (absolute ? '/' : '') + baseParts.join('/');
  return { source: pattern, base, segments, globstar };
}

function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) i++;
    out += s[i];
  }
  return out;
}

/**
 * Whether a path relative to the glob's base (segments already split) matches. `**` matches zero or
 * more whole segments, but never a hidden one. Same two-pointer scheme as matchSegment, one level up.
 */
export function matchPath(g: CompiledGlob, rel: readonly string[], dot = false): boolean {
  const segs = g.segments;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < rel.length) {
    const seg = segs[p];
    if (p < segs.length && seg === '**') {
      starP = p++;
      starS = s;
    } else if (p < segs.length && seg !== '**' && matchSegment(seg, rel[s], dot)) {
      p++;
      s++;
    } else if (starP >= 0 && (dot || !rel[starS].startsWith('.'))) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < segs.length && segs[p] === '**') p++;
  return p === segs.length;
}

/**
 * Whether `rel`, a `/`-separated path relative to the folder the pattern is read from, matches `pattern`
 * (braces allowed; `dot`: wildcards match hidden names too). For the project config's `files`, `ignores`
 * and `overrides`, which must match in linear time whatever the names, as the CLI's arguments do.
 */
export function matchesRelative(pattern: string, rel: string, dot = false): boolean {
  let compiled = relativeGlobs.get(pattern);
  if (!compiled) {
    compiled = expandBraces(pattern).map(compileGlob);
    if (relativeGlobs.size >= 1024) relativeGlobs.clear();
    relativeGlobs.set(pattern, compiled);
  }
  const parts = rel.split('/');
  return compiled.some((g) => {
    const base = g.base === '' ? [] : g.base.split('/');
    if (base.length > parts.length || base.some((b, i) => b !== parts[i])) return false;
    return matchPath(g, parts.slice(base.length), dot);
  });
}
const relativeGlobs = new Map<string, CompiledGlob[]>();

/** Whether the pattern names this directory literally somewhere (so a walk may enter it). */
export function mentionsLiterally(g: CompiledGlob, name: string): boolean {
  return g.segments.some((s) => s !== '**' && s.text === name);
}

/**
 * Whether a directory (its path relative to the glob's base, as segments) can hold a match, so that a
 * walk need not enter one that cannot: the segments are run through the pattern as a set of positions
 * (`**` may stay or move on), O(segments × depth). A hidden directory is not crossed by `**`.
 */
export function mayMatchBelow(g: CompiledGlob, dir: readonly string[]): boolean {
  const segs = g.segments;
  const close = (states: Set<number>) => {
    for (const p of [...states]) for (let q = p; q < segs.length && segs[q] === '**'; q++) states.add(q + 1);
    return states;
  };
  let states = close(new Set([0]));
  for (const name of dir) {
    const next = new Set<number>();
    for (const p of states) {
      if (p >= segs.length) continue;
      const seg = segs[p];
      if (seg === '**') {
        if (!name.startsWith('.')) next.add(p);
      } else if (matchSegment(seg, name)) next.add(p + 1);
    }
    states = close(next);
    if (states.size === 0) return false;
  }
  for (const p of states) if (p < segs.length) return true;
  return false;
}
