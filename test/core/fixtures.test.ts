// Data-driven rule fixtures: valid drafts give no finding of the rule; invalid drafts give findings
// whose snapshot (<name>.findings.txt), text after the safe fixes (<name>.fixed.<ext>) and after the
// unsafe ones too (<name>.fixed-unsafe.<ext>, when that differs) are compared, or
// regenerated on purpose with UPDATE_FIXTURES=1. A fixture may start with
// `<!-- fixture: stage=final -->` to run with that stage.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, check, fixAll, LineIndex, splitLines } from '../../server/src/core/index';
import type { CheckOptions, Finding } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

function isDraft(name: string): boolean {
  return /\.(md|txt)$/.test(name) && !/\.fixed(?:-unsafe)?\.(md|txt)$/.test(name) && !name.endsWith('.findings.txt');
}

function optionsFor(text: string, id: string): CheckOptions {
  const m = /^<!-- fixture: stage=(draft|final) -->/.exec(text);
  return { only: [id], ...(m ? { stage: m[1] as 'draft' | 'final' } : {}) };
}

/** One line per finding: position, severity, message, and the fixes it offers with their kind. */
export function snapshot(text: string, findings: readonly Finding[]): string {
  const index = new LineIndex(splitLines(text));
  return findings
    .map((f) => {
      const s = index.positionAt(f.range.start);
      const e = index.positionAt(f.range.end);
      const fixes = f.fixes.length ? ` fixes=${f.fixes.map((x) => `${x.safety}:${JSON.stringify(x.title)}`).join(',')}` : '';
      const related = f.related.length ? ` related=${f.related.map((r) => index.positionAt(r.range.start).line + 1).join(',')}` : '';
      return `${s.line + 1}:${s.column + 1}-${e.line + 1}:${e.column + 1} ${f.severity} ${f.message}${fixes}${related}`;
    })
    .join('\n') + '\n';
}

function compareOrWrite(file: string, actual: string | undefined): void {
  if (UPDATE) {
    if (actual === undefined) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, actual);
    return;
  }
  if (actual === undefined) {
    assert.ok(!fs.existsSync(file), `${path.relative(REPO_ROOT, file)} exists but the rule offers no fix for it`);
    return;
  }
  assert.ok(fs.existsSync(file), `missing snapshot ${path.relative(REPO_ROOT, file)}; run with UPDATE_FIXTURES=1 and read it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${path.relative(REPO_ROOT, file)} differs`);
}

describe('rule fixtures', () => {
  for (const rule of allRules) {
    const id = rule.meta.id;
    describe(id, () => {
      const dir = path.join(FIXTURES, id);
      const list = (sub: string): string[] =>
        fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)).filter(isDraft).sort() : [];

      it('has valid and invalid fixtures', () => {
        assert.ok(list('valid').length > 0, `no fixtures in test/fixtures/rules/${id}/valid`);
        assert.ok(list('invalid').length > 0, `no fixtures in test/fixtures/rules/${id}/invalid`);
      });

      for (const name of list('valid')) {
        it(`valid/${name} gives no finding`, () => {
          const text = fs.readFileSync(path.join(dir, 'valid', name), 'utf8');
          const findings = check(text, optionsFor(text, id));
          assert.deepEqual(findings.map((f) => f.message), []);
        });
      }

      for (const name of list('invalid')) {
        it(`invalid/${name} matches its snapshots`, () => {
          const file = path.join(dir, 'invalid', name);
          const text = fs.readFileSync(file, 'utf8');
          const options = optionsFor(text, id);
          const findings = check(text, options);
          assert.ok(findings.length > 0, `${name}: expected at least one ${id} finding`);
          for (const f of findings) {
            assert.equal(f.ruleId, id);
            assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end, 'range inside the text');
            if (!rule.meta.fixable) assert.equal(f.fixes.length, 0, 'a rule not marked fixable offers a fix');
          }
          const base = file.replace(/\.(md|txt)$/, '');
          const ext = path.extname(file);
          compareOrWrite(`${base}.findings.txt`, snapshot(text, findings));
          const fixed = fixAll(text, (t) => check(t, options)).text;
          compareOrWrite(`${base}.fixed${ext}`, fixed === text ? undefined : fixed);
          const fixedUnsafe = fixAll(text, (t) => check(t, options), { unsafe: true }).text;
          compareOrWrite(`${base}.fixed-unsafe${ext}`, fixedUnsafe === fixed ? undefined : fixedUnsafe);
        });
      }
    });
  }
});
