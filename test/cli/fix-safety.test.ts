// Issue 7's "done when", through the bundled CLI on a copy of the seed draft: `--fix` applies safe
// fixes only and leaves every bracketed passage, the list of States in paragraph 21 (China twice)
// and the abbreviations as they were; `--fix --unsafe-fixes` accepts the bracketed text and ends
// paragraph 21 "…, Australia, Costa Rica and Algeria.". Also the flags, the summary and the json.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { hasShared, readSeed } from '../helpers/paths';
import { parseJson, runCli, tempDir, write } from './helpers';

/** The bracketed passages of a text, in order: `[…]` not followed by `(` (a Markdown link label). */
function brackets(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) {
    const close = text.indexOf(']', i);
    if (close !== -1 && text.charAt(close + 1) !== '(') out.push(text.slice(i, close + 1));
  }
  return out;
}

function paragraph21(text: string): string {
  const line = text.split('\n').find((l) => l.startsWith('21. '));
  assert.ok(line, 'paragraph 21');
  return line;
}

const ABBREVIATIONS = ['UNTOC', 'OAS', "ICT's", 'ITU', 'GGE'];

function abbreviationLines(text: string): string[] {
  return text.split('\n').filter((l) => ABBREVIATIONS.some((a) => l.includes(a)));
}

describe('cli: safe and unsafe fixes on the seed draft', function () {
  this.timeout(60000);
  let seed = '';
  before(function () {
    if (!hasShared()) this.skip();
    seed = readSeed();
  });

  it('--fix leaves the bracketed passages, paragraph 21 and the abbreviations as they were', () => {
    const dir = tempDir();
    const file = write(dir, 'seed-draft.md', seed);
    const r = runCli(['--fix', file]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.notEqual(fixed, seed, 'the safe fixes were applied');
    assert.deepEqual(brackets(fixed), brackets(seed));
    assert.ok(brackets(seed).includes('[2nd, 3rd and 4th]') && brackets(seed).includes('[...]'));
    // Paragraph 21 keeps every State, China twice; the one safe change is the short name of Iran (R37).
    const p21 = paragraph21(fixed);
    assert.equal(p21, paragraph21(seed).replace('Islamic Republic of Iran', 'Iran (Islamic Republic of)'));
    assert.equal(p21.split('China').length - 1, 2);
    assert.ok(p21.endsWith('Australia, Costa Rica, Algeria and China.'));
    assert.deepEqual(abbreviationLines(fixed), abbreviationLines(seed));
    // What the safe fixes did: links pointed at undocs.org, curly quotation marks, the split paragraph joined.
    assert.ok(fixed.includes('[65/230](https://undocs.org/A/RES/65/230)'));
    assert.ok(fixed.includes('entitled “Legislation and frameworks”'));
    assert.ok(!/with a\n\n+view to examining/.test(fixed));
  });

  it('--fix --unsafe-fixes accepts the bracketed text and removes the second China', () => {
    const dir = tempDir();
    const file = write(dir, 'seed-draft.md', seed);
    const r = runCli(['--fix', '--unsafe-fixes', file]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.ok(paragraph21(fixed).endsWith(', Australia, Costa Rica and Algeria.'), paragraph21(fixed));
    assert.equal(paragraph21(fixed).split('China').length - 1, 1);
    assert.ok(fixed.includes('At its 2nd, 3rd and 4th meetings, on 3 and 4 April 2018'));
    // Placeholders have no fix: there is no text to accept.
    assert.deepEqual(brackets(fixed).filter((b) => b !== '[...]'), []);
    assert.ok(fixed.includes('Organization of American States (OAS)'));
  });

  it('--fix-dry-run prints the same texts as --fix, with and without --unsafe-fixes', () => {
    const dir = tempDir();
    const file = write(dir, 'seed-draft.md', seed);
    const safe = runCli(['--fix-dry-run', file]).stdout;
    const unsafe = runCli(['--fix-dry-run', '--unsafe-fixes', file]).stdout;
    assert.equal(fs.readFileSync(file, 'utf8'), seed, '--fix-dry-run writes nothing');
    assert.deepEqual(brackets(safe), brackets(seed));
    assert.ok(paragraph21(unsafe).endsWith('Costa Rica and Algeria.'));
  });

  it('the summary names both counts, and json gives fixable and the unsafe fixes as suggestions', () => {
    const dir = tempDir();
    const file = write(dir, 'seed-draft.md', seed);
    const stylish = runCli([file]).stdout;
    const json = parseJson(runCli(['--format', 'json', file]).stdout)[0].findings;
    const safe = json.filter((f) => f.fixable).length;
    const more = json.filter((f) => !f.fixable && f.suggestions.length > 0).length;
    assert.ok(safe > 0 && more > 0);
    assert.match(stylish, new RegExp(`\\n  ${safe} fixable with --fix\\n  ${more} more with --fix --unsafe-fixes\\n`));
    const china = json.find((f) => f.ruleId === 'duplicate-entry');
    assert.deepEqual(china && { fixable: china.fixable, suggestions: china.suggestions }, { fixable: false, suggestions: ['Remove the second “China”'] });
    const bracket = json.find((f) => f.ruleId === 'unresolved-bracket' && f.suggestions.length > 0);
    assert.deepEqual(bracket?.suggestions, ['Accept the bracketed text']);
    // After --fix the unsafe ones are still named; after --unsafe-fixes too they are not.
    const afterFix = runCli(['--fix', file]).stdout;
    assert.match(afterFix, /\n {2}\d+ fixable with --fix --unsafe-fixes\n/);
    assert.ok(!runCli(['--fix', '--unsafe-fixes', file]).stdout.includes('--unsafe-fixes'));
  });

  it('--unsafe-fixes without --fix or --fix-dry-run is a usage error', () => {
    const r = runCli(['--unsafe-fixes', 'a.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--unsafe-fixes goes with --fix or --fix-dry-run/);
  });
});
