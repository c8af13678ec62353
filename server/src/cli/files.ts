// Everything the CLI does with the file system: turning arguments into drafts to check, reading them
// (decoded by encoding.ts) and writing fixed text back atomically. The language server's workspace
// check reads through readDraft too.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeDraft, encodeDraft, type DecodeResult, type StoredEncoding } from './encoding';
import { crawl, type UnreadableDir } from './discover';
import { compileGlob, expandBraces, hasGlobSyntax, matchPath, MAX_BRACE_EXPANSIONS, mayMatchBelow, mentionsLiterally, type CompiledGlob } from './glob';

/** Extensions of drafts picked up from directories and from globs that do not name an extension. */
export const DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.unreport', '.docx'];

export type Target = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

export interface InputError {
  readonly input: string;
  readonly reason: string;
}

export interface ResolvedInputs {
  /** Unique targets in argument order; files found in a directory or by a glob are sorted. */
  readonly targets: Target[];
  readonly errors: InputError[];
}

function isDraftName(name: string): boolean {
  const lower = name.toLowerCase();
  return DRAFT_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** Turns command-line inputs (files, directories, globs, `-`) into absolute file paths and stdin. */
export function resolveInputs(inputs: readonly string[], cwd: string): ResolvedInputs {
  const targets: Target[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  let stdin = false;
  const add = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    targets.push({ kind: 'file', path: p });
  };
  const reported = new Set<string>();
  const unreadableDir = (dir: string, e: unknown) => {
    if (reported.has(dir)) return;
    reported.add(dir);
    errors.push({ input: displayPath(dir, cwd), reason: `${describeError(e)} (directory not searched)` });
  };
  for (const input of inputs) {
    if (input === '-') {
      if (!stdin) targets.push({ kind: 'stdin' });
      stdin = true;
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      if (!hasGlobSyntax(input)) {
        errors.push({ input, reason: describeError(e) });
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const found = crawl({ root: abs, rootMayBeMissing: false, enter: () => true, named: () => false, accept: (_rel, name) => isDraftName(name), onUnreadable: unreadableDir });
      // An unreadable directory is already reported; "no draft files" would say something false.
      if (found.length === 0 && !reported.has(abs)) errors.push({ input, reason: `no draft files (${DRAFT_EXTENSIONS.join(', ')}) in this directory` });
      for (const f of found.sort()) add(f);
    } else if (stat) {
      add(abs);
    } else {
      const { files: found, tooManyAlternatives } = globFiles(input, cwd, unreadableDir);
      if (tooManyAlternatives) errors.push({ input, reason: `the pattern has more than ${MAX_BRACE_EXPANSIONS} brace alternatives; split it into several patterns` });
      else if (found.length === 0) errors.push({ input, reason: 'no files match this pattern' });
      for (const f of found) add(f);
    }
  }
  return { targets, errors };
}

/** Files matching a glob pattern (relative to `cwd` unless absolute), sorted. */
export function expandGlob(pattern: string, cwd: string, onUnreadableDir: UnreadableDir = () => {}): string[] {
  return globFiles(pattern, cwd, onUnreadableDir).files;
}

/**
 * Files matching a glob pattern, sorted; a pattern with more than MAX_BRACE_EXPANSIONS brace
 * alternatives is refused rather than cut short. Alternatives that share a base directory share one
 * walk of it: four alternatives under /usr/share walk /usr/share once, not four times.
 */
export function globFiles(pattern: string, cwd: string, onUnreadableDir: UnreadableDir = () => {}): { files: string[]; tooManyAlternatives: boolean } {
  const alternatives = expandBraces(pattern.split(path.sep).join('/'));
  if (alternatives.length > MAX_BRACE_EXPANSIONS) return { files: [], tooManyAlternatives: true };
  const byBase = new Map<string, CompiledGlob[]>();
  for (const alternative of alternatives) {
    const g = compileGlob(alternative);
    const base = path.resolve(cwd, g.base === '' ? '.' : g.base);
    const globs = byBase.get(base);
    if (globs) globs.push(g);
    else byBase.set(base, [g]);
  }
  const out = new Set<string>();
  for (const [base, globs] of byBase) {
    let maxDepth = 0;
    for (const g of globs) maxDepth = Math.max(maxDepth, g.globstar ? Infinity : g.segments.length);
    const takesAnyFile = globs.map(namesExtension);
    const accept = (rel: readonly string[], name: string) => globs.some((g, i) => (takesAnyFile[i] || isDraftName(name)) && matchPath(g, rel));
    const found = crawl({
      root: base,
      rootMayBeMissing: true,
      // A glob's walk enters only folders that some alternative can still match below.
      enter: (rel) => rel.length < maxDepth && globs.some((g) => mayMatchBelow(g, rel)),
      named: (name) => globs.some((g) => mentionsLiterally(g, name)),
      accept,
      onUnreadable: onUnreadableDir,
    });
    for (const f of found) out.add(f);
  }
  return { files: [...out].sort(), tooManyAlternatives: false };
}

/** A pattern whose last segment spells an extension (`*.text`) takes any file it matches; otherwise only drafts. */
function namesExtension(g: CompiledGlob): boolean {
  const last = g.segments[g.segments.length - 1];
  return last !== undefined && last !== '**' && /\.[A-Za-z0-9]+$/.test(last.text);
}


/** A path as people should see it: relative to the working directory when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

/** A node error as a short reason for people: "no such file or directory", "permission denied"… */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return err?.message ?? String(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading and writing drafts (the bytes ↔ text part is encoding.ts)

export { decodeDraft, encodeDraft, firstInvalidUtf8, type DecodeResult, type StoredEncoding, type TextEncodingKind } from './encoding';

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly encoding: StoredEncoding; readonly stat?: fs.Stats }
  | { readonly ok: false; readonly reason: string };

export function readDraft(file: string): ReadResult {
  let buf: Buffer;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    buf = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: describeError(e) };
  }
  const decoded = decodeDraft(buf);
  if (!decoded.ok) return decoded;
  return { ...decoded, stat };
}

/** Reads all of standard input. */
export function readStdin(): DecodeResult {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // Non-blocking stdin with nothing to read yet: wait a little and try again.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      return { ok: false, reason: describeError(e) };
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return decodeDraft(Buffer.concat(chunks));
}

/**
 * Why --fix must not write `file`, or undefined when it may: only a regular file the user named,
 * directly or through links, never standard input or another open file reached through /dev or /proc
 * (`--fix /dev/stdin < f.md` would otherwise rewrite f.md, which was never named).
 */
export function whyNotFixable(file: string): string | undefined {
  if (process.platform === 'win32') return undefined;
  const refusal = 'is not a regular file named directly; --fix writes only regular files named directly (use --fix-dry-run to print the fixed text)';
  let current = file;
  for (let hop = 0; hop < 40; hop++) {
    let stat: fs.Stats;
    try {
      // The directory's real path, so that a link to /dev or /proc somewhere above is seen too.
      current = path.join(fs.realpathSync(path.dirname(current)), path.basename(current));
      if (/^\/(?:dev|proc)\//.test(current)) return refusal;
      stat = fs.lstatSync(current);
      if (!stat.isSymbolicLink()) return stat.isFile() ? undefined : refusal;
      current = path.resolve(path.dirname(current), fs.readlinkSync(current));
    } catch {
      return undefined; // reading the file reports what is wrong with it
    }
  }
  return undefined;
}

/**
 * Writes `text` over `file` atomically: a temporary file in the same directory, flushed to disk,
 * with the original's mode, then renamed over the original (through symbolic links, to their target).
 * Refuses when the file changed since it was read. Returns an error reason, or undefined on success.
 */
export function writeDraftAtomically(file: string, text: string, encoding: StoredEncoding, readStat: fs.Stats): string | undefined {
  let target: string;
  try {
    target = fs.realpathSync(file);
    const now = fs.statSync(target);
    if (now.mtimeMs !== readStat.mtimeMs || now.size !== readStat.size) return 'the file changed while it was being fixed; it was left as it is';
  } catch (e) {
    return describeError(e);
  }
  const failure = replaceFileAtomically(target, encodeDraft(text, encoding), readStat);
  return failure === undefined ? undefined : `could not write the fixed text (${failure}); the file was left as it is`;
}

/**
 * Writes `bytes` to `target` through a temporary file in the same directory, renamed over it: a reader never
 * sees half a file. `keep`: the mode and owner to give it (those of the file it replaces). A reason on failure.
 */
export function replaceFileAtomically(target: string, bytes: Uint8Array, keep?: fs.Stats): string | undefined {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.undraft-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', keep ? 0o600 : 0o666);
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    if (keep) {
      try {
        fs.fchmodSync(fd, keep.mode & 0o7777);
        fs.fchownSync(fd, keep.uid, keep.gid);
      } catch {
        // Keeping ownership needs privileges we may not have; the content is what matters.
      }
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
    return undefined;
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    fs.rmSync(tmp, { force: true });
    return describeError(e);
  }
}
