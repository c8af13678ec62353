// examples/sample-draft.md shows every problem undraft knows: each registered rule must report on it
// at least once, so a new rule has to add its example to the sample.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, check } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';
import { parseJson, runCli } from './helpers';

const SAMPLE = path.join(REPO_ROOT, 'examples', 'sample-draft.md');

describe('examples/sample-draft.md', () => {
  const findings = check(fs.readFileSync(SAMPLE, 'utf8'));

  for (const rule of allRules) {
    it(`shows a ${rule.meta.id} problem`, () => {
      assert.ok(
        findings.some((f) => f.ruleId === rule.meta.id),
        `no ${rule.meta.id} finding on examples/sample-draft.md: add an example of the problem to the sample draft`,
      );
    });
  }

  it('is what `npm run sample` shows: the CLI reports the same findings', () => {
    const r = runCli(['--format', 'json', 'examples/sample-draft.md']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const cli = parseJson(r.stdout)[0].findings.map((f) => f.ruleId).sort();
    assert.deepEqual(cli, findings.map((f) => f.ruleId).sort());
  });
});
