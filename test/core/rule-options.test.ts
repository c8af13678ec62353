// Rule options are real: each declared option changes what its rule reports, through the engine's
// CheckOptions.ruleOptions (rules never read configuration themselves), and a wrong value is a
// warning with the default kept, never a crash.

import * as assert from 'node:assert/strict';
import { allRules, checkDraft, validateRuleOptions, type CheckOptions } from '../../server/src/core/index';

function messages(text: string, rule: string, ruleOptions?: Record<string, unknown>): string[] {
  const options: CheckOptions = { only: [rule], ...(ruleOptions ? { ruleOptions: { [rule]: ruleOptions } } : {}) };
  const r = checkDraft(text, options);
  assert.deepEqual(r.warnings, []);
  return r.findings.map((f) => f.message);
}

/** The findings' message ids with their data: what the tests of a rule's options compare. */
function ids(text: string, rule: string, ruleOptions?: Record<string, unknown>): [string | undefined, unknown][] {
  const r = checkDraft(text, { only: [rule], ...(ruleOptions ? { ruleOptions: { [rule]: ruleOptions } } : {}) });
  assert.deepEqual(r.warnings, []);
  return r.findings.map((f) => [f.messageId, f.data]);
}

describe('rule options', () => {
  it('every declared option has a default that its own validation accepts', () => {
    for (const r of allRules) {
      for (const o of r.meta.options ?? []) {
        const v = validateRuleOptions(r.meta, { [o.name]: o.default });
        assert.deepEqual(v.problems, [], `${r.meta.id}.${o.name}`);
      }
    }
  });

  it('abbreviation: known abbreviations are spelled out at first use, neverSpellOut ones may stand', () => {
    const unknown = '1. The EGRIS met in Vienna.\n';
    assert.deepEqual(messages(unknown, 'abbreviation'), []);
    const known = ids(unknown, 'abbreviation', { known: { EGRIS: 'the Expert Group on Refugee Statistics' } });
    assert.deepEqual(known, [['neverSpelledOut', { written: 'EGRIS', full: 'Expert Group on Refugee Statistics', abbreviation: 'EGRIS' }]]);
    const builtIn = '1. The UNDP and the OSCE met.\n';
    assert.equal(messages(builtIn, 'abbreviation').length, 2);
    assert.deepEqual(ids(builtIn, 'abbreviation', { neverSpellOut: ['UNDP'] }).map(([, data]) => (data as { written: string }).written), ['OSCE']);
  });

  it('term-consistency: the body\'s terms keep their capitals from the first use, a group in general is left alone', () => {
    const text = '1. The expert group met. Later the Expert Group adopted its report. A second expert group was formed; an expert group meeting followed.\n';
    assert.deepEqual(messages(text, 'term-consistency'), []);
    const found = ids(text, 'term-consistency', { terms: ['the Expert Group'] });
    assert.deepEqual(found, [['ownTerm', { written: 'expert group', term: 'Expert Group' }]]);
  });

  it('number-style: the threshold and the labels', () => {
    const text = '1. The Committee considered basket 2 and took note.\n';
    assert.deepEqual(ids(text, 'number-style'), [['smallNumber', { written: '2', threshold: 10, words: 'two' }]]);
    assert.deepEqual(messages(text, 'number-style', { labels: ['Basket'] }), []);
    const lowered = messages('1. The Committee heard 3 speakers.\n', 'number-style', { threshold: 3 });
    assert.deepEqual(lowered, []);
    const raised = ids('1. The Committee heard 12 speakers.\n', 'number-style', { threshold: 20 });
    assert.deepEqual(raised, [['smallNumber', { written: '12 speakers', threshold: 20, words: 'twelve' }]]);
  });

  it('country-name: names accepted for this body', () => {
    const text = '1. The following States were represented: Austria, Kosovo, Chile.\n';
    assert.equal(messages(text, 'country-name').length, 1);
    assert.deepEqual(messages(text, 'country-name', { accepted: ['Kosovo'] }), []);
  });

  it('unresolved-bracket: bracket forms legitimate in this body\'s documents', () => {
    const text = '1. The report [to be issued] follows.\n';
    assert.equal(messages(text, 'unresolved-bracket').length, 1);
    assert.deepEqual(messages(text, 'unresolved-bracket', { legitimate: [' To be issued '] }), []);
  });

  it('document-symbol: the meeting\'s series when no symbol says it', () => {
    const text = '1. The Group had before it the provisional agenda (UNODC/CCPCJ/EG.4/2017/1).\n';
    assert.deepEqual(messages(text, 'document-symbol'), []);
    const found = messages(text, 'document-symbol', { meetingSeries: 'UNODC/CCPCJ/EG.4/2018' });
    assert.equal(found.length, 1);
    assert.match(found[0], /"UNODC\/CCPCJ\/EG\.4\/2017\/1" is cited as a document of this meeting but says 2017/);
  });

  it('a wrong option is a warning naming rule, option and what is expected; the default is kept', () => {
    const r = checkDraft('1. The Committee heard 3 speakers.\n', { only: ['number-style'], ruleOptions: { 'number-style': { threshold: 'ten', colour: 'red' }, 'no-such-rule': {} } });
    assert.deepEqual(r.warnings.sort(), [
      'Option "threshold" of rule "number-style": expected a number; its default is used.',
      'Rule "number-style" has no option "colour" (its options: "threshold", "labels").',
      'Unknown rule "no-such-rule" in the rule options.',
    ]);
    assert.equal(r.findings.length, 1);
    const bad = validateRuleOptions(allRules.find((x) => x.meta.id === 'document-symbol')!.meta, { meetingSeries: 'E/2018/1/x' });
    assert.match(bad.problems[0], /expected a symbol series ending in a four-digit year/);
  });
});
