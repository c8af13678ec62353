// Argument parsing: every option, `--name=value`, and the usage errors.

import * as assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args';

function ok(argv: string[]) {
  const r = parseArgs(argv);
  if (!r.ok) assert.fail(`unexpected usage error: ${r.error}`);
  return r.options;
}

function usageError(argv: string[]): string {
  const r = parseArgs(argv);
  assert.equal(r.ok, false, `expected a usage error for ${argv.join(' ')}`);
  return r.ok ? '' : r.error;
}

describe('cli args', () => {
  it('has sensible defaults', () => {
    const o = ok(['a.md']);
    assert.equal(o.format, 'stylish');
    assert.equal(o.fix, false);
    assert.equal(o.stage, undefined);
    assert.deepEqual(o.inputs, ['a.md']);
  });

  it('reads every option, with separate or inline values', () => {
    const o = ok(['--format', 'json', '--stage=final', '--rule', 'duplicate-entry=off', '--rule=x-y=error', '--max-warnings', '3', '-q', '--fix', 'a.md', 'dir']);
    assert.equal(o.format, 'json');
    assert.equal(o.stage, 'final');
    assert.deepEqual(o.rules, { 'duplicate-entry': 'off', 'x-y': 'error' });
    assert.equal(o.maxWarnings, 3);
    assert.equal(o.quiet, true);
    assert.equal(o.fix, true);
    assert.deepEqual(o.inputs, ['a.md', 'dir']);
    assert.equal(ok(['-f', 'sarif', 'x']).format, 'sarif');
    assert.equal(ok(['--no-color', 'x']).color, false);
    assert.deepEqual(ok(['--', '--weird-name.md']).inputs, ['--weird-name.md']);
  });

  it('needs no input for --help, --version and --list-rules', () => {
    assert.equal(ok(['--help']).help, true);
    assert.equal(ok(['-v']).version, true);
    assert.equal(ok(['--list-rules']).listRules, true);
  });

  it('rejects bad usage with a message that says what is expected', () => {
    assert.match(usageError([]), /No drafts given/);
    assert.match(usageError(['--format', 'xml', 'a']), /Unknown format "xml"/);
    assert.match(usageError(['--stage', 'done', 'a']), /Unknown stage/);
    assert.match(usageError(['--rule', 'x', 'a']), /--rule expects/);
    assert.match(usageError(['--rule', 'x=loud', 'a']), /--rule expects/);
    assert.match(usageError(['--max-warnings', '-1', 'a']), /whole number/);
    assert.match(usageError(['--bogus', 'a']), /Unknown option "--bogus"/);
    assert.match(usageError(['--fix', '--fix-dry-run', 'a']), /either --fix or --fix-dry-run/);
    assert.match(usageError(['--fix', '-']), /stdin/);
    assert.match(usageError(['a', '--format']), /needs a value/);
    assert.match(usageError(['--quiet=yes', 'a']), /takes no value/);
  });

  it('reads the options of runs over many files', () => {
    assert.deepEqual(ok(['a.md']).batch, { suppressAll: false, pruneSuppressions: false, cache: false, concurrency: 1 });
    assert.deepEqual(ok(['--suppress-all', '--suppressions-location=s.json', '--cache', '--cache-location', 'c/', '--concurrency', 'auto', 'a.md']).batch, {
      suppressAll: true, pruneSuppressions: false, suppressionsLocation: 's.json', cache: true, cacheLocation: 'c/', concurrency: 'auto',
    });
    assert.equal(ok(['--concurrency=3', 'a.md']).batch.concurrency, 3);
    assert.equal(ok(['-f', 'junit', 'a.md']).format, 'junit');
    assert.match(usageError(['--concurrency', '0', 'a.md']), /--concurrency expects a number of threads from 1 to 256 or auto, got "0"/);
    assert.match(usageError(['--suppress-all', '--prune-suppressions', 'a.md']), /either --suppress-all or --prune-suppressions/);
    assert.match(usageError(['--cache-location=', 'a.md']), /--cache-location needs a file or directory name/);
  });
});
