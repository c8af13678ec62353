// Opening a .docx package safely: the zip is checked before anything is inflated (entry count, declared
// sizes, encryption), only the parts the reader needs are inflated, never past their declared size
// (a lying zip bomb cannot grow them), and parts are found through the package's relationships, by name
// inside the zip only: nothing outside the package is ever read. Inflating is Node's zlib (native: a pure
// JavaScript inflater cost a fresh CLI process 55 ms of the 1.3 MB document.xml, cold).

import { inflateRawSync } from 'node:zlib';
import { DocxError } from './errors';
import { children, parseTree } from './xml';

export { DocxError } from './errors';

export interface DocxLimits {
  /** Largest .docx file accepted (bytes). */
  readonly maxFileBytes: number;
  /** Most entries in the zip. */
  readonly maxEntries: number;
  /** Largest uncompressed size of one part the reader inflates. */
  readonly maxPartBytes: number;
  /** Largest sum of the uncompressed sizes of all entries. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_LIMITS: DocxLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
};

const REL_OFFICE_DOCUMENT = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument'];

/** The parts of a Word package the reader uses, as XML text. */
export interface DocxPackage {
  /** Name of the main document part (usually `word/document.xml`). */
  readonly mainPart: string;
  /** Every entry name in the zip, in the zip's order. */
  readonly entryNames: readonly string[];
  /** XML text of a part inflated by the reader, by its name in the zip. */
  part(name: string): string | undefined;
  /** The part related to the main document by a relationship type ending in `/type` (`footnotes`, `numbering`…). */
  related(type: string): string | undefined;
  /** Its name, for messages and locations. */
  relatedName(type: string): string | undefined;
}

/** Parts (besides the main part) the reader inflates, by relationship type. */
const RELATED_TYPES = ['styles', 'numbering', 'footnotes', 'endnotes', 'comments', 'settings'];

/** Opens the bytes of a .docx; throws DocxError with a message for people when they are not a readable one. */
export function openDocx(bytes: Uint8Array, limits: DocxLimits = DEFAULT_LIMITS): DocxPackage {
  if (bytes.length > limits.maxFileBytes) throw new DocxError(`is larger than ${mb(limits.maxFileBytes)}; undraft reads Word files up to that size`);
  refuseNonZip(bytes);
  const entries = readCentralDirectory(bytes, limits);
  const byLower = new Map(entries.map((e) => [e.name.toLowerCase(), e.name]));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const inflated = new Map<string, string>();
  const inflate = (names: readonly string[]) => {
    for (const name of names) {
      const entry = byName.get(name);
      if (!entry || inflated.has(name)) continue;
      if (entry.size > limits.maxPartBytes) throw new DocxError(`has a part (${name}) that unpacks to more than ${mb(limits.maxPartBytes)}; undraft refuses it`);
      inflated.set(name, decodeXml(inflateEntry(bytes, entry), name));
    }
  };
  const find = (name: string) => byLower.get(name.toLowerCase());

  const rootRels = find('_rels/.rels');
  inflate(rootRels ? [rootRels] : []);
  const mainName = (rootRels && targetOf(inflated.get(rootRels)!, rootRels, '', (t) => REL_OFFICE_DOCUMENT.includes(t), find)) ?? find('word/document.xml');
  if (!mainName || !mainName.toLowerCase().endsWith('.xml')) {
    throw new DocxError('is a zip file but not a Word document (it has no word/document.xml); only .docx files made by Word or a compatible editor can be checked');
  }
  const dir = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const docRels = find(`${dir}_rels/${mainName.slice(dir.length)}.rels`);
  inflate(docRels ? [mainName, docRels] : [mainName]);
  const relatedNames = new Map<string, string>();
  for (const type of RELATED_TYPES) {
    const name = (docRels && targetOf(inflated.get(docRels)!, docRels, dir, (t) => t.endsWith(`/${type}`), find)) ?? find(`${dir}${type}.xml`);
    if (name) relatedNames.set(type, name);
  }
  inflate([...relatedNames.values()]);
  return {
    mainPart: mainName,
    entryNames: entries.map((e) => e.name),
    part: (name) => inflated.get(name),
    related: (type) => {
      const name = relatedNames.get(type);
      return name === undefined ? undefined : inflated.get(name);
    },
    relatedName: (type) => relatedNames.get(type),
  };
}

function mb(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** CFB (OLE2) files: an encrypted .docx is one, and so is an old binary .doc. */
function refuseNonZip(bytes: Uint8Array): void {
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && cfb.every((b, i) => bytes[i] === b)) {
    if (containsUtf16(bytes, 'EncryptionInfo')) throw new DocxError('is encrypted (password-protected); remove the password in Word (File > Info > Protect Document) and check the copy');
    throw new DocxError('is an old binary Word file (.doc), not a .docx; save it as .docx in Word and check that');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('is not a .docx file (not a zip package)');
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

interface Entry {
  readonly name: string;
  /** Declared uncompressed size. */
  readonly size: number;
  readonly compressedSize: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

const damaged = (what: string) => new DocxError(`is a damaged zip file (${what}); open it in Word and save it again`);

/** The entry's bytes, inflated into at most its declared size; a size that lies is a damaged zip. */
function inflateEntry(bytes: Uint8Array, e: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged(`the local header of ${e.name} is missing`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw new DocxError(`is truncated (${e.name} lies past the end of the file)`);
  const raw = bytes.subarray(start, start + e.compressedSize);
  let data: Uint8Array;
  if (e.method === 0) data = raw;
  else {
    try {
      // One byte more than declared: a part that holds more than its size says is caught, not cut.
      data = inflateRawSync(raw, { maxOutputLength: e.size + 1 });
    } catch (err) {
      throw damaged(`${e.name} cannot be inflated: ${(err as Error).message}`);
    }
  }
  if (data.length !== e.size) throw damaged(`${e.name} holds ${data.length > e.size ? 'more' : 'less'} than its declared ${e.size} bytes`);
  return data;
}

/** The zip64 extra field's sizes and offset, for the central directory fields that say 0xffffffff. */
function zip64Fields(view: DataView, extraStart: number, extraEnd: number, wanted: readonly boolean[]): number[] {
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) continue;
    const out: number[] = [];
    let field = at + 4;
    for (const want of wanted) {
      if (!want) continue;
      if (field + 8 > extraEnd) throw damaged('bad zip64 sizes');
      out.push(Number(view.getBigUint64(field, true)));
      field += 8;
    }
    return out;
  }
  throw damaged('zip64 sizes without their extra field');
}

/**
 * Reads the zip's central directory (entry names, flags, declared sizes) and refuses what the reader
 * must not inflate: too many entries, too large, encrypted. Each wanted part is later inflated into at most
 * its declared size, so a declared size is a hard limit on memory.
 */
function readCentralDirectory(bytes: Uint8Array, limits: DocxLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('is truncated or damaged (the zip directory at its end is missing); the file may not have been copied or downloaded completely');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(view.getBigUint64(eocd - 12, true));
    if (z + 56 > bytes.length || view.getUint32(z, true) !== 0x06064b50) throw new DocxError('is a damaged zip file (bad zip64 directory)');
    count = Number(view.getBigUint64(z + 32, true));
    offset = Number(view.getBigUint64(z + 48, true));
  }
  if (count > limits.maxEntries) throw new DocxError(`has ${count} entries in its zip, more than the ${limits.maxEntries} undraft accepts (a Word document has a few dozen)`);
  const entries: Entry[] = [];
  let total = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new DocxError('is truncated or damaged (its zip directory is cut short)');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const big = [size, compressedSize, localOffset].map((v) => v === 0xffffffff);
    if (big.some(Boolean)) {
      const extraStart = offset + 46 + nameLength;
      const wide = zip64Fields(view, extraStart, Math.min(bytes.length, extraStart + extraLength), big);
      if (big[0]) size = wide.shift() as number;
      if (big[1]) compressedSize = wide.shift() as number;
      if (big[2]) localOffset = wide.shift() as number;
    }
    if (flags & 1) throw new DocxError('is encrypted (its zip entries are password-protected); remove the password and check the copy');
    if (method !== 0 && method !== 8) throw new DocxError(`uses a zip compression method (${method}) Word never writes; save it again in Word`);
    if (localOffset >= bytes.length) throw new DocxError('is truncated (a zip entry lies past the end of the file)');
    total += size;
    entries.push({ name, size, compressedSize, method, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  if (total > limits.maxTotalBytes) throw new DocxError(`would unpack to more than ${mb(limits.maxTotalBytes)} (a zip bomb?); undraft refuses it`);
  const tooLarge = entries.find((e) => e.name.toLowerCase().endsWith('.xml') && e.size > limits.maxPartBytes);
  if (tooLarge) throw new DocxError(`has a part (${tooLarge.name}) that unpacks to more than ${mb(limits.maxPartBytes)}; undraft refuses it`);
  return entries;
}

/** A part's bytes as text: UTF-8 (BOM or not) or UTF-16 with a BOM, strictly. */
function decodeXml(data: Uint8Array, name: string): string {
  let encoding = 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) encoding = 'utf-16le';
  else if (data[0] === 0xfe && data[1] === 0xff) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(data);
  } catch {
    throw new DocxError(`has a part (${name}) that is not valid ${encoding.toUpperCase()} text (damaged or truncated)`);
  }
}

/**
 * The part a relationship of an accepted type points to, resolved against `dir`, if it is in the zip.
 * External targets and targets that climb out of the package are ignored.
 */
function targetOf(relsXml: string, relsName: string, dir: string, acceptType: (t: string) => boolean, find: (name: string) => string | undefined): string | undefined {
  const root = parseTree(relsXml, relsName);
  for (const rel of children(root, 'rel:Relationship')) {
    const type = rel.attrs.get('Type') ?? '';
    if (!acceptType(type) || rel.attrs.get('TargetMode') === 'External') continue;
    const resolved = resolvePartName(dir, rel.attrs.get('Target') ?? '');
    if (resolved !== undefined) return find(resolved);
  }
  return undefined;
}

/** `word/` + `../customXml/item1.xml` → `customXml/item1.xml`; undefined when it leaves the package. */
export function resolvePartName(dir: string, target: string): string | undefined {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(p);
  }
  return out.join('/');
}
