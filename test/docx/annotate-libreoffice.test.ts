// LibreOffice as the oracle for annotated copies: each opens (converts), lists undraft's comments next to
// the ones already there, shows undraft's tracked changes, and exports the same plain text as the draft
// when only comments were added. Skipped, with a message, where LibreOffice (soffice) is not installed.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { checkDraft } from '../../server/src/core/index';
import { annotatePackage } from '../../server/src/docx/annotate/annotate';
import { annotationRequests } from '../../server/src/docx/annotate/findings';
import { readWordDraft } from '../../server/src/docx/read';
import { commentIds, convertWithLibreOffice, hasPart, libreOfficeComments, makeFixture, partText, REAL_DRAFTS, soffice } from './annotate-helpers';

function annotate(docx: Uint8Array, trackedFixes: boolean) {
  const draft = readWordDraft(docx);
  const findings = checkDraft(draft.view.text, { maxFindingsPerRule: 0 }).findings;
  return { findings, out: annotatePackage(docx, annotationRequests(draft, findings, { trackedFixes }), { date: new Date('2026-12-03T10:00:00Z') }) };
}

function existingComments(docx: Uint8Array): number {
  return hasPart(docx, 'word/comments.xml') ? commentIds(partText(docx, 'word/comments.xml')).length : 0;
}

/** Tracked changes by undraft that LibreOffice lists (each w:ins and w:del becomes a changed region). */
function undraftChanges(fodt: string): number {
  return [...fodt.matchAll(/<text:changed-region\b[\s\S]*?<\/text:changed-region>/g)].filter((m) => m[0].includes('<dc:creator>undraft</dc:creator>')).length;
}

/** w:ins and w:del elements by undraft in the body and the notes. */
function writtenChanges(docx: Uint8Array): number {
  const xml = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'].filter((p) => hasPart(docx, p)).map((p) => partText(docx, p)).join('');
  return (xml.match(/<w:(?:ins|del) w:id="\d+" w:author="undraft"/g) ?? []).length;
}

describe('docx annotate: LibreOffice opens the annotated copies', function () {
  this.timeout(300_000);
  before(function () {
    if (!soffice()) {
      console.log('      LibreOffice (soffice) is not installed: the LibreOffice oracle tests of --annotate are skipped.');
      this.skip();
    }
  });

  it('the fixture: both comments listed by LibreOffice, both fixes as its tracked changes', async () => {
    const docx = await makeFixture();
    const { findings, out } = annotate(docx, true);
    assert.equal(findings.length, 2);
    assert.equal(out.fixesApplied, 2);
    const fodt = convertWithLibreOffice(out.bytes, 'fodt');
    const comments = libreOfficeComments(fodt);
    assert.deepEqual(
      comments.map((c) => c.author),
      ['undraft', 'undraft'],
    );
    // The note's comment sits on its reference mark, in the paragraph before the doubled comma.
    assert.match(comments[0].text, /^punctuation: \(in the footnote\) Doubled punctuation "\.\.": write one "\."\nFixed as a tracked change/);
    assert.match(comments[1].text, /^punctuation: Doubled punctuation ",,": write one ","\nFixed as a tracked change/);
    // Each fix deletes the extra mark: one tracked deletion a fix, in the body and in the note.
    assert.equal(undraftChanges(fodt), 2);
    assert.equal(writtenChanges(out.bytes), 2);
  });

  it('the draft with 95 comments: LibreOffice lists them and one more per finding, and exports the same text', function () {
    if (!fs.existsSync(REAL_DRAFTS[0])) this.skip();
    const docx = new Uint8Array(fs.readFileSync(REAL_DRAFTS[0]));
    const { findings, out } = annotate(docx, false);
    const comments = libreOfficeComments(convertWithLibreOffice(out.bytes, 'fodt'));
    assert.equal(existingComments(docx), 95);
    assert.equal(comments.length, 95 + findings.length);
    assert.equal(comments.filter((c) => c.author === 'undraft').length, findings.length);
    const txt = 'txt:Text (encoded):UTF8';
    assert.equal(convertWithLibreOffice(out.bytes, txt, 'txt'), convertWithLibreOffice(docx, txt, 'txt'));
  });

  it('the larger draft with --fix: every comment and tracked change listed', function () {
    if (!fs.existsSync(REAL_DRAFTS[1])) this.skip();
    const docx = new Uint8Array(fs.readFileSync(REAL_DRAFTS[1]));
    const { findings, out } = annotate(docx, true);
    assert.ok(out.fixesApplied > 0);
    const fodt = convertWithLibreOffice(out.bytes, 'fodt');
    const comments = libreOfficeComments(fodt);
    assert.equal(comments.filter((c) => c.author === 'undraft').length, findings.length);
    const written = writtenChanges(out.bytes);
    assert.ok(written >= out.fixesApplied, 'a fix writes a deletion, an insertion or both');
    assert.equal(undraftChanges(fodt), written);
  });
});
