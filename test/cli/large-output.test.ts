// The formatters on results far larger than any sane draft produces: they must neither crash nor lose
// the other files' results.

import * as assert from 'node:assert/strict';
import { palette } from '../../server/src/cli/color';
import { formatters } from '../../server/src/cli/formatters/index';
import { countFindings, type CliFinding, type FileResult } from '../../server/src/cli/results';

function manyFindings(n: number): CliFinding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'unresolved-bracket', severity: 'warning' as const, message: `Bracket ${i}`, line: 1, column: i + 1, endLine: 1, endColumn: i + 2, fixable: false, related: [],
  }));
}

describe('cli formatters on very many findings', () => {
  it('stylish prints 150,000 findings of one file and the next file after them', () => {
    const results: FileResult[] = [
      { filePath: '/d/big.md', displayPath: 'big.md', findings: manyFindings(150_000) },
      { filePath: '/d/other.md', displayPath: 'other.md', findings: manyFindings(1) },
    ];
    const ctx = { version: '0', rules: [], docsUrl: (id: string) => id, palette: palette(false), counts: countFindings(results), fixing: false, unreadable: [] };
    const out = formatters.stylish(results, ctx);
    assert.match(out, /^ {2}1:150000 +warning +Bracket 149999 +unresolved-bracket$/m);
    assert.match(out, /^other\.md$/m);
    assert.match(out, /150001 problems/);
  });
});
