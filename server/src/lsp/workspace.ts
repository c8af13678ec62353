// "Check all drafts in the workspace": finds the .md and .txt drafts under the workspace folders,
// checks those that are not open (open ones are already checked) and publishes their diagnostics.
// Reads files only; nothing from the workspace is executed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeError, readDraft } from '../cli/files';
import { checkDraft } from '../core/index';
import { decide, UN_REPORT_LANGUAGE } from './analysis';
import { checkOptions, Settings } from './settings';
import type { Finding } from '../core/index';

export const DRAFT_EXTENSIONS = ['.md', '.txt', '.markdown', '.unreport'];
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'build', 'coverage']);
/** Files larger than this are not read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** At most this many files per run. */
export const MAX_FILES = 5000;

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

/** Draft files under a folder, skipping hidden folders and build/dependency folders. */
export function findDrafts(root: string, limit = MAX_FILES): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0 && out.length < limit) {
    const dir = stack.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((x, y) => x.name.localeCompare(y.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(p);
      } else if (e.isFile() && DRAFT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
        out.push(p);
        if (out.length >= limit) break;
      }
    }
  }
  return out.sort();
}

export interface WorkspaceFile {
  readonly doc: TextDocument;
  readonly findings: readonly Finding[];
}

export interface WorkspaceCheckResult {
  readonly files: number;
  readonly checked: WorkspaceFile[];
  readonly skipped: number;
  readonly errors: string[];
}

/**
 * Checks the drafts under the given folder URIs that are not open. `settingsFor` gives the settings of
 * a folder; `isOpen` says whether a URI is open in the editor.
 */
export async function checkWorkspace(
  folders: readonly string[],
  settingsFor: (folderUri: string) => Promise<Settings>,
  isOpen: (uri: string) => boolean,
): Promise<WorkspaceCheckResult> {
  const checked: WorkspaceFile[] = [];
  const errors: string[] = [];
  let files = 0;
  let skipped = 0;
  for (const folder of folders) {
    if (!folder.startsWith('file:')) continue;
    const settings = await settingsFor(folder);
    const root = fileURLToPath(folder);
    for (const file of findDrafts(root)) {
      files++;
      const uri = fileUri(file);
      if (isOpen(uri)) continue;
      try {
        if (fs.statSync(file).size > MAX_FILE_BYTES) {
          skipped++;
          continue;
        }
      } catch (e) {
        errors.push(`${file}: ${describeError(e)}`);
        continue;
      }
      // The CLI's reading: BOM stripped, UTF-16 decoded, binary and invalid text refused with a reason.
      const read = readDraft(file);
      if (!read.ok) {
        errors.push(`${file}: ${read.reason}`);
        continue;
      }
      const text = read.text;
      const languageId = languageOf(file);
      if (!decide(languageId, text, settings).check) {
        skipped++;
        continue;
      }
      const doc = TextDocument.create(uri, languageId, 0, text);
      checked.push({ doc, findings: checkDraft(text, checkOptions(settings)).findings });
    }
  }
  return { files, checked, skipped, errors };
}
