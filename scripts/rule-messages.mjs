// Writes the "## Messages" section of each rule page (docs/rules/<id>.md) from the rule's meta.messages
// (compiled core in out/), before "## Options". `--check` fails when a page is out of date instead of writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { allRules } = require('../out/server/src/core/index.js');
const { WORD_CHECKS } = require('../out/server/src/docx/checks.js');
const { messagesSection } = require('../out/test/helpers/rule-messages.js');
const check = process.argv.includes('--check');
let stale = 0;
// The Word-only checks have pages of their own and no options: their section goes at the end.
for (const rule of [...allRules, ...WORD_CHECKS.map((meta) => ({ meta, wordOnly: true }))]) {
  const file = `docs/rules/${rule.meta.id}.md`;
  const page = readFileSync(file, 'utf8');
  const section = messagesSection(rule);
  let next;
  const at = page.indexOf('\n## Messages\n');
  if (at !== -1) {
    const end = page.indexOf('\n## ', at + 1);
    next = page.slice(0, at + 1) + section + (end === -1 ? '' : page.slice(end));
  } else {
    const options = page.indexOf('\n## Options\n');
    if (options === -1 && rule.wordOnly) {
      next = `${page.trimEnd()}\n\n${section}`;
    } else if (options === -1) {
      console.error(`${file} has no "## Options" section to put the messages before`);
      process.exit(2);
    } else {
      next = page.slice(0, options + 1) + section + page.slice(options);
    }
  }
  if (next === page) continue;
  stale++;
  if (check) console.error(`${file}: the Messages section is out of date`);
  else writeFileSync(file, next);
}
if (check && stale > 0) {
  console.error('run `npm run compile && node scripts/rule-messages.mjs`');
  process.exit(1);
}
