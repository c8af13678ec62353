// --format json: one object per file with its findings, exactly the documented fields, as compact JSON (a 200-file run prints tens of MB; indentation would add half again, and time to write it).
// A file served from the cache brings its findings' text from the run that checked it (findingsJson then).

import type { CliFinding } from '../results';
import type { Formatter } from './types';

/** The JSON text of one file's findings, as `formatJson` prints it. */
export function findingsJson(findings: readonly CliFinding[]): string {
  return JSON.stringify(
    findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
      ...(f.data ? { data: f.data } : {}),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      fixable: f.fixable,
      suggestions: f.fixes.filter((x) => x.safety === 'unsafe').map((x) => x.title),
      ...(f.word ? { word: f.word } : {}),
    })),
  );
}

// The same bytes as JSON.stringify of `[{ filePath, findings }, …]`, built a file at a time.
export const formatJson: Formatter = (results) =>
  `[${results.map((r) => `{"filePath":${JSON.stringify(r.filePath)},"findings":${r.cached?.json ?? findingsJson(r.findings)}}`).join(',')}]\n`;
