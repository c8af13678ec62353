// The ordering behind list-order: the key United Nations lists sort by, the entries out of place in a
// list (the fewest, never a cascade), the place of a former name on its date, and the sort fix.

import * as assert from 'node:assert/strict';
import { check, fixAll } from '../../server/src/core/index';
import { STATES } from '../../server/src/core/data/states';
import { orderKey, outOfPlace, placeOf } from '../../server/src/core/rules/list-order/order';

const ONLY = { only: ['list-order'] };

function reported(text: string): string[] {
  return check(text, ONLY).map((f) => text.slice(f.range.start, f.range.end));
}

describe('list-order', () => {
  it('sorts the UNTERM short names in the order of the reference list of Member and observer States', () => {
    const keys = STATES.map((s) => orderKey(s.short));
    const breaks = keys.flatMap((k, i) => (i > 0 && keys[i - 1] > k ? [`${STATES[i - 1].short} > ${STATES[i].short}`] : []));
    assert.deepEqual(breaks, []);
  });

  it('compares names without case, diacritics, apostrophes or parentheses, word by word', () => {
    assert.equal(orderKey("Côte d’Ivoire"), 'cote divoire');
    assert.equal(orderKey('Bolivia (Plurinational State of)'), 'bolivia plurinational state of');
    const names = ['Guyana', 'Guinea-Bissau', 'Guinea', 'Turkmenistan', 'Türkiye', 'Tunisia'];
    assert.deepEqual([...names].sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : 1)), ['Guinea', 'Guinea-Bissau', 'Guyana', 'Tunisia', 'Türkiye', 'Turkmenistan']);
  });

  it('reports the fewest entries out of place, one for one misplaced State', () => {
    assert.deepEqual(outOfPlace(['a', 'b', 'z', 'c', 'd', 'e']), [2]);
    assert.deepEqual(outOfPlace(['b', 'c', 'd', 'a']), [3]);
    assert.deepEqual(outOfPlace(['a', 'c', 'b', 'd']), [1]);
    assert.deepEqual(outOfPlace(['a', 'b', 'b', 'c']), []);
    assert.deepEqual(outOfPlace([]), []);
  });

  it('places a State at its short name, and a former name at its own place while it was the name in use', () => {
    assert.equal(placeOf('the Islamic Republic of Iran', undefined)?.name, 'Iran (Islamic Republic of)');
    assert.equal(placeOf('Swaziland', { year: 2010 })?.key, 'swaziland');
    assert.equal(placeOf('Swaziland', { year: 2020 })?.key, 'eswatini');
    assert.equal(placeOf('the former Yugoslav Republic of Macedonia', { year: 2015 })?.key, 'the former yugoslav republic of macedonia');
    assert.equal(placeOf('European Union', undefined)?.key, 'european union');
    assert.equal(placeOf('Atlantis', undefined), undefined);
  });

  it('finds the swapped pair of the issue and says which name comes first', () => {
    const text = '1. The following States were represented: Madagascar, Mauritius, Mexico, Mozambique, Malawi, Namibia and Nepal.\n';
    const findings = check(text, ONLY);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].messageId, 'before');
    assert.deepEqual(findings[0].data, { first: 'Malawi', second: 'Mauritius', head: 'States were represented:' });
  });

  it('leaves speaking order, sponsors and lists that state their order alone, whatever their entries', () => {
    for (const head of ['Statements were made by the following States:', 'The following States joined in sponsoring the draft resolution:', 'The States, in the order of their replies, are:']) {
      assert.deepEqual(reported(`1. ${head} Peru, China and Algeria.\n`), [], head);
    }
    assert.deepEqual(reported('1. The following States were represented: Peru, China and Algeria.\n'), ['Peru', 'China']);
  });

  it('sorts the list in one unsafe fix that converges and leaves duplicate-entry and country-name their findings', () => {
    const text = '1. The following States were represented: Chile, Brazil, Viet Nam, Turkey and Fiji.\n';
    const run = (t: string) => check(t, { only: ['list-order', 'duplicate-entry', 'country-name'] });
    const safe = fixAll(text, run);
    assert.match(safe.text, /represented: Chile, Brazil, Viet Nam, /, 'fix-all leaves the order: the sort is unsafe');
    const all = fixAll(text, run, { unsafe: true });
    assert.equal(all.text, '1. The following States were represented: Brazil, Chile, Fiji, Türkiye and Viet Nam.\n');
    assert.deepEqual(run(all.text), []);
  });

  it('leaves a repeat to duplicate-entry and offers no sort for a list with one', () => {
    const text = '1. The following States were represented: Brazil, Chile, Peru, Chile and Angola.\n';
    const findings = check(text, ONLY);
    assert.deepEqual(findings.map((f) => text.slice(f.range.start, f.range.end)), ['Angola']);
    assert.deepEqual(findings[0].fixes, []);
  });
});
