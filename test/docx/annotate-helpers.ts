// Helpers for the annotator's tests: a .docx fixture written with the `docx` library, reading parts of a
// package, a plain reading of Word text (changes rejected or accepted) as an oracle independent of the
// annotator, and LibreOffice (when installed) to open the results.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, ExternalHyperlink, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, TextRun, Tab } from 'docx';
import { SaxesParser } from 'saxes';
import { entryContent, readRawZip } from '../../server/src/docx/annotate/zip';
import { SHARED } from '../helpers/paths';

export const WORD_DIR = path.join(SHARED, 'corpus', 'word');
export const REAL_DRAFTS = ['unfccc-art6-2-cma6-draft-decision-party-inputs-2024-11.docx', 'unfccc-art6-2-sbsta61-draft-decision-2024-11-14.docx'].map((f) => path.join(WORD_DIR, f));

/**
 * A small Word document: runs with different properties, a tab, entities, a hyperlink, numbering, a footnote,
 * and defects the rules report (a doubled comma, a straight apostrophe across runs, a doubled period in the note).
 */
export async function makeFixture(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: [{ reference: 'paras', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    footnotes: { 1: { children: [new Paragraph('A note about the meeting..')] } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('The quick '), new TextRun({ text: 'brown fox', bold: true }), new TextRun({ text: ' jumps over.', italics: true })] }),
          new Paragraph({ children: [new TextRun({ children: ['Tabbed', new Tab(), 'cells & <more> text'] })] }),
          new Paragraph({ children: [new TextRun('See '), new ExternalHyperlink({ link: 'https://example.org', children: [new TextRun('the linked page')] }), new TextRun(' for details.')] }),
          new Paragraph({ numbering: { reference: 'paras', level: 0 }, children: [new TextRun('The Committee adopted the report.'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ numbering: { reference: 'paras', level: 0 }, children: [new TextRun('The Working Group was opened by the Chair,, who welcomed the participants.')] }),
          new Paragraph({ numbering: { reference: 'paras', level: 0 }, children: [new TextRun('The Board welcomed the Secretary-'), new TextRun({ text: "General's initiative", bold: true }), new TextRun(' on data.')] }),
          new Paragraph({ numbering: { reference: 'paras', level: 0 }, children: [] }),
          new Paragraph({ children: [new TextRun('Last  paragraph with two  spaces.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function partText(pkg: Uint8Array, name: string): string {
  const entry = readRawZip(pkg).entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  return new TextDecoder().decode(entryContent(entry));
}

export function hasPart(pkg: Uint8Array, name: string): boolean {
  return readRawZip(pkg).entries.some((e) => e.name === name);
}

/** The offset in `xml` of `needle` (found as written in the XML) plus `delta`. */
export function offsetOf(xml: string, needle: string, delta = 0, from = 0): number {
  const at = xml.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in the XML`);
  return at + delta;
}

/**
 * Each paragraph's text as Word shows it with all tracked changes rejected (deleted text present,
 * inserted text absent) or accepted. Tabs read as \t; entities decoded by the parser.
 */
export function wordParagraphs(xml: string, changes: 'rejected' | 'accepted'): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let ins = 0;
  let del = 0;
  parser.on('opentag', (t) => {
    if (t.name === 'w:p') current = [];
    else if (t.name === 'w:ins') ins++;
    else if (t.name === 'w:del') del++;
    else if (t.name === 'w:t' || t.name === 'w:delText') inText = true;
    else if (t.name === 'w:tab' && current && !isHidden()) current.push('\t');
  });
  const isHidden = () => (changes === 'rejected' ? ins > 0 : del > 0);
  parser.on('text', (s) => {
    if (inText && current && !isHidden()) current.push(s);
  });
  parser.on('closetag', (t) => {
    if (t.name === 'w:p' && current) {
      out.push(current.join(''));
      current = undefined;
    } else if (t.name === 'w:ins') ins--;
    else if (t.name === 'w:del') del--;
    else if (t.name === 'w:t' || t.name === 'w:delText') inText = false;
  });
  parser.write(xml).close();
  return out;
}

/** `w:id`s of the comments in a comments part. */
export function commentIds(commentsXml: string): number[] {
  return [...commentsXml.matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1]));
}

/** Whether LibreOffice is installed (the oracle tests need it). */
export function soffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'soffice');
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

/** Converts a .docx with LibreOffice to `format` (fodt, txt…) and returns the result's text. */
export function convertWithLibreOffice(docx: Uint8Array, format: string, ext = format.split(':')[0]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-lo-'));
  try {
    const input = path.join(dir, 'in.docx');
    fs.writeFileSync(input, docx);
    // A profile of its own, so a LibreOffice already running for someone else is not reused.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const r = spawnSync(soffice()!, [profile, '--headless', '--convert-to', format, '--outdir', dir, input], { encoding: 'utf8', timeout: 120_000 });
    const out = path.join(dir, `in.${ext}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert the file (status ${r.status}): ${r.stderr}`);
    return fs.readFileSync(out, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The comments LibreOffice lists in a flat ODF text (author, text). */
export function libreOfficeComments(fodt: string): { author: string; text: string }[] {
  const out: { author: string; text: string }[] = [];
  for (const m of fodt.matchAll(/<office:annotation(?:\s[^>]*)?>([\s\S]*?)<\/office:annotation>/g)) {
    const author = /<dc:creator>([^<]*)<\/dc:creator>/.exec(m[1])?.[1] ?? '';
    const text = [...m[1].matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => decodeEntities(p[1].replace(/<[^>]*>/g, ''))).join('\n');
    out.push({ author, text });
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(quot|apos|lt|gt|amp);/g, (_m, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e] ?? '');
}
