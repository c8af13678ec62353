// The reader of times of day (core/un/times.ts) behind time-of-day: what it takes for a time, where a time
// ends, what it refuses (figures that go on, hours out of range, letters after a.m.) and the UN form it gives.

import * as assert from 'node:assert/strict';
import { readClock, readMeridiem, readTimeExpression, unTimeForm } from '../../server/src/core/un/times';

/** The written span of the expression whose figure starts the string, or undefined. */
const span = (s: string): string | undefined => {
  const e = readTimeExpression(s, 0);
  return e && s.slice(e.start, e.end);
};

const form = (s: string, capitals = false): { expected: string; defects: string[] } | undefined => {
  const e = readTimeExpression(s, 0);
  if (!e) return undefined;
  const f = unTimeForm(s, e, capitals);
  return { expected: f.parts.join(f.joiner), defects: [...f.defects].sort() };
};

describe('times of day (un/times)', () => {
  it('reads a.m. and p.m. in every spelling a drafter uses, with the space before them', () => {
    for (const m of [' a.m.', ' am', ' AM', 'am', 'AM', ' A.M.', ' a. m.', ' p.m', ' PM.', '\u00a0p.m.']) {
      const r = readMeridiem(m + ' next', 0);
      assert.ok(r, m);
      assert.equal(r.end, m.length, m);
    }
    assert.equal(readMeridiem(' a.m. next', 0)?.dotted, true);
    assert.equal(readMeridiem(' AM next', 0)?.dotted, false);
  });

  it('refuses letters that only begin a word, mixed case, and a.m without its stop before a letter or figure', () => {
    for (const m of [' amendments', ' Am', ' aM', ' pmol', ' PM2.5', ' a.mx', ' a.m1', ' a.m/', ' a m']) assert.equal(readMeridiem(m, 0), undefined, m);
    // Without its final stop, a.m is read where nothing could continue it.
    for (const m of [' a.m', ' a.m,', ' a.m)', ' a.m–', ' a.m\n']) assert.ok(readMeridiem(m, 0), JSON.stringify(m));
  });

  it('reads only hours from 1 to 12 with minutes from 00 to 59, and no figure that goes on', () => {
    assert.equal(readClock('10.30 a.m.', 0)?.minutes, '30');
    assert.equal(readClock('10:30 a.m.', 0)?.minuteSep, ':');
    for (const s of ['13 p.m.', '0 a.m.', '00.30 a.m.', '100 pm', '2.5 pm', '1,000 pm', '10.12.2024', '10:30:15 am', '10.60 a.m.']) {
      const c = readClock(s, 0);
      assert.ok(c === undefined || c.meridiem === undefined, s);
    }
    assert.equal(span('15:00 hours'), undefined);
    assert.equal(span('1500 hours'), undefined);
  });

  it('reads a range: its first figure may lack a.m. or p.m., its second needs them (or is noon or midnight)', () => {
    assert.equal(span('3–6 p.m. daily'), '3–6 p.m.');
    assert.equal(span('3 - 6 PM daily'), '3 - 6 PM');
    assert.equal(span('10 a.m.–1 p.m. daily'), '10 a.m.–1 p.m.');
    assert.equal(span('9 a.m.–noon daily'), '9 a.m.–noon');
    assert.equal(span('3 to 6 p.m. daily'), '3 to 6 p.m.');
    assert.equal(span('2 and 4 pm daily'), '2 and 4 pm');
    // Two times, not a range: each is read on its own.
    assert.equal(span('10 a.m. to 1 p.m.'), '10 a.m.');
    // A bare figure with nothing after it is no time; nor is `9–noon` without a.m. on its first figure.
    assert.equal(span('3–6 May'), undefined);
    assert.equal(span('9–noon'), undefined);
  });

  it('gives the UN form and names each departure from it', () => {
    assert.deepEqual(form('10am'), { expected: '10 a.m.', defects: ['meridiem'] });
    assert.deepEqual(form('10 a.m.'), { expected: '10 a.m.', defects: [] });
    assert.deepEqual(form('10\u00a0a.m.'), { expected: '10\u00a0a.m.', defects: [] });
    assert.deepEqual(form('10.00 a.m.'), { expected: '10 a.m.', defects: ['zeroMinutes'] });
    assert.deepEqual(form('10:00 a.m.'), { expected: '10 a.m.', defects: ['zeroMinutes'] });
    assert.deepEqual(form('10:30 a.m.'), { expected: '10.30 a.m.', defects: ['colon'] });
    assert.deepEqual(form('09.30 a.m.'), { expected: '9.30 a.m.', defects: ['leadingZero'] });
    assert.deepEqual(form('3-6 p.m.'), { expected: '3–6 p.m.', defects: ['hyphenRange'] });
    assert.deepEqual(form('10AM-1PM'), { expected: '10 a.m.–1 p.m.', defects: ['hyphenRange', 'meridiem'] });
    // A full hour beside one with minutes keeps its zeros; a line in capitals keeps its AM.
    assert.deepEqual(form('3.00–4.30 p.m.'), { expected: '3.00–4.30 p.m.', defects: [] });
    assert.deepEqual(form('10 AM', true), { expected: '10 AM', defects: [] });
    assert.deepEqual(form('10.00 AM', true), { expected: '10 AM', defects: ['zeroMinutes'] });
  });
});
