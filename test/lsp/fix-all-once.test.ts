// Quick fixes on a large draft: for clients without codeAction/resolve every code-action request carries
// the fix-all edits, which take a full fixer run. They are computed once per document version.

import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionParams } from 'vscode-languageserver/node';
import { Analyses } from '../../server/src/lsp/analysis';
import { codeActions, fixAllEdits } from '../../server/src/lsp/codeActions';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { DRAFT } from './fixtures';

/** A server's analyses, as the handlers share them. */
const analyses = new Analyses();
const analyze = analyses.analyze.bind(analyses);

describe('language server: fix-all once per document version', () => {
  const big = DRAFT + '\n' + Array.from({ length: 300 }, (_, i) => `${i + 40}. The  delegation of [Albania] spoke on item ${i % 9}.\n`).join('\n');
  const doc = TextDocument.create('file:///big.md', 'markdown', 1, big);
  const a = analyze(doc, DEFAULT_SETTINGS);
  const bracket = a.findings.find((f) => f.ruleId === 'unresolved-bracket')!;
  const at = doc.positionAt(bracket.range.start);
  const params: CodeActionParams = { textDocument: { uri: doc.uri }, range: { start: at, end: at }, context: { diagnostics: [] } };
  const opts = { documentChanges: true, showDocsCommand: 'x', resolveEdits: false };

  it('gives the same fix-all edits object for the same analysis and rules, and new ones for a new version', () => {
    assert.equal(fixAllEdits(a), fixAllEdits(a));
    assert.equal(fixAllEdits(a, ['unresolved-bracket']), fixAllEdits(a, ['unresolved-bracket']));
    assert.notEqual(fixAllEdits(a, ['unresolved-bracket']), fixAllEdits(a));
    // TextDocument.update changes the document in place: a copy stands for the next version.
    const next = TextDocument.update(TextDocument.create(doc.uri, 'markdown', 1, big), [{ text: 'x' }], 2);
    const b = analyze(next, DEFAULT_SETTINGS);
    assert.notEqual(fixAllEdits(b), fixAllEdits(a));
  });

  it('answers repeated code-action requests without running the fixer again', () => {
    const fresh = analyze(TextDocument.create('file:///big2.md', 'markdown', 1, big), DEFAULT_SETTINGS);
    const first = codeActions(doc, fresh, params, opts);
    assert.ok(first.some((x) => x.title === 'Fix all auto-fixable problems' && x.edit));
    for (let i = 0; i < 3; i++) assert.deepEqual(codeActions(doc, fresh, params, opts), first);
    // Proof by marking, not by timing: an edit slipped into the remembered fix-all result shows up in the next
    // answer, which a new fixer run would not give.
    const remembered = fixAllEdits(fresh);
    remembered.edits.push({ range: { start: 0, end: 0 }, newText: 'MARK ' });
    const later = codeActions(doc, fresh, params, opts).find((x) => x.title === 'Fix all auto-fixable problems');
    assert.match(JSON.stringify(later?.edit), /MARK /);
  });
});
