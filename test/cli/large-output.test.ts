// The formatters on results far larger than any sane draft produces: they must neither crash nor lose
// the other files' results.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { palette } from '../../server/src/cli/color';
import { formatters } from '../../server/src/cli/formatters/index';
import { countFindings, type CliFinding, type FileResult } from '../../server/src/cli/results';
import { parseJson, runCli, tempDir, write } from './helpers';

function manyFindings(n: number): CliFinding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'unresolved-bracket', severity: 'warning' as const, message: `Bracket ${i}`, line: 1, column: i + 1, endLine: 1, endColumn: i + 2, fixable: false, unsafeFixable: false, fixes: [], related: [],
  }));
}

describe('cli formatters on very many findings', () => {
  it('stylish prints 150,000 findings of one file and the next file after them', () => {
    const results: FileResult[] = [
      { filePath: '/d/big.md', displayPath: 'big.md', findings: manyFindings(150_000) },
      { filePath: '/d/other.md', displayPath: 'other.md', findings: manyFindings(1) },
    ];
    const ctx = { version: '0', rules: [], docsUrl: (id: string) => id, palette: palette(false), counts: countFindings(results), fixing: false, fixingUnsafe: false, unreadable: [] };
    const out = formatters.stylish(results, ctx);
    assert.match(out, /^ {2}1:150000 +warning +Bracket 149999 +unresolved-bracket$/m);
    assert.match(out, /^other\.md$/m);
    assert.match(out, /150001 problems/);
  });
});

describe('cli on a draft with 200,000 findings', () => {
  it('reports the cap in every format, honours --max-findings-per-rule, still checks the next file, in under 300 MB', function () {
    this.timeout(60_000);
    const dir = tempDir();
    try {
      write(dir, 'opens.md', '['.repeat(200_000));
      write(dir, 'other.md', '1. Text [a].\n');
      const preload = write(dir, 'rss.js', "process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`));");
      for (const format of ['json', 'sarif', 'stylish', 'github']) {
        const r = runCli(['-f', format, 'opens.md', 'other.md'], { cwd: dir, nodeArgs: ['--require', preload] });
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /more unresolved-bracket findings in this document are not listed/);
        assert.match(r.stdout, /other\.md/);
        const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
        assert.ok(kb < 300 * 1024, `${format}: ${Math.round(kb / 1024)} MB`);
      }
      const json = parseJson(runCli(['-f', 'json', '--max-findings-per-rule', '5', 'opens.md'], { cwd: dir }).stdout);
      assert.equal(json[0].findings.length, 6);
      write(dir, 'some.md', '['.repeat(5000));
      const unlimited = parseJson(runCli(['-f', 'json', '--max-findings-per-rule=0', 'some.md'], { cwd: dir }).stdout);
      assert.equal(unlimited[0].findings.length, 5000);
      const bad = runCli(['--max-findings-per-rule', 'many', 'opens.md'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--max-findings-per-rule expects a whole number/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
