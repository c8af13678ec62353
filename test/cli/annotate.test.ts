// `undraft --annotate`: the bundled CLI on a docx-made fixture and the real Word drafts. One comment per
// finding (existing comments kept), the draft's bytes never change, the text view with changes rejected is
// the draft's, --fix writes tracked changes, and every refusal is exit 2 with a clear message.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft, chosenFix } from '../../server/src/core/index';
import { readWordDraft } from '../../server/src/docx/read';
import { commentIds, hasPart, makeFixture, partText, REAL_DRAFTS } from '../docx/annotate-helpers';
import { parseJson, runCli, tempDir, write } from './helpers';

function undraftComments(docx: Uint8Array): number {
  return hasPart(docx, 'word/comments.xml') ? (partText(docx, 'word/comments.xml').match(/w:author="undraft"/g) ?? []).length : 0;
}

describe('CLI --annotate', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('undraft-annotate-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one comment per finding, keeps the 95 comments already there, and leaves the draft untouched', function () {
    if (!fs.existsSync(REAL_DRAFTS[0])) this.skip();
    const input = write(dir, 'draft.docx', fs.readFileSync(REAL_DRAFTS[0]));
    const before = fs.readFileSync(input);
    const r = runCli(['--annotate', 'draft.docx', '--output', 'draft.checked.docx', '--format', 'json'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const findings = parseJson(r.stdout)[0].findings.length;
    assert.ok(findings > 0);
    const out = new Uint8Array(fs.readFileSync(path.join(dir, 'draft.checked.docx')));
    assert.equal(commentIds(partText(out, 'word/comments.xml')).length, 95 + findings);
    assert.equal(undraftComments(out), findings);
    assert.match(r.stderr, new RegExp(`wrote draft.checked.docx: ${findings} comments`));
    assert.ok(fs.readFileSync(input).equals(before), 'the draft is unchanged');
    assert.equal(readWordDraft(out).view.text, readWordDraft(new Uint8Array(before)).view.text);
  });

  it('with --fix writes the safe fixes as tracked changes: rejected, the text is the draft; accepted, the fixed text', function () {
    if (!fs.existsSync(REAL_DRAFTS[1])) this.skip();
    write(dir, 'draft.docx', fs.readFileSync(REAL_DRAFTS[1]));
    const r = runCli(['--annotate', '--fix', 'draft.docx', '-o', 'fixed.docx', '--format', 'json'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const m = /(\d+) comments, (\d+) safe fix(?:es)? as tracked changes/.exec(r.stderr);
    assert.ok(m, r.stderr);
    assert.equal(Number(m[1]), parseJson(r.stdout)[0].findings.length);
    assert.ok(Number(m[2]) > 0);
    const input = new Uint8Array(fs.readFileSync(path.join(dir, 'draft.docx')));
    const out = new Uint8Array(fs.readFileSync(path.join(dir, 'fixed.docx')));
    const doc = partText(out, 'word/document.xml') + (hasPart(out, 'word/footnotes.xml') ? partText(out, 'word/footnotes.xml') : '');
    assert.equal((doc.match(/<w:ins w:id="\d+" w:author="undraft"/g) ?? []).length + (doc.match(/<w:del w:id="\d+" w:author="undraft"/g) ?? []).length > 0, true);
    assert.equal(readWordDraft(out).view.text, readWordDraft(input).view.text);
    const accepted = readWordDraft(out, { view: 'accepted' }).view.text;
    assert.notEqual(accepted, readWordDraft(input).view.text);
    // With the changes accepted, the fixes the CLI wrote are done: fewer findings have a safe fix.
    const safeFixable = (text: string) => checkDraft(text, { maxFindingsPerRule: 0 }).findings.filter((f) => chosenFix(f)).length;
    assert.equal(safeFixable(accepted), safeFixable(readWordDraft(input).view.text) - Number(m[2]));
  });

  it('on a docx-made fixture: a comments part where there was none, a note finding at the note mark, fixes in the body and the note', async () => {
    const docx = await makeFixture();
    write(dir, 'f.docx', Buffer.from(docx));
    const r = runCli(['--annotate', '--fix', 'f.docx', '--output', 'out.docx', '--format', 'json'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = new Uint8Array(fs.readFileSync(path.join(dir, 'out.docx')));
    const findings = parseJson(r.stdout)[0].findings;
    assert.deepEqual(
      findings.map((f) => f.message),
      ['Doubled punctuation ",,": write one ","', 'Doubled punctuation "..": write one "."'],
    );
    assert.equal(undraftComments(out), 2);
    assert.match(partText(out, 'word/comments.xml'), /punctuation: \(in the footnote\) Doubled punctuation/);
    assert.match(partText(out, 'word/document.xml'), /<w:commentRangeStart w:id="(\d+)"\/><w:r>(?:(?!<\/w:r>).)*<w:footnoteReference w:id="1"\/><\/w:r><w:commentRangeEnd w:id="\1"\/>/);
    assert.equal(readWordDraft(out).view.text, readWordDraft(docx).view.text);
    const accepted = readWordDraft(out, { view: 'accepted' }).view.text;
    assert.equal(accepted, readWordDraft(docx).view.text.replace('Chair,,', 'Chair,').replace('meeting..', 'meeting.'));
  });

  describe('refusals (exit 2, a clear message)', () => {
    it('refuses to write over the draft, by the same path or a link to it', async () => {
      const docx = Buffer.from(await makeFixture());
      const input = write(dir, 'd.docx', docx);
      fs.symlinkSync(input, path.join(dir, 'link.docx'));
      for (const output of ['d.docx', './d.docx', 'link.docx']) {
        const r = runCli(['--annotate', 'd.docx', '--output', output], { cwd: dir });
        assert.equal(r.code, 2);
        assert.match(r.stderr, /is the draft itself; --annotate never changes the draft/);
      }
      assert.ok(fs.readFileSync(input).equals(docx));
    });

    it('refuses what is not a Word document', () => {
      write(dir, 'notes.docx', 'just some text\n');
      const r = runCli(['--annotate', 'notes.docx', '--output', 'out.docx'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^undraft: notes\.docx: .+/);
      assert.ok(!fs.existsSync(path.join(dir, 'out.docx')));
    });

    it('refuses a missing draft and an output it cannot write', async () => {
      const missing = runCli(['--annotate', 'nope.docx', '--output', 'out.docx'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.docx: no such file or directory/);
      write(dir, 'd.docx', Buffer.from(await makeFixture()));
      const unwritable = runCli(['--annotate', 'd.docx', '--output', 'no/such/dir/out.docx'], { cwd: dir });
      assert.equal(unwritable.code, 2);
      assert.match(unwritable.stderr, /could not write the annotated copy \(no such file or directory\)/);
      fs.mkdirSync(path.join(dir, 'outdir'));
      const isDir = runCli(['--annotate', 'd.docx', '--output', 'outdir'], { cwd: dir });
      assert.equal(isDir.code, 2);
      assert.match(isDir.stderr, /it is a directory/);
    });

    it('refuses command lines that do not make sense', () => {
      const cases: [string[], RegExp][] = [
        [['--annotate', 'd.docx'], /--annotate needs --output/],
        [['--output', 'o.docx', 'd.docx'], /--output goes with --annotate/],
        [['--annotate', 'a.docx', 'b.docx', '-o', 'o.docx'], /exactly one \.docx file/],
        [['--annotate', '-', '-o', 'o.docx'], /exactly one \.docx file/],
        [['--annotate', '--fix-dry-run', 'd.docx', '-o', 'o.docx'], /use --annotate --fix/],
        [['--annotate', '--fix', '--unsafe-fixes', 'd.docx', '-o', 'o.docx'], /drop --unsafe-fixes/],
      ];
      for (const [args, message] of cases) {
        const r = runCli(args, { cwd: dir });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, message);
      }
    });
  });
});
