// The message ids of the rules whose data once held pieces of sentences (split-paragraph's `where` and
// `gap`, duplicate-entry's `where` and `action`, the masthead date's `problem`, a malformed symbol's
// `reasons`, unresolved-bracket's `nested`, country-name's `suggestions`): each wording has its own id,
// and the data hold only facts (names, numbers, text found and expected).

import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/index';

const ids = (text: string, rule: string): [string | undefined, unknown][] => checkDraft(text, { only: [rule] }).findings.map((f) => [f.messageId, f.data]);

describe('message ids whose data are facts, not sentence pieces', () => {
  it('split-paragraph: a numbered paragraph or not, one blank line or several, with the number and the count', () => {
    const numbered = (gap: string): string => `1. The Committee considered the report of the Working Group on its methods of work and decided to${gap}request the secretariat to prepare a note on the matter for its next session.\n`;
    const parts = { tail: 'request the secretariat to prepare a…', head: '…of work and decided to' };
    assert.deepEqual(ids(numbered('\n\n'), 'split-paragraph'), [['split', { paragraph: 1, ...parts }]]);
    assert.deepEqual(ids(numbered('\n\n\n\n'), 'split-paragraph'), [['splitBlankLines', { paragraph: 1, blanks: 3, ...parts }]]);
    const unnumbered = (gap: string): string => `II. Summary of deliberations\n\nSpeakers expressed appreciation for the work of the Secretariat in preparing the background paper, taking into account${gap}the recommendations of the previous meeting and the views of civil society.\n`;
    const plain = { tail: 'the recommendations of the previous…', head: '…paper, taking into account' };
    assert.deepEqual(ids(unnumbered('\n\n'), 'split-paragraph'), [['unnumberedSplit', plain]]);
    assert.deepEqual(ids(unnumbered('\n\n\n'), 'split-paragraph'), [['unnumberedSplitBlankLines', { blanks: 2, ...plain }]]);
  });

  it('duplicate-entry: a list of States or not, numbered items or not, with a head or not, the same name or another form', () => {
    assert.deepEqual(ids('1. The following States were represented: France, Germany, Japan, France and Mexico.\n', 'duplicate-entry'), [
      ['stateListedTwiceAfterHead', { name: 'France', head: 'States were represented:', first: 1, repeat: 4, count: 5 }],
    ]);
    assert.deepEqual(ids('1. France, Germany, Japan, France and Mexico were represented.\n', 'duplicate-entry'), [
      ['stateListedTwice', { name: 'France', first: 1, repeat: 4, count: 5 }],
    ]);
    assert.deepEqual(ids('1. Bolivia (Plurinational State of), Chile, Plurinational State of Bolivia and Uruguay attended.\n', 'duplicate-entry'), [
      ['stateRepeats', { name: 'Plurinational State of Bolivia', firstName: 'Bolivia (Plurinational State of)', first: 1, repeat: 3, count: 4 }],
    ]);
    const agenda = '1. The Committee adopted the following agenda:\n\n(a) Opening of the session;\n\n(b) Election of officers;\n\n(c) Opening of the session;\n\n(d) Adoption of the report.\n';
    assert.deepEqual(ids(agenda, 'duplicate-entry'), [
      ['itemListedTwiceAfterHead', { name: 'Opening of the session', head: 'the following agenda:', first: 1, repeat: 3, count: 4 }],
    ]);
  });

  it('masthead: each way a date departs from the UN form has its id, with the date and the date expected', () => {
    const masthead = (date: string): [string | undefined, unknown][] => ids(`United Nations\tE/CN.3/2026/L.1\nDistr.: Limited\n${date}\nOriginal: English\n\n1. The Commission met.\n`, 'masthead');
    const cases: [string, string, string][] = [
      ['3rd April 2026', 'dateOrdinal', '3 April 2026'],
      ['03 April 2026', 'dateLeadingZero', '3 April 2026'],
      ['3 of April 2026', 'dateOf', '3 April 2026'],
      ['3 april 2026', 'dateMonthName', '3 April 2026'],
      ['3 April, 2026', 'dateCommaBeforeYear', '3 April 2026'],
      ['3rd april 2026', 'dateForm', '3 April 2026'],
      ['April 3, 2026', 'dateMonthFirst', '3 April 2026'],
      ['13/04/2026', 'dateMonthInFigures', '13 April 2026'],
      ['2026-04-03', 'dateIso', '3 April 2026'],
    ];
    for (const [date, id, expected] of cases) assert.deepEqual(masthead(date), [[id, { date, expected }]], date);
    assert.deepEqual(masthead('31 April 2026'), [['dateNoSuchDay', { date: '31 April 2026', month: 'April', year: 2026, day: 31 }]]);
    assert.deepEqual(masthead('04/05/2026'), [['dateMonthInFiguresAmbiguous', { date: '04/05/2026', dayFirst: '4 May 2026', monthFirst: '5 April 2026' }]]);
  });

  it('document-symbol: each kind of malformed component has its id, with the symbol, the component and what is expected', () => {
    const symbol = (s: string): [string | undefined, unknown][] => ids(`1. The Committee considered document ${s} at its meeting.\n`, 'document-symbol');
    assert.deepEqual(symbol('E/CN.15/2019/L/1'), [['malformedDot', { symbol: 'E/CN.15/2019/L/1', component: 'L', meaning: 'limited distribution', expected: 'E/CN.15/2019/L.1' }]]);
    assert.deepEqual(symbol('E/CN.15/2019/INF.1'), [['malformedSlash', { symbol: 'E/CN.15/2019/INF.1', component: 'INF', meaning: 'information series', expected: 'E/CN.15/2019/INF/1' }]]);
    for (const [written, id, word] of [['ADD.1', 'malformedAddendum', 'Add.1'], ['amend.1', 'malformedAmendment', 'Amend.1'], ['corr.1', 'malformedCorrigendum', 'Corr.1'], ['rev.1', 'malformedRevision', 'Rev.1']]) {
      assert.deepEqual(symbol(`E/CN.15/2019/1/${written}`), [[id, { symbol: `E/CN.15/2019/1/${written}`, expected: `E/CN.15/2019/1/${word}` }]]);
    }
    assert.deepEqual(symbol('E/CN15/2019/1'), [['malformedBodyNumber', { symbol: 'E/CN15/2019/1', expected: 'E/CN.15/2019/1' }]]);
    assert.deepEqual(symbol('E/CN.15/19/1'), [['malformedEcosocYearUnsure', { symbol: 'E/CN.15/19/1' }]]);
    assert.deepEqual(symbol('E/CN.15/19/1 and E/CN.15/2019/2'), [['malformedEcosocYear', { symbol: 'E/CN.15/19/1', expected: 'E/CN.15/2019/1' }]]);
    assert.deepEqual(symbol('S/94/1'), [['malformedSecurityCouncilYearUnsure', { symbol: 'S/94/1' }]]);
    assert.deepEqual(symbol('E/C.12/19/1 and E/C.12/2019/2'), [['malformedSeriesYear', { symbol: 'E/C.12/19/1', series: 'E/C.12', expected: 'E/C.12/2019/1' }]]);
    assert.deepEqual(symbol('E/CN15/2019/L/1'), [['malformedSeveral', { symbol: 'E/CN15/2019/L/1', count: 2, expected: 'E/CN.15/2019/L.1' }]]);
  });

  it('unresolved-bracket: a bracket inside other brackets and one running to a later line, with the line', () => {
    assert.deepEqual(ids('1. The Committee [welcomed [warmly]] the report.\n', 'unresolved-bracket'), [
      ['unagreed', { bracketed: '[welcomed [warmly]]' }],
      ['unagreedNested', { bracketed: '[warmly]' }],
    ]);
    assert.deepEqual(ids('1. The meeting was held on [[date]].\n', 'unresolved-bracket'), [['unagreed', { bracketed: '[[date]]' }], ['placeholderNested', { bracketed: '[date]' }]]);
    const across = '1. The Committee met.\n\n[2. The Committee welcomed the report\nof the Board and thanked the Secretariat.]\n\n3. It closed.\n';
    assert.deepEqual(ids(across, 'unresolved-bracket'), [['paragraphToLine', { paragraph: 2, bracketed: '[2. The Committee welcomed the report', closeLine: 4 }]]);
  });

  it('country-name: a name that is no State\'s, with none, one or two of the closest names', () => {
    const list = (name: string): [string | undefined, unknown][] => ids(`1. The following States were represented: ${name}, France, Germany and Japan.\n`, 'country-name');
    assert.deepEqual(list('Xyzzyland'), [['unknown', { name: 'Xyzzyland' }]]);
    assert.deepEqual(list('Phillipines'), [['unknownWithSuggestion', { name: 'Phillipines', suggestion: 'Philippines' }]]);
    assert.deepEqual(list('Austrai'), [['unknownWithTwoSuggestions', { name: 'Austrai', first: 'Australia', second: 'Austria' }]]);
  });
});
