// Reads a draft chosen from disk in the page: UTF-8 (with or without a BOM), UTF-16 with a BOM, or else
// Windows-1252, said so; a file that is not text gets a clear message instead of garbled findings.

export type ReadDraft = { readonly ok: true; readonly text: string; readonly note?: string } | { readonly ok: false; readonly reason: string };

/** Larger files are not drafts; reading them would only freeze the page. */
const MAX_BYTES = 20 * 1024 * 1024;

export async function readDraftFile(file: File): Promise<ReadDraft> {
  if (/\.docx?$/i.test(file.name)) {
    return { ok: false, reason: `${file.name} is a Word document; undraft reads plain text (.md, .txt) so far. Save the draft as plain text and open that.` };
  }
  if (file.size > MAX_BYTES) return { ok: false, reason: `${file.name} is ${Math.round(file.size / 1048576)} MB; a draft report is far smaller, so it was not opened.` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { ok: false, reason: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  return decode(file.name, bytes);
}

export function decode(name: string, bytes: Uint8Array): ReadDraft {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) return { ok: false, reason: `${name} is not a text file (it holds binary data). Open a .md or .txt draft.` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), note: `${name} is not UTF-8; it was read as Windows-1252. Check the accented letters, and the download is saved as UTF-8.` };
  }
}
