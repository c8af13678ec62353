// The zip container as raw records, for rewriting a package: entries undraft does not touch are copied
// byte for byte (local header, data, data descriptor, central record), only replaced or added entries
// are written anew. Reading the parts' XML for the check is the reader's job (../package.ts); this file
// only needs to find each record, inflate the few parts it edits and put the package back together.

import { deflateSync, inflateSync } from 'fflate';

/** A part larger than this (uncompressed) is refused: it is no Word part an annotator should edit. */
export const MAX_EDITED_PART_BYTES = 256 * 1024 * 1024;

export class ZipFormatError extends Error {}

export interface RawEntry {
  readonly name: string;
  /** The central directory record, as stored (46 bytes + name + extra + comment). */
  readonly central: Uint8Array;
  /** The local record: header, data and data descriptor, as stored. */
  readonly local: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly flags: number;
  /** Offset of the data inside `local`. */
  readonly dataStart: number;
}

export interface RawZip {
  /** Entries in central directory order. */
  readonly entries: readonly RawEntry[];
  /** The archive comment of the end record, as stored. */
  readonly comment: Uint8Array;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const DESCRIPTOR_SIG = 0x08074b50;

/** Reads the records of a zip file; throws ZipFormatError with a reason a person can act on. */
export function readRawZip(input: Uint8Array): RawZip {
  // A plain view: a Node Buffer's slice() shares memory, and records are patched after slicing.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  const commentLength = view.getUint16(end + 20, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    throw new ZipFormatError('the zip file spans several disks, which Word never writes');
  }
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipFormatError('ZIP64 packages are not supported');
  if (cdOffset + cdSize > end) throw new ZipFormatError('the zip central directory lies outside the file (truncated or corrupt)');
  const entries: RawEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIG) throw new ZipFormatError('the zip central directory is corrupt');
    const nameLength = view.getUint16(at + 28, true);
    const recordLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + recordLength > end) throw new ZipFormatError('the zip central directory is corrupt');
    entries.push(readEntry(bytes, view, bytes.subarray(at, at + recordLength)));
    at += recordLength;
  }
  return { entries, comment: bytes.slice(end + 22, end + 22 + commentLength) };
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_SIG && at + 22 + view.getUint16(at + 20, true) === bytes.length) return at;
  }
  throw new ZipFormatError('not a zip file (no end of central directory record): a .docx is a zip package');
}

function readEntry(bytes: Uint8Array, view: DataView, central: Uint8Array): RawEntry {
  const cv = new DataView(central.buffer, central.byteOffset, central.byteLength);
  const flags = cv.getUint16(8, true);
  const method = cv.getUint16(10, true);
  const crc = cv.getUint32(16, true);
  const compressedSize = cv.getUint32(20, true);
  const size = cv.getUint32(24, true);
  const nameLength = cv.getUint16(28, true);
  const name = new TextDecoder().decode(central.subarray(46, 46 + nameLength));
  const offset = cv.getUint32(42, true);
  if (flags & 1) throw new ZipFormatError(`the package is encrypted (${name}); save it without a password first`);
  if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipFormatError('ZIP64 packages are not supported');
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL_SIG) throw new ZipFormatError(`the zip record of ${name} is missing or corrupt`);
  const dataStart = 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  let length = dataStart + compressedSize;
  if (flags & 8) {
    const d = offset + length;
    length += d + 4 <= bytes.length && view.getUint32(d, true) === DESCRIPTOR_SIG ? 16 : 12;
  }
  if (offset + length > bytes.length) throw new ZipFormatError(`the zip record of ${name} is truncated`);
  return { name, central, local: bytes.subarray(offset, offset + length), method, crc, compressedSize, size, flags, dataStart };
}

/** The uncompressed content of an entry, checked against its size and CRC. */
export function entryContent(entry: RawEntry): Uint8Array {
  if (entry.size > MAX_EDITED_PART_BYTES) throw new ZipFormatError(`${entry.name} is larger than ${MAX_EDITED_PART_BYTES / 1024 / 1024} MiB uncompressed`);
  const data = entry.local.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size) });
    } catch {
      throw new ZipFormatError(`${entry.name} is corrupt (it does not inflate)`);
    }
  } else throw new ZipFormatError(`${entry.name} uses zip compression method ${entry.method}, which Word never writes`);
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw new ZipFormatError(`${entry.name} is corrupt (size or checksum does not match)`);
  return out;
}

/**
 * A new zip: every entry of `zip` in its order, those named in `replaced` with new content, then the
 * `added` entries. Untouched entries keep their records byte for byte (only their offset changes).
 */
export function writeZip(zip: RawZip, replaced: ReadonlyMap<string, Uint8Array>, added: ReadonlyArray<{ name: string; content: Uint8Array }>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const push = ([local, central]: readonly [Uint8Array, Uint8Array]) => {
    const c = new Uint8Array(central);
    new DataView(c.buffer, c.byteOffset, c.byteLength).setUint32(42, offset, true);
    locals.push(local);
    centrals.push(c);
    offset += local.length;
  };
  for (const entry of zip.entries) {
    const content = replaced.get(entry.name);
    if (content === undefined) push([entry.local, entry.central]);
    else push(newRecords(entry.name, content, entry.central));
  }
  for (const a of added) push(newRecords(a.name, a.content, undefined));
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const count = centrals.length;
  if (count > 0xfffe || offset + cdSize > 0xfffffffe) throw new ZipFormatError('the annotated package would need ZIP64, which is not supported');
  const end = new Uint8Array(22 + zip.comment.length);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END_SIG, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, zip.comment.length, true);
  end.set(zip.comment, 22);
  return concat(locals.concat(centrals, [end]));
}

/**
 * Local and central records for an entry with new content, deflated. A replaced entry keeps its
 * central record's times, attributes, extra field and comment; its local header carries no extra.
 */
function newRecords(name: string, content: Uint8Array, oldCentral: Uint8Array | undefined): [Uint8Array, Uint8Array] {
  const nameBytes = new TextEncoder().encode(name);
  const data = deflateSync(content, { level: 6 });
  const crc = crc32(content);
  const utf8 = nameBytes.some((b) => b > 0x7f) ? 0x800 : 0;
  const old = oldCentral ? new DataView(oldCentral.buffer, oldCentral.byteOffset, oldCentral.byteLength) : undefined;
  const time = old ? old.getUint16(12, true) : 0;
  const date = old ? old.getUint16(14, true) : (0 << 9) | (1 << 5) | 1; // 1980-01-01, as Word writes
  const local = new Uint8Array(30 + nameBytes.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, LOCAL_SIG, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, utf8, true);
  lv.setUint16(8, 8, true);
  lv.setUint16(10, time, true);
  lv.setUint16(12, date, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, content.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length);
  const tail = oldCentral ? oldCentral.subarray(46 + nameBytes.length) : new Uint8Array(0);
  const central = new Uint8Array(46 + nameBytes.length + tail.length);
  if (oldCentral) central.set(oldCentral.subarray(0, 46));
  const cv = new DataView(central.buffer);
  cv.setUint32(0, CENTRAL_SIG, true);
  if (!oldCentral) cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, utf8, true);
  cv.setUint16(10, 8, true);
  cv.setUint16(12, time, true);
  cv.setUint16(14, date, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, content.length, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  central.set(tail, 46 + nameBytes.length);
  return [local, central];
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 as zip uses it (fflate keeps its own private). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
