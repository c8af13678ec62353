// The issue-4 rules on symbols and dates (masthead, date-format, meeting-dates, resolution-citation)
// on the reference seed draft: they report nothing there (its expected issue-4 findings belong to
// other rules). Small edits of the seed show that the silence is not for want of looking.

import * as assert from 'node:assert/strict';
import { check } from '../../server/src/core/index';
import { hasShared, readSeed } from '../helpers/paths';

const IDS = ['masthead', 'date-format', 'meeting-dates', 'resolution-citation'];

(hasShared() ? describe : describe.skip)('issue 4 symbol and date rules on the seed draft', () => {
  let text: string;
  before(() => {
    text = readSeed();
  });

  const findings = (t: string, id?: string): string[] => check(t, { only: id ? [id] : IDS }).map((f) => `${f.ruleId}: ${f.message}`);
  /** The rule, message id and data of each finding: what a test of the rules converted to ids compares. */
  const found = (t: string, id: string): [string, string | undefined, unknown][] => check(t, { only: [id] }).map((f) => [f.ruleId, f.messageId, f.data]);
  const edit = (from: string, to: string): string => {
    assert.equal(text.split(from).length, 2, `"${from}" occurs once in the seed`);
    return text.replace(from, to);
  };

  it('reports nothing on the seed', () => {
    assert.deepEqual(findings(text), []);
  });

  it('masthead: sees the seed masthead and the own symbol of paragraph 31', () => {
    const f = findings(edit('Distr.: Limited', 'Distr.: General'), 'masthead');
    assert.equal(f.length, 1);
    assert.match(f[0], /"Distr\.: General" disagrees with the symbol "UNODC\/CCPCJ\/EG\.4\/2018\/L\.1"/);
    assert.match(findings(edit('3 April 2018\n', 'April 3, 2018\n'), 'masthead')[0], /expected "3 April 2018"/);
  });

  it('date-format: reads the dates of the seed', () => {
    const f = found(edit('from 17 to 21 January 2011', 'from 17–21 January 2011'), 'date-format');
    assert.deepEqual(f, [['date-format', 'fromWithDash', { written: 'from 17–21 January 2011', word: 'from', expected: 'from 17 to 21 January 2011' }]]);
  });

  it('meeting-dates: checks the meetings of paragraphs 9, 27 and 31 against 3–5 April 2018', () => {
    const f = found(edit('At its 6th meeting, on 5 April 2018', 'At its 6th meeting, on 6 April 2018'), 'meeting-dates');
    assert.deepEqual(f, [['meeting-dates', 'afterSession', { mention: 'At its 6th meeting, on 6 April 2018', session: '3–5 April 2018' }]]);
  });

  it('resolution-citation: sees the citations of paragraphs 1, 3, 6 and 30', () => {
    const f = found(edit('General Assembly resolution [65/230](#)', 'GA resolution [65/230](#)'), 'resolution-citation');
    assert.deepEqual(f, [['resolution-citation', 'bodyAbbreviated', { abbreviation: 'GA', word: 'resolution', full: 'General Assembly', expectedWord: 'resolution' }]]);
    const bare = found(edit('In its resolution 26/4, adopted at its twenty-sixth session in May 2017, the Commission on Crime Prevention and Criminal Justice', 'Resolution 26/4, adopted at the twenty-sixth session in May 2017,'), 'resolution-citation');
    assert.deepEqual(bare, [['resolution-citation', 'noBody', { word: 'Resolution', number: '26/4' }]]);
  });
});
