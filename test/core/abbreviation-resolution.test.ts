// "GA resolution 65/230" is one defect: resolution-citation (R14) reports and fixes the citation,
// abbreviation (R34) stays silent there but still reports the body's abbreviation elsewhere.
import * as assert from 'node:assert/strict';
import { applyEdits, check } from '../../server/src/core/index';

const HEAD = 'Distr.: Limited\n12 March 2024\n\nOriginal: English\n\nCommission on Narcotic Drugs\n\nI. Introduction\n\n';
const BOTH = { only: ['abbreviation', 'resolution-citation'] };

describe('abbreviation and resolution-citation on a body abbreviated before "resolution"', () => {
  it('reports "GA resolution 65/230" exactly once, by resolution-citation, and fixes it', () => {
    const text = `${HEAD}4. Speakers recalled GA resolution 65/230.\n`;
    const findings = check(text, BOTH);
    assert.equal(findings.length, 1, findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
    assert.equal(findings[0].ruleId, 'resolution-citation');
    assert.equal(text.slice(findings[0].range.start, findings[0].range.end).startsWith('GA'), true);
    const fixed = applyEdits(text, findings[0].fixes[0].edits).text;
    assert.match(fixed, /recalled General Assembly resolution 65\/230\./);
    assert.deepEqual(check(fixed, BOTH), []);
  });

  for (const [cited, body] of [
    ['UNGA resolutions 70/1 and 73/195', 'UNGA'],
    ['ECOSOC decision 2023/245', 'ECOSOC'],
    ['UNSC resolution 2462 (2019)', 'UNSC'],
    ['HRC res. 5/1', 'HRC'],
    ['GA draft resolution A/C.3/78/L.12', 'GA'],
  ]) {
    it(`leaves "${cited}" to resolution-citation`, () => {
      const text = `${HEAD}4. Speakers recalled ${cited}.\n`;
      const at = text.indexOf(body);
      const onBody = check(text, BOTH).filter((f) => f.range.start === at);
      assert.deepEqual(onBody.map((f) => f.ruleId), ['resolution-citation']);
    });
  }

  it('still reports the abbreviation when no resolution or decision follows', () => {
    const text = `${HEAD}4. The GA adopted the text, and ECOSOC took note of it.\n`;
    const ids = check(text, BOTH).map((f) => `${f.ruleId} ${text.slice(f.range.start, f.range.end)}`);
    assert.deepEqual(ids, ['abbreviation GA', 'abbreviation ECOSOC']);
  });
});
