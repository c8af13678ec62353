// What a run over many files adds around the checks: the cache (looked up before a file is checked,
// filled after) and the suppressions baseline (recorded, pruned or applied once all files are done).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BatchOptions } from './args';
import { ResultCache, DEFAULT_CACHE_FILE } from './cache';
import type { FileJob, FileOutcome } from './check-file';
import { autoConcurrency } from './pool';
import { withFindings, type FileResult } from './results';
import { countByRule, DEFAULT_SUPPRESSIONS_FILE, loadSuppressions, prune, saveSuppressions, suppressionKey, unsuppressed, type Suppressions } from './suppressions';

export interface Batch {
  readonly threads: number;
  /** The job with its cached result attached, when there is one for the same settings. */
  withCache(job: FileJob, key: string): FileJob;
  /** Keeps a fresh outcome for next time. */
  remember(job: FileJob, key: string, outcome: FileOutcome): void;
  /**
   * Records, prunes or applies the baseline; saves the cache. Returns what to show, how many shown
   * findings go beyond a baseline in force (they fail the run), and notes for stderr.
   */
  finish(results: readonly FileResult[]): { results: FileResult[]; beyondBaseline: number; notes: string[] };
}

export type OpenBatch = { readonly ok: true; readonly batch: Batch } | { readonly ok: false; readonly error: string };

export function openBatch(opts: BatchOptions, cwd: string, version: string, note: (s: string) => void): OpenBatch {
  const suppressionsFile = path.resolve(cwd, opts.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
  // --suppress-all writes the file anew, so a broken one is no obstacle to it.
  const read = loadSuppressions(suppressionsFile);
  const loaded = !read.ok && opts.suppressAll ? ({ ok: true, suppressions: {}, exists: false } as const) : read;
  if (!loaded.ok) return { ok: false, error: `${path.relative(cwd, suppressionsFile) || suppressionsFile}: ${loaded.reason}` };
  if (opts.pruneSuppressions && !loaded.exists) return { ok: false, error: `--prune-suppressions: there is no ${path.relative(cwd, suppressionsFile) || suppressionsFile} to prune; write one with --suppress-all` };
  const cache = opts.cache ? ResultCache.open(cacheFile(opts.cacheLocation, cwd), version, note) : undefined;
  const threads = opts.concurrency === 'auto' ? autoConcurrency() : opts.concurrency;
  const batch: Batch = {
    threads,
    withCache: (job, key) => {
      const cached = cache && job.path !== undefined ? cache.lookup(job.path, key) : undefined;
      return cached ? { ...job, cached } : job;
    },
    remember: (job, key, outcome) => {
      // A hit found by its time alone (no hash in the outcome) changes nothing to store; one found by its hash
      // is kept under the file's new time.
      if (!cache || job.path === undefined || outcome.hash === undefined || outcome.size === undefined || outcome.mtimeMs === undefined) return;
      if (outcome.cached) cache.restamp(job.path, outcome.size, outcome.mtimeMs);
      else if (outcome.findings) cache.store(job.path, key, { hash: outcome.hash, size: outcome.size, mtimeMs: outcome.mtimeMs, findings: outcome.findings, warnings: outcome.warnings });
    },
    finish: (results) => {
      const notes: string[] = [];
      const cacheFailure = cache?.save();
      if (cacheFailure) notes.push(`the cache ${cache!.file} could not be written (${cacheFailure})`);
      return { ...applyBaseline(opts, suppressionsFile, loaded.exists ? loaded.suppressions : undefined, results, notes), notes };
    },
  };
  return { ok: true, batch };
}

/** `--cache-location`: a directory (existing, or written with a trailing slash) holds .undraftcache. */
function cacheFile(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.resolve(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs.statSync(abs).isDirectory();
  } catch {
    /* a file to be created */
  }
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}

function applyBaseline(opts: BatchOptions, file: string, existing: Suppressions | undefined, results: readonly FileResult[], notes: string[]): { results: FileResult[]; beyondBaseline: number } {
  // Only recording or pruning reads every file's findings (a cached file's are decoded when read).
  const findingsByKey = () => new Map(results.filter((r) => r.filePath !== '<stdin>').map((r) => [suppressionKey(file, r.filePath), r.findings] as const));
  let baseline = existing;
  if (opts.suppressAll) {
    const byKey = findingsByKey();
    // Files not checked in this run keep what was recorded for them.
    baseline = { ...(existing ?? {}) };
    for (const [key, findings] of byKey) {
      if (findings.length > 0) baseline[key] = countByRule(findings);
      else delete baseline[key];
    }
  } else if (opts.pruneSuppressions && baseline) {
    // A file that no longer exists has nothing left to suppress.
    const gone = Object.keys(baseline).filter((k) => !fs.existsSync(path.resolve(path.dirname(file), k)));
    const kept = { ...baseline };
    for (const k of gone) delete kept[k];
    baseline = prune(kept, findingsByKey());
  }
  if (opts.suppressAll || opts.pruneSuppressions) {
    const failure = saveSuppressions(file, baseline!);
    notes.push(failure ? `could not write ${file} (${failure})` : `${opts.suppressAll ? 'recorded' : 'pruned'} the suppressions in ${file}: ${describe(baseline!)}`);
  }
  if (!baseline) return { results: [...results], beyondBaseline: 0 };
  let beyondBaseline = 0;
  const shown = results.map((r) => {
    if (r.filePath === '<stdin>') return r;
    const findings = unsuppressed(r.findings, baseline![suppressionKey(file, r.filePath)]);
    beyondBaseline += findings.filter((f) => f.severity !== 'info').length;
    return withFindings(r, findings);
  });
  return { results: shown, beyondBaseline };
}

function describe(s: Suppressions): string {
  let findings = 0;
  for (const rules of Object.values(s)) for (const r of Object.values(rules)) findings += r.count;
  const files = Object.keys(s).length;
  return `${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}
