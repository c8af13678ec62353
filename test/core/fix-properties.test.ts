// Property tests (fast-check) over generated drafts and mutated real ones: checking never throws and
// no rule fails; every finding and every edit lies inside the text; fixing twice gives the text of
// fixing once; text outside the edits is unchanged; CRLF, CR, a BOM and non-ASCII text survive.
// UNDRAFT_PROPERTY_RUNS sets how many drafts in all (default 10,000: 96 in 100 generated, the rest
// mutations of the seed draft and of the sample, which are larger and slower). Each draft is fixed in
// one mode, drawn with it. A failure prints fast-check's seed and the shrunk draft.
// UNDRAFT_PROPERTY_SEED fixes the drafts (default: a constant, so that a red build is reproducible and
// never depends on luck); UNDRAFT_PROPERTY_SEED=random draws new ones each run, to look for new bugs.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { fixText } from '../../server/src/cli/run';
import { applyEdits, checkDraft, chooseFixEdits } from '../../server/src/core/index';
import type { FixOptions } from '../../server/src/core/index';
import { hasShared, readSeed, REPO_ROOT } from '../helpers/paths';
import { draftArbitrary, mutatedArbitrary } from './draft-arbitraries';

const TOTAL_RUNS = Math.max(1, Number(process.env.UNDRAFT_PROPERTY_RUNS ?? 10000) || 10000);
const GENERATED_RUNS = Math.ceil(TOTAL_RUNS * 0.96);
const MUTATED_RUNS = Math.max(1, Math.ceil((TOTAL_RUNS - GENERATED_RUNS) / 2));

const SEED_SETTING = process.env.UNDRAFT_PROPERTY_SEED ?? '20261203';
const RUN_PARAMS: { seed?: number } = SEED_SETTING === 'random' ? {} : { seed: Number(SEED_SETTING) | 0 };

const MODES: readonly FixOptions[] = [{}, { unsafe: true }];

/** Lone UTF-16 surrogates: text that is no longer well-formed. */
function loneSurrogates(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else n++;
    } else if (c >= 0xdc00 && c <= 0xdfff) n++;
  }
  return n;
}

/** The line-ending style when the text uses one only. */
function eolStyle(s: string): 'lf' | 'crlf' | 'cr' | 'none' | 'mixed' {
  const crlf = s.split('\r\n').length - 1;
  const cr = s.split('\r').length - 1 - crlf;
  const lf = s.split('\n').length - 1 - crlf;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
}

/** Every property for one draft, fixing in one mode; throws (with a readable message) on the first broken one. */
function checkProperties(text: string, mode: FixOptions): void {
  const result = checkDraft(text);
  assert.deepEqual(result.warnings, [], 'no rule failed');
  for (const f of result.findings) {
    assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId}: finding inside the text`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        assert.ok(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= text.length, `${f.ruleId}: "${fix.title}" edits inside the text`);
      }
    }
  }
  {
    // One pass through the fixer: the text between the applied edits is the text before them.
    const once = applyEdits(text, chooseFixEdits(result.findings, mode));
    let from = 0;
    let to = 0;
    for (const e of once.applied) {
      const kept = text.slice(from, e.range.start);
      assert.equal(once.text.slice(to, to + kept.length), kept, 'text outside the edits is unchanged');
      to += kept.length + e.newText.length;
      from = e.range.end;
    }
    assert.equal(once.text.slice(to), text.slice(from), 'text after the last edit is unchanged');

    // Every pass, as the CLI runs it (line endings kept): fixing again changes nothing.
    const fixed = fixText(text, {}, mode);
    assert.equal(fixText(fixed, {}, mode), fixed, `fixing twice gives the text of fixing once${mode.unsafe ? ' (unsafe too)' : ''}`);
    if (text.charCodeAt(0) === 0xfeff) assert.equal(fixed.charCodeAt(0), 0xfeff, 'the BOM stays first');
    const style = eolStyle(text);
    if (style === 'crlf' || style === 'cr' || style === 'lf') assert.ok(['none', style].includes(eolStyle(fixed)), `${style} line ends survive`);
    assert.ok(loneSurrogates(fixed) <= loneSurrogates(text), 'no character is cut in half');
  }
}

/** Each draft is fixed in one mode, safe or safe and unsafe, drawn with it (half the time each). */
function property(arb: fc.Arbitrary<string>): fc.IPropertyWithHooks<[string, FixOptions]> {
  return fc.property(arb, fc.constantFrom(...MODES), (text, mode) => {
    checkProperties(text, mode);
  });
}

describe(`fix properties (${TOTAL_RUNS} drafts; UNDRAFT_PROPERTY_RUNS)`, function () {
  this.timeout(600000);

  it(`hold on ${GENERATED_RUNS} generated drafts`, () => {
    fc.assert(property(draftArbitrary()), { numRuns: GENERATED_RUNS, ...RUN_PARAMS });
  });

  it(`hold on ${MUTATED_RUNS} mutations of the sample draft`, () => {
    const sample = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'sample-draft.md'), 'utf8');
    fc.assert(property(mutatedArbitrary(sample)), { numRuns: MUTATED_RUNS, ...RUN_PARAMS });
  });

  it(`hold on ${MUTATED_RUNS} mutations of the seed draft`, function () {
    if (!hasShared()) this.skip();
    fc.assert(property(mutatedArbitrary(readSeed())), { numRuns: MUTATED_RUNS, ...RUN_PARAMS });
  });

  it('tell line-ending styles and lone surrogates apart', () => {
    assert.equal(eolStyle('a\r\nb\nc'), 'mixed');
    assert.equal(eolStyle('a\r\nb\r\n'), 'crlf');
    assert.equal(eolStyle('a\rb\r'), 'cr');
    assert.equal(loneSurrogates('a\ud83d'), 1);
    assert.equal(loneSurrogates('a😀'), 0);
  });
});
