// The README lists every rule exactly as its metadata says.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';
import { rulesTable } from '../helpers/rules-table';

describe('README', () => {
  it('has the rules table generated from the rules metadata', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- rules-table:start -->\n');
    const end = readme.indexOf('<!-- rules-table:end -->');
    assert.ok(start !== -1 && end !== -1, 'README.md lacks the rules-table markers');
    const table = readme.slice(start + '<!-- rules-table:start -->\n'.length, end);
    assert.equal(table, rulesTable(), 'run `npm run compile && node scripts/rules-table.mjs` to update the README');
  });
});
