// Which documents a corpus folder holds and what each is: SOURCES.tsv's list checked against the folder,
// both sides compared as real paths, so a folder reached through a symbolic link checks the real files.

import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CorpusInputError, readTsv } from './tsv.mjs';

/** The extensions the CLI reads as drafts (server/src/cli/files.ts). */
const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.unreport']);

/** The draft files at the top of the folder, by name; a README describes the folder and is no document. */
function draftFilesIn(folder) {
  const names = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!DRAFT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) || /^readme\./i.test(entry.name)) continue;
    if (entry.isFile() || entry.isSymbolicLink()) names.push(entry.name);
  }
  return names.sort();
}

/** The real path of a file in the folder, or why there is none. */
function realFile(folder, name) {
  const p = path.join(folder, name);
  if (!existsSync(p)) return { problem: 'missing' };
  const real = realpathSync(p);
  if (!statSync(real).isFile()) return { problem: 'not a file' };
  return { real };
}

/**
 * The folder's documents: `{ name, real, status }` each (status from SOURCES.tsv: final, draft...; "unlisted"
 * for a document SOURCES.tsv lacks; "unknown" without SOURCES.tsv), and the listing problems found.
 */
export function corpusDocuments(folderArg) {
  if (!existsSync(folderArg) || !statSync(folderArg).isDirectory()) throw new CorpusInputError(`${folderArg} is not a folder`);
  const folder = realpathSync(folderArg);
  const sourcesFile = path.join(folder, 'SOURCES.tsv');
  const hasSources = existsSync(sourcesFile);
  const docs = [];
  const problems = [];
  const byReal = new Map();
  const add = (name, real, status) => {
    const doc = { name, real, status };
    docs.push(doc);
    byReal.set(real, doc);
  };
  if (hasSources) {
    for (const row of readTsv(sourcesFile, ['file'], 'the list of sources')) {
      if (row.file === '') continue;
      const { real, problem } = realFile(folder, row.file);
      if (problem === 'missing') problems.push(`${row.file} is listed in SOURCES.tsv but missing from the folder`);
      else if (problem) problems.push(`${row.file} is listed in SOURCES.tsv but is ${problem}`);
      else if (byReal.has(real)) problems.push(`${row.file} is listed in SOURCES.tsv twice (as ${byReal.get(real).name} too)`);
      else add(row.file, real, (row.status || 'unknown').toLowerCase());
    }
  }
  for (const name of draftFilesIn(folder)) {
    const { real, problem } = realFile(folder, name);
    if (problem) {
      problems.push(`${name} in the folder is ${problem === 'missing' ? 'a broken link' : problem}`);
      continue;
    }
    if (byReal.has(real)) continue;
    if (hasSources) problems.push(`${name} is in the folder but SOURCES.tsv does not list it`);
    add(name, real, hasSources ? 'unlisted' : 'unknown');
  }
  return { folder, hasSources, docs, problems };
}
