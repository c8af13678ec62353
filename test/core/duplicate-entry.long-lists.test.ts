// duplicate-entry checks every list whatever its length (issue 10, item 5): a list of 20,000 State
// names on one line used to switch detection path past 20,000 characters and give nothing past 50,000.

import * as assert from 'node:assert/strict';
import { check } from '../../server/src/core/index';
import { STATES } from '../../server/src/core/data/states';

const ID = 'duplicate-entry';

/** One paragraph listing `n` State names, cycling through the UNTERM short names. */
function longList(n: number): string {
  const names = Array.from({ length: n }, (_, i) => STATES[i % STATES.length].short);
  return `1. The following States were represented: ${names.slice(0, -1).join(', ')} and ${names[n - 1]}.\n`;
}

/** Entries that repeat an earlier one: every name after the first with the same key. */
function expectedRepeats(n: number): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    const st = STATES[i % STATES.length];
    const key = st.iso3;
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats;
}

describe(`${ID} on long inline lists`, () => {
  for (const n of [300, 2_000, 6_197, 20_000]) {
    it(`reports every repeat in a list of ${n.toLocaleString('en')} States (${longList(n).length.toLocaleString('en')} characters)`, () => {
      // No findings cap (the engine lists 3,000 per rule by default): every repeat is counted.
      const findings = check(longList(n), { only: [ID], maxFindingsPerRule: 0 });
      assert.equal(findings.length, expectedRepeats(n));
      // One reading for every length: the list's head is named in every message.
      assert.ok(findings.every((f) => f.message.includes('after "States were represented:"')), findings[0]?.message);
      assert.ok(findings.every((f) => f.fixes.length === 1));
    });
  }

});
