// Shared test data for the protocol tests: the seed-like draft and fresh document URIs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'lsp');

/** A draft modelled on the seed: masthead `Distr.: Limited`, chapters I–V, brackets, a State listed twice. */
export const DRAFT = fs.readFileSync(path.join(FIXTURES, 'draft.md'), 'utf8');

let n = 0;
/** A fresh URI per test, so tests never see each other's documents. */
export function uri(name = 'draft.md'): string {
  n++;
  return `file:///undraft-lsp-test/${n}/${name}`;
}
