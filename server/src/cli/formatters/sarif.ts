// --format sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
// Columns are UTF-16 code units (the SARIF default columnKind), 1-based, end-exclusive like ours.

import type { Severity } from '../../core/index';
import { DOCS_BASE_URL } from '../../core/rule';
import { wordParagraphLabel } from '../results';
import type { Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(displayPath: string): string {
  const p = displayPath.split('\\').join('/');
  const abs = p.startsWith('/');
  const encoded = p.split('/').map(encodeURIComponent).join('/');
  return abs ? `file://${encoded}` : encoded;
}

export const formatSarif: Formatter = (results, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const sarifResults = [];
  for (const r of results) {
    const relative = !r.displayPath.startsWith('/') && r.displayPath !== '<stdin>';
    const artifactLocation = relative ? { uri: toUri(r.displayPath), uriBaseId: '%SRCROOT%' } : { uri: r.displayPath === '<stdin>' ? 'stdin' : toUri(r.displayPath) };
    for (const f of r.findings) {
      const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
      sarifResults.push({
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        // The stable id and its data (SARIF's message.id would name a messageStrings entry; the text stays given in full).
        ...(f.messageId !== undefined ? { properties: { messageId: f.messageId, ...(f.data ? { data: f.data } : {}) } } : {}),
        // A .docx finding also names its Word paragraph (the region is in undraft's text view of it).
        locations: [
          {
            physicalLocation: { artifactLocation, region },
            ...(f.word ? { logicalLocations: [{ name: wordParagraphLabel(f.word), kind: 'paragraph', fullyQualifiedName: `${f.word.part}/${f.word.paragraph}` }], properties: { word: f.word } } : {}),
          },
        ],
        ...(f.related.length > 0
          ? {
              relatedLocations: f.related.map((rel, i) => ({
                id: i + 1,
                message: { text: rel.message },
                physicalLocation: { artifactLocation, region: { startLine: rel.line, startColumn: rel.column, endLine: rel.endLine, endColumn: rel.endColumn } },
              })),
            }
          : {}),
        // SARIF §3.55 fix objects; the property bag says which kind, so a viewer can apply safe ones alone.
        ...(f.fixes.length > 0
          ? {
              fixes: f.fixes.map((x) => ({
                description: { text: x.title },
                artifactChanges: [
                  {
                    artifactLocation,
                    replacements: x.replacements.map((e) => ({
                      deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                      insertedContent: { text: e.newText },
                    })),
                  },
                ],
                properties: { safety: x.safety },
              })),
            }
          : {}),
      });
    }
  }
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'undraft',
            version: ctx.version,
            semanticVersion: ctx.version,
            // The project's home, from the one place that knows where the docs live.
            informationUri: DOCS_BASE_URL.replace(/\/blob\/.*$/, ''),
            rules: ctx.rules.map((m) => ({
              id: m.id,
              shortDescription: { text: m.description },
              helpUri: ctx.docsUrl(m.id),
              defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
              // SARIF §3.49.11 messageStrings: the rule's message templates by id (placeholders as `{{name}}`).
              ...(m.messages ? { messageStrings: Object.fromEntries(Object.entries(m.messages).map(([k, v]) => [k, { text: v }])) } : {}),
              properties: { tags: [...m.tags], fixable: m.fixable },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory undraft was run in' } } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: ctx.unreadable.length === 0,
            toolExecutionNotifications: ctx.unreadable.map((u) => ({ level: 'error', message: { text: `${u.input}: ${u.reason}` } })),
          },
        ],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
