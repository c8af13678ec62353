// The seed draft (../shared/reference/seed-draft.md) saved as Word the way a secretariat would: chapters,
// sections, paragraphs, subparagraphs and the agenda as Word's automatic numbering (paragraph numbers
// running on through chapters), links as their text, emphasis as italics. Built at test time. Optionally with
// reviewers' comments left on the paragraphs that contain given text (the editor's e2e checks them).

import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, Document, LevelFormat, Packer, Paragraph, ParagraphChild, TextRun } from 'docx';

/** A Word comment left on the first paragraph whose text contains `on`. */
export interface SeedComment {
  readonly on: string;
  readonly author: string;
  readonly text: string;
}

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

export async function seedDocx(markdown: string, comments: readonly SeedComment[] = []): Promise<Buffer> {
  const children: Paragraph[] = [];
  const placed = new Set<number>();
  /** The paragraph's runs, inside a comment's range when one is to be left on this text. */
  const commented = (text: string): ParagraphChild[] => {
    const id = comments.findIndex((c, i) => !placed.has(i) && text.includes(c.on));
    if (id === -1) return runs(text);
    placed.add(id);
    return [new CommentRangeStart(id), ...runs(text), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
  };
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
        children.push(new Paragraph({ children: commented(m[2]), numbering: { reference: 'paragraphs', level: 0 } }));
      } else {
        if (!inAgenda) agendaInstance++;
        inAgenda = true;
        children.push(new Paragraph({ children: runs(m[2]), numbering: { reference: 'agenda', level: 0, instance: agendaInstance } }));
      }
    } else if ((m = SUB.exec(line))) {
      const reference = inAgenda ? 'agenda' : 'paragraphs';
      children.push(new Paragraph({ children: runs(m[2]), numbering: { reference, level: 1, ...(inAgenda ? { instance: agendaInstance } : {}) } }));
    } else {
      children.push(new Paragraph({ children: commented(line) }));
    }
  }
  const missing = comments.filter((_, i) => !placed.has(i));
  if (missing.length > 0) throw new Error(`no paragraph contains ${missing.map((c) => JSON.stringify(c.on)).join(', ')} for a comment`);
  const left = AlignmentType.LEFT;
  const doc = new Document({
    ...(comments.length > 0 ? { comments: { children: comments.map((c, id) => ({ id, author: c.author, date: new Date('2024-03-14T10:00:00Z'), children: [new Paragraph({ children: [new TextRun(c.text)] })] })) } } : {}),
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
