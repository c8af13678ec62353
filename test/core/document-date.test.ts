// The document's date: where the parser finds it, how `documentDate` (CLI `--date`) overrides it, and
// the reading of a session held in two parts. Texts are written for these tests.

import * as assert from 'node:assert/strict';
import { check, parseDraft } from '../../server/src/core/index';
import { readDatePhrase } from '../../server/src/core/un/dates';
import { parseArgs } from '../../server/src/cli/args';

const LIST = '1. The following States were represented: Chile, Swaziland and Turkey.\n';
const countryFindings = (text: string, documentDate?: string): string[] =>
  check(text, { only: ['country-name'], ...(documentDate ? { documentDate } : {}) }).map((f) => f.message);

describe('document date', () => {
  it('reads the masthead date, also on one line and in the layout of the 1990s', () => {
    const tabbed = parseDraft('United Nations\tA/AC.9/2017/3\nGeneral Assembly\tDistr.: General\n3 April 2017\nOriginal: English\n\nI. Attendance\n\n' + LIST);
    assert.deepEqual({ ...tabbed.documentDate, range: undefined }, { year: 2017, month: 4, day: 3, source: 'masthead', range: undefined });
    const oneLine = parseDraft('A/AC.9/2017/3\nDistr.: General 5 May 2017 Original: English\n\nI. Attendance\n\n' + LIST);
    assert.equal(oneLine.documentDate?.day, 5);
    assert.equal(oneLine.masthead.original?.value, 'English');
    const old = parseDraft('UNITED NATIONS\nGeneral Assembly\tDistr.\n\tGENERAL\n\n\tA/50/9\n\t15 March 1995\n\n\tORIGINAL: SPANISH\n\nI. Attendance\n\n' + LIST);
    assert.equal(old.masthead.distribution?.value, 'GENERAL');
    assert.equal(old.masthead.original?.value, 'SPANISH');
    assert.deepEqual([old.documentDate?.year, old.documentDate?.month, old.documentDate?.source], [1995, 3, 'masthead']);
  });

  it('takes an Official Records date line, else the session in the title, else the year of the Official Records', () => {
    const line = parseDraft('A/64/9\n\nGeneral Assembly\nOfficial Records, 2009\n\n[30 April 2009]\n\nI. Attendance\n\n' + LIST);
    assert.deepEqual([line.documentDate?.day, line.documentDate?.month, line.documentDate?.source], [30, 4, 'date-line']);
    const session = parseDraft('Committee on Testing\nReport on the ninth session\n(10–14 March 2014 and 2–4 June 2014)\nSpecial Committee decision of 20 June 2015\n\nI. Attendance\n\n' + LIST);
    assert.deepEqual([session.documentDate?.year, session.documentDate?.month, session.documentDate?.day, session.documentDate?.source], [2014, 6, 4, 'session']);
    const records = parseDraft('General Assembly\nOfficial Records, 1996\n\nI. Attendance\n\n' + LIST);
    assert.deepEqual([records.documentDate?.year, records.documentDate?.month, records.documentDate?.source], [1996, undefined, 'official-records']);
    assert.equal(parseDraft('I. Attendance\n\n' + LIST).documentDate, undefined);
  });

  it('lets names of their date stand, and --date set the date', () => {
    const undated = 'I. Attendance\n\n' + LIST;
    assert.equal(countryFindings(undated).length, 2, 'without a date the document is current');
    assert.deepEqual(countryFindings(undated, '2010-06-01'), []);
    assert.deepEqual(countryFindings(undated, '2020-06-01'), ['"Swaziland" is not the UNTERM short name; use "Eswatini"']);
    assert.deepEqual(countryFindings(undated, '2018-04-18'), []);
    assert.equal(countryFindings(undated, '2018-04-19').length, 1);
    const r = check(undated, { only: ['country-name'], documentDate: '2018-02-30' });
    assert.equal(r.length, 2, 'an impossible date is ignored');
  });

  it('takes --date from the command line and rejects a date that is not one', () => {
    const ok = parseArgs(['--date', '2010-01-04', 'a.md']);
    assert.ok(ok.ok && ok.options.documentDate === '2010-01-04');
    const bad = parseArgs(['--date', '4 January 2010', 'a.md']);
    assert.ok(!bad.ok && /--date expects a date in the form YYYY-MM-DD/.test(bad.error));
  });

  it('reads a session held in two parts as one date expression', () => {
    for (const s of ['14–18 and 21–23 July 2025', '14 to 18 and from 21 to 23 July 2025']) {
      const p = readDatePhrase(s);
      assert.ok(p?.spans, s);
      assert.deepEqual(p.spans.map(([a, b]) => `${a.d}-${b.d}/${b.m}/${b.y}`), ['14-18/7/2025', '21-23/7/2025']);
      assert.equal(p.length, s.length);
    }
    assert.equal(readDatePhrase('3 to 5 April 2018')?.spans, undefined);
  });
});
