// Every rule describes itself: metadata in the agreed shape and a doc page whose incorrect
// examples the rule reports and whose correct examples it does not.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, check, ruleDocsUrl } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';
import { messagesSection } from '../helpers/rule-messages';

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

/** The Kind column of the table under `## Fixes` (rows `| fix | safe or unsafe | why |`). */
export function fixKindsOnPage(page: string): string[] {
  const lines = page.split('\n');
  const at = lines.findIndex((l) => l.trim() === '## Fixes');
  if (at === -1) return [];
  const kinds: string[] = [];
  for (let i = at + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    const cells = lines[i].split('|').map((c) => c.trim());
    if (cells.length >= 5 && cells[0] === '' && !/^-+$/.test(cells[2]) && cells[2] !== 'Kind') kinds.push(cells[2]);
  }
  return kinds;
}

/** The kinds of fix a rule offers on its fixtures and on its page's incorrect examples. */
function fixKindsOffered(id: string, page: string): Set<string> {
  const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', id, 'invalid');
  const texts = examplesUnder(page, 'Incorrect');
  if (fs.existsSync(dir)) {
    for (const n of fs.readdirSync(dir)) if (/\.(md|txt)$/.test(n) && !/\.fixed|\.findings\./.test(n)) texts.push(fs.readFileSync(path.join(dir, n), 'utf8'));
  }
  const kinds = new Set<string>();
  for (const t of texts) for (const f of check(t, { only: [id] })) for (const fix of f.fixes) kinds.add(fix.safety);
  return kinds;
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

      it('has a Fixes table that gives the kind of every fix the rule offers', () => {
        if (!fs.existsSync(file)) return;
        const page = fs.readFileSync(file, 'utf8');
        const listed = fixKindsOnPage(page);
        for (const k of listed) assert.ok(k === 'safe' || k === 'unsafe', `${id}.md: Kind "${k}" is neither safe nor unsafe`);
        const offered = fixKindsOffered(id, page);
        if (rule.meta.fixable) assert.ok(listed.length > 0, `${id}.md has no "## Fixes" table`);
        for (const k of offered) assert.ok(listed.includes(k), `${id} offers ${k} fixes that ${id}.md's Fixes table does not list`);
      });

      it('documents each option under "## Options": name, type and default as declared', () => {
        if (!fs.existsSync(file)) return;
        const page = fs.readFileSync(file, 'utf8');
        const at = page.indexOf('\n## Options\n');
        assert.ok(at >= 0, `${id}.md has no "## Options" section`);
        const end = page.indexOf('\n## ', at + 5);
        const section = page.slice(at, end === -1 ? undefined : end);
        for (const o of rule.meta.options ?? []) {
          const row = section.split('\n').find((l) => l.startsWith(`| \`${o.name}\` |`));
          assert.ok(row, `${id}.md does not document option "${o.name}"`);
          const cells = row.split('|').map((c) => c.trim());
          assert.equal(cells[2], o.type, `${id}.md: the type of "${o.name}"`);
          assert.equal(cells[3], `\`${JSON.stringify(o.default)}\``, `${id}.md: the default of "${o.name}"`);
        }
      });

      it('lists its message ids and templates under "## Messages", as meta.messages declares them', () => {
        if (!fs.existsSync(file)) return;
        const page = fs.readFileSync(file, 'utf8');
        assert.ok(page.includes(`\n${messagesSection(rule)}\n## `), `${id}.md: the Messages section is missing or out of date; run npm run compile && node scripts/rule-messages.mjs`);
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
