// The Word-only checks on built documents: tracked changes and comments (error when final, info in a
// draft), numbers typed by hand among automatic ones, automatic paragraph numbering restarted; and no
// finding on the real UNFCCC draft's numbering or on the seed saved as Word.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { checkWord, WORD_CHECKS } from '../../server/src/docx/checks';
import { messagesSection } from '../helpers/rule-messages';
import { readWordDraft } from '../../server/src/docx/read';
import { runCli, tempDir, write } from '../cli/helpers';
import { hasShared, readSeed, REPO_ROOT, SHARED } from '../helpers/paths';
import { reviewed } from './fixtures';
import { numberedTextBoxes, trackedMarks } from './fixtures-structure';
import { markParagraph, patchPart } from './patch-docx';
import { seedDocx } from './seed-docx';

async function numbered(children: Paragraph[]): Promise<Buffer> {
  const doc = new Document({
    numbering: { config: [{ reference: 'paras', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }, { reference: 'chapters', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' }] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const para = (text: string, opts: { restart?: boolean } = {}) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'paras', level: 0, ...opts } });
const chapter = (text: string) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'chapters', level: 0 } });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });

describe('docx: Word-only checks', function () {
  this.timeout(60_000);

  it('reports tracked changes and comments: info in a draft, error in a final document', async () => {
    const d = readWordDraft(await reviewed());
    const draft = checkWord(d, 'draft');
    assert.deepEqual(draft.map((f) => [f.ruleId, f.severity]).sort(), [['word-comments', 'info'], ['word-tracked-changes', 'info']]);
    const tracked = draft.find((f) => f.ruleId === 'word-tracked-changes')!;
    assert.deepEqual([tracked.messageId, tracked.data], ['remainBy', { changes: 2, insertions: 1, deletions: 1, paragraphMarks: 0, otherChanges: 0, authors: 'Editor' }]);
    const comment = draft.find((f) => f.ruleId === 'word-comments')!;
    assert.deepEqual([comment.messageId, comment.data], ['remainsBy', { author: 'Reviewer', comment: 'Please check the date.' }]);
    assert.match(comment.message, /by Reviewer remains here: "Please check the date\."/, 'the template is filled');
    assert.ok(checkWord(d, 'final').every((f) => f.severity === 'error'));
    // The view reads the change rejected: the deleted date stands, the inserted one is not there.
    assert.equal(d.view.text.split('\n')[0], 'The meeting was held on 3 April 2018.');
  });

  it('gives every finding an id its check declares and data that fill its template; each page lists the messages', async () => {
    const findings = [...checkWord(readWordDraft(await reviewed()), 'final'), ...checkWord(readWordDraft(await trackedMarks()), 'draft')];
    assert.ok(findings.length > 2);
    for (const f of findings) {
      const template = WORD_CHECKS.find((c) => c.id === f.ruleId)?.messages[f.messageId ?? ''];
      assert.ok(template !== undefined, `${f.ruleId}: ${f.messageId} is declared`);
      const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(Object.keys(f.data ?? {}).sort(), [...new Set(names)], `${f.ruleId}/${f.messageId}: data fill the placeholders, no more`);
      assert.ok(!f.message.includes('{{'), f.message);
    }
    for (const c of WORD_CHECKS) {
      const page = fs.readFileSync(path.join(REPO_ROOT, 'docs/rules', `${c.id}.md`), 'utf8');
      assert.ok(page.includes(messagesSection({ meta: c })), `${c.id}.md: run npm run compile && node scripts/rule-messages.mjs`);
    }
  });

  it('reports a number typed by hand among automatic ones, and a restart of the paragraph numbering', async () => {
    const d = readWordDraft(await numbered([chapter('Introduction'), para('The session opened.'), para('The agenda was adopted.'), para('Officers were elected.'), plain('4. A number typed by hand.'), chapter('Organization'), para('The numbering starts again here.', { restart: true })]));
    const found = checkWord(d, 'draft').map((f) => [f.ruleId, d.view.text.slice(f.range.start, f.range.end), f.messageId, f.data]);
    assert.deepEqual(found, [
      ['word-numbering', '4.', 'typedNumber', { typed: '4.' }],
      ['word-numbering', '1. ', 'restart', { number: '1.', previous: 3 }],
    ]);
  });

  it('reports paragraph marks inserted or deleted, and takes no typed number from the middle of a joined line', async () => {
    const d = readWordDraft(await trackedMarks());
    const marks = checkWord(d, 'draft').filter((f) => f.ruleId === 'word-tracked-changes' && f.data?.insertions === 0);
    assert.equal(marks.length, 8);
    assert.ok(marks.every((f) => f.messageId === 'remainBy' && f.data?.paragraphMarks === 1 && f.data.changes === 1 && f.data.authors === 'Editor'), marks[0].message);
    // "2. million" continues "rose by " on one line once the inserted mark is rejected: it is no paragraph number.
    const bytes = patchPart(await numbered([para('One.'), para('Two.'), para('Three.'), plain('The figure rose by '), plain('2. million.')]), 'word/document.xml', (xml) => markParagraph(xml, 'The figure rose by ', '<w:ins w:id="1" w:author="Editor"/>'));
    const joined = readWordDraft(bytes);
    assert.equal(joined.view.text.split('\n')[3], 'The figure rose by 2. million.');
    assert.deepEqual(checkWord(joined, 'draft').filter((f) => f.ruleId === 'word-numbering'), []);
    const apart = readWordDraft(bytes, { view: 'accepted' });
    assert.deepEqual(checkWord(apart, 'draft').filter((f) => f.ruleId === 'word-numbering').map((f) => apart.view.text.slice(f.range.start, f.range.end)), ['2.']);
  });

  it('checks the numbering of text boxes apart from the body\'s: a box list at 1. after body paragraph 2. is no restart', async () => {
    const d = readWordDraft(await numberedTextBoxes());
    assert.deepEqual(checkWord(d, 'draft').filter((f) => f.ruleId === 'word-numbering'), []);
  });

  it('does not report paragraphs that run on through chapters, nor a typed number where nothing is automatic', async () => {
    const d = readWordDraft(await numbered([chapter('Introduction'), para('One.'), para('Two.'), chapter('Organization'), para('Three.')]));
    assert.deepEqual(checkWord(d, 'draft'), []);
    const typed = readWordDraft(await numbered([plain('1. Typed.'), plain('2. Typed too.')]));
    assert.deepEqual(checkWord(typed, 'draft'), []);
  });

  it('finds nothing to say about the numbering of the real UNFCCC draft or of the seed saved as Word', async function () {
    if (!hasShared()) this.skip();
    const real = readWordDraft(fs.readFileSync(path.join(SHARED, 'corpus', 'word', 'unfccc-art6-2-sbsta61-draft-decision-2024-11-14.docx')));
    assert.deepEqual(checkWord(real, 'final'), []);
    assert.deepEqual(checkWord(readWordDraft(await seedDocx(readSeed())), 'draft'), []);
  });

  it('the CLI reports them with the rules, honours --rule and --stage', async () => {
    const dir = tempDir();
    const file = write(dir, 'reviewed.docx', await reviewed());
    const r = runCli(['--format', 'json', '--stage', 'final', file]);
    assert.equal(r.code, 1, r.stderr);
    const ids = (JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string }[] }[])[0].findings.filter((f) => f.ruleId.startsWith('word-'));
    assert.deepEqual(ids.map((f) => `${f.ruleId}:${f.severity}`).sort(), ['word-comments:error', 'word-tracked-changes:error']);
    const off = runCli(['--format', 'json', '--stage', 'final', '--rule', 'word-comments=off', '--rule', 'word-tracked-changes=warning', file]);
    assert.equal(off.code, 0, off.stderr);
    assert.equal(off.stderr, '');
    const left = (JSON.parse(off.stdout) as { findings: { ruleId: string; severity: string }[] }[])[0].findings.filter((f) => f.ruleId.startsWith('word-'));
    assert.deepEqual(left.map((f) => `${f.ruleId}:${f.severity}`), ['word-tracked-changes:warning']);
  });
});
