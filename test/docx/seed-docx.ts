// The seed draft (../shared/reference/seed-draft.md) saved as Word the way a secretariat would: chapters,
// sections, paragraphs, subparagraphs and the agenda as Word's automatic numbering (paragraph numbers
// running on through chapters), links as their text, emphasis as italics. Built at test time.

import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

const CHAPTER = /^([IVX]+)\.\s+(.*)$/;
const SECTION = /^([A-Z])\.\s+(.*)$/;
const NUMBERED = /^(\d+)\.\s+(.*)$/;
const SUB = /^-?\s*\(([a-z])\)\s+(.*)$/;

/** Markdown inline syntax → runs: `[text](target)` becomes its text, `*text*` italics. */
function runs(line: string): TextRun[] {
  const out: TextRun[] = [];
  const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const parts = plain.split('*');
  parts.forEach((t, i) => {
    if (t !== '') out.push(new TextRun({ text: t, italics: i % 2 === 1 }));
  });
  return out;
}

export async function seedDocx(markdown: string): Promise<Buffer> {
  const children: Paragraph[] = [];
  // Agenda items restart at 1 inside a paragraph: a list of their own, a new instance each time.
  let agendaInstance = 0;
  let inAgenda = false;
  let lastBody = 0;
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') {
      // Blank lines inside a paragraph (the text goes on in lower case after them) are a drafter's stray
      // empty paragraphs in Word: kept, so the split stays a defect in both versions.
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (next !== undefined && /^[a-z]/.test(next.trim())) children.push(new Paragraph({}));
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = CHAPTER.exec(line))) {
      inAgenda = false;
      children.push(new Paragraph({ children: runs(m[2]), numbering: { reference: 'chapters', level: 0 } }));
    } else if ((m = SECTION.exec(line)) && !line.startsWith('A compilation')) {
      inAgenda = false;
      children.push(new Paragraph({ children: runs(m[2]), numbering: { reference: 'chapters', level: 1 } }));
    } else if ((m = NUMBERED.exec(line))) {
      const n = Number(m[1]);
      // A number that does not go on from the last paragraph opens (or continues) an agenda list.
      if (n === lastBody + 1 && !(inAgenda && n < lastBody)) {
        lastBody = n;
        inAgenda = false;
        children.push(new Paragraph({ children: runs(m[2]), numbering: { reference: 'paragraphs', level: 0 } }));
      } else {
        if (!inAgenda) agendaInstance++;
        inAgenda = true;
        children.push(new Paragraph({ children: runs(m[2]), numbering: { reference: 'agenda', level: 0, instance: agendaInstance } }));
      }
    } else if ((m = SUB.exec(line))) {
      const reference = inAgenda ? 'agenda' : 'paragraphs';
      children.push(new Paragraph({ children: runs(m[2]), numbering: { reference, level: 1, ...(inAgenda ? { instance: agendaInstance } : {}) } }));
    } else {
      children.push(new Paragraph({ children: runs(line) }));
    }
  }
  const left = AlignmentType.LEFT;
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'chapters', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: left }, { level: 1, format: LevelFormat.UPPER_LETTER, text: '%2.', alignment: left }] },
        { reference: 'paragraphs', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: left }, { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: left }] },
        { reference: 'agenda', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: left }, { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: left }] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
