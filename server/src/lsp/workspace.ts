// "Check all drafts in the workspace": finds the .md, .txt and .docx drafts under the workspace folders
// (skipping what .gitignore and files.exclude exclude), checks those that are not open (open ones are
// already checked) and hands each result on as it comes. Asynchronous, file by file, so the server
// keeps answering meanwhile; it stops when cancelled. Reads files only; nothing is executed.
// A .docx is read into its text view as the CLI reads it (word-job.ts), its findings published on the .docx's URI
// with positions in that view (what the client's read-only Word view shows).

import * as fs from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeError, readDraft } from '../cli/files';
import { expandBraces } from '../cli/glob';
import { readWord } from '../cli/word-job';
import { checkWordDraft } from '../docx/checks';
import { checkDraft } from '../core/index';
import { WORD_VIEW_SCHEME } from '../protocol';
import { decide, UN_REPORT_LANGUAGE } from './analysis';
import { IgnoreFile, isIgnored, type IgnoreStack } from './gitignore';
import { checkOptions, Settings, wordCheckRules } from './settings';
import type { Finding } from '../core/index';

export const DRAFT_EXTENSIONS = ['.md', '.txt', '.markdown', '.unreport', '.docx'];
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'build', 'coverage']);
/** Text files larger than this are not read (a .docx has the reader's own limit, and says so). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** At most this many files per run (a message says so when there are more). */
export const MAX_FILES = 5000;
/** Brace alternatives taken from one files.exclude pattern. */
const MAX_EXCLUDE_ALTERNATIVES = 64;

/** `file://` URI of a path, encoded the way VS Code encodes it (so it matches the editor's URIs). */
export function fileUri(p: string): string {
  let norm = p.replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(norm)) norm = `/${norm[0].toLowerCase()}${norm.slice(1)}`;
  const encoded = norm.split('/').map((seg) => seg.replace(/[^A-Za-z0-9\-._~]/g, (c) => {
    return Array.from(Buffer.from(c, 'utf8')).map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }));
  return `file://${encoded.join('/')}`;
}

/** Two URIs name the same resource (the editor and Node encode some characters differently). */
export function sameUri(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return decodeURIComponent(a) === decodeURIComponent(b);
  } catch {
    return false;
  }
}

export function languageOf(file: string): string {
  const lower = file.toLowerCase();
  if (lower.endsWith('.unreport') || lower.endsWith('.un.md') || lower.endsWith('.un.txt')) return UN_REPORT_LANGUAGE;
  return lower.endsWith('.txt') ? 'plaintext' : 'markdown';
}

/** What the workspace check needs from the server. */
export interface WorkspaceCheckHooks {
  settingsFor(folderUri: string): Promise<Settings>;
  /** Glob patterns (VS Code's files.exclude) whose matches are not searched, relative to the folder. */
  excludesFor(folderUri: string): Promise<readonly string[]>;
  isOpen(uri: string): boolean;
  /** One checked draft, as soon as it is checked. */
  onChecked(file: WorkspaceFile): void;
  /** Asked between files and folders. */
  cancelled(): boolean;
  progress(message: string): void;
}

export interface WorkspaceFile {
  readonly doc: TextDocument;
  readonly findings: readonly Finding[];
}

export interface WorkspaceCheckResult {
  readonly files: number;
  readonly checked: number;
  readonly skipped: number;
  readonly errors: string[];
  readonly cancelled: boolean;
}

interface Walk {
  readonly root: string;
  readonly excludes: IgnoreFile;
  readonly errors: string[];
  readonly cancelled: () => boolean;
}

/** Draft files under a folder (sorted per folder), skipping hidden, build and dependency folders and what is excluded. */
async function* findDrafts(w: Walk): AsyncGenerator<string> {
  const stack: { dir: string; rel: string[]; ignores: IgnoreStack }[] = [{ dir: w.root, rel: [], ignores: [] }];
  while (stack.length > 0 && !w.cancelled()) {
    const { dir, rel, ignores: inherited } = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      w.errors.push(`${dir}: ${describeError(e)} (folder not searched)`);
      continue;
    }
    let ignores = inherited;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        ignores = [...inherited, { at: rel, file: new IgnoreFile(await fs.promises.readFile(path.join(dir, '.gitignore'), 'utf8')) }];
      } catch (e) {
        w.errors.push(`${path.join(dir, '.gitignore')}: ${describeError(e)}`);
      }
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const subdirs: { dir: string; rel: string[]; ignores: IgnoreStack }[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const childRel = [...rel, e.name];
      const isDir = e.isDirectory();
      if (isIgnored(ignores, childRel, isDir) || w.excludes.verdict(childRel, isDir) === true) continue;
      if (isDir) {
        if (!SKIP_DIRS.has(e.name)) subdirs.push({ dir: path.join(dir, e.name), rel: childRel, ignores });
      } else if (e.isFile() && DRAFT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
        yield path.join(dir, e.name);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
}

/** files.exclude patterns (globs relative to the folder, braces allowed) as anchored ignore rules. */
function compileExcludes(patterns: readonly string[]): IgnoreFile {
  const lines: string[] = [];
  for (const p of patterns) for (const e of expandBraces(p).slice(0, MAX_EXCLUDE_ALTERNATIVES)) lines.push(`/${e}`);
  return new IgnoreFile(lines.join('\n'));
}

/** Checks the drafts under the given folder URIs that are not open; see WorkspaceCheckHooks. */
export async function checkWorkspace(folders: readonly string[], hooks: WorkspaceCheckHooks): Promise<WorkspaceCheckResult> {
  const errors: string[] = [];
  let files = 0;
  let checked = 0;
  let skipped = 0;
  for (const folder of folders) {
    if (!folder.startsWith('file:') || hooks.cancelled()) continue;
    const settings = await hooks.settingsFor(folder);
    const walk: Walk = { root: fileURLToPath(folder), excludes: compileExcludes(await hooks.excludesFor(folder)), errors, cancelled: hooks.cancelled };
    for await (const file of findDrafts(walk)) {
      if (hooks.cancelled()) break;
      if (files >= MAX_FILES) {
        errors.push(`Stopped after ${MAX_FILES} drafts: check the folders one by one.`);
        break;
      }
      files++;
      const uri = fileUri(file);
      // A Word draft open in the client's read-only view is checked there already.
      if (hooks.isOpen(uri) || (uri.toLowerCase().endsWith('.docx') && hooks.isOpen(`${WORD_VIEW_SCHEME}:${uri.slice('file://'.length)}`))) continue;
      hooks.progress(path.relative(walk.root, file));
      const outcome = checkFile(file, uri, settings);
      if (outcome === 'skipped') skipped++;
      else if (typeof outcome === 'string') errors.push(outcome);
      else {
        checked++;
        hooks.onChecked(outcome);
      }
      // Let other requests and a cancellation in between files.
      await nextTurn();
    }
  }
  return { files, checked, skipped, errors, cancelled: hooks.cancelled() };
}

/** One file: its findings, 'skipped' (too large, not a report) or an error message. */
function checkFile(file: string, uri: string, settings: Settings): WorkspaceFile | 'skipped' | string {
  if (file.toLowerCase().endsWith('.docx')) return checkWordFile(file, uri, settings);
  try {
    if (fs.statSync(file).size > MAX_FILE_BYTES) return 'skipped';
  } catch (e) {
    return `${file}: ${describeError(e)}`;
  }
  // The CLI's reading: BOM stripped, UTF-16 decoded, binary and invalid text refused with a reason.
  const read = readDraft(file);
  if (!read.ok) return `${file}: ${read.reason}`;
  const languageId = languageOf(file);
  const decision = decide(languageId, read.text, settings);
  // A broken project config is an error to show, not a quiet skip.
  if (!decision.check) return decision.configError ? `${file}: ${decision.reason}` : 'skipped';
  const doc = TextDocument.create(uri, languageId, 0, read.text);
  return { doc, findings: checkDraft(read.text, checkOptions(settings)).findings };
}

/** A Word draft: its text view checked as a UN report (it is one whatever its name), plus the Word-only checks. */
function checkWordFile(file: string, uri: string, settings: Settings): WorkspaceFile | 'skipped' | string {
  const read = readWord(file);
  if (!read.ok) return `${file}: ${read.reason}`;
  const decision = decide(UN_REPORT_LANGUAGE, read.text, settings);
  if (!decision.check) return decision.configError ? `${file}: ${decision.reason}` : 'skipped';
  const { findings } = checkWordDraft(read.draft, checkOptions(settings), wordCheckRules(settings));
  return { doc: TextDocument.create(uri, UN_REPORT_LANGUAGE, 0, read.text), findings };
}
