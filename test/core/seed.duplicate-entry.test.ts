// duplicate-entry on the reference seed draft: one finding, on the second "China" of paragraph 21,
// related to the first; its fix yields `…, Australia, Costa Rica and Algeria.` and changes nothing else.

import * as assert from 'node:assert/strict';
import { applyEdits, check, fixAll, parseDraft } from '../../server/src/core/index';
import type { DraftModel, Finding } from '../../server/src/core/index';
import { lookupState, normalizeStateName, STATES } from '../../server/src/core/data/states';
import { hasShared, readSeed } from '../helpers/paths';
import { paragraphAt, paragraphText } from '../helpers/seed-paragraphs';

const ID = 'duplicate-entry';

const FIXED_21 =
  '21. Statements were made by experts of the following States: Brazil, China, Ghana, Islamic Republic of Iran, Chile, ' +
  'Ukraine, Ecuador, Argentina, Mexico, Japan, Canada, United States of America, Russian Federation, Colombia, Germany, ' +
  'South Africa, United Kingdom of Great Britain and Northern Ireland, El Salvador, Paraguay, Tunisia, Australia, ' +
  'Costa Rica and Algeria.';

(hasShared() ? describe : describe.skip)(`${ID} on the seed draft`, () => {
  let text: string;
  let model: DraftModel;
  let findings: Finding[];
  before(() => {
    text = readSeed();
    model = parseDraft(text);
    findings = check(text, { only: [ID] });
  });

  it('gives one finding, on the second "China" of paragraph 21, related to the first', () => {
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(paragraphAt(model, f.range.start), 21);
    assert.equal(text.slice(f.range.start, f.range.end), 'China');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /"China" is listed twice/);
    const p21 = paragraphText(model, 21);
    const p21Start = model.paragraphs.find((p) => p.number === 21)!.range.start;
    assert.equal(f.range.start, p21Start + p21.lastIndexOf('China'));
    assert.equal(f.related.length, 1);
    assert.equal(f.related[0].range.start, p21Start + p21.indexOf('China'));
    assert.equal(text.slice(f.related[0].range.start, f.related[0].range.end), 'China');
  });

  it('does not report the panellists of paragraph 11 or the agenda of paragraph 27', () => {
    assert.ok(!findings.some((f) => [11, 27].includes(paragraphAt(model, f.range.start))));
  });

  it('fixes paragraph 21 to end "…, Australia, Costa Rica and Algeria." (an unsafe fix) and changes nothing else', () => {
    const fix = findings[0].fixes[0];
    assert.equal(fix.title, 'Remove the second “China”');
    assert.equal(fix.safety, 'unsafe');
    assert.equal(fixAll(text, (t) => check(t, { only: [ID] })).text, text, 'safe fixes leave the list alone');
    const once = applyEdits(text, fix.edits).text;
    assert.equal(paragraphText(parseDraft(once), 21), FIXED_21);
    // Only paragraph 21's line changed.
    const before = text.split('\n');
    const after = once.split('\n');
    assert.equal(after.length, before.length);
    const changed = before.map((l, i) => (l === after[i] ? -1 : i)).filter((i) => i !== -1);
    assert.deepEqual(changed, [model.paragraphs.find((p) => p.number === 21)!.line]);
    // Fixing to a fixed point gives the same text and leaves no finding.
    const fixed = fixAll(text, (t) => check(t, { only: [ID] }), { unsafe: true }).text;
    assert.equal(fixed, once);
    assert.deepEqual(check(fixed, { only: [ID] }), []);
  });
});

describe('State names data (data/states.ts)', () => {
  it('has the 193 Member States and 2 observer States with short and formal names', () => {
    assert.equal(STATES.filter((s) => s.status === 'member').length, 193);
    assert.equal(STATES.filter((s) => s.status === 'observer').length, 2);
    for (const s of STATES) {
      assert.match(s.iso3, /^[A-Z]{3}$/);
      assert.ok(!/^the /i.test(s.formal), `${s.formal} keeps its leading "the"`);
    }
  });

  it('looks up short names, formal names and aliases, ignoring case, accents, spacing, apostrophes and "the"', () => {
    assert.equal(lookupState('Islamic Republic of Iran')?.short, 'Iran (Islamic Republic of)');
    assert.equal(lookupState('the  islamic republic of IRAN')?.iso3, 'IRN');
    assert.equal(lookupState('Iran (Islamic Republic of)')?.formal, 'Islamic Republic of Iran');
    assert.equal(lookupState('Côte d’Ivoire')?.iso3, 'CIV');
    assert.equal(lookupState("Cote d'Ivoire")?.iso3, 'CIV');
    assert.equal(lookupState('Turkiye')?.iso3, 'TUR');
    assert.equal(lookupState('Netherlands (Kingdom of the)')?.short, 'Netherlands');
    assert.equal(lookupState('the Netherlands')?.iso3, 'NLD');
    assert.equal(lookupState('Federated States of Micronesia')?.short, 'Micronesia (Federated States of)');
    assert.equal(lookupState('Czech Republic')?.short, 'Czechia');
    assert.equal(lookupState('Iran'), undefined);
    assert.equal(lookupState('European Union'), undefined);
    assert.equal(lookupState('Niger')?.iso3, 'NER');
    assert.equal(lookupState('Nigeria')?.iso3, 'NGA');
    assert.equal(normalizeStateName('  The Gambia (the) '), normalizeStateName('gambia'));
  });
});
