// UTF-16 drafts are validated as strictly as UTF-8 ones: a lone surrogate or an odd trailing byte is a
// clear error, never U+FFFD written back by --fix.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { decodeDraft } from '../../server/src/cli/files';
import { runCli, tempDir, write } from './helpers';

const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const be = (text: string) => {
  const body = Buffer.from(text, 'utf16le').swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
};

describe('cli UTF-16 validation', () => {
  it('accepts well-formed UTF-16 with surrogate pairs in either byte order', () => {
    for (const buf of [le('1. Text 😀 [x].\n'), be('1. Text 😀 [x].\n')]) {
      const d = decodeDraft(buf);
      assert.ok(d.ok);
      assert.equal(d.ok && d.text, '1. Text 😀 [x].\n');
    }
  });

  it('refuses a lone surrogate or an odd trailing byte, saying where', () => {
    const cases: [Buffer, RegExp][] = [
      [le('ab\ud800cd'), /not valid UTF-16LE \(a lone surrogate 0xd800 at byte 6, line 1\)/],
      [le('ab\n\udc00'), /not valid UTF-16LE \(a lone surrogate 0xdc00 at byte 8, line 2\)/],
      [be('ab\ud83d'), /not valid UTF-16BE \(a lone surrogate 0xd83d at byte 6, line 1\)/],
      [Buffer.concat([le('abc'), Buffer.from([0x41])]), /not valid UTF-16LE \(an odd number of bytes: a lone byte at the end, byte 8\)/],
    ];
    for (const [buf, reason] of cases) {
      const d = decodeDraft(buf);
      assert.equal(d.ok, false);
      assert.match(!d.ok ? d.reason : '', reason);
    }
  });

  it('--fix on a damaged UTF-16 file exits 2 with the reason and leaves the file untouched', () => {
    const dir = tempDir();
    try {
      const bytes = le('1. Text  with  spaces \ud800 [x].\n');
      const file = write(dir, 'broken.md', bytes);
      const r = runCli(['--fix', 'broken.md'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^undraft: broken\.md: is not valid UTF-16LE/m);
      assert.deepEqual(fs.readFileSync(file), bytes);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
