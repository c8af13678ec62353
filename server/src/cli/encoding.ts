// Draft bytes to text and back: UTF-8 with or without a BOM, UTF-16 with a BOM, both validated
// strictly (a draft is refused with where it is broken, never decoded with U+FFFD); binary files refused.

import { isUtf8 } from 'node:buffer';

export type TextEncodingKind = 'utf8' | 'utf16le' | 'utf16be';

/** How a file was stored, so that a fix writes it back the same way. */
export interface StoredEncoding {
  readonly kind: TextEncodingKind;
  readonly bom: boolean;
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: StoredEncoding }
  | { readonly ok: false; readonly reason: string };

/** Decodes file bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; binary and invalid UTF-8 are refused. */
export function decodeDraft(buf: Uint8Array): DecodeResult {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return decodeUtf8(buf.subarray(3), true);
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return decodeUtf16(buf.subarray(2), 'utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return decodeUtf16(buf.subarray(2), 'utf16be');
  const probe = Math.min(buf.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (buf[i] === 0) return { ok: false, reason: 'looks like a binary file (it contains NUL bytes); only text drafts can be checked' };
  }
  return decodeUtf8(buf, false);
}

function decodeUtf8(buf: Uint8Array, bom: boolean): DecodeResult {
  // isUtf8 is a fast native validation; then Buffer's decoder (no replacement can happen).
  if (isUtf8(buf)) {
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
    return { ok: true, text, encoding: { kind: 'utf8', bom } };
  }
  const at = firstInvalidUtf8(buf);
  let line = 1;
  for (let i = 0; i < at; i++) if (buf[i] === 10) line++;
  return {
    ok: false,
    reason: `is not valid UTF-8 (first invalid byte 0x${(buf[at] ?? 0).toString(16).padStart(2, '0')} at byte ${at}, line ${line}); save it as UTF-8 and try again`,
  };
}

/**
 * UTF-16 after its BOM, validated as strictly as UTF-8: a lone surrogate or an odd trailing byte would
 * otherwise become U+FFFD, and --fix would write that damage back.
 */
function decodeUtf16(body: Uint8Array, kind: 'utf16le' | 'utf16be'): DecodeResult {
  const name = kind === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE';
  const again = `; save it as UTF-8 or well-formed ${name} and try again`;
  if (body.length % 2 === 1) {
    return { ok: false, reason: `is not valid ${name} (an odd number of bytes: a lone byte at the end, byte ${body.length + 1})${again}` };
  }
  const hi = kind === 'utf16le' ? 1 : 0;
  let line = 1;
  for (let i = 0; i < body.length; i += 2) {
    const unit = (body[i + hi] << 8) | body[i + 1 - hi];
    if (unit === 10) line++;
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = i + 3 < body.length ? (body[i + 2 + hi] << 8) | body[i + 3 - hi] : -1;
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i += 2;
      continue;
    }
    // Byte offsets count the two BOM bytes, as a hex editor shows them.
    return { ok: false, reason: `is not valid ${name} (a lone surrogate 0x${unit.toString(16)} at byte ${i + 2}, line ${line})${again}` };
  }
  return { ok: true, text: new TextDecoder(kind === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(body), encoding: { kind, bom: true } };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return buf.length;
}

export function encodeDraft(text: string, encoding: StoredEncoding): Buffer {
  if (encoding.kind === 'utf8') {
    const body = Buffer.from(text, 'utf8');
    return encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  if (encoding.kind === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  le.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}
