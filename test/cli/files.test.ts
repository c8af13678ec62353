// Reading drafts (encodings, binary, invalid UTF-8), resolving inputs, and atomic writes.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeDraft, encodeDraft, expandGlob, firstInvalidUtf8, readDraft, resolveInputs, writeDraftAtomically } from '../../server/src/cli/files';
import { tempDir, write } from './helpers';

describe('cli files', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('decodes UTF-8 with and without BOM, and UTF-16 with a BOM, and encodes them back byte for byte', () => {
    const text = 'Distr.: Limited\r\nCôte d’Ivoire — 😀\n';
    const samples = [
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ];
    for (const bytes of samples) {
      const d = decodeDraft(bytes);
      assert.ok(d.ok);
      assert.equal(d.text, text);
      assert.deepEqual(encodeDraft(d.text, d.encoding), bytes);
    }
  });

  it('refuses binary files and invalid UTF-8 with a reason that says where', () => {
    const bin = decodeDraft(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    assert.ok(!bin.ok);
    assert.match(bin.reason, /binary/);
    const latin1 = decodeDraft(Buffer.from('line one\nC\xf4te\n', 'latin1'));
    assert.ok(!latin1.ok);
    assert.match(latin1.reason, /not valid UTF-8.*byte 10, line 2/);
  });

  it('finds the first invalid UTF-8 byte (overlong forms and surrogates included)', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('abc', 'utf8')), 3);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80])), 1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80])), 1);
    assert.equal(firstInvalidUtf8(Buffer.from([0xe2, 0x80])), 0);
  });

  it('walks directories recursively, skipping node_modules and dot-directories, sorted', () => {
    write(dir, 'b.md', 'x');
    write(dir, 'a/c.txt', 'x');
    write(dir, 'a/d.pdf', 'x');
    write(dir, 'node_modules/m.md', 'x');
    write(dir, '.git/g.md', 'x');
    write(dir, 'a/.hidden/h.md', 'x');
    const r = resolveInputs(['.'], dir);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.targets.map((t) => (t.kind === 'file' ? path.relative(dir, t.path) : '-')),
      ['a/c.txt', 'b.md'],
    );
  });

  it('expands globs, drops duplicates and names inputs that match nothing', () => {
    write(dir, 'x/one.md', 'x');
    write(dir, 'x/y/two.md', 'x');
    write(dir, 'x/y/three.txt', 'x');
    write(dir, 'x/y/image.png', 'x');
    assert.deepEqual(expandGlob('x/**/*.md', dir).map((f) => path.relative(dir, f)), ['x/one.md', 'x/y/two.md']);
    assert.deepEqual(expandGlob('x/*/*', dir).map((f) => path.relative(dir, f)), ['x/y/three.txt', 'x/y/two.md']);
    assert.deepEqual(expandGlob('x/y/*.{png,txt}', dir).map((f) => path.relative(dir, f)), ['x/y/image.png', 'x/y/three.txt']);
    const r = resolveInputs(['x/one.md', 'x/**/*.md', 'nothing/*.md', 'missing.md', '-', '-'], dir);
    assert.deepEqual(r.targets.map((t) => (t.kind === 'file' ? path.relative(dir, t.path) : '-')), ['x/one.md', 'x/y/two.md', '-']);
    assert.deepEqual(r.errors, [
      { input: 'nothing/*.md', reason: 'no files match this pattern' },
      { input: 'missing.md', reason: 'no such file or directory' },
    ]);
  });

  it('writes atomically, keeping the mode and leaving no temporary file', () => {
    const file = write(dir, 'draft.md', 'old text\n');
    fs.chmodSync(file, 0o640);
    const read = readDraft(file);
    assert.ok(read.ok && read.stat);
    assert.equal(writeDraftAtomically(file, 'new text\n', read.encoding, read.stat), undefined);
    assert.equal(fs.readFileSync(file, 'utf8'), 'new text\n');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['draft.md']);
  });

  it('refuses to write over a file that changed after it was read', () => {
    const file = write(dir, 'draft.md', 'old text\n');
    const read = readDraft(file);
    assert.ok(read.ok && read.stat);
    fs.writeFileSync(file, 'someone else edited this file\n');
    const failure = writeDraftAtomically(file, 'new text\n', read.encoding, read.stat);
    assert.match(failure ?? '', /changed/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'someone else edited this file\n');
  });

  it('writes through a symbolic link to its target, keeping the link', () => {
    const target = write(dir, 'real.md', 'old\n');
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(target, link);
    const read = readDraft(link);
    assert.ok(read.ok && read.stat);
    assert.equal(writeDraftAtomically(link, 'new\n', read.encoding, read.stat), undefined);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), 'new\n');
  });
});
