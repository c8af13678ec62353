// The seed draft saved as Word with automatic numbering gives the same findings as the Markdown seed,
// located by paragraph. Findings about Markdown link syntax (a placeholder target, a symbol written
// without a link while others have one) have nothing to be about in Word and are set aside by name.

import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/index';
import { readWordDraft } from '../../server/src/docx/read';
import { runCli, tempDir, write } from '../cli/helpers';
import { hasShared, readSeed } from '../helpers/paths';
import { seedDocx } from './seed-docx';

/** `rule | ¶ n | message start` for findings in body paragraphs, `rule | line text | message` elsewhere. */
function keys(text: string): string[] {
  const r = checkDraft(text, {});
  return r.findings.map((f) => {
    const p = r.model.paragraphs.find((x) => x.scope === 0 && x.range.start <= f.range.start && f.range.start < x.range.end);
    const ls = text.lastIndexOf('\n', f.range.start - 1) + 1;
    const le = text.indexOf('\n', f.range.start);
    const line = text.slice(ls, le < 0 ? undefined : le).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*/g, '').replace(/^[\s-]+/, '');
    return `${f.ruleId} | ${p ? `¶ ${p.number}` : line.slice(0, 50)} | ${f.message.slice(0, 60)}`;
  });
}

const aboutMarkdownLinks = (k: string) => k.startsWith('document-symbol |') && (/The link "\[/.test(k) || /written as plain text while/.test(k));

describe('docx: the seed draft saved as Word', function () {
  this.timeout(60_000);
  before(function () {
    if (!hasShared()) this.skip();
  });

  it('gives the Markdown seed\'s findings, paragraph by paragraph', async () => {
    const md = readSeed();
    const word = readWordDraft(await seedDocx(md));
    const expected = keys(md).filter((k) => !aboutMarkdownLinks(k)).sort();
    const got = keys(word.view.text).sort();
    assert.ok(expected.length >= 25, `the seed has ${expected.length} findings`);
    assert.deepEqual(got, expected);
    // The numbers are Word's: nothing typed, paragraph 31 is the last.
    assert.ok(word.view.paragraphs.filter((p) => p.label).length >= 40);
    assert.match(word.view.text, /^31\. At its 6th meeting/m);
  });

  it('locates the findings in Word paragraphs from the CLI', async () => {
    const dir = tempDir();
    const file = write(dir, 'seed.docx', await seedDocx(readSeed()));
    const r = runCli(['--format', 'json', file]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; line: number; word?: { part: string; paragraph: number } }[] }[])[0].findings;
    assert.ok(findings.length >= 25);
    for (const f of findings) {
      assert.equal(f.word?.part, 'document');
      // The text view has one line per paragraph: the paragraph number is the line number.
      assert.equal(f.word?.paragraph, f.line);
    }
  });
});
