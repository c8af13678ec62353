// .docx fixtures the `docx` library builds and patch-docx.ts finishes: lists of one definition sharing
// its counters without any override, tracked paragraph marks, and text boxes (VML, and DrawingML with
// a VML fallback in mc:AlternateContent).

import { Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { patchPart } from './patch-docx';

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
