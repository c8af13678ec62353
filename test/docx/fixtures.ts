// .docx fixtures built at test time with the `docx` library: lists that share a definition, restarts,
// overrides, numbering from paragraph styles, legal numbering, nested (a)/(i), notes, tables, tracked
// changes and comments; and the seed draft saved as Word with automatic numbering.

import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { sharedDefinition } from './fixtures-structure';

type Level = { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start?: number; isLegalNumberingStyle?: boolean; suffix?: (typeof LevelSuffix)[keyof typeof LevelSuffix] };

/** UN report levels: I. chapters, A. sections, 1. paragraphs running on through chapters, (a), (i). */
export const UN_LEVELS: Level[] = [
  { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
  { level: 1, format: LevelFormat.UPPER_LETTER, text: '%2.' },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
  { level: 3, format: LevelFormat.LOWER_LETTER, text: '(%4)' },
  { level: 4, format: LevelFormat.LOWER_ROMAN, text: '(%5)' },
];

const p = (text: string, numbering?: { reference: string; level: number; instance?: number }, extra: object = {}) => new Paragraph({ children: [new TextRun(text)], ...(numbering ? { numbering } : {}), ...extra });

export interface Fixture {
  readonly name: string;
  build(): Promise<Buffer>;
}

/** Nested (a)/(i) under running paragraph numbers, with chapters and sections. */
async function nested(): Promise<Buffer> {
  const ref = 'un';
  const doc = new Document({
    numbering: { config: [{ reference: ref, levels: UN_LEVELS.map((l) => ({ ...l, alignment: AlignmentType.LEFT })) }] },
    sections: [
      {
        children: [
          p('Introduction', { reference: ref, level: 0 }),
          p('The meeting opened with a statement by the Chair.', { reference: ref, level: 2 }),
          p('Several speakers took the floor:', { reference: ref, level: 2 }),
          p('on the agenda;', { reference: ref, level: 3 }),
          p('on the programme of work, in particular:', { reference: ref, level: 3 }),
          p('the first week;', { reference: ref, level: 4 }),
          p('the second week;', { reference: ref, level: 4 }),
          p('on other matters.', { reference: ref, level: 3 }),
          p('Organization of the session', { reference: ref, level: 0 }),
          p('Opening of the session', { reference: ref, level: 1 }),
          p('The session was opened by the Chair.', { reference: ref, level: 2 }),
          p('A text without a number sits between numbered paragraphs.'),
          p('Attendance', { reference: ref, level: 1 }),
          p('The following States were represented:', { reference: ref, level: 2 }),
          p('members of the body;', { reference: ref, level: 3 }),
          p('observers.', { reference: ref, level: 3 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Two instances of one list: each new instance restarts (startOverride), a paragraph restarts its list. */
async function restarts(): Promise<Buffer> {
  const ref = 'steps';
  const doc = new Document({
    numbering: { config: [{ reference: ref, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }, { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)' }] }, { reference: 'from5', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 5 }] }] },
    sections: [
      {
        children: [
          p('First list, first item.', { reference: ref, level: 0, instance: 1 }),
          p('First list, second item.', { reference: ref, level: 0, instance: 1 }),
          p('Second list, first item.', { reference: ref, level: 0, instance: 2 }),
          p('Second list, a subitem.', { reference: ref, level: 1, instance: 2 }),
          p('First list again, third item.', { reference: ref, level: 0, instance: 1 }),
          p('A list that starts at five.', { reference: 'from5', level: 0 }),
          p('And goes on at six.', { reference: 'from5', level: 0 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Legal numbering: 1., 1.1, 1.1.1 with the second level's own format ignored (isLgl). */
async function legal(): Promise<Buffer> {
  const ref = 'legal';
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: ref,
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', isLegalNumberingStyle: true, suffix: LevelSuffix.SPACE },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%1.%2.%3', isLegalNumberingStyle: true, suffix: LevelSuffix.NOTHING },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          p('Scope', { reference: ref, level: 0 }),
          p('The first rule.', { reference: ref, level: 1 }),
          p('A detail of it.', { reference: ref, level: 2 }),
          p('Another detail.', { reference: ref, level: 2 }),
          p('The second rule.', { reference: ref, level: 1 }),
          p('Definitions', { reference: ref, level: 0 }),
          p('The third rule, numbered under the second heading.', { reference: ref, level: 1 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Numbering that comes from paragraph styles (a style and one based on it), not from the paragraphs. */
async function styleNumbering(): Promise<Buffer> {
  const ref = 'styled';
  const doc = new Document({
    numbering: { config: [{ reference: ref, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }, { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)' }] }] },
    styles: {
      paragraphStyles: [
        { id: 'NumberedPara', name: 'Numbered Para', basedOn: 'Normal', paragraph: { numbering: { reference: ref, level: 0 } } },
        { id: 'NumberedParaBold', name: 'Numbered Para Bold', basedOn: 'NumberedPara', run: { bold: true } },
        { id: 'SubPara', name: 'Sub Para', basedOn: 'Normal', paragraph: { numbering: { reference: ref, level: 1 } } },
      ],
    },
    sections: [
      {
        children: [
          p('A paragraph numbered by its style.', undefined, { style: 'NumberedPara' }),
          p('A subparagraph numbered by its style.', undefined, { style: 'SubPara' }),
          p('Another subparagraph.', undefined, { style: 'SubPara' }),
          p('A paragraph whose style is based on the numbered one.', undefined, { style: 'NumberedParaBold' }),
          p('A plain paragraph.'),
          p('The numbering goes on after it.', undefined, { style: 'NumberedPara' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A table read row by row, a footnote, and a paragraph after it. */
async function tableAndNotes(): Promise<Buffer> {
  const cell = (t: string) => new TableCell({ children: [p(t)] });
  const doc = new Document({
    footnotes: { 1: { children: [p('A note on the first paragraph.')] } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('The table below lists the meetings.'), new FootnoteReferenceRun(1)] }),
          new Table({ rows: [new TableRow({ children: [cell('Meeting'), cell('Date')] }), new TableRow({ children: [cell('First'), cell('3 April 2018')] })] }),
          p('The report was adopted.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Tracked changes and a comment: what a final document must not carry. */
export async function reviewed(): Promise<Buffer> {
  const date = '2024-11-14T10:00:00Z';
  const doc = new Document({
    comments: { children: [{ id: 0, author: 'Reviewer', date: new Date(date), children: [p('Please check the date.')] }] },
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun('The meeting was held on '),
              new DeletedTextRun({ text: '3 April', id: 1, author: 'Editor', date }),
              new InsertedTextRun({ text: '4 April', id: 2, author: 'Editor', date }),
              new TextRun(' 2018.'),
            ],
          }),
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun('The Chair opened the meeting.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export const ORACLE_FIXTURES: readonly Fixture[] = [
  { name: 'nested', build: nested },
  { name: 'restarts', build: restarts },
  { name: 'legal', build: legal },
  { name: 'style-numbering', build: styleNumbering },
  { name: 'table-and-notes', build: tableAndNotes },
  { name: 'shared-definition', build: sharedDefinition },
];
