// The one fixer: edits sorted, overlaps dropped, nothing outside an edit touched, repeated to a fixed point.

import * as assert from 'node:assert/strict';
import { applyEdits, chooseFixEdits, chosenFix, fixAll } from '../../server/src/core/index';
import type { Finding, Fix, FixSafety, TextEdit } from '../../server/src/core/index';

const edit = (start: number, end: number, newText: string): TextEdit => ({ range: { start, end }, newText });
const finding = (edits: TextEdit[], safety: FixSafety = 'safe'): Finding => ({
  ruleId: 'test', severity: 'warning', message: 'm', range: edits[0]?.range ?? { start: 0, end: 0 }, related: [],
  fixes: edits.length ? [{ title: 't', edits, safety }] : [],
});
const withFixes = (fixes: Fix[]): Finding => ({ ruleId: 'test', severity: 'warning', message: 'm', range: { start: 0, end: 1 }, related: [], fixes });

describe('fixer', () => {
  it('applies edits in any order by position', () => {
    const r = applyEdits('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A')]);
    assert.equal(r.text, 'AbcdEf');
    assert.equal(r.applied.length, 2);
  });

  it('drops an edit that overlaps an earlier one and keeps the rest of the text', () => {
    const r = applyEdits('abcdef', [edit(1, 4, 'X'), edit(3, 5, 'Y'), edit(5, 6, 'Z')]);
    assert.equal(r.text, 'aXeZ');
    assert.equal(r.dropped.length, 1);
  });

  it('accepts touching edits and drops a second insertion at the same offset', () => {
    assert.equal(applyEdits('abc', [edit(1, 2, 'B'), edit(2, 3, 'C')]).text, 'aBC');
    const r = applyEdits('abc', [edit(1, 1, 'x'), edit(1, 1, 'y')]);
    assert.equal(r.text, 'axbc');
    assert.equal(r.dropped.length, 1);
  });

  it('drops edits outside the text', () => {
    const r = applyEdits('abc', [edit(2, 9, 'x'), edit(-1, 0, 'y')]);
    assert.equal(r.text, 'abc');
    assert.equal(r.dropped.length, 2);
  });

  it('changes nothing outside the accepted ranges', () => {
    const text = 'The quick brown fox jumps over the lazy dog.';
    const edits = [edit(4, 9, 'slow'), edit(16, 19, 'cat'), edit(17, 30, 'ignored')];
    const r = applyEdits(text, edits);
    assert.equal(r.text, 'The slow brown cat jumps over the lazy dog.');
  });

  it('chooses whole fixes only and leaves a clashing fix for the next pass', () => {
    const f1 = finding([edit(0, 2, 'X'), edit(5, 6, 'Y')]);
    const f2 = finding([edit(1, 3, 'Z')]);
    const f3 = finding([edit(8, 9, 'W')]);
    assert.deepEqual(chooseFixEdits([f1, f2, f3]).map((e) => e.newText), ['X', 'Y', 'W']);
  });

  it('applies safe fixes only unless unsafe ones are asked for', () => {
    const safe = finding([edit(0, 1, 'S')]);
    const unsafe = finding([edit(2, 3, 'U')], 'unsafe');
    assert.deepEqual(chooseFixEdits([safe, unsafe]).map((e) => e.newText), ['S']);
    assert.deepEqual(chooseFixEdits([safe, unsafe], { unsafe: true }).map((e) => e.newText), ['S', 'U']);
    const check = (t: string): Finding[] => (t === 'abcd' ? [safe, unsafe] : []);
    assert.equal(fixAll('abcd', check).text, 'Sbcd');
    assert.equal(fixAll('abcd', check).fixesApplied, 1);
    assert.equal(fixAll('abcd', check, { unsafe: true }).text, 'SbUd');
    assert.equal(fixAll('abcd', check, { unsafe: true }).fixesApplied, 2);
  });

  it('takes a finding\'s first fix of an allowed kind', () => {
    const f = withFixes([
      { title: 'guess', edits: [edit(0, 1, 'G')], safety: 'unsafe' },
      { title: 'empty', edits: [], safety: 'safe' },
      { title: 'form', edits: [edit(0, 1, 'F')], safety: 'safe' },
    ]);
    assert.equal(chosenFix(f)?.title, 'form');
    assert.equal(chosenFix(f, { unsafe: true })?.title, 'guess');
    assert.equal(chosenFix(withFixes([{ title: 'guess', edits: [edit(0, 1, 'G')], safety: 'unsafe' }])), undefined);
  });

  it('repeats until nothing changes', () => {
    // Each pass turns the first "aa" into "a": a fixed point after several passes.
    const checkFn = (t: string): Finding[] => {
      const i = t.indexOf('aa');
      return i === -1 ? [] : [finding([edit(i, i + 2, 'a')])];
    };
    const r = fixAll('aaaa', checkFn);
    assert.equal(r.text, 'a');
    assert.equal(r.passes, 3);
  });

  it('stops after the pass limit on fixes that never settle', () => {
    let n = 0;
    const r = fixAll('x', (t) => [finding([edit(0, t.length, `x${++n}`)])]);
    assert.equal(r.passes, 10);
  });
});
