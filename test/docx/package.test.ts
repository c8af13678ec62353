// Bad .docx files each give a clear error and exit 2: not a zip, truncated, encrypted (CFB and zip
// encryption), an old .doc, a zip that is not Word, a zip bomb (declared and lying sizes), XML with a
// DOCTYPE (external entities), malformed XML; never a crash, a hang or a read outside the package.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { DocxError, openDocx, resolvePartName } from '../../server/src/docx/package';
import { readWordDraft } from '../../server/src/docx/read';
import { runCli, tempDir, write } from '../cli/helpers';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CT = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function body(paragraphs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;
}

function docx(documentXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(CT), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(documentXml), ...extra });
}

/** The same zip with every central directory entry's sizes and local offset moved to a zip64 extra field. */
function withZip64Directory(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  const cdStart = view.getUint32(eocd + 16, true);
  const records: Uint8Array[] = [];
  for (let i = 0, at = cdStart; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const oldLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const record = new Uint8Array(46 + nameLength + 28);
    record.set(zip.subarray(at, at + 46 + nameLength));
    const r = new DataView(record.buffer);
    const wide = [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)];
    for (const field of [20, 24, 42]) r.setUint32(field, 0xffffffff, true);
    r.setUint16(30, 28, true);
    r.setUint16(32, 0, true);
    r.setUint16(46 + nameLength, 0x0001, true);
    r.setUint16(48 + nameLength, 24, true);
    wide.forEach((v, k) => r.setBigUint64(50 + nameLength + 8 * k, BigInt(v), true));
    records.push(record);
    at += oldLength;
  }
  const directory = Buffer.concat(records);
  const end = new Uint8Array(22);
  end.set(zip.subarray(eocd, eocd + 22));
  new DataView(end.buffer).setUint32(12, directory.length, true);
  return Buffer.concat([zip.subarray(0, cdStart), directory, end]);
}

function refusal(bytes: Uint8Array): string {
  try {
    readWordDraft(bytes);
  } catch (e) {
    assert.ok(e instanceof DocxError, `expected a DocxError, got ${String(e)}`);
    return e.message;
  }
  assert.fail('the file was read');
}

describe('docx package: what a .docx reader refuses', () => {
  it('reads a minimal well-formed package', () => {
    const d = readWordDraft(docx(body('<w:p><w:r><w:t>The meeting opened.</w:t></w:r></w:p>')));
    assert.equal(d.view.text, 'The meeting opened.');
  });

  it('refuses bytes that are not a zip, and a zip cut short', () => {
    assert.match(refusal(strToU8('plain text, not a zip')), /not a \.docx file \(not a zip package\)/);
    const whole = docx(body('<w:p><w:r><w:t>Text.</w:t></w:r></w:p>'));
    assert.match(refusal(whole.subarray(0, Math.floor(whole.length / 2))), /truncated/);
  });

  it('says "encrypted" for a password-protected document (a CFB file with EncryptionInfo) and names an old .doc', () => {
    const cfb = (inner: string) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504), ...Buffer.from(inner, 'utf16le')]);
    assert.match(refusal(cfb('EncryptionInfo')), /encrypted/);
    assert.match(refusal(cfb('WordDocument')), /old binary Word file \(\.doc\)/);
  });

  it('refuses zip entries encrypted by the zip itself', () => {
    const bytes = docx(body('<w:p/>'));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Set the "encrypted" flag of every central directory entry.
    for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    assert.match(refusal(bytes), /encrypted/);
  });

  it('refuses a zip that is not a Word document', () => {
    const other = zipSync({ 'notes.txt': strToU8('hello'), 'xl/workbook.xml': strToU8('<workbook/>') });
    assert.match(refusal(other), /not a Word document \(it has no word\/document\.xml\)/);
  });

  it('refuses zip bombs by declared size, and a part that claims less than it holds cannot grow', () => {
    const limits = { maxFileBytes: 1 << 20, maxEntries: 100, maxPartBytes: 4096, maxTotalBytes: 1 << 20 };
    const big = strToU8(body(`<w:p><w:r><w:t>${'x'.repeat(10_000)}</w:t></w:r></w:p>`));
    assert.throws(() => openDocx(docx(body('<w:p/>'), { 'word/big.xml': big }), limits), /unpacks to more than/);
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 150; i++) many[`word/media/${i}.xml`] = strToU8('<a/>');
    assert.throws(() => openDocx(docx(body('<w:p/>'), many), limits), /153 entries in its zip, more than the 100/);
    // A document.xml whose directory entry says 10 bytes: inflated into 10 bytes, so the XML is cut and refused.
    const bytes = docx(body('<w:p><w:r><w:t>Some text that is longer than ten bytes.</w:t></w:r></w:p>'));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      if (Buffer.from(bytes.subarray(i + 46, i + 46 + nameLength)).toString() === 'word/document.xml') view.setUint32(i + 24, 10, true);
    }
    assert.throws(() => readWordDraft(bytes), DocxError);
  });

  it('reads entries whose sizes and offsets are in zip64 extra fields, and refuses a part that holds more than it declares', () => {
    const text = '<w:p><w:r><w:t>The meeting opened.</w:t></w:r></w:p>';
    assert.equal(readWordDraft(withZip64Directory(docx(body(text)))).view.text, 'The meeting opened.');
    const bytes = docx(body(text));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, view.getUint32(i + 24, true) - 1, true);
    assert.match(refusal(bytes), /damaged zip file \(.* holds more than its declared/);
  });

  it('refuses a DOCTYPE (no entity is ever defined or expanded, no file outside the package read)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    assert.match(refusal(docx(xxe)), /word\/document\.xml declares a DOCTYPE/);
    const bomb = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ${W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    assert.match(refusal(docx(bomb)), /DOCTYPE/);
  });

  it('refuses malformed XML with the part and the line', () => {
    assert.match(refusal(docx(body('<w:p><w:r><w:t>unclosed</w:r></w:p>'))), /word\/document\.xml is not well-formed XML \(line 1/);
    assert.match(refusal(docx(body('<w:p><w:r><w:t>&undefined;</w:t></w:r></w:p>'))), /not well-formed/);
  });

  it('never resolves a relationship target outside the package', () => {
    assert.equal(resolvePartName('word/', '../../etc/passwd'), undefined);
    assert.equal(resolvePartName('word/', '../customXml/item1.xml'), 'customXml/item1.xml');
    assert.equal(resolvePartName('word/', '/word/styles.xml'), 'word/styles.xml');
  });

  it('the CLI exits 2 with the reason for each bad file, and still checks the good ones', () => {
    const dir = tempDir();
    write(dir, 'good.docx', Buffer.from(docx(body('<w:p><w:r><w:t>The meeting opened.</w:t></w:r></w:p>'))));
    write(dir, 'notzip.docx', 'not a zip');
    write(dir, 'doctype.docx', Buffer.from(docx(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>${body('<w:p/>').replace(/^<\?xml[^>]*>/, '')}`)));
    const r = runCli(['--format', 'json', dir]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /notzip\.docx: is not a \.docx file/);
    assert.match(r.stderr, /doctype\.docx: word\/document\.xml declares a DOCTYPE/);
    const files = JSON.parse(r.stdout) as { filePath: string }[];
    assert.deepEqual(files.map((f) => path.basename(f.filePath)), ['good.docx']);
  });
});
