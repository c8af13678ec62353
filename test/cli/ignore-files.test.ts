// .gitignore and .undraftignore are honoured when directories and globs are expanded, and not for
// files named on the command line.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveInputs } from '../../server/src/cli/files';
import { tempDir, write } from './helpers';

describe('cli ignore files', () => {
  let dir: string;
  const found = (inputs: string[], cwd = dir) =>
    resolveInputs(inputs, cwd).targets.map((t) => (t.kind === 'file' ? path.relative(dir, t.path).split(path.sep).join('/') : '-'));
  beforeEach(() => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, '.gitignore', 'build/\n*.draft.md\n');
    write(dir, 'drafts/.undraftignore', 'old/\nnotes.md\n!keep.draft.md\n');
    write(dir, 'drafts/a.md', '1. A.\n');
    write(dir, 'drafts/notes.md', '1. N.\n');
    write(dir, 'drafts/x.draft.md', '1. X.\n');
    write(dir, 'drafts/keep.draft.md', '1. K.\n');
    write(dir, 'drafts/old/b.md', '1. B.\n');
    write(dir, 'drafts/sub/c.md', '1. C.\n');
    write(dir, 'build/out.md', '1. O.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves out what they exclude when a directory is expanded (a deeper file may re-include)', () => {
    assert.deepEqual(found(['.']), ['drafts/a.md', 'drafts/keep.draft.md', 'drafts/sub/c.md']);
  });

  it('applies the ignore files above the walked folder, up to the repository root', () => {
    assert.deepEqual(found(['.'], path.join(dir, 'drafts')), ['drafts/a.md', 'drafts/keep.draft.md', 'drafts/sub/c.md']);
  });

  it('leaves them out of glob matches too', () => {
    assert.deepEqual(found(['**/*.md']), ['drafts/a.md', 'drafts/keep.draft.md', 'drafts/sub/c.md']);
    assert.deepEqual(found(['drafts/*/*.md']), ['drafts/sub/c.md']);
    // A folder the pattern spells out is asked for, as a folder named directly is.
    assert.deepEqual(found(['drafts/{old,sub}/*.md']), ['drafts/old/b.md', 'drafts/sub/c.md']);
  });

  it('checks a file named directly even when it is ignored', () => {
    assert.deepEqual(found(['drafts/notes.md', 'build/out.md', 'drafts/old/b.md']), ['drafts/notes.md', 'build/out.md', 'drafts/old/b.md']);
  });

  it('searches a folder named directly even when an ignore file above excludes it', () => {
    write(dir, 'build/.undraftignore', 'skip.md\n');
    write(dir, 'build/skip.md', '1. S.\n');
    assert.deepEqual(found(['build']), ['build/out.md']);
    assert.deepEqual(found(['build/*.md']), ['build/out.md']);
  });

  it('reads no .gitignore above a folder that is not in a repository', () => {
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    write(dir, 'drafts/.undraftignore', '');
    assert.deepEqual(found(['.'], path.join(dir, 'drafts')), ['drafts/a.md', 'drafts/keep.draft.md', 'drafts/notes.md', 'drafts/old/b.md', 'drafts/sub/c.md', 'drafts/x.draft.md']);
  });
});
