// The message ids and data of the rules converted last (paragraph-numbering, heading-numbering,
// abbreviation, list-order, term-consistency, meeting-dates, number-style, resolution-citation,
// agenda-reference, date-format, and the rest of document-symbol): each kind of finding has its own id, and the data carry the facts
// (numbers, names, the text found and expected), so these tests hold whatever the wording.

import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/index';

const ids = (text: string, rule: string): [string | undefined, unknown][] => checkDraft(text, { only: [rule] }).findings.map((f) => [f.messageId, f.data]);

describe('message ids of the rules converted last', () => {
  it('paragraph-numbering: a gap, a repeat, a restart in a chapter, a gap in an annex, a number without its period', () => {
    assert.deepEqual(ids('1. The Committee met.\n\n2. It adopted the agenda.\n\n4. It heard statements.\n\n4. It closed.\n', 'paragraph-numbering'), [
      ['missingOne', { number: 4, previous: 2, missing: 3, expected: 3 }],
      ['repeated', { number: 4, firstLine: 5, expected: 4 }],
    ]);
    assert.deepEqual(ids('1. The Committee met.\n\n2. It adopted the agenda.\n\n6. It closed.\n', 'paragraph-numbering'), [['missingMany', { number: 6, previous: 2, from: 3, to: 5, expected: 3 }]]);
    assert.deepEqual(ids('I. Organization\n\n1. The Committee met.\n\n2. It adopted the agenda.\n\nII. Adoption\n\n1. It adopted the report.\n\n2. It closed.\n', 'paragraph-numbering'), [
      ['restartInChapter', { expected: 3, chapter: 'II' }],
    ]);
    assert.deepEqual(ids('1. The Committee met.\n\n2. It adopted the agenda.\n\nAnnex II\n\n1. First.\n\n3. Third.\n', 'paragraph-numbering'), [
      ['missingOneInAnnex', { number: 3, previous: 1, missing: 2, annex: 'II' }],
    ]);
    assert.deepEqual(ids('1. The Committee met.\n\n2 It adopted the agenda and heard the statements of the delegations.\n', 'paragraph-numbering').filter(([id]) => id === 'noPeriod'), [['noPeriod', { number: '2' }]]);
  });

  it('heading-numbering: a chapter out of order, a lone section, a subparagraph skipped, with the container named', () => {
    assert.deepEqual(ids('I. Introduction\n\n1. The Committee met.\n\nIII. Adoption\n\n2. It closed.\n', 'heading-numbering'), [
      ['chapterFollows', { label: 'III.', container: 'the report', expected: 'II.', previous: 'I.' }],
    ]);
    assert.deepEqual(ids('I. Introduction\n\nA. Opening\n\n1. The Committee met.\n\n2. It decided:\n\n(a) To meet;\n\n(c) To close.\n', 'heading-numbering'), [
      ['loneSection', { title: 'Opening', container: 'chapter I' }],
      ['subparagraphFollows', { label: '(c)', container: 'paragraph 2', expected: '(b)', previous: '(a)' }],
    ]);
  });

  it('abbreviation: a title never abbreviated, one never spelled out, one used before it is spelled out', () => {
    assert.deepEqual(ids('1. The UN met. The UNDP attended. The FOO met, and later the Friends of Others (FOO) met.\n', 'abbreviation'), [
      ['neverAbbreviated', { written: 'UN', full: 'United Nations' }],
      ['neverSpelledOut', { written: 'UNDP', full: 'United Nations Development Programme', abbreviation: 'UNDP' }],
      ['usedBeforeSpelledOut', { written: 'FOO', abbreviation: 'FOO' }],
    ]);
  });

  it('list-order: two names out of order, with the name a formal name sorts by and the head of the list', () => {
    assert.deepEqual(ids('1. The following States attended the session: Chile, the Islamic Republic of Iran, France.\n', 'list-order'), [
      ['beforeSecondSorted', { first: 'France', second: 'the Islamic Republic of Iran', secondSortedAs: 'Iran (Islamic Republic of)', head: 'attended the session:' }],
    ]);
  });

  it('term-consistency: lower case, "Chairman", straight quotation marks, a body\'s name with a slip', () => {
    const text = '1. The Expert Group met. The Expert Group adopted the report. Later the expert group closed. The Chairman spoke. He quoted "a" and “b” and “c”.\n';
    assert.deepEqual(ids(text, 'term-consistency'), [
      ['lowerCase', { written: 'expert group', name: 'Expert Group' }],
      ['chairman', { written: 'Chairman', expected: 'Chair' }],
      ['straightQuotes', { quoted: '"a"', curly: 2, straight: 1 }],
    ]);
    assert.deepEqual(ids('1. The Conference of Parties met.\n', 'term-consistency'), [['nameMissingWord', { written: 'Conference of Parties', name: 'Conference of the Parties', word: 'the' }]]);
    assert.deepEqual(ids('1. The Alliance of Small Island States met. The Alliance of Small Islands States spoke.\n', 'term-consistency'), [
      ['nameOtherWordElsewhere', { written: 'Alliance of Small Islands States', name: 'Alliance of Small Island States', found: 'Islands', expected: 'Island' }],
    ]);
  });

  it('number-style: a small number, a figure opening a sentence, "%", "percent", a percentage in words, a compound without hyphen', () => {
    assert.deepEqual(ids('1. The Committee heard 3 speakers. 5 speakers left. Some 20% agreed, 20 percent did not, one per cent abstained, and twenty one members met.\n', 'number-style'), [
      ['smallNumber', { written: '3 speakers', threshold: 10, words: 'three' }],
      ['sentenceStart', { figure: '5', words: 'Five' }],
      ['percentSign', { written: '20%' }],
      ['percentWord', { written: '20 percent' }],
      ['percentInWords', { words: 'one', figure: 1 }],
      ['compoundHyphen', { written: 'twenty one', expected: 'twenty-one' }],
    ]);
  });

  it('resolution-citation: an abbreviated body and "res.", "No.", a wrong separator, a letter run into the number, no body', () => {
    const text = '1. Recalling GA res. 65/230 and General Assembly resolution No. 70/1, General Assembly resolution 70-174 and General Assembly resolution 31/16A, the Committee met.\n';
    assert.deepEqual(ids(text, 'resolution-citation'), [
      ['bodyAbbreviated', { abbreviation: 'GA', word: 'res.', full: 'General Assembly', expectedWord: 'resolution' }],
      ['resolutionAbbreviated', { written: 'res. 65/230', expected: 'resolution 65/230' }],
      ['labelBeforeNumber', { written: 'resolution No. 70/1', label: 'No.', word: 'resolution', number: '70/1' }],
      ['numberSeparator', { word: 'resolution', written: '70-174', separator: '-', expected: '70/174' }],
      ['letterJoined', { number: '31/16', letter: 'A' }],
    ]);
    assert.deepEqual(ids('1. As requested in resolution 26/4, a note was prepared.\n', 'resolution-citation'), [['noBody', { word: 'resolution', number: '26/4' }]]);
  });

  it('date-format: each form of date has its id, with the date as written and as expected', () => {
    const text = '1. The Committee met on April 3, 2018, from 3–5 April 2018, on 3rd April 2018, on 3 April, 2018, on 04/05/2018, on 31/12/2018 and on 31 April 2018.\n';
    assert.deepEqual(ids(text, 'date-format'), [
      ['monthFirst', { written: 'April 3, 2018', expected: '3 April 2018' }],
      ['fromWithDash', { written: 'from 3–5 April 2018', word: 'from', expected: 'from 3 to 5 April 2018' }],
      ['ordinal', { written: '3rd April', expected: '3 April' }],
      ['commaBeforeYear', { written: '3 April, 2018', expected: '3 April 2018' }],
      ['figuresAmbiguous', { written: '04/05/2018', dayFirst: '4 May 2018', monthFirst: '5 April 2018' }],
      ['figures', { written: '31/12/2018', expected: '31 December 2018' }],
      ['noSuchDay', { written: '31 April 2018', month: 'April', year: 2018, day: 31 }],
    ]);
    assert.deepEqual(ids('1. The Committee met on 3-5 April 2018.\n', 'date-format'), [['hyphenRange', { written: '3-5 April 2018', expected: '3–5 April 2018', expectedInWords: '3 to 5 April 2018' }]]);
    const spans = '1. The plan for 2018-2030 covers January-March 2024; from 2005-2010, it was tested.\n';
    assert.deepEqual(ids(spans, 'date-format'), [
      ['hyphenYears', { written: '2018-2030', expected: '2018–2030' }],
      ['hyphenMonths', { written: 'January-March 2024', expected: 'January–March 2024' }],
      ['fromWithDash', { written: 'from 2005-2010', word: 'from', expected: 'from 2005 to 2010' }],
    ]);
  });

  it('meeting-dates: numbers falling with the dates, one meeting with two dates, a date after the session', () => {
    const text = 'United Nations\tA/AC.1/2018/L.1\nDistr.: Limited\n3 April 2018\nOriginal: English\n\nReport of the Committee on its session held in Vienna from 3 to 5 April 2018\n\n'
      + '1. At its 1st meeting, on 4 April 2018, the Committee met.\n\n2. At its 2nd meeting, on 3 April 2018, it met again.\n\n3. At its 1st meeting, on 5 April 2018, it adopted.\n\n4. At its 3rd meeting, on 10 April 2018, it closed.\n';
    assert.deepEqual(ids(text, 'meeting-dates'), [
      ['numbersFall', { meeting: '2nd', date: '3 April 2018', earlierMeeting: '1st', earlierDate: '4 April 2018' }],
      ['twoDates', { meeting: '1st', date: '5 April 2018', otherDate: '4 April 2018', other: 'At its 1st meeting, on 4 April 2018' }],
      ['afterSession', { mention: 'At its 3rd meeting, on 10 April 2018', session: '3–5 April 2018' }],
    ]);
  });

  it('document-symbol: hyphens, backslashes and a space inside a symbol, each with the symbol written and expected', () => {
    assert.deepEqual(ids('1. The Commission considered documents E-CN.15-2011-19 and E\\CN.15\\2011\\20.\n', 'document-symbol'), [
      ['hyphens', { written: 'E-CN.15-2011-19', expected: 'E/CN.15/2011/19' }],
      ['backslashes', { written: 'E\\CN.15\\2011\\20', expected: 'E/CN.15/2011/20' }],
    ]);
  });

  it('agenda-reference: an unknown item, an item without its number, another item\'s title, a wrong title', () => {
    const text = '1. The Committee adopted the following agenda:\n\n1. Opening of the session.\n\n2. Adoption of the agenda.\n\n3. Criminalization.\n\n'
      + '2. Under agenda item 7, the Committee met. Under agenda item, entitled “Criminalization”, it met. Under agenda item 2, entitled “Criminalization”, it met. Under agenda item 3, entitled “Procedures”, it met.\n';
    assert.deepEqual(ids(text, 'agenda-reference'), [
      ['unknownItem', { label: '7', count: 3, paragraph: 1 }],
      ['noNumber', { title: 'Criminalization', item: '3', paragraph: 1 }],
      ['titleOfOtherItem', { label: '2', agendaTitle: 'Adoption of the agenda', title: 'Criminalization', item: '3', paragraph: 1 }],
      ['wrongTitle', { label: '3', agendaTitle: 'Criminalization', title: 'Procedures', paragraph: 1 }],
    ]);
  });
});
