// LibreOffice as the oracle: each fixture built with the `docx` library, converted to text by
// `soffice --headless --convert-to "txt:Text (encoded):UTF8"`, equals our text view's body line by line
// (whitespace aside). Needs soffice (Debian libreoffice-writer-nogui): without it these tests are skipped
// and say why, unless UNDRAFT_REQUIRE_SOFFICE=1 (CI, through scripts/test-word-oracle.sh) makes that a failure.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWordDraft } from '../../server/src/docx/read';
import { ORACLE_FIXTURES } from './fixtures';
import { bodyLines, lines } from './view-lines';

function soffice(): string | undefined {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Where LibreOffice 7.4 draws a number unlike Word, the fixture line as Word draws it (checked in Word's terms). */
const LIBREOFFICE_DIFFERS: Readonly<Record<string, readonly [string, string][]>> = {
  // LibreOffice before 24.2 ignores w:isLgl (legal numbering) and writes a space for suffix "nothing".
  legal: [
    ['I.1 The first rule.', '1.1 The first rule.'],
    ['I.1.a A detail of it.', '1.1.1A detail of it.'],
    ['I.1.b Another detail.', '1.1.2Another detail.'],
    ['I.2 The second rule.', '1.2 The second rule.'],
    ['II.1 The third rule, numbered under the second heading.', '2.1 The third rule, numbered under the second heading.'],
  ],
};

describe('docx: LibreOffice oracle on generated fixtures', function () {
  this.timeout(300_000);
  let version: string | undefined;
  let dir = '';
  before(function () {
    version = soffice();
    if (!version) {
      if (process.env.UNDRAFT_REQUIRE_SOFFICE === '1') throw new Error('UNDRAFT_REQUIRE_SOFFICE=1 but soffice is not on PATH (Debian: libreoffice-writer-nogui)');
      console.log('    (skipped: soffice is not installed, so the LibreOffice oracle tests cannot run; CI runs them through scripts/test-word-oracle.sh)');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-oracle-'));
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const fixture of ORACLE_FIXTURES) {
    it(`${fixture.name}: the text view equals LibreOffice's text export`, async () => {
      const bytes = await fixture.build();
      const file = path.join(dir, `${fixture.name}.docx`);
      fs.writeFileSync(file, bytes);
      // A profile of its own: a soffice already running for the same user would take the job and exit at once.
      const profile = `file://${path.join(dir, 'profile')}`;
      const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, file], { encoding: 'utf8', timeout: 240_000 });
      const out = path.join(dir, `${fixture.name}.txt`);
      assert.ok(fs.existsSync(out), `soffice wrote no text: ${r.stderr}`);
      const fixes = new Map(LIBREOFFICE_DIFFERS[fixture.name] ?? []);
      const oracle = lines(fs.readFileSync(out, 'utf8')).map((l) => fixes.get(l) ?? l);
      assert.deepEqual(bodyLines(readWordDraft(bytes)), oracle);
    });
  }
});
