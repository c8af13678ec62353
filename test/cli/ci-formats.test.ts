// The CI formats on real runs: SARIF validated against the SARIF 2.1.0 JSON schema (the schema file
// shipped by @microsoft/jest-sarif, validated with Ajv), JUnit parsed as XML and checked for the
// structure CI systems read.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml } from '../../server/src/cli/formatters/junit';
import { reviewed } from '../docx/fixtures';
import { parseJson, runCli, tempDir, write } from './helpers';

const SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

describe('cli CI formats', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    write(dir, 'drafts/a.md', '1. The Committee recalled GA resolution 70/1 & the work of the UN <here>.\n\n1. The meeting closed.\n');
    write(dir, 'drafts/clean.md', '1. The Working Group met on 3 May.\n');
    write(dir, 'drafts/sub dir/ünï.md', '1. The delegation of the UN spoke.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes SARIF that the SARIF 2.1.0 schema accepts, and the schema rejects a broken log', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
    assert.match(schema.title, /SARIF\) Version 2\.1\.0/);
    // The schema's patterns are written for non-Unicode regular expressions.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const r = runCli(['-f', 'sarif', 'drafts', 'missing.md'], { cwd: dir });
    const log = JSON.parse(r.stdout) as { runs: { results: { level: string }[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.ok(log.runs[0].results.length >= 3);
    assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 1);
    log.runs[0].results[0].level = 'severe';
    assert.equal(validate(log), false, 'the validator does check');
  });

  it('carries stable message ids: JSON per finding, SARIF in result properties and the rules\' messageStrings, still schema-valid', () => {
    const own = tempDir();
    try {
      write(own, 'r.md', '1. The report was was adopted by the Committee.\n');
      const json = parseJson(runCli(['-f', 'json', 'r.md'], { cwd: own }).stdout);
      const repeated = json[0].findings.find((f) => f.ruleId === 'repeated-word');
      assert.equal(repeated?.messageId, 'repeated');
      assert.deepEqual(repeated.data, { phrase: 'was' });
      const log = JSON.parse(runCli(['-f', 'sarif', 'r.md'], { cwd: own }).stdout) as {
        runs: { results: { ruleId: string; ruleIndex: number; properties?: unknown }[]; tool: { driver: { rules: { id: string; messageStrings?: Record<string, { text: string }> }[] } } }[];
      };
      const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const result = log.runs[0].results.find((x) => x.ruleId === 'repeated-word')!;
      assert.deepEqual(result.properties, { messageId: 'repeated', data: { phrase: 'was' } });
      const rule = log.runs[0].tool.driver.rules[result.ruleIndex];
      assert.equal(rule.id, 'repeated-word');
      assert.match(rule.messageStrings?.repeated.text ?? '', /\{\{phrase\}\}/);
      // Every rule declares its messages now: a rule with no finding in the run lists its templates too.
      const other = log.runs[0].tool.driver.rules.find((m) => m.id === 'abbreviation');
      assert.match(other?.messageStrings?.neverAbbreviated.text ?? '', /\{\{full\}\}/);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('lists the Word-only checks among SARIF\'s rules: a .docx finding has its rule, help page and message templates', async () => {
    const own = tempDir();
    try {
      write(own, 'd.docx', await reviewed());
      const log = JSON.parse(runCli(['-f', 'sarif', '--stage', 'final', 'd.docx'], { cwd: own }).stdout) as {
        runs: { results: { ruleId: string; ruleIndex?: number; level: string; properties?: { messageId?: string } }[]; tool: { driver: { rules: { id: string; helpUri: string; messageStrings?: Record<string, { text: string }> }[] } } }[];
      };
      const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      assert.ok(ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')))(log));
      const comment = log.runs[0].results.find((x) => x.ruleId === 'word-comments');
      assert.ok(comment && comment.ruleIndex !== undefined, 'the comment finding points at its rule');
      assert.equal(comment.level, 'error');
      const rule = log.runs[0].tool.driver.rules[comment.ruleIndex];
      assert.equal(rule.id, 'word-comments');
      assert.match(rule.helpUri, /word-comments/);
      assert.ok(rule.messageStrings?.[comment.properties?.messageId ?? ''], 'its message id is among the templates');
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('writes JUnit XML: one suite per file, a failed case per finding, an error per unreadable input', () => {
    const r = runCli(['-f', 'junit', 'drafts', 'missing.md'], { cwd: dir });
    const json = parseJson(runCli(['-f', 'json', 'drafts'], { cwd: dir }).stdout);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(r.stdout);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; errors: string; testcase: { name: string; failure?: { type: string; message: string; '#text': string }; error?: unknown }[] }[];
    const total = json.reduce((n, f) => n + f.findings.length, 0);
    assert.equal(Number(doc.testsuites.failures), total);
    assert.equal(Number(doc.testsuites.errors), 1);
    assert.deepEqual(suites.map((s) => s.name), ['drafts/a.md', 'drafts/clean.md', 'drafts/sub dir/ünï.md', 'missing.md']);
    for (const [i, file] of json.entries()) {
      const suite = suites[i];
      assert.equal(Number(suite.failures), file.findings.length);
      if (file.findings.length === 0) assert.equal(suite.testcase[0].failure, undefined);
      else {
        assert.deepEqual(suite.testcase.map((c) => c.failure!.message), file.findings.map((f) => f.message));
        assert.deepEqual(suite.testcase.map((c) => c.name), file.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`));
        assert.deepEqual(suite.testcase.map((c) => c.failure!.type), file.findings.map((f) => f.severity));
      }
    }
    assert.ok(suites[3].testcase[0].error);
    assert.equal(r.code, 2);
  });

  it('escapes what XML cannot carry as it is', () => {
    assert.equal(escapeXml('a<b>&"\'\u0001\ud800z\n'), 'a&lt;b&gt;&amp;&quot;&apos;\ufffd\ufffdz&#10;');
    assert.equal(XMLValidator.validate(`<a b="${escapeXml('\u0000\u0008\uffff x')}">${escapeXml('\ud83d\ude00 ok')}</a>`), true);
  });

  it('keeps the github annotations as they were', () => {
    const r = runCli(['-f', 'github', 'drafts/clean.md', 'drafts/a.md'], { cwd: dir });
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length > 0);
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=drafts\/a\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=undraft [a-z-]+::.+ \([a-z-]+\)$/);
  });
});
