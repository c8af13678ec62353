// Where tests find the repository and the shared material beside it, from the compiled location.

import * as path from 'node:path';
import * as fs from 'node:fs';

/** Repository root (tests run compiled from out/test/...). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** `../shared` beside the repository, when present (CI lays it there). */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

export const SEED_DRAFT = path.join(SHARED, 'reference', 'seed-draft.md');

export function hasShared(): boolean {
  return fs.existsSync(SEED_DRAFT);
}

export function readSeed(): string {
  return fs.readFileSync(SEED_DRAFT, 'utf8');
}
