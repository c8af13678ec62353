// Every rule describes itself: metadata in the agreed shape and a doc page whose incorrect
// examples the rule reports and whose correct examples it does not.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, check, ruleDocsUrl } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';

/** Fenced ```text blocks under a `## <heading>` section of a Markdown page. */
export function examplesUnder(page: string, heading: string): string[] {
  const lines = page.split('\n');
  const out: string[] = [];
  let inSection = false;
  let block: string[] | undefined;
  for (const line of lines) {
    if (block) {
      if (line.startsWith('```')) {
        out.push(block.join('\n') + '\n');
        block = undefined;
      } else block.push(line);
      continue;
    }
    if (line.startsWith('## ')) inSection = line.slice(3).trim().toLowerCase() === heading.toLowerCase();
    else if (inSection && /^```(?:text|markdown|md)?\s*$/.test(line)) block = [];
  }
  return out;
}

describe('rule metadata and documentation', () => {
  it('has unique kebab-case ids', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  for (const rule of allRules) {
    const { id, description } = rule.meta;
    describe(id, () => {
      it('has a one-sentence description in sentence case without a final period', () => {
        assert.match(description, /^[A-Z]/);
        assert.ok(!description.endsWith('.'), description);
        assert.ok(ruleDocsUrl(id).endsWith(`docs/rules/${id}.md`));
      });

      const file = path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`);
      it('has a doc page with rationale, incorrect and correct examples', () => {
        assert.ok(fs.existsSync(file), `missing docs/rules/${id}.md`);
        const page = fs.readFileSync(file, 'utf8');
        for (const h of ['## Rationale', '## Incorrect', '## Correct']) assert.ok(page.includes(h), `${id}.md lacks "${h}"`);
        assert.ok(examplesUnder(page, 'Incorrect').length > 0, 'no incorrect example');
        assert.ok(examplesUnder(page, 'Correct').length > 0, 'no correct example');
      });

      it('reports each incorrect example and none of the correct ones', () => {
        if (!fs.existsSync(file)) return;
        const page = fs.readFileSync(file, 'utf8');
        examplesUnder(page, 'Incorrect').forEach((ex, i) => {
          assert.ok(check(ex, { only: [id] }).length > 0, `incorrect example ${i + 1} of ${id}.md is not reported:\n${ex}`);
        });
        examplesUnder(page, 'Correct').forEach((ex, i) => {
          const found = check(ex, { only: [id] });
          assert.deepEqual(found.map((f) => f.message), [], `correct example ${i + 1} of ${id}.md is reported`);
        });
      });
    });
  }
});
