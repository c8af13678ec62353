// Reading a .docx from disk for the CLI: the size is checked before a byte is read, and every failure
// (a DocxError, or anything unforeseen in a damaged file) becomes a reason for people, never a crash.

import * as fs from 'node:fs';
import { DocxError } from './errors';
import { DEFAULT_LIMITS, type DocxLimits } from './package';
import { readWordDraft, type WordDraft } from './read';

export type WordReadResult = { readonly ok: true; readonly draft: WordDraft } | { readonly ok: false; readonly reason: string };

/** True for the names the CLI reads as Word documents. */
export function isWordPath(file: string): boolean {
  return file.toLowerCase().endsWith('.docx');
}

export function readWordFile(file: string, limits: DocxLimits = DEFAULT_LIMITS, describe: (e: unknown) => string = String): WordReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (stat.size > limits.maxFileBytes) return { ok: false, reason: `is larger than ${Math.round(limits.maxFileBytes / 1048576)} MB; undraft reads Word files up to that size` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: describe(e) };
  }
  try {
    return { ok: true, draft: readWordDraft(bytes, { limits }) };
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, reason: e.message };
    if (e instanceof RangeError) return { ok: false, reason: `could not be read as a Word document (${e.message}): the file is damaged or too complex` };
    return { ok: false, reason: `could not be read as a Word document (${(e as Error)?.message ?? String(e)}); the file may be damaged` };
  }
}
