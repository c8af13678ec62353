// Writes the rules table into README.md between its markers, from the rules' own metadata
// (compiled core in out/). `--check` fails when the README is out of date instead of writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { rulesTable } = require('../out/test/helpers/rules-table.js');
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';
const readme = readFileSync('README.md', 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a === -1 || b === -1) {
  console.error('README.md lacks the rules-table markers');
  process.exit(2);
}
const next = readme.slice(0, a + START.length) + '\n' + rulesTable() + readme.slice(b);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md rules table is out of date: run `npm run compile && node scripts/rules-table.mjs`');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
