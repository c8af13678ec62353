// LibreOffice as the oracle: each fixture built with the `docx` library, converted to text by
// `soffice --headless --convert-to "txt:Text (encoded):UTF8"`, equals our text view's body line by line
// (whitespace aside); tracked paragraph marks against its export after rejecting (accepting) every change,
// text boxes against its HTML export and its list labels (see soffice.ts). Needs soffice (Debian libreoffice-writer-nogui): without it these tests are skipped
// and say why, unless UNDRAFT_REQUIRE_SOFFICE=1 (CI, through scripts/test-word-oracle.sh) makes that a failure.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWordDraft } from '../../server/src/docx/read';
import { ORACLE_FIXTURES } from './fixtures';
import { numberedTextBoxes, textBoxes, trackedMarks } from './fixtures-structure';
import { convert, exportWithChanges, htmlParagraphs, listLabels, sofficeVersion } from './soffice';
import { bodyLines, lines } from './view-lines';

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
    version = sofficeVersion();
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
      const fixes = new Map(LIBREOFFICE_DIFFERS[fixture.name] ?? []);
      const oracle = lines(convert(file, dir, 'txt:Text (encoded):UTF8', 'txt')).map((l) => fixes.get(l) ?? l);
      assert.deepEqual(bodyLines(readWordDraft(bytes)), oracle);
    });
  }

  it('tracked paragraph marks: the view read rejected (and accepted) equals LibreOffice\'s export after rejecting (accepting) every change', async () => {
    const bytes = await trackedMarks();
    const file = path.join(dir, 'tracked-marks.docx');
    fs.writeFileSync(file, bytes);
    const rejected = bodyLines(readWordDraft(bytes));
    assert.deepEqual(rejected, lines(exportWithChanges(file, dir, 'Reject')));
    assert.ok(rejected.includes('1. The Chair opened the meeting and welcomed the participants.'));
    assert.deepEqual(bodyLines(readWordDraft(bytes, { view: 'accepted' })), lines(exportWithChanges(file, dir, 'Accept')));
  });

  it('text boxes: read after the paragraph that anchors them, as LibreOffice\'s HTML export places them; its text export leaves them out', async () => {
    const bytes = await textBoxes();
    const file = path.join(dir, 'text-boxes.docx');
    fs.writeFileSync(file, bytes);
    const d = readWordDraft(bytes);
    assert.deepEqual(bodyLines(d, true), htmlParagraphs(convert(file, dir, 'html:HTML (StarWriter)', 'html')));
    assert.deepEqual(bodyLines(d), lines(convert(file, dir, 'txt:Text (encoded):UTF8', 'txt')));
    assert.ok(!d.view.text.includes('The fallback, not read.'));
  });

  it('numbered paragraphs in text boxes: one count for all boxes, apart from the body\'s, as LibreOffice labels them', async () => {
    const bytes = await numberedTextBoxes();
    const file = path.join(dir, 'numbered-text-boxes.docx');
    fs.writeFileSync(file, bytes);
    const d = readWordDraft(bytes);
    const byOrdinal = new Map(d.document.paragraphs.map((p) => [p.ordinal, p]));
    const mine = d.view.paragraphs.map((vp) => `${byOrdinal.get(vp.ordinal)!.inTextBox ? 'box' : 'body'}|${vp.label?.text ?? ''}|${d.view.text.slice(vp.textStart, vp.textStart + vp.textLength)}`);
    // LibreOffice lists the body first, then each box: the same lines in another order.
    assert.deepEqual([...mine].sort(), [...listLabels(file, dir)].sort());
    assert.ok(mine.includes('body|4.|The fourth paragraph.') && mine.includes('box|4.|And ends.'), mine.join('\n'));
  });
});
