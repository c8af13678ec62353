// --format junit: JUnit XML for CI systems that show test reports (Jenkins, GitLab, Azure Pipelines).
// One <testsuite> per file; each finding is a failed <testcase> named after its rule and place, a
// clean file one passing <testcase>; a file that could not be read is a <testcase> with an <error>.

import type { Formatter } from './types';

/** Text safe in XML 1.0 content and attributes: markup escaped, characters XML forbids replaced. */
export function escapeXml(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (c === 0x9 || c === 0xa || c === 0xd) out += `&#${c};`;
    else if (c < 0x20 || c === 0xfffe || c === 0xffff) out += '\ufffd';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += ch + s[++i];
      else out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return out;
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const formatJunit: Formatter = (results, ctx) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const r of results) {
    const name = escapeXml(r.displayPath);
    const cases: string[] = [];
    for (const f of r.findings) {
      const where = `${f.line}:${f.column}`;
      const body = `${SEVERITY[f.severity]} ${where}-${f.endLine}:${f.endColumn} ${f.message} (${f.ruleId})\n${ctx.docsUrl(f.ruleId)}`;
      cases.push(
        `    <testcase name="${escapeXml(`${f.ruleId} ${where}`)}" classname="${name}" file="${name}" line="${f.line}" time="0">\n` +
          `      <failure type="${f.severity}" message="${escapeXml(f.message)}">${escapeXml(body)}</failure>\n` +
          '    </testcase>',
      );
    }
    if (cases.length === 0) cases.push(`    <testcase name="${name}" classname="${name}" file="${name}" time="0"/>`);
    tests += cases.length;
    failures += r.findings.length;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${r.findings.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  for (const u of ctx.unreadable) {
    const name = escapeXml(u.input);
    tests++;
    suites.push(
      `  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0" time="0">\n` +
        `    <testcase name="${name}" classname="${name}" time="0">\n      <error type="unreadable" message="${escapeXml(u.reason)}">${escapeXml(`${u.input}: ${u.reason}`)}</error>\n    </testcase>\n` +
        '  </testsuite>',
    );
  }
  out.push(`<testsuites name="undraft" tests="${tests}" failures="${failures}" errors="${ctx.unreadable.length}" time="0">`);
  for (const suite of suites) out.push(suite);
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
