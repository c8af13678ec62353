// The data behind the editorial rules: State name variants point at real UNTERM short names, the
// abbreviation list is consistent, and numbers are spelled the UN way.

import * as assert from 'node:assert/strict';
import { ABBREVIATIONS, lookupAbbreviation, NEVER_ABBREVIATED } from '../../server/src/core/data/abbreviations';
import { ACCEPTED_STATE_FORMS, lookupStateVariant, STATE_VARIANTS } from '../../server/src/core/data/state-variants';
import { lookupState, STATES } from '../../server/src/core/data/states';
import { numberWords } from '../../server/src/core/rules/number-style';

describe('editorial data', () => {
  const shorts = new Set(STATES.map((s) => s.short));

  it('every State variant points at a UNTERM short name and is not one itself', () => {
    for (const v of STATE_VARIANTS) {
      assert.ok(shorts.has(v.short), `${v.name} -> ${v.short}`);
      assert.ok(!shorts.has(v.name), `${v.name} is a short name`);
      if (v.renamed !== undefined) {
        assert.match(v.renamed, /^(19[4-9]\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, v.name);
      }
    }
  });

  it('finds variants regardless of case, accents and "the", but keeps abbreviations exact', () => {
    assert.equal(lookupStateVariant('the islamic republic of iran')?.short, 'Iran (Islamic Republic of)');
    assert.equal(lookupStateVariant('vietnam')?.short, 'Viet Nam');
    assert.equal(lookupStateVariant('US')?.short, 'United States of America');
    assert.equal(lookupStateVariant('us'), undefined);
    assert.equal(lookupStateVariant('Brazil'), undefined);
  });

  it('accepted alternative forms denote a State', () => {
    for (const f of ACCEPTED_STATE_FORMS) assert.ok(lookupState(f), f);
  });

  it('abbreviations are unique, in capitals, and distinct from the titles never abbreviated', () => {
    const seen = new Set<string>();
    for (const a of ABBREVIATIONS) {
      assert.ok(!seen.has(a.abbr), `duplicate ${a.abbr}`);
      seen.add(a.abbr);
      assert.match(a.abbr, /^[A-Z][A-Z0-9-]*[A-Z0-9]$/);
      assert.ok(!NEVER_ABBREVIATED.has(a.abbr), a.abbr);
      assert.ok(a.full.length > a.abbr.length, a.abbr);
      if (a.plural) assert.equal(a.plural.abbr, `${a.abbr}s`);
    }
    assert.equal(lookupAbbreviation('UNTOC')?.full, 'United Nations Convention against Transnational Organized Crime');
    assert.equal(lookupAbbreviation('ICT')?.plural?.full, 'information and communications technologies');
  });

  it('spells numbers from one to ninety-nine', () => {
    assert.equal(numberWords(3), 'three');
    assert.equal(numberWords(15), 'fifteen');
    assert.equal(numberWords(40), 'forty');
    assert.equal(numberWords(91), 'ninety-one');
    assert.equal(numberWords(0), undefined);
    assert.equal(numberWords(100), undefined);
  });
});
