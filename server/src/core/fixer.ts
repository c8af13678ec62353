// The one fixer: every edge (CLI --fix, quick fix, fix-all, fix-on-save) applies fixes through here.
// Edits are applied back to front; an edit that overlaps one already taken is dropped, so no text
// outside an accepted edit's range ever changes.

import type { Finding, Fix, TextEdit } from './types';

/** Which fixes a run may apply: safe ones always, unsafe ones only when the person asked for them. */
export interface FixOptions {
  /** Also apply unsafe fixes (`--unsafe-fixes`); default false. */
  readonly unsafe?: boolean;
}

/** The fix a run applies for a finding: its first fix of an allowed kind, if any. */
export function chosenFix(finding: Finding, options: FixOptions = {}): Fix | undefined {
  for (const fix of finding.fixes) {
    if (fix.edits.length === 0) continue;
    if (fix.safety === 'safe' || options.unsafe === true) return fix;
  }
  return undefined;
}

export interface ApplyResult {
  readonly text: string;
  /** Edits applied, in text order. */
  readonly applied: readonly TextEdit[];
  /** Edits dropped because they overlapped an earlier-accepted edit or fell outside the text. */
  readonly dropped: readonly TextEdit[];
}

/**
 * Applies edits that do not overlap. Edits are taken in order of their start (ties: the earlier one
 * in the input wins); a later edit that overlaps an accepted one is dropped whole. Two insertions at
 * the same offset overlap. Edits whose range is outside the text are dropped.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): ApplyResult {
  const indexed = edits.map((e, i) => ({ e, i }));
  indexed.sort((a, b) => a.e.range.start - b.e.range.start || a.e.range.end - b.e.range.end || a.i - b.i);
  const accepted: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const { e } of indexed) {
    const { start, end } = e.range;
    if (start < 0 || end > text.length || start > end) {
      dropped.push(e);
      continue;
    }
    // Touching edits are fine; two insertions at one offset would have no defined order.
    const overlaps = start < lastEnd || (start === end && lastStart === lastEnd && start === lastStart);
    if (overlaps) {
      dropped.push(e);
      continue;
    }
    accepted.push(e);
    lastStart = start;
    lastEnd = end;
  }
  const parts: string[] = [];
  let pos = 0;
  for (const e of accepted) {
    parts.push(text.slice(pos, e.range.start), e.newText);
    pos = e.range.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), applied: accepted, dropped };
}

/**
 * The edits of each finding's chosen fix (safe only unless `options.unsafe`), all-or-nothing per fix:
 * a fix whose edits would overlap an already chosen fix is left for the next pass.
 */
export function chooseFixEdits(findings: readonly Finding[], options: FixOptions = {}): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken = new IntervalSet();
  for (const f of findings) {
    const fix = chosenFix(f, options);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.clashes(e.range.start, e.range.end))) continue;
    for (const e of fix.edits) {
      chosen.push(e);
      taken.add(e.range.start, e.range.end);
    }
  }
  return chosen;
}

/** Sorted, disjoint intervals with a binary-search clash test, so choosing fixes stays near-linear. */
class IntervalSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first interval whose start is >= `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Overlap, or an insertion that touches another edit at the same offset. */
  clashes(start: number, end: number): boolean {
    const i = this.lowerBound(start);
    const prev = i - 1;
    if (prev >= 0 && (this.ends[prev] > start || (this.ends[prev] === start && (start === end || this.starts[prev] === this.ends[prev])))) return true;
    if (i < this.starts.length && (this.starts[i] < end || (this.starts[i] === start && (start === end || this.starts[i] === this.ends[i])) || (this.starts[i] === end && start === end))) return true;
    return false;
  }

  add(start: number, end: number): void {
    const i = this.lowerBound(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}

export interface FixAllResult {
  readonly text: string;
  /** How many passes changed the text. */
  readonly passes: number;
  /** How many fixes were applied in all. */
  readonly fixesApplied: number;
}

/** At most this many passes; each pass re-checks the text, so fixes that depend on others settle. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies every chosen fix (safe ones; unsafe ones too with `options.unsafe`), re-checking and
 * repeating until nothing changes (or MAX_FIX_PASSES). `check` re-runs the checker on the current text.
 */
export function fixAll(text: string, check: (text: string) => readonly Finding[], options: FixOptions = {}): FixAllResult {
  let current = text;
  let passes = 0;
  let fixesApplied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const findings = check(current);
    const edits = chooseFixEdits(findings, options);
    if (edits.length === 0) break;
    const result = applyEdits(current, edits);
    if (result.text === current) break;
    fixesApplied += countFixes(findings, result.applied, options);
    current = result.text;
    passes++;
  }
  return { text: current, passes, fixesApplied };
}

function countFixes(findings: readonly Finding[], applied: readonly TextEdit[], options: FixOptions): number {
  const set = new Set(applied);
  return findings.filter((f) => chosenFix(f, options)?.edits.every((e) => set.has(e))).length;
}
