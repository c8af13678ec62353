// The annotator on packages: untouched zip entries byte for byte, comments added (existing ones kept,
// fresh ids), runs split with their properties, text unchanged with changes rejected, fixes as tracked
// changes that give the fixed text when accepted, and clear refusals. Positions are found in the XML
// here; the CLI tests go through the reader's text view.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { annotatePackage, type AnnotationRequest } from '../../server/src/docx/annotate/annotate';
import { readRawZip, ZipFormatError } from '../../server/src/docx/annotate/zip';
import { commentIds, hasPart, makeFixture, offsetOf, partText, REAL_DRAFTS, wordParagraphs } from './annotate-helpers';

const DOC = 'word/document.xml';
const DATE = new Date('2026-12-03T10:00:00Z');

function comment(start: number, end: number, text: string, fix?: { start: number; end: number; newText: string }): AnnotationRequest {
  return {
    start: { part: DOC, offset: start },
    end: { part: DOC, offset: end },
    comment: (applied, why) => [text, applied ? 'applied' : `not applied: ${why ?? 'no fix'}`],
    ...(fix ? { fix: [{ start: { part: DOC, offset: fix.start }, end: { part: DOC, offset: fix.end }, newText: fix.newText }] } : {}),
  };
}

/** Entries of `after` that are not in `touched` must equal `before`'s, record for record and in order. */
function assertUntouchedIdentical(before: Uint8Array, after: Uint8Array, touched: readonly string[]): void {
  const a = readRawZip(before).entries;
  const b = readRawZip(after).entries;
  assert.deepEqual(
    b.slice(0, a.length).map((e) => e.name),
    a.map((e) => e.name),
    'the entries keep their order',
  );
  for (let i = 0; i < a.length; i++) {
    if (touched.includes(a[i].name)) continue;
    assert.ok(Buffer.from(a[i].local).equals(Buffer.from(b[i].local)), `${a[i].name}: local record differs`);
    const ca = Buffer.from(a[i].central);
    const cb = Buffer.from(b[i].central);
    // Only the local header offset (bytes 42-45) may change.
    assert.ok(ca.subarray(0, 42).equals(cb.subarray(0, 42)) && ca.subarray(46).equals(cb.subarray(46)), `${a[i].name}: central record differs`);
  }
}

describe('docx annotate: package', () => {
  it('adds a comments part, its relationship and content type to a document without comments', async () => {
    const input = await makeFixture();
    const xml = partText(input, DOC);
    assert.ok(!hasPart(input, 'word/comments.xml'));
    const at = offsetOf(xml, 'brown fox');
    const out = annotatePackage(input, [comment(at, at + 5, 'rule-a: first')], { date: DATE });
    assert.equal(out.comments, 1);
    const comments = partText(out.bytes, 'word/comments.xml');
    assert.match(comments, /<w:comment w:id="\d+" w:author="undraft" w:date="2026-12-03T10:00:00Z"/);
    assert.match(comments, /rule-a: first/);
    assert.match(partText(out.bytes, 'word/_rels/document.xml.rels'), /relationships\/comments" Target="comments.xml"/);
    assert.match(partText(out.bytes, '[Content_Types].xml'), /PartName="\/word\/comments.xml" ContentType="[^"]*comments\+xml"/);
    assertUntouchedIdentical(input, out.bytes, [DOC, 'word/_rels/document.xml.rels', '[Content_Types].xml']);
  });

  it('splits a run at both ends of the range, each piece keeping the run properties', async () => {
    const input = await makeFixture();
    const xml = partText(input, DOC);
    const at = offsetOf(xml, 'brown fox');
    const out = annotatePackage(input, [comment(at + 2, at + 7, 'rule-a: inside a bold run')], { date: DATE });
    const doc = partText(out.bytes, DOC);
    assert.deepEqual(wordParagraphs(doc, 'rejected'), wordParagraphs(xml, 'rejected'));
    const p = doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf('<w:commentRangeStart')), doc.indexOf('</w:p>', doc.indexOf('<w:commentRangeStart')));
    const pieces = [...p.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => [m[2], /<w:b\/>/.test(m[1] ?? '')]);
    assert.deepEqual(pieces.slice(1, 4), [
      ['br', true],
      ['own f', true],
      ['ox', true],
    ]);
    assert.match(p, /<w:t xml:space="preserve">br<\/w:t><\/w:r><w:commentRangeStart w:id="(\d+)"\/><w:r>.*own f.*<\/w:r><w:commentRangeEnd w:id="\1"\/><w:r><w:commentReference w:id="\1"\/><\/w:r>/);
  });

  it('keeps the 95 comments of the real draft and adds new ones with ids no element of the package uses', function () {
    if (!fs.existsSync(REAL_DRAFTS[0])) this.skip();
    const input = new Uint8Array(fs.readFileSync(REAL_DRAFTS[0]));
    const xml = partText(input, DOC);
    const before = commentIds(partText(input, 'word/comments.xml'));
    assert.equal(before.length, 95);
    const requests: AnnotationRequest[] = [];
    for (const m of xml.matchAll(/<w:t>([^<]{20,})<\/w:t>/g)) {
      const start = m.index! + '<w:t>'.length + 3;
      requests.push(comment(start, start + 8, `rule-b: finding ${requests.length}`));
    }
    const out = annotatePackage(input, requests, { date: DATE });
    const after = commentIds(partText(out.bytes, 'word/comments.xml'));
    assert.equal(after.length, 95 + requests.length);
    assert.deepEqual(after.slice(0, 95), before);
    assert.equal(new Set(after).size, after.length, 'comment ids are unique');
    const usedBefore = new Set([...xml.matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1])));
    for (const id of after.slice(95)) assert.ok(!usedBefore.has(id), `id ${id} was already used`);
    assert.deepEqual(wordParagraphs(partText(out.bytes, DOC), 'rejected'), wordParagraphs(xml, 'rejected'));
    assertUntouchedIdentical(input, out.bytes, [DOC, 'word/comments.xml']);
  });

  it('copies every untouched entry of both real drafts byte for byte (even stored entries with odd checksums)', function () {
    for (const file of REAL_DRAFTS) {
      if (!fs.existsSync(file)) this.skip();
      const input = new Uint8Array(fs.readFileSync(file));
      const xml = partText(input, DOC);
      const at = offsetOf(xml, '<w:t>', '<w:t>'.length);
      const out = annotatePackage(input, [comment(at, at + 1, 'rule-c: one')], { date: DATE });
      const touched = hasPart(input, 'word/comments.xml') ? [DOC, 'word/comments.xml'] : [DOC, 'word/_rels/document.xml.rels', '[Content_Types].xml'];
      assertUntouchedIdentical(input, out.bytes, touched);
    }
  });

  it('anchors a comment at the start of an empty numbered paragraph', async () => {
    const input = await makeFixture();
    const xml = partText(input, DOC);
    const empty = offsetOf(xml, '</w:pPr></w:p>');
    const out = annotatePackage(input, [{ start: { part: DOC, offset: empty, paragraphStart: true }, end: { part: DOC, offset: empty, paragraphStart: true }, comment: () => ['rule-d: on the number'] }], { date: DATE });
    const doc = partText(out.bytes, DOC);
    assert.match(doc, /<\/w:pPr><w:commentRangeStart w:id="(\d+)"\/><w:commentRangeEnd w:id="\1"\/><w:r><w:commentReference w:id="\1"\/><\/w:r><\/w:p>/);
  });

  it('refuses what is not a Word package with a clear reason', async () => {
    assert.throws(() => annotatePackage(new TextEncoder().encode('plain text, not a zip'), [], { date: DATE }), ZipFormatError);
    const input = await makeFixture();
    assert.throws(() => annotatePackage(input.subarray(0, input.length - 30), [], { date: DATE }), ZipFormatError);
    const encrypted = new Uint8Array(input);
    const cd = readRawZip(input);
    const firstCentral = Buffer.from(encrypted).indexOf(Buffer.from(cd.entries[0].central.subarray(0, 46)));
    encrypted[firstCentral + 8] |= 1;
    assert.throws(() => annotatePackage(encrypted, [], { date: DATE }), /encrypted/);
  });
});

describe('docx annotate: fixes as tracked changes', () => {
  it('writes a replacement as w:del + w:ins: rejected gives the input, accepted the fixed text', async () => {
    const input = await makeFixture();
    const xml = partText(input, DOC);
    const two = offsetOf(xml, 'two  spaces') + 3;
    const out = annotatePackage(input, [comment(two, two + 2, 'rule-e: double space', { start: two, end: two + 2, newText: ' ' })], { date: DATE });
    assert.equal(out.fixesApplied, 1);
    const doc = partText(out.bytes, DOC);
    assert.deepEqual(wordParagraphs(doc, 'rejected'), wordParagraphs(xml, 'rejected'));
    const accepted = wordParagraphs(doc, 'accepted');
    assert.equal(accepted[accepted.length - 1], 'Last  paragraph with two spaces.');
    assert.match(doc, /<w:del w:id="\d+" w:author="undraft" w:date="2026-12-03T10:00:00Z"><w:r><w:delText xml:space="preserve">  <\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="undraft"/);
    assert.match(partText(out.bytes, 'word/comments.xml'), /rule-e: double space.*applied/);
  });

  it('writes an insertion with the properties of the run before it', async () => {
    const input = await makeFixture();
    const xml = partText(input, DOC);
    const end = offsetOf(xml, 'brown fox') + 'brown fox'.length;
    const out = annotatePackage(input, [comment(end, end, 'rule-e: insert', { start: end, end, newText: ',' })], { date: DATE });
    const doc = partText(out.bytes, DOC);
    assert.equal(wordParagraphs(doc, 'accepted')[0], 'The quick brown fox, jumps over.');
    assert.deepEqual(wordParagraphs(doc, 'rejected'), wordParagraphs(xml, 'rejected'));
    assert.match(doc, /<w:ins [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">,<\/w:t><\/w:r><\/w:ins>/);
  });

  it('leaves a fix across a hyperlink to the comment, saying why', async () => {
    const input = await makeFixture();
    const xml = partText(input, DOC);
    const start = offsetOf(xml, 'See ') + 2;
    const end = offsetOf(xml, 'linked page') + 3;
    const out = annotatePackage(input, [comment(start, end, 'rule-f: across', { start, end, newText: 'x' })], { date: DATE });
    assert.equal(out.fixesApplied, 0);
    assert.deepEqual(out.fixesRefused, ['the edit crosses a hyperlink, field or other element']);
    const doc = partText(out.bytes, DOC);
    assert.ok(!doc.includes('<w:del ') && !doc.includes('<w:ins '));
    assert.deepEqual(wordParagraphs(doc, 'accepted'), wordParagraphs(xml, 'accepted'));
    assert.match(partText(out.bytes, 'word/comments.xml'), /not applied: the edit crosses a hyperlink/);
  });

  it('escapes the replacement text and keeps entities of the split text', async () => {
    const input = await makeFixture();
    const xml = partText(input, DOC);
    const amp = offsetOf(xml, '&amp;');
    const out = annotatePackage(input, [comment(amp, amp + '&amp;'.length, 'rule-g: ampersand', { start: amp, end: amp + '&amp;'.length, newText: 'and <so on>' })], { date: DATE });
    const doc = partText(out.bytes, DOC);
    assert.equal(wordParagraphs(doc, 'rejected')[1], 'Tabbed\tcells & <more> text');
    assert.equal(wordParagraphs(doc, 'accepted')[1], 'Tabbed\tcells and <so on> <more> text');
  });
});
