// Spreading an array into a call's arguments puts every element on the stack: with an array as long as
// the input (findings, cells, list entries) it ends in "Maximum call stack size exceeded". These tests
// keep such spreads out of the code and show the rules and formatters survive inputs that had them crash.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';

/** A call that spreads its arguments: `f(...xs)` or `f(a, ...xs)`, where xs may be as long as the input. */
const CALL_SPREAD_RE = /\b(?:push|unshift|splice|max|min|fromCharCode|fromCodePoint|apply|concat)\((?:[^()]*,\s*)?\.\.\./;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(?:ts|mjs|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe('no spread of an unbounded array into a call', () => {
  it('no source file spreads an array into push, Math.max, String.fromCharCode and the like', () => {
    const offenders: string[] = [];
    for (const root of ['server/src', 'client/src', 'scripts', 'bench']) {
      for (const file of sourceFiles(path.join(REPO_ROOT, root))) {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (CALL_SPREAD_RE.test(line)) offenders.push(`${path.relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the masthead rule reads a masthead line of 130,000 tab-separated cells', () => {
    const line = 'Distr.: Limited\t' + 'x\t'.repeat(130_000) + 'Original: English';
    const result = checkDraft(['A/AC.1/L.1', line, '3 April 2018', '', '1. Text.'].join('\n'), { only: ['masthead'] });
    assert.deepEqual(result.warnings, []);
  });
});
