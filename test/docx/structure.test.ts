// The reader's structure beyond plain paragraphs: paragraphs joined where the change view removes their
// mark (the map from view offsets to Word positions included), and text boxes read after their anchor
// paragraph, one of mc:AlternateContent's branches only. LibreOffice's agreement is in oracle.test.ts.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, Packer, Paragraph, Textbox, TextRun } from 'docx';
import { checkDraft, type CheckOptions } from '../../server/src/core/index';
import { readPartParagraphs } from '../../server/src/docx/paragraphs';
import { readWordDraft } from '../../server/src/docx/read';
import { buildTextView } from '../../server/src/docx/text-view';
import { runCli, tempDir, write } from '../cli/helpers';
import { numberedTextBoxes, textBoxes, trackedMarks } from './fixtures-structure';
import { markParagraph, patchPart } from './patch-docx';
import { bodyLines } from './view-lines';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"';
const INS_MARK = '<w:pPr><w:rPr><w:ins w:id="1" w:author="E" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>';

const para = (text: string, pPr = '', more = '') => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r>${more}</w:p>`;
const box = (...texts: string[]) => `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${texts.map((t) => para(t)).join('')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

/** The view's lines of a document body, read in the given change view. */
function viewOf(body: string, view: 'rejected' | 'accepted' = 'rejected'): string[] {
  const part = readPartParagraphs(`<w:document ${NS}><w:body>${body}</w:body></w:document>`, 'document', 'word/document.xml', view);
  return buildTextView(part.paragraphs.map((paragraph) => ({ paragraph })), [], []).text.split('\n');
}

describe('docx reader: tracked paragraph marks', () => {
  it('joins a paragraph whose inserted mark is rejected to the next, numbered as the first, with every offset still in its own Word paragraph', async () => {
    const d = readWordDraft(await trackedMarks());
    const lines = bodyLines(d);
    assert.equal(lines[0], 'The Committee met in Geneva from 3 to 5 April 2018.');
    assert.deepEqual(lines.slice(1, 3), ['1. The Chair opened the meeting and welcomed the participants.', '2. The agenda was adopted.']);
    assert.ok(lines.includes('One, two, three paragraphs on one line.'));
    // The paragraph added with Track Changes on is gone, and its number with it.
    assert.deepEqual(lines.slice(3, 5), ['3. Officers were elected.', '4. The work was organized.']);
    // The two paragraphs of the first line: the second continues the line, the map keeps them apart.
    const [first, second] = d.view.paragraphs;
    assert.equal(second.continuesLine, true);
    assert.equal(second.lineStart, first.textStart + first.textLength);
    const at = d.view.text.indexOf('3 to 5');
    assert.deepEqual(d.view.locate(at), { part: 'document', paragraph: 1, offset: ' from '.length, inLabel: false });
    assert.deepEqual(d.view.locate(d.view.text.indexOf('Geneva')), { part: 'document', paragraph: 0, offset: 'The Committee met in '.length, inLabel: false });
    // The joined numbered paragraph: one number, on the first; the second's text maps to its own paragraph.
    const chair = d.view.paragraphs.find((p) => p.ordinal === 2)!;
    const welcomed = d.view.paragraphs.find((p) => p.ordinal === 3)!;
    assert.equal(chair.label?.text, '1.');
    assert.equal(welcomed.label, undefined);
    assert.equal(d.view.locate(d.view.text.indexOf('welcomed'))?.paragraph, 3);
  });

  it('keeps a deleted mark (it stands until the change is accepted) and an inserted mark that ends a table cell', async () => {
    const d = readWordDraft(await trackedMarks());
    const lines = bodyLines(d);
    assert.ok(lines.includes('The Editor joined this paragraph'));
    assert.ok(lines.includes('A cell whose last mark was inserted.'));
    assert.ok(lines.includes('The next cell.'));
    const accepted = bodyLines(readWordDraft(await trackedMarks(), { view: 'accepted' }));
    assert.ok(accepted.includes('The Editor joined this paragraphto this one, and rejecting keeps them apart.'));
    assert.ok(accepted.includes('The Committee met in Geneva'));
  });

  it('reports each paragraph-mark change as such, not as an insertion or deletion of text', async () => {
    const d = readWordDraft(await trackedMarks());
    const kinds = d.changes.map((c) => c.kind);
    assert.equal(kinds.filter((k) => k === 'paragraph-mark-insertion').length, 7);
    assert.equal(kinds.filter((k) => k === 'paragraph-mark-deletion').length, 1);
    assert.deepEqual(kinds.filter((k) => !k.startsWith('paragraph-mark')), ['insertion']);
  });

  it('puts the boxes of a joined paragraph after the joined line', () => {
    assert.deepEqual(viewOf(para('Joined ', INS_MARK, box('In the box.')) + para('line.') + para('Next.')), ['Joined line.', 'In the box.', 'Next.']);
  });

  it('does not join the last paragraph of the body or of a note to anything', () => {
    assert.deepEqual(viewOf(para('First.') + para('Last.', INS_MARK)), ['First.', 'Last.']);
    const notes = readPartParagraphs(`<w:footnotes ${NS}><w:footnote w:id="1">${para('A note.', INS_MARK)}</w:footnote><w:footnote w:id="2">${para('Another note.')}</w:footnote></w:footnotes>`, 'footnotes', 'word/footnotes.xml');
    assert.deepEqual(notes.paragraphs.map((p) => [p.text, p.joinsPrevious]), [['A note.', false], ['Another note.', false]]);
  });
});

describe('docx reader: text boxes', () => {
  it('reads a box\'s paragraphs after its anchor paragraph, whose text stays whole, and not the VML fallback', async () => {
    const d = readWordDraft(await textBoxes());
    assert.deepEqual(bodyLines(d, true), [
      'The meeting opened.',
      'The box on the right sums up the decision.',
      'A box in VML, first line.',
      'Its second line.',
      'A drawing box holds the dates.',
      'The box in DrawingML.',
      'It was read from the choice.',
      'The meeting closed.',
    ]);
    const inBox = d.document.paragraphs.filter((p) => p.inTextBox).map((p) => p.text);
    assert.deepEqual(inBox, ['A box in VML, first line.', 'Its second line.', 'The box in DrawingML.', 'It was read from the choice.']);
    // A box paragraph is located in its own Word paragraph (document order of the w:p tags).
    assert.deepEqual(d.view.locate(d.view.text.indexOf('second line')), { part: 'document', paragraph: 3, offset: 'Its '.length, inLabel: false });
  });

  it('reads the first mc:Choice only, and the mc:Fallback when there is no choice', () => {
    const alt = (inner: string) => `<w:r><mc:AlternateContent>${inner}</mc:AlternateContent></w:r>`;
    const choice = (t: string) => `<mc:Choice Requires="wps">${box(t).slice('<w:r>'.length, -'</w:r>'.length)}</mc:Choice>`;
    const fallback = (t: string) => `<mc:Fallback>${box(t).slice('<w:r>'.length, -'</w:r>'.length)}</mc:Fallback>`;
    assert.deepEqual(viewOf(para('A', '', alt(choice('one') + choice('two') + fallback('three')))), ['A', 'one']);
    assert.deepEqual(viewOf(para('B', '', alt(fallback('only the fallback')))), ['B', 'only the fallback']);
  });

  it('leaves out a box in text the view leaves out (an insertion read rejected, hidden text)', () => {
    const inserted = `<w:ins w:id="3" w:author="E">${box('An inserted box.')}</w:ins>`;
    assert.deepEqual(viewOf(para('Anchor.', '', inserted)), ['Anchor.']);
    assert.deepEqual(viewOf(para('Anchor.', '', inserted), 'accepted'), ['Anchor.', 'An inserted box.']);
    const hidden = `<w:r><w:rPr><w:vanish/></w:rPr><w:pict><v:shape><v:textbox><w:txbxContent>${para('Hidden box.')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    assert.deepEqual(viewOf(para('Anchor.', '', hidden)), ['Anchor.']);
  });

  it('marks the box lines as asides: a list numbered in a box does not break the report\'s paragraph numbering, its text is still checked', async () => {
    const d = readWordDraft(await numberedTextBoxes());
    const boxed = d.asides.map((r) => d.view.text.slice(r.start, r.end));
    assert.deepEqual(boxed, ['1. A numbered line in the box.', '2. Another one.', '3. The second box goes on.', '4. And ends.']);
    const numbering = (options: CheckOptions) => checkDraft(d.view.text, { ...options, only: ['paragraph-numbering'] }).findings.map((f) => f.message);
    assert.ok(numbering({}).length > 0, 'read as body lines, the box\'s numbers break the body\'s');
    assert.deepEqual(numbering({ asides: d.asides }), []);
    // What the box says is checked like any text: a title the UN never abbreviates, written in a box.
    const text = d.view.text.replace('Another one.', 'The UN said.'); // as long: the asides stay where they are
    assert.ok(checkDraft(text, { asides: d.asides, only: ['abbreviation'] }).findings.some((f) => text.slice(f.range.start, f.range.end) === 'UN'));
  });

  it('reads a box inside a box after the box paragraph that anchors it', () => {
    const inner = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${para('Outer box.', '', box('Inner box.'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    assert.deepEqual(viewOf(para('Body.', '', inner) + para('After.')), ['Body.', 'Outer box.', 'Inner box.', 'After.']);
  });
});

describe('docx reader: findings in joined lines and text boxes go back to Word', function () {
  this.timeout(60_000);

  it('--annotate --fix comments and fixes the second paragraph of a joined line and a box\'s paragraph: the view read rejected is unchanged, read accepted it is fixed', async () => {
    const plain = (t: string) => new Paragraph({ children: [new TextRun(t)] });
    const doc = new Document({
      sections: [{ children: [plain('1. The Committee met in Geneva and'), plain(' the the delegates were present.'), new Paragraph({ children: [new TextRun('An anchor.'), new Textbox({ children: [plain('2. The box repeats the the word.')], style: { width: '2in', height: '1in' } })] }), plain('2. The end.')] }],
    });
    const bytes = patchPart(await Packer.toBuffer(doc), 'word/document.xml', (xml) => markParagraph(xml, '1. The Committee met in Geneva and', '<w:ins w:id="1" w:author="Editor"/>'));
    const dir = tempDir();
    // The box's "2." numbers the box's own line: the body runs 1, 2 beside it.
    const file = write(dir, 'joined.docx', bytes);
    const out = path.join(dir, 'joined.checked.docx');
    const json = runCli(['--format', 'json', file]);
    const repeats = (JSON.parse(json.stdout) as { findings: { ruleId: string; word: { paragraph: number; offset: number } }[] }[])[0].findings.filter((f) => f.ruleId === 'repeated-word');
    // ¶ 2 is the joined line's second paragraph, ¶ 4 the box's: each at the offset in its own text.
    assert.deepEqual(repeats.map((f) => [f.word.paragraph, f.word.offset]), [[2, ' the '.length], [4, '2. The box repeats the '.length]]);
    const r = runCli(['--annotate', '--fix', file, '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    const before = readWordDraft(bytes);
    const after = readWordDraft(fs.readFileSync(out));
    assert.equal(after.view.text, before.view.text);
    const accepted = readWordDraft(fs.readFileSync(out), { view: 'accepted' }).view.text.split('\n');
    assert.ok(accepted.includes(' the delegates were present.'), accepted.join('|'));
    assert.ok(accepted.includes('2. The box repeats the word.'), accepted.join('|'));
    assert.equal(after.comments.length, 2);
  });
});
