// Word's automatic numbers from numbering.xml definitions: formats, multi-level text, legal numbering,
// start and startOverride, lvlRestart, numbering from styles, counters shared by one definition.

import * as assert from 'node:assert/strict';
import { expandLevelText, formatNumber, NumberingCounter, readNumbering, type ParagraphNumbering } from '../../server/src/docx/numbering';
import { readStyles } from '../../server/src/docx/styles';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function lvl(i: number, fmt: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
}

/** Labels of a run of paragraphs through the given numbering.xml body and styles.xml body. */
function labels(numbering: string, paragraphs: ParagraphNumbering[], styles = ''): string[] {
  const st = readStyles(`<w:styles ${W}>${styles}</w:styles>`);
  const counter = new NumberingCounter(readNumbering(`<w:numbering ${W}>${numbering}</w:numbering>`, st), st);
  return paragraphs.map((p) => counter.next(p)?.text ?? '-');
}

const UN = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}${lvl(2, 'lowerLetter', '(%3)')}${lvl(3, 'lowerRoman', '(%4)')}</w:abstractNum>`;

describe('docx numbering: formats', () => {
  it('draws decimal, letters, romans, zero-padded and ordinal numbers as Word does', () => {
    assert.deepEqual([1, 9, 10].map((n) => formatNumber(n, 'decimalZero')), ['01', '09', '10']);
    assert.deepEqual([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter')), ['a', 'z', 'aa', 'bb', 'aaa']);
    assert.deepEqual([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman')), ['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    assert.equal(formatNumber(24, 'lowerRoman'), 'xxiv');
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 112].map((n) => formatNumber(n, 'ordinal')), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '112th']);
    assert.equal(formatNumber(3, 'none'), '');
    assert.equal(formatNumber(7, 'someFormatWeDoNotKnow'), '7');
  });

  it('fills %1.%2 with each level in its own format, and all in decimal under isLgl', () => {
    const values = (k: number) => ({ value: [2, 3, 1][k], format: ['upperRoman', 'upperLetter', 'lowerLetter'][k] });
    const def = { start: 1, format: 'lowerLetter', text: '%1.%2.%3)', isLgl: false, suffix: '\t' as const };
    assert.equal(expandLevelText(def, 2, values), 'II.C.a)');
    const legal = (k: number) => ({ value: [2, 3, 1][k], format: 'decimal' });
    assert.equal(expandLevelText({ ...def, isLgl: true }, 2, legal), '2.3.1)');
  });
});

describe('docx numbering: counters', () => {
  it('runs paragraph numbers on through chapters (lvlRestart 0) and restarts subparagraphs under each paragraph', () => {
    const num = `${UN}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const at = (ilvl: number) => ({ numId: '1', ilvl });
    assert.deepEqual(labels(num, [at(0), at(1), at(2), at(2), at(3), at(1), at(0), at(1), at(2)]), ['I.', '1.', '(a)', '(b)', '(i)', '2.', 'II.', '3.', '(a)']);
  });

  it('shares one count among all instances of one definition, and restarts an instance with startOverride', () => {
    const nums = `${UN}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="10"/></w:lvlOverride></w:num>`;
    const p = (numId: string) => ({ numId, ilvl: 1 });
    assert.deepEqual(labels(nums, [p('1'), p('1'), p('2'), p('1'), p('3'), p('3'), p('2')]), ['1.', '2.', '3.', '4.', '10.', '11.', '12.']);
  });

  it('replaces a whole level with w:lvlOverride/w:lvl for one instance only', () => {
    const nums = `${UN}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2">${lvl(2, 'upperLetter', '%3)')}</w:lvlOverride></w:num>`;
    assert.deepEqual(labels(nums, [{ numId: '1', ilvl: 1 }, { numId: '1', ilvl: 2 }, { numId: '2', ilvl: 2 }, { numId: '2', ilvl: 2 }]), ['1.', '(a)', 'B)', 'C)']);
  });

  it('honours start values and numId 0 (numbering switched off)', () => {
    const nums = `<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="5"/></w:num>`;
    assert.deepEqual(labels(nums, [{ numId: '4' }, { numId: '0' }, { numId: '4' }, {}]), ['7.', '-', '8.', '-']);
  });

  it('counts a level that never appeared at its start before a deeper level, as Word does', () => {
    const num = `${UN}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    // The list opens at (i): the (a) level counts as used, so the next (a)-level paragraph is (b).
    assert.deepEqual(labels(num, [{ numId: '1', ilvl: 3 }, { numId: '1', ilvl: 2 }]), ['(i)', '(b)']);
  });

  it('numbers paragraphs from their style, through basedOn, at the level tied to the style', () => {
    const nums = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Sub"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="0"/></w:num>`;
    const styles =
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>` +
      `<w:style w:type="paragraph" w:styleId="Para"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="ParaBold"><w:basedOn w:val="Para"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Sub"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>`;
    assert.deepEqual(labels(nums, [{ styleId: 'Para' }, { styleId: 'Sub' }, { styleId: 'Sub' }, { styleId: 'ParaBold' }, {}, { styleId: 'Para', numId: '0' }, { styleId: 'Para' }], styles), ['1.', '(a)', '(b)', '2.', '-', '-', '3.']);
  });

  it('follows numStyleLink to the definition of the linked numbering style', () => {
    const nums =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperLetter', '%1.')}<w:styleLink w:val="ListStyle"/></w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    assert.deepEqual(labels(nums, [{ numId: '2', ilvl: 0 }, { numId: '1', ilvl: 0 }], styles), ['A.', 'B.']);
  });

  it('gives the suffix Word puts after the number (tab by default, space, nothing)', () => {
    const nums = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%2.', '<w:suff w:val="space"/>')}${lvl(2, 'decimal', '%3.', '<w:suff w:val="nothing"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const st = readStyles(undefined);
    const counter = new NumberingCounter(readNumbering(`<w:numbering ${W}>${nums}</w:numbering>`, st), st);
    assert.deepEqual([0, 1, 2].map((ilvl) => counter.next({ numId: '1', ilvl })?.suffix), ['\t', ' ', '']);
  });
});
