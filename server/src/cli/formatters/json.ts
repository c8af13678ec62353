// --format json: one object per file with its findings, exactly the documented fields, as compact JSON (a 200-file run prints tens of MB; indentation would add half again, and time to write it).

import type { Formatter } from './types';

export const formatJson: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      findings: r.findings.map((f) => ({
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
    })),
  ) + '\n';
