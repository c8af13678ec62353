// document-symbol on the reference seed draft (issue 2, done-when): exactly the masthead that lacks
// the report's own symbol, the seven `#` link targets and the unlinked CRP.1 — and fixes that
// repair exactly those places and nothing else.

import * as assert from 'node:assert/strict';
import { check, fixAll } from '../../server/src/core/index';
import type { Finding } from '../../server/src/core/index';
import { hasShared, readSeed } from '../helpers/paths';

const ONLY = { only: ['document-symbol'] };
const OWN = 'UNODC/CCPCJ/EG.4/2018/L.1';

(hasShared() ? describe : describe.skip)('document-symbol on the seed draft', () => {
  let text: string;
  let findings: Finding[];
  const at = (f: Finding): string => text.slice(f.range.start, f.range.end);

  before(() => {
    text = readSeed();
    findings = check(text, ONLY);
  });

  it('reports the masthead, the seven placeholder links and the unlinked CRP.1, and nothing else', () => {
    assert.deepEqual(findings.map(at), [
      'Distr.: Limited',
      '[65/230](#)',
      '[E/CN.15/2011/19](#)',
      '[65/230](#)',
      '[70/174](#)',
      '[UNODC/CCPCJ/EG.4/2018/INF/1](#)',
      '[UNODC/CCPCJ/EG.4/2018/1](#)',
      'UNODC/CCPCJ/EG.4/2018/CRP.1',
      `[${OWN}](#)`,
    ]);
    assert.equal(findings[0].messageId, 'mastheadLacksOwn');
    assert.deepEqual(findings[0].data, { symbol: 'UNODC/CCPCJ/EG.4/2018/L.1' });
    // The related location is the adoption sentence of paragraph 31.
    assert.equal(text.slice(findings[0].related[0].range.start, findings[0].related[0].range.end), OWN);
    for (const f of findings.slice(1)) assert.ok(f.fixes.length === 1, `no fix for ${at(f)}`);
  });

  it('fixes them: the own symbol heads the masthead (unsafe), links point at undocs.org, CRP.1 is linked (safe)', () => {
    const safeOnly = fixAll(text, (t) => check(t, ONLY)).text;
    const fixed = fixAll(text, (t) => check(t, ONLY), { unsafe: true }).text;
    assert.equal(fixed, safeOnly.replace('Distr.: Limited', `${OWN}\nDistr.: Limited`));
    let expected = text.replace('Distr.: Limited', `${OWN}\nDistr.: Limited`);
    const targets: Array<[string, string]> = [
      ['In its resolution [65/230](#)', 'In its resolution [65/230](https://undocs.org/A/RES/65/230)'],
      ['[E/CN.15/2011/19](#)', '[E/CN.15/2011/19](https://undocs.org/E/CN.15/2011/19)'],
      ['General Assembly resolution [65/230](#)', 'General Assembly resolution [65/230](https://undocs.org/A/RES/65/230)'],
      ['[70/174](#)', '[70/174](https://undocs.org/A/RES/70/174)'],
      ['[UNODC/CCPCJ/EG.4/2018/INF/1](#)', '[UNODC/CCPCJ/EG.4/2018/INF/1](https://undocs.org/UNODC/CCPCJ/EG.4/2018/INF/1)'],
      ['[UNODC/CCPCJ/EG.4/2018/1](#)', '[UNODC/CCPCJ/EG.4/2018/1](https://undocs.org/UNODC/CCPCJ/EG.4/2018/1)'],
      ['(UNODC/CCPCJ/EG.4/2018/CRP.1)', '([UNODC/CCPCJ/EG.4/2018/CRP.1](https://undocs.org/UNODC/CCPCJ/EG.4/2018/CRP.1))'],
      [`[${OWN}](#)`, `[${OWN}](https://undocs.org/${OWN})`],
    ];
    for (const [from, to] of targets) {
      assert.equal(expected.split(from).length, 2, `"${from}" occurs once in the seed`);
      expected = expected.replace(from, to);
    }
    assert.equal(fixed, expected);
    assert.deepEqual(check(fixed, ONLY).map((f) => f.message), []);
  });
});
