// From findings on the text view to annotation requests, through the reader: a finding on text lands on
// that text in the XML, one on an automatic number at its paragraph's start, one in a note at the note's
// reference mark; a fix on an automatic number is left to the comment.

import * as assert from 'node:assert/strict';
import type { Finding } from '../../server/src/core/index';
import { annotatePackage } from '../../server/src/docx/annotate/annotate';
import { annotationRequests } from '../../server/src/docx/annotate/findings';
import { readWordDraft } from '../../server/src/docx/read';
import { makeFixture, partText } from './annotate-helpers';

function finding(start: number, end: number, fix?: { start: number; end: number; newText: string }): Finding {
  return {
    ruleId: 'test-rule',
    severity: 'warning',
    message: 'A message.',
    range: { start, end },
    related: [],
    fixes: fix ? [{ title: 'Write it', edits: [{ range: { start: fix.start, end: fix.end }, newText: fix.newText }], safety: 'safe' }] : [],
  };
}

describe('docx annotate: findings to requests', () => {
  it('maps a range of text to the XML of that text, across runs', async () => {
    const docx = await makeFixture();
    const draft = readWordDraft(docx);
    const at = draft.view.text.indexOf('Secretary-General');
    const [request] = annotationRequests(draft, [finding(at, at + 'Secretary-General'.length)], { trackedFixes: false });
    const xml = partText(docx, 'word/document.xml');
    assert.equal(request.start.part, 'word/document.xml');
    assert.equal(xml.slice(request.start.offset, request.start.offset + 'Secretary-'.length), 'Secretary-');
    assert.equal(xml.slice(request.end.offset - 'General'.length, request.end.offset), 'General');
  });

  it('anchors a finding on an automatic number at the paragraph start, and leaves its fix to the comment', async () => {
    const docx = await makeFixture();
    const draft = readWordDraft(docx);
    const line = draft.view.text.indexOf('2. The Working Group');
    const f = finding(line, line + 2, { start: line, end: line + 2, newText: '3.' });
    const [request] = annotationRequests(draft, [f], { trackedFixes: true });
    assert.equal(request.start.paragraphStart, true);
    assert.equal(request.fix, undefined);
    assert.match(request.comment(false, undefined).join('\n'), /Suggested fix: Write it\. \(Not written as a tracked change: it changes an automatic number, which is not text\.\)/);
    const out = annotatePackage(docx, [request], { date: new Date('2026-01-01T00:00:00Z') });
    assert.match(partText(out.bytes, 'word/document.xml'), /<\/w:pPr><w:commentRangeStart w:id="(\d+)"\/><w:commentRangeEnd w:id="\1"\/><w:r><w:commentReference w:id="\1"\/><\/w:r><w:r><w:t[^>]*>The Working Group/);
  });

  it('anchors a finding in a footnote at the note reference mark in the body', async () => {
    const docx = await makeFixture();
    const draft = readWordDraft(docx);
    const at = draft.view.text.indexOf('note about');
    const [request] = annotationRequests(draft, [finding(at, at + 4)], { trackedFixes: false });
    const xml = partText(docx, 'word/document.xml');
    assert.equal(request.start.part, 'word/document.xml');
    assert.match(xml.slice(request.start.offset, request.end.offset), /^<w:footnoteReference w:id="1"\/>$/);
    assert.match(request.comment(false, undefined)[0], /^test-rule: \(in the footnote\) A message\.$/);
  });

  it('describes an unsafe fix without writing it', async () => {
    const docx = await makeFixture();
    const draft = readWordDraft(docx);
    const at = draft.view.text.indexOf('Board');
    const f: Finding = { ...finding(at, at + 5), fixes: [{ title: 'Write "Council"', edits: [{ range: { start: at, end: at + 5 }, newText: 'Council' }], safety: 'unsafe' }] };
    const [request] = annotationRequests(draft, [f], { trackedFixes: true });
    assert.equal(request.fix, undefined);
    assert.deepEqual(request.comment(false, undefined), ['test-rule: A message.', 'Suggested fix, to check before applying (it changes what the text says): Write "Council".']);
  });
});
