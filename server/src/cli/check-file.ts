// The work on one file, the same in the main thread and in a worker: read it, fix it when asked,
// check it, and hand back what to print, as plain data that can cross a thread boundary. A cached
// result is returned without checking while the file's size and modification time are those it was
// cached with (not even read then), or else while its content hash still matches.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { checkDraft, fixAll, type CheckOptions, type Finding, type FixOptions, type SeveritySetting } from '../core/index';
import { readDraft, readStdin, whyNotFixable, writeDraftAtomically, type ReadResult } from './files';
import type { CachedFindings } from './cache';
import { toCliFindings, type CliFinding } from './results';
import { checkWordJob, isWordPath } from './word-job';

export interface FileJob {
  /** An absolute path, or undefined for standard input. */
  readonly path?: string;
  readonly displayPath: string;
  readonly options: CheckOptions;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly unsafeFixes: boolean;
  /** Print a `==> file <==` line before the fixed text (--fix-dry-run on several files). */
  readonly dryRunHeader: boolean;
  /** `--print-text`: print the text as read instead of checking it. */
  readonly printText: boolean;
  /** The settings of the Word-only checks (for a .docx). */
  readonly wordRules: Readonly<Record<string, SeveritySetting>>;
  /** The cached result for this file under the same settings; used when the content hash matches. */
  readonly cached?: CachedResult;
}

export interface CachedResult {
  readonly hash: string;
  /** The file's size and modification time when it was checked: unchanged, the content is not read again. */
  readonly size: number;
  readonly mtimeMs: number;
  readonly warnings: readonly string[];
  readonly stored: CachedFindings;
}

export interface FileOutcome {
  /** Text for stdout, in order (the fixed text with --fix-dry-run). */
  readonly stdout: string[];
  /** Why the file could not be checked (read, written or refused). */
  readonly problem?: string;
  /** Notes for stderr that are no failure (a .docx is not rewritten by --fix). */
  readonly notes?: readonly string[];
  /** The core's internal warnings (a rule that threw): each counts as an internal error. */
  readonly warnings: readonly string[];
  readonly findings?: readonly CliFinding[];
  /** Instead of `findings`, for a result served from the cache (decoded only when read). */
  readonly cached?: CachedFindings;
  /** The content hash of the checked text, with the file's size and time, when the result can be cached. */
  readonly hash?: string;
  readonly size?: number;
  readonly mtimeMs?: number;
  readonly fromCache: boolean;
  readonly ms: { read: number; fix: number; check: number };
}

/** Checks one file (or stdin) as the job says. Never throws for a bad file: the outcome says what failed. */
export function checkFile(job: FileJob): FileOutcome {
  const ms = { read: 0, fix: 0, check: 0 };
  let mark = performance.now();
  const lap = (phase: keyof typeof ms) => {
    const now = performance.now();
    ms[phase] += now - mark;
    mark = now;
  };
  const failed = (problem: string): FileOutcome => ({ stdout: [], problem, warnings: [], fromCache: false, ms });
  const fixing = job.fix || job.fixDryRun;
  if (job.path !== undefined && isWordPath(job.path)) {
    // Word drafts are not cached: their text view is computed, and reading it is most of the work.
    const word = checkWordJob(job.path, job.displayPath, { options: job.options, wordRules: job.wordRules, fixing, printText: job.printText });
    lap('check');
    if (word.problem !== undefined) return failed(word.problem);
    return { stdout: word.text !== undefined ? [withNewline(word.text)] : [], notes: word.notes, warnings: word.warnings, findings: word.findings ?? [], fromCache: false, ms };
  }
  const notFixable = job.fix && job.path !== undefined ? whyNotFixable(job.path) : undefined;
  if (notFixable) return failed(notFixable);
  const cached = fixing || job.printText || job.path === undefined ? undefined : job.cached;
  if (cached && job.path !== undefined && unchangedSince(job.path, cached)) {
    lap('read');
    return { stdout: [], warnings: cached.warnings, cached: cached.stored, fromCache: true, ms };
  }
  const read: ReadResult = job.path === undefined ? readStdin() : readDraft(job.path);
  lap('read');
  if (!read.ok) return failed(read.reason);
  let text = read.text;
  if (job.printText) return { stdout: [withNewline(text)], warnings: [], findings: [], fromCache: false, ms };
  const hash = fixing || job.path === undefined ? undefined : contentHash(text);
  const stamp = read.stat ? { size: read.stat.size, mtimeMs: read.stat.mtimeMs } : {};
  if (hash !== undefined && cached?.hash === hash) {
    // Touched, not changed: the result stands, and is cached again under the new time.
    return { stdout: [], warnings: cached.warnings, cached: cached.stored, hash, ...stamp, fromCache: true, ms };
  }
  const stdout: string[] = [];
  if (fixing) {
    const fixed = fixText(text, job.options, { unsafe: job.unsafeFixes });
    if (job.fixDryRun) {
      if (job.dryRunHeader) stdout.push(`==> ${job.displayPath} <==\n`);
      stdout.push(fixed);
    } else if (fixed !== text && job.path !== undefined && read.stat) {
      const failure = writeDraftAtomically(job.path, fixed, read.encoding, read.stat);
      if (failure) return failed(failure);
    }
    text = fixed;
    lap('fix');
  }
  const result = checkDraft(text, job.options);
  const findings = toCliFindings(result.findings, result.model.lines);
  lap('check');
  return { stdout, warnings: result.warnings, findings, hash, ...stamp, fromCache: false, ms };
}

function withNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : text + '\n';
}

/** Whether the file's size and modification time are those the cached result was stored with. */
export function unchangedSince(file: string, cached: CachedResult): boolean {
  try {
    const st = fs.statSync(file);
    return st.isFile() && st.size === cached.size && st.mtimeMs === cached.mtimeMs;
  } catch {
    return false; // reading it will say what is wrong
  }
}

/** The content's fingerprint for the cache. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Applies the safe fixes (and the unsafe ones when asked) through the core's one fixer, keeping the file's line endings. */
export function fixText(text: string, options: CheckOptions, fixOptions: FixOptions = {}): string {
  const eol = dominantEol(text);
  const check = (t: string): readonly Finding[] => {
    const findings = checkDraft(t, options).findings;
    return eol === '\n' ? findings : findings.map((f) => withEol(f, eol));
  };
  return fixAll(text, check, fixOptions).text;
}

/** The line ending most lines of the text use (`\n` when there is none). */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** The finding with line breaks in its fixes' new text written as `eol`. */
function withEol(f: Finding, eol: string): Finding {
  if (!f.fixes.some((fix) => fix.edits.some((e) => e.newText.includes('\n') || e.newText.includes('\r')))) return f;
  return {
    ...f,
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) })) })),
  };
}
