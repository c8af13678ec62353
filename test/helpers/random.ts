// A small seeded generator for tests that draw random places and kinds of defect: the same seed gives the
// same draws, so a failure can be replayed. It is the bench's generator (bench/prng.cjs, plain JavaScript
// the bench's ES modules import too), loaded from the repository and typed here: one copy of the code.

import * as path from 'node:path';
import { REPO_ROOT } from './paths';

const shared = require(path.join(REPO_ROOT, 'bench', 'prng.cjs')) as { mulberry32(seed: number): () => number };

/** Mulberry32: numbers in [0, 1) from a 32-bit seed. */
export function seeded(seed: number): () => number {
  return shared.mulberry32(seed);
}
