// The output formats on hand-made results, independent of which rules exist.

import * as assert from 'node:assert/strict';
import { palette, useColor } from '../../server/src/cli/color';
import { formatters, type FormatContext } from '../../server/src/cli/formatters/index';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { countFindings, exitCode, toCliFindings, type FileResult } from '../../server/src/cli/results';
import { splitLines, type Finding, type RuleMeta } from '../../server/src/core/index';

const meta: RuleMeta = { id: 'demo-rule', description: 'Demonstrates the formats', defaultSeverity: 'warning', fixable: true, tags: ['demo'], conventions: [] };

const results: FileResult[] = [
  {
    filePath: '/work/drafts/report.md',
    displayPath: 'drafts/report.md',
    findings: [
      {
        ruleId: 'demo-rule', severity: 'error', message: 'First "problem", 50% bad: see line 2', line: 3, column: 5, endLine: 3, endColumn: 9,
        fixable: true, unsafeFixable: false, related: [],
        fixes: [{ title: 'Write "good"', safety: 'safe', replacements: [{ line: 3, column: 5, endLine: 3, endColumn: 9, newText: 'good' }] }],
      },
      {
        ruleId: 'demo-rule', severity: 'warning', message: 'Second', line: 12, column: 1, endLine: 12, endColumn: 4,
        fixable: false, unsafeFixable: true, related: [{ message: 'First here', line: 3, column: 5, endLine: 3, endColumn: 9 }],
        fixes: [{ title: 'Remove the second “Abc”', safety: 'unsafe', replacements: [{ line: 12, column: 1, endLine: 12, endColumn: 4, newText: '' }] }],
      },
      { ruleId: 'other', severity: 'info', message: 'Third', line: 40, column: 10, endLine: 41, endColumn: 1, fixable: false, unsafeFixable: false, fixes: [], related: [] },
    ],
  },
  { filePath: '/work/drafts/clean.md', displayPath: 'drafts/clean.md', findings: [] },
];

function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return {
    version: '9.9.9',
    rules: [meta],
    docsUrl: (id) => `https://docs.example/${id}.md`,
    palette: palette(false),
    counts: countFindings(results),
    fixing: false,
    fixingUnsafe: false,
    unreadable: [],
    ...over,
  };
}

describe('cli formatters', () => {
  it('stylish groups by file, aligns columns and ends with the summary lines', () => {
    const out = formatters.stylish(results, ctx());
    assert.equal(
      out,
      [
        'drafts/report.md',
        '  3:5    error    First "problem", 50% bad: see line 2  demo-rule',
        '  12:1   warning  Second                                demo-rule',
        '  40:10  info     Third                                 other',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  1 fixable with --fix',
        '  1 more with --fix --unsafe-fixes',
        '',
      ].join('\n'),
    );
    assert.ok(!out.includes('clean.md'), 'files without findings are not listed');
    const afterSafeFix = formatters.stylish(results, ctx({ fixing: true }));
    assert.ok(!afterSafeFix.includes('fixable with --fix\n'));
    assert.ok(afterSafeFix.includes('  1 fixable with --fix --unsafe-fixes\n'), 'after --fix the unsafe fixes are still named');
    assert.ok(!formatters.stylish(results, ctx({ fixing: true, fixingUnsafe: true })).includes('--unsafe-fixes'));
    assert.equal(formatters.stylish([results[1]], ctx({ counts: countFindings([results[1]]) })), '');
  });

  it('stylish colours severities only when asked', () => {
    const coloured = formatters.stylish(results, ctx({ palette: palette(true) }));
    assert.ok(coloured.includes('\u001b[31merror'));
    assert.ok(coloured.includes('\u001b[33mwarning'));
    assert.ok(!formatters.stylish(results, ctx()).includes('\u001b['));
  });

  it('decides colour from the terminal, NO_COLOR, FORCE_COLOR and the flags', () => {
    assert.equal(useColor(undefined, true, {}), true);
    assert.equal(useColor(undefined, false, {}), false);
    assert.equal(useColor(undefined, true, { NO_COLOR: '1' }), false);
    assert.equal(useColor(undefined, true, { NO_COLOR: '' }), true);
    assert.equal(useColor(undefined, false, { FORCE_COLOR: '1' }), true);
    assert.equal(useColor(undefined, false, { FORCE_COLOR: '' }), true);
    assert.equal(useColor(undefined, true, { FORCE_COLOR: '0' }), false);
    assert.equal(useColor(undefined, false, { FORCE_COLOR: '1', NO_COLOR: '1' }), true);
    assert.equal(useColor(false, true, { FORCE_COLOR: '1' }), false);
    assert.equal(useColor(true, false, { NO_COLOR: '1' }), true);
  });

  it('json has exactly the documented fields, one object per file', () => {
    const parsed = JSON.parse(formatters.json(results, ctx()));
    assert.equal(parsed.length, 2);
    assert.deepEqual(Object.keys(parsed[0]), ['filePath', 'findings']);
    assert.deepEqual(parsed[0].findings[0], {
      ruleId: 'demo-rule', severity: 'error', message: 'First "problem", 50% bad: see line 2',
      line: 3, column: 5, endLine: 3, endColumn: 9, fixable: true, suggestions: [],
    });
    assert.equal(parsed[0].findings[1].fixable, false);
    assert.deepEqual(parsed[0].findings[1].suggestions, ['Remove the second “Abc”']);
    assert.deepEqual(parsed[1], { filePath: '/work/drafts/clean.md', findings: [] });
  });

  it('sarif is a 2.1.0 log with rules, levels, regions and related locations', () => {
    const log = JSON.parse(formatters.sarif(results, ctx({ unreadable: [{ input: 'gone.md', reason: 'no such file or directory' }] })));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'undraft');
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.deepEqual(run.tool.driver.rules[0].helpUri, 'https://docs.example/demo-rule.md');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.results.map((r: { level: string }) => r.level), ['error', 'warning', 'note']);
    const first = run.results[0];
    assert.equal(first.ruleIndex, 0);
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'drafts/report.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
    });
    assert.equal(run.results[1].relatedLocations[0].physicalLocation.region.startLine, 3);
    // Both kinds of fix, each marked.
    assert.deepEqual(first.fixes, [
      {
        description: { text: 'Write "good"' },
        artifactChanges: [{ artifactLocation: { uri: 'drafts/report.md', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 }, insertedContent: { text: 'good' } }] }],
        properties: { safety: 'safe' },
      },
    ]);
    assert.equal(run.results[1].fixes[0].properties.safety, 'unsafe');
    assert.equal(run.results[2].fixes, undefined);
    assert.equal(run.results[2].ruleIndex, undefined, 'an unregistered rule id has no index');
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /gone\.md: no such file/);
  });

  it('github writes one workflow command per finding, escaped', () => {
    const lines = formatters.github(results, ctx()).trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(
      lines[0],
      '::error file=drafts/report.md,line=3,col=5,endLine=3,endColumn=9,title=undraft demo-rule::First "problem", 50%25 bad: see line 2 (demo-rule)',
    );
    assert.ok(lines[1].startsWith('::warning '));
    assert.ok(lines[2].startsWith('::notice '));
    assert.equal(escapeData('a%b\r\nc'), 'a%25b%0D%0Ac');
    assert.equal(escapeProperty('a:b,c'), 'a%3Ab%2Cc');
  });

  it('converts offsets to 1-based lines and UTF-16 columns', () => {
    const text = 'ab\r\n😀x [y]\nz';
    const f: Finding = { ruleId: 'r', severity: 'warning', message: 'm', range: { start: 7, end: 10 }, related: [{ range: { start: 0, end: 1 }, message: 'r' }], fixes: [] };
    const [c] = toCliFindings([f], splitLines(text));
    assert.deepEqual(
      { line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, fixable: c.fixable },
      { line: 2, column: 4, endLine: 2, endColumn: 7, fixable: false },
    );
    assert.deepEqual(c.related[0], { message: 'r', line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it('maps severities and unreadable files to exit codes', () => {
    const none = { errors: 0, warnings: 0, infos: 0, fixable: 0, unsafeFixable: 0 };
    assert.equal(exitCode(none, 0, undefined), 0);
    assert.equal(exitCode({ ...none, warnings: 5, infos: 2 }, 0, undefined), 0);
    assert.equal(exitCode({ ...none, errors: 1 }, 0, undefined), 1);
    assert.equal(exitCode({ ...none, warnings: 3 }, 0, 2), 1);
    assert.equal(exitCode({ ...none, warnings: 2 }, 0, 2), 0);
    assert.equal(exitCode({ ...none, errors: 1 }, 1, undefined), 2);
  });
});
