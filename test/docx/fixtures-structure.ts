// .docx fixtures the `docx` library builds and patch-docx.ts finishes: lists of one definition sharing
// its counters without any override, tracked paragraph marks, and text boxes (VML, and DrawingML with
// a VML fallback in mc:AlternateContent).

import { Document, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, Textbox, TextRun } from 'docx';
import { markParagraph, patchPart, replaceMarkerRun } from './patch-docx';

const p = (text: string, numbering?: { reference: string; level: number; instance?: number }) => new Paragraph({ children: [new TextRun(text)], ...(numbering ? { numbering } : {}) });

/**
 * Two instances (w:num) of one definition with no w:lvlOverride: Word continues one counter across
 * them, each level's count shared, deeper levels restarting under a new number whichever list it is in.
 */
export async function sharedDefinition(): Promise<Buffer> {
  const ref = 'shared';
  const doc = new Document({
    numbering: { config: [{ reference: ref, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }, { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)' }] }] },
    sections: [
      {
        children: [
          p('The first list opens.', { reference: ref, level: 0, instance: 1 }),
          p('The first list goes on.', { reference: ref, level: 0, instance: 1 }),
          p('The second list goes on from it.', { reference: ref, level: 0, instance: 2 }),
          p('A subparagraph of the second list.', { reference: ref, level: 1, instance: 2 }),
          p('Another subparagraph, in the first list.', { reference: ref, level: 1, instance: 1 }),
          p('A paragraph without a number.'),
          p('The first list again.', { reference: ref, level: 0, instance: 1 }),
          p('Its subparagraph starts at (a).', { reference: ref, level: 1, instance: 1 }),
          p('The second list again.', { reference: ref, level: 0, instance: 2 }),
        ],
      },
    ],
  });
  // The library gives every instance a w:startOverride: without them the instances share the counters.
  return patchPart(await Packer.toBuffer(doc), 'word/numbering.xml', (xml) => xml.replace(/<w:lvlOverride\b[\s\S]*?<\/w:lvlOverride>/g, ''));
}

const INS = '<w:ins w:id="901" w:author="Editor" w:date="2024-11-14T10:00:00Z"/>';
const DEL = '<w:del w:id="902" w:author="Editor" w:date="2024-11-14T10:00:00Z"/>';

/**
 * Tracked paragraph marks: an inserted mark (the Editor pressed Enter) that rejecting removes, joining
 * the paragraph to the next, in a numbered list and in a chain of three; a deleted mark (the Editor
 * joined two paragraphs) that rejecting keeps; an inserted mark at the end of a table cell, which no
 * paragraph follows in the cell; a paragraph added with Track Changes on (the mark before it and its text
 * inserted). The joined paragraph is numbered as the first of them is.
 */
export async function trackedMarks(): Promise<Buffer> {
  const ref = 'marks';
  const doc = new Document({
    numbering: { config: [{ reference: ref, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    sections: [
      {
        children: [
          p('The Committee met in Geneva'),
          p(' from 3 to 5 April 2018.'),
          p('The Chair opened the meeting', { reference: ref, level: 0 }),
          p(' and welcomed the participants.', { reference: ref, level: 0 }),
          p('The agenda was adopted.', { reference: ref, level: 0 }),
          // A paragraph typed with Track Changes on: the mark of the one before is new, and all its text.
          p('Officers were elected.', { reference: ref, level: 0 }),
          new Paragraph({ numbering: { reference: ref, level: 0 }, children: [new InsertedTextRun({ text: 'A paragraph the Editor added.', id: 903, author: 'Editor', date: '2024-11-14T10:00:00Z' })] }),
          p('The work was organized.', { reference: ref, level: 0 }),
          p('A paragraph without a number'),
          p(' joined to a numbered one takes no number.', { reference: ref, level: 0 }),
          p('The Editor joined this paragraph'),
          p('to this one, and rejecting keeps them apart.'),
          p('One, '),
          p('two, '),
          p('three paragraphs on one line.'),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('A cell whose last mark was inserted.')] }), new TableCell({ children: [p('The next cell.')] })] })] }),
          p('The report was adopted.', { reference: ref, level: 0 }),
        ],
      },
    ],
  });
  return patchPart(await Packer.toBuffer(doc), 'word/document.xml', (xml) => {
    for (const t of ['The Committee met in Geneva', 'The Chair opened the meeting', 'Officers were elected.', 'A paragraph without a number', 'One, ', 'two, ', 'A cell whose last mark was inserted.']) xml = markParagraph(xml, t, INS);
    return markParagraph(xml, 'The Editor joined this paragraph', DEL);
  });
}

/** A DrawingML text box as Word writes it: wps:txbx in an mc:Choice, the same box in VML as the mc:Fallback. */
function drawingTextBox(choice: readonly string[], fallback: readonly string[]): string {
  const paras = (lines: readonly string[]) => lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('');
  const graphic = `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>${paras(choice)}</w:txbxContent></wps:txbx><wps:bodyPr wrap="square"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>`;
  const anchor = `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="5" name="Text Box 5"/><wp:cNvGraphicFramePr/>${graphic}</wp:anchor>`;
  const vml = `<w:pict><v:shape id="TextBox5" type="#_x0000_t202" style="position:absolute;width:144pt;height:72pt"><v:textbox><w:txbxContent>${paras(fallback)}</w:txbxContent></v:textbox></v:shape></w:pict>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${anchor}</w:drawing></mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
}

/**
 * Text boxes: a VML one (the library's Textbox) and a DrawingML one with its VML fallback, each anchored
 * in the middle of a paragraph; the box's paragraphs come after the anchoring paragraph, whose text
 * stays whole, and the fallback (the same box again) is not read.
 */
export async function textBoxes(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          p('The meeting opened.'),
          new Paragraph({ children: [new TextRun('The box on the right'), new Textbox({ children: [p('A box in VML, first line.'), p('Its second line.')], style: { width: '2in', height: '1in' } }), new TextRun(' sums up the decision.')] }),
          new Paragraph({ children: [new TextRun('A drawing box'), new TextRun('TEXTBOX_MARKER'), new TextRun(' holds the dates.')] }),
          p('The meeting closed.'),
        ],
      },
    ],
  });
  return patchPart(await Packer.toBuffer(doc), 'word/document.xml', (xml) => replaceMarkerRun(xml, 'TEXTBOX_MARKER', drawingTextBox(['The box in DrawingML.', 'It was read from the choice.'], ['The fallback, not read.'])));
}

/** Numbered paragraphs in the body and in two text boxes anchored among them, all of one list. */
export async function numberedTextBoxes(): Promise<Buffer> {
  const numbering = { reference: 'boxed', level: 0 };
  const box = (a: string, b: string) => new Textbox({ children: [p(a, numbering), p(b, numbering)], style: { width: '2in', height: '1in' } });
  const doc = new Document({
    numbering: { config: [{ reference: 'boxed', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    sections: [
      {
        children: [
          p('The first paragraph.', numbering),
          new Paragraph({ numbering, children: [new TextRun('The second paragraph holds a box.'), box('A numbered line in the box.', 'Another one.')] }),
          p('The third paragraph.', numbering),
          new Paragraph({ children: [new TextRun('An unnumbered paragraph holds the second box.'), box('The second box goes on.', 'And ends.')] }),
          p('The fourth paragraph.', numbering),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
