// The fuzz suite: random and mutated drafts through the core, the CLI's formats and the language
// server's handlers. No exception, no rule failure, every range and position valid. Bounded (a fixed
// number of runs, small drafts) so it stays within seconds in `npm test`.

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver/node';
import { palette } from '../../server/src/cli/color';
import { formatters } from '../../server/src/cli/formatters/index';
import { countFindings, toCliFindings, type FileResult } from '../../server/src/cli/results';
import { allRules, checkDraft, ruleDocsUrl, type TextRange } from '../../server/src/core/index';
import { Analyses } from '../../server/src/lsp/analysis';
import { codeActions } from '../../server/src/lsp/codeActions';
import { completions } from '../../server/src/lsp/completion';
import { definition } from '../../server/src/lsp/definition';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { folding } from '../../server/src/lsp/folding';
import { hover } from '../../server/src/lsp/hover';
import { documentSymbols } from '../../server/src/lsp/outline';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { DRAFT } from '../lsp/fixtures';
import { draftText, mutated } from './drafts';

/** A server's analyses, as the handlers share them. */
const analyses = new Analyses();
const analyze = analyses.analyze.bind(analyses);

const RUNS = { numRuns: 250, seed: 20260601, endOnFailure: true };
const anyDraft = fc.oneof(draftText, mutated(DRAFT));

function assertRange(r: TextRange, length: number, what: string): void {
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length, `${what}: ${JSON.stringify(r)} in ${length}`);
}

function assertPosition(doc: TextDocument, p: Position, what: string): void {
  const lastLine = doc.lineCount - 1;
  assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line <= lastLine, `${what}: line ${p.line} of ${doc.lineCount}`);
  const lineLength = doc.offsetAt({ line: p.line + 1, character: 0 }) - doc.offsetAt({ line: p.line, character: 0 });
  assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= Math.max(lineLength, doc.getText().length), `${what}: character ${p.character}`);
  assert.deepEqual(doc.positionAt(doc.offsetAt(p)), p, `${what}: ${JSON.stringify(p)} is not a position of the document`);
}

describe('fuzz', function () {
  this.timeout(120_000);

  it('the core: no exception, no rule failure, every range valid', () => {
    fc.assert(
      fc.property(anyDraft, fc.constantFrom<'draft' | 'final' | undefined>(undefined, 'draft', 'final'), (text, stage) => {
        const result = checkDraft(text, { stage });
        assert.deepEqual(result.warnings, []);
        for (const f of result.findings) {
          assertRange(f.range, text.length, `${f.ruleId} finding`);
          for (const r of f.related) assertRange(r.range, text.length, `${f.ruleId} related`);
          for (const fix of f.fixes) for (const e of fix.edits) assertRange(e.range, text.length, `${f.ruleId} fix`);
        }
      }),
      RUNS,
    );
  });

  it('the CLI formats: every format prints, json parses, lines and columns start at 1', () => {
    fc.assert(
      fc.property(anyDraft, (text) => {
        const result = checkDraft(text);
        const results: FileResult[] = [{ filePath: '/d/x.md', displayPath: 'x.md', findings: toCliFindings(result.findings, result.model.lines) }];
        const lines = result.model.lines.length;
        for (const f of results[0].findings) {
          assert.ok(f.line >= 1 && f.line <= lines && f.column >= 1 && f.endLine >= f.line && f.endLine <= lines && f.endColumn >= 1, JSON.stringify(f));
        }
        const ctx = { version: '0', rules: allRules.map((r) => r.meta), docsUrl: ruleDocsUrl, palette: palette(false), counts: countFindings(results), fixing: false, fixingUnsafe: false, unreadable: [] };
        for (const name of ['stylish', 'json', 'sarif', 'github'] as const) {
          const out = formatters[name](results, ctx);
          assert.equal(typeof out, 'string');
          if (name === 'json' || name === 'sarif') JSON.parse(out);
        }
      }),
      RUNS,
    );
  });

  it('the language server handlers: no exception, every position valid', () => {
    let n = 0;
    fc.assert(
      fc.property(anyDraft, fc.nat(), fc.nat(), (text, p, q) => {
        const doc = TextDocument.create(`file:///fuzz/${++n}.md`, 'un-report', 1, text);
        const a = analyze(doc, DEFAULT_SETTINGS);
        const model = a.result.model;
        for (const f of a.findings) {
          const d = toDiagnostic(doc, f);
          assertPosition(doc, d.range.start, 'diagnostic start');
          assertPosition(doc, d.range.end, 'diagnostic end');
        }
        const start = doc.positionAt(text.length === 0 ? 0 : p % (text.length + 1));
        const end = doc.positionAt(text.length === 0 ? 0 : Math.max(p, q) % (text.length + 1));
        const range = doc.offsetAt(start) <= doc.offsetAt(end) ? { start, end } : { start: end, end: start };
        for (const only of [undefined, ['source.fixAll.undraft'], ['quickfix']]) {
          const actions = codeActions(doc, a, { textDocument: { uri: doc.uri }, range, context: { diagnostics: [], only } }, { documentChanges: true, showDocsCommand: 'x', resolveEdits: false });
          for (const action of actions) {
            for (const change of action.edit?.documentChanges ?? []) {
              if (!('edits' in change)) continue;
              for (const e of change.edits) {
                assertPosition(doc, e.range.start, `${action.title} edit start`);
                assertPosition(doc, e.range.end, `${action.title} edit end`);
              }
            }
          }
        }
        hover(doc, model, start);
        for (const link of [true, false]) definition(doc, model, start, link);
        completions(doc, model, start);
        for (const r of folding(model)) assert.ok(r.startLine <= r.endLine && r.endLine < doc.lineCount, JSON.stringify(r));
        const walk = (symbols: ReturnType<typeof documentSymbols>): void => {
          for (const s of symbols) {
            assertPosition(doc, s.range.start, `symbol ${s.name}`);
            assertPosition(doc, s.range.end, `symbol ${s.name}`);
            walk(s.children ?? []);
          }
        };
        walk(documentSymbols(doc, model));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
