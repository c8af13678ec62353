// A draft with hundreds of thousands of findings is broken input: each rule reports the first N of a
// document in full, then one finding that says how many more there are (N from CheckOptions).

import * as assert from 'node:assert/strict';
import { checkDraft, DEFAULT_MAX_FINDINGS_PER_RULE } from '../../server/src/core/index';

const OPENS = '['.repeat(12_000);

describe('findings cap per rule and document', () => {
  it('reports the first N findings of a rule, then one finding counting the rest', () => {
    const all = checkDraft(OPENS, { only: ['unresolved-bracket'], maxFindingsPerRule: 0 }).findings;
    assert.ok(all.length > 10_000, `${all.length} findings without a cap`);
    const capped = checkDraft(OPENS, { only: ['unresolved-bracket'], maxFindingsPerRule: 100 }).findings;
    assert.equal(capped.length, 101);
    assert.deepEqual(capped.slice(0, 100), all.slice(0, 100));
    const summary = capped[100];
    assert.equal(summary.ruleId, 'unresolved-bracket');
    assert.equal(summary.message, `${all.length - 100} more unresolved-bracket findings in this document are not listed (at most 100 per rule are)`);
    assert.deepEqual(summary.range, all[100].range);
    assert.deepEqual(summary.fixes, []);
  });

  it('caps by default at a few thousand, and does not cap below the limit', () => {
    assert.ok(DEFAULT_MAX_FINDINGS_PER_RULE >= 1000 && DEFAULT_MAX_FINDINGS_PER_RULE <= 10_000);
    const capped = checkDraft(OPENS, { only: ['unresolved-bracket'] }).findings;
    assert.equal(capped.length, DEFAULT_MAX_FINDINGS_PER_RULE + 1);
    const few = checkDraft('[a] [b]', { only: ['unresolved-bracket'], maxFindingsPerRule: 2 }).findings;
    assert.equal(few.length, 2);
    assert.ok(few.every((f) => !/not listed/.test(f.message)));
  });

  it('gives the summary the most severe severity it stands for, so the exit status does not change', () => {
    const capped = checkDraft(OPENS, { only: ['unresolved-bracket'], maxFindingsPerRule: 10, rules: { 'unresolved-bracket': 'error' } }).findings;
    assert.equal(capped[10].severity, 'error');
  });
});
