// The baseline for adopting undraft on existing drafts (as ESLint's bulk suppressions): per file and
// rule, how many findings were there when it was recorded. Later runs report only what goes beyond
// those counts. Counts, not lines, so moving text around does not break it; the messages recorded
// beside a count choose which findings are the new ones when a rule's count is exceeded.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError, replaceFileAtomically } from './files';
import type { CliFinding } from './results';

export const DEFAULT_SUPPRESSIONS_FILE = 'undraft-suppressions.json';

export interface RuleSuppression {
  count: number;
  /** How many of the counted findings had each message. */
  messages?: Record<string, number>;
}

/** File (relative to the suppressions file's folder, `/`-separated) → rule id → suppression. */
export type Suppressions = Record<string, Record<string, RuleSuppression>>;

export type LoadResult = { readonly ok: true; readonly suppressions: Suppressions; readonly exists: boolean } | { readonly ok: false; readonly reason: string };

/** Reads the suppressions file; a missing file is an empty baseline, a broken one a clear reason. */
export function loadSuppressions(file: string): LoadResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, suppressions: {}, exists: false };
    return { ok: false, reason: describeError(e) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message}); fix it or write it anew with --suppress-all` };
  }
  const problem = shapeProblem(data);
  if (problem) return { ok: false, reason: `${problem}; fix it or write it anew with --suppress-all` };
  return { ok: true, suppressions: data as Suppressions, exists: true };
}

function shapeProblem(data: unknown): string | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(data)) return 'expected an object of files';
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) return `"${file}": expected an object of rule ids`;
    for (const [rule, s] of Object.entries(rules)) {
      if (!isObject(s) || !Number.isInteger(s.count) || (s.count as number) < 0) return `"${file}" › "${rule}": expected { "count": <whole number> }`;
      if (s.messages !== undefined && (!isObject(s.messages) || Object.values(s.messages).some((n) => !Number.isInteger(n)))) return `"${file}" › "${rule}" › "messages": expected message → count`;
    }
  }
  return undefined;
}

/** The key a file has in the suppressions file. */
export function suppressionKey(suppressionsFile: string, file: string): string {
  return path.relative(path.dirname(suppressionsFile), file).split(path.sep).join('/');
}

/** Counts of one file's findings per rule, with their messages. */
export function countByRule(findings: readonly CliFinding[]): Record<string, RuleSuppression> {
  const out: Record<string, RuleSuppression> = {};
  for (const f of findings) {
    const s = (out[f.ruleId] ??= { count: 0, messages: {} });
    s.count++;
    s.messages![f.message] = (s.messages![f.message] ?? 0) + 1;
  }
  return out;
}

/**
 * The findings beyond the recorded counts. When a rule has more findings than its count, the ones
 * whose message was not recorded (or recorded fewer times) are the new ones; the rest, if still too
 * many, are taken from the end of the file.
 */
export function unsuppressed(findings: readonly CliFinding[], recorded: Readonly<Record<string, RuleSuppression>> | undefined): CliFinding[] {
  if (!recorded) return [...findings];
  const byRule = new Map<string, CliFinding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const shown = new Set<CliFinding>();
  for (const [rule, list] of byRule) {
    const s = recorded[rule];
    const allowed = s?.count ?? 0;
    if (list.length <= allowed) continue;
    const left = { ...(s?.messages ?? {}) };
    let budget = allowed;
    const unmatched: CliFinding[] = [];
    for (const f of list) {
      if (budget > 0 && (left[f.message] ?? 0) > 0) {
        left[f.message]--;
        budget--;
      } else unmatched.push(f);
    }
    // What the messages could not account for: the first `budget` of the rest are the old ones.
    for (const f of unmatched.slice(budget)) shown.add(f);
  }
  return findings.filter((f) => shown.has(f));
}

/** Prunes the counts of the checked files to what the run found (never raising one); empty entries go. */
export function prune(s: Suppressions, checked: ReadonlyMap<string, readonly CliFinding[]>): Suppressions {
  const out: Suppressions = {};
  for (const [file, rules] of Object.entries(s)) {
    const findings = checked.get(file);
    if (!findings) {
      out[file] = rules;
      continue;
    }
    const now = countByRule(findings);
    const kept: Record<string, RuleSuppression> = {};
    for (const [rule, old] of Object.entries(rules)) {
      const count = Math.min(old.count, now[rule]?.count ?? 0);
      if (count === 0) continue;
      const messages: Record<string, number> = {};
      for (const [m, n] of Object.entries(old.messages ?? {})) {
        const k = Math.min(n, now[rule]?.messages?.[m] ?? 0);
        if (k > 0) messages[m] = k;
      }
      kept[rule] = { count, messages };
    }
    if (Object.keys(kept).length > 0) out[file] = kept;
  }
  return out;
}

/** Writes the file with sorted keys (stable diffs), atomically. Returns an error reason or undefined. */
export function saveSuppressions(file: string, s: Suppressions): string | undefined {
  const sorted: Suppressions = {};
  for (const f of Object.keys(s).sort()) {
    sorted[f] = {};
    for (const r of Object.keys(s[f]).sort()) {
      const { count, messages } = s[f][r];
      const m: Record<string, number> = {};
      for (const k of Object.keys(messages ?? {}).sort()) m[k] = messages![k];
      sorted[f][r] = { count, messages: m };
    }
  }
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (e) {
    return describeError(e);
  }
  return replaceFileAtomically(file, Buffer.from(JSON.stringify(sorted, null, 2) + '\n', 'utf8'));
}
