// The real Word drafts in ../shared/corpus/word: the text view equals Word's own plain-text export
// paragraph by paragraph (whitespace aside, numbers included), and the working copy's comments and
// tracked changes are all read. Skipped, saying so, when ../shared is not beside the repository.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readWordDraft } from '../../server/src/docx/read';
import { bodyLines, lines } from './view-lines';
import { runCli } from '../cli/helpers';
import { SHARED } from '../helpers/paths';

const WORD = path.join(SHARED, 'corpus', 'word');
const SBSTA = path.join(WORD, 'unfccc-art6-2-sbsta61-draft-decision-2024-11-14.docx');
const EXPORT = path.join(WORD, 'unfccc-art6-2-sbsta61-draft-decision-2024-11-14.word-export.txt');
const CMA = path.join(WORD, 'unfccc-art6-2-cma6-draft-decision-party-inputs-2024-11.docx');

describe('docx: the real UNFCCC drafts', function () {
  this.timeout(120_000);
  before(function () {
    if (!fs.existsSync(SBSTA)) this.skip();
  });

  it('reads the sbsta61 draft as Word shows it: equal to Word\'s plain-text export, numbers included', () => {
    const d = readWordDraft(fs.readFileSync(SBSTA));
    const mine = bodyLines(d);
    const word = lines(fs.readFileSync(EXPORT, 'utf8'));
    assert.ok(word.length > 800, `the export has ${word.length} lines`);
    for (let i = 0; i < Math.max(mine.length, word.length); i++) {
      if (mine[i] !== word[i]) assert.fail(`line ${i + 1} differs:\n  view:   ${mine[i]}\n  export: ${word[i]}`);
    }
    // The automatic numbers are there: chapters, paragraphs 1.-169., (a), (i).
    assert.ok(mine.includes('I. Scope and definition of a cooperative approach'));
    assert.ok(mine.some((l) => l.startsWith('169. ')));
    // Every w:numPr shows a number except those that switch numbering off (numId 0) or only carry a section break.
    const numbered = new Set(d.view.paragraphs.filter((p) => p.label).map((p) => p.ordinal));
    for (const p of d.document.paragraphs) {
      if (p.numPr && !numbered.has(p.ordinal)) assert.ok(p.numPr.numId === '0' || (p.sectionBreak && p.text === ''), `paragraph ${p.ordinal} has no number`);
    }
    assert.ok(numbered.size > 400);
  });

  it('keeps the text of floating tables in the view (nothing is lost)', () => {
    const d = readWordDraft(fs.readFileSync(SBSTA));
    const floating = d.document.paragraphs.filter((p) => p.inFloatingTable && p.text.trim() !== '');
    assert.ok(floating.length > 0);
    for (const p of floating.slice(0, 20)) assert.ok(d.view.text.includes(p.text));
  });

  it('reads the working copy\'s 95 comments with their authors and anchors, and its tracked changes', () => {
    const d = readWordDraft(fs.readFileSync(CMA));
    assert.equal(d.comments.length, 95);
    assert.ok(d.comments.every((c) => c.author !== undefined && c.author !== ''));
    assert.equal(new Set(d.anchors.map((a) => a.commentId)).size, 95);
    // SOURCES.tsv counts the body's: 26 insertions and 25 deletions (the endnotes hold 20 and 20 more).
    const insertions = d.changes.filter((c) => c.kind === 'insertion' && c.part === 'document');
    const deletions = d.changes.filter((c) => c.kind === 'deletion' && c.part === 'document');
    assert.equal(d.changes.filter((c) => c.part === 'endnotes' && c.kind === 'insertion').length, 20);
    assert.equal(insertions.length, 26);
    assert.equal(deletions.length, 25);
    // Rejected view: no inserted text is in the view where it was inserted, every deleted text is.
    for (const del of deletions) if (del.text.trim().length > 3) assert.ok(d.view.text.includes(del.text), `deleted text "${del.text}" kept`);
  });

  it('checks both drafts from the CLI with findings located by Word paragraph', () => {
    const r = runCli(['--format', 'json', SBSTA, CMA]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const files = JSON.parse(r.stdout) as { findings: { word?: { part: string; paragraph: number; offset: number } }[] }[];
    assert.equal(files.length, 2);
    for (const f of files) {
      assert.ok(f.findings.length > 0);
      for (const x of f.findings) assert.ok(x.word && x.word.paragraph >= 1 && x.word.offset >= 0);
    }
    const stylish = runCli([SBSTA]);
    assert.match(stylish.stdout, /¶ \d+ \(line \d+:\d+\)/);
  });
});
