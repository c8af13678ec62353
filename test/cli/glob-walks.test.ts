// Brace alternatives share one walk of their base directory, and a pattern with more alternatives than
// undraft expands is refused with a reason instead of being cut short silently.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveInputs } from '../../server/src/cli/files';
import { readsDuring, tempDir, write } from './helpers';

describe('cli brace globs', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    write(dir, 'd/x/ab.md', '1. A.\n');
    write(dir, 'd/y/z/ba.md', '1. B.\n');
    write(dir, 'd/y/other.md', '1. C.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks a base directory once for all the alternatives that share it', () => {
    const { read, result } = readsDuring(dir, () => resolveInputs(['d/**/{a,b}{a,b}.md'], dir).targets.map((t) => (t.kind === 'file' ? path.relative(dir, t.path) : '-')));
    assert.deepEqual(result, ['d/x/ab.md', 'd/y/z/ba.md']);
    assert.deepEqual(read, ['d', 'd/x', 'd/y', 'd/y/z'], 'each read once');
  });

  it('enters only folders where the pattern can still match', () => {
    const { read, result } = readsDuring(dir, () => resolveInputs(['d/*/q*/*.md'], dir).errors);
    assert.deepEqual(result, [{ input: 'd/*/q*/*.md', reason: 'no files match this pattern' }]);
    // d/y/z is within the pattern's depth, but z is no q*: it is not read.
    assert.deepEqual(read, ['d', 'd/x', 'd/y']);
  });

  it('refuses a pattern with more than 1,024 alternatives, saying why', () => {
    const r = resolveInputs([`d/**/${'{a,b}'.repeat(11)}.md`], dir);
    assert.deepEqual(r.targets, []);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].reason, /more than 1024 brace alternatives/);
  });
});
