// Protocol tests, navigation: the Outline (chapters → sections → paragraphs), folding ranges, hover
// on document symbols and paragraph references, go to definition, and completion of the next
// paragraph number, section letter and chapter numeral.

import * as assert from 'node:assert/strict';
import { CompletionItem, DocumentSymbol, FoldingRange, Hover, LocationLink, MarkupContent, Position, SymbolInformation, SymbolKind } from 'vscode-languageserver/node';
import { rangeOf, TestClient, vscodeLikeCapabilities } from './client';
import { DRAFT, uri } from './fixtures';

/** A position one character into a range. */
function inside(r: { start: Position; end: Position }): Position {
  return { line: r.start.line, character: r.start.character + 1 };
}

describe('language server: outline, folding, hover, definition, completion', function () {
  this.timeout(30000);
  let client: TestClient;
  let u: string;

  before(async () => {
    ({ client } = await TestClient.start({}));
    u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u);
  });
  after(async () => {
    await client?.stop();
  });

  it('outlines chapters I–V with their sections and paragraphs', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
    assert.deepEqual(symbols.map((s) => s.name), [
      'I. Introduction', 'II. Recommendations', 'III. Summary of deliberations', 'IV. Organization of the meeting', 'V. Adoption of the report',
    ]);
    assert.ok(symbols.every((s) => s.kind === SymbolKind.Namespace));
    const iv = symbols[3];
    assert.equal(iv.detail, 'paras. 7–10');
    assert.deepEqual(iv.children?.map((s) => s.name), ['A. Opening of the meeting', 'B. Statements', 'C. Attendance']);
    const statements = iv.children![1];
    assert.equal(statements.kind, SymbolKind.Struct);
    assert.deepEqual(statements.children?.map((s) => s.name), ['8. Statements were made by experts of the following States…']);
    const para = statements.children![0];
    assert.equal(para.kind, SymbolKind.String);
    const doc = client.docs.get(u)!;
    assert.equal(doc.getText(para.selectionRange).slice(0, 12), '8. Statement');
    // Every child lies within its parent, as the protocol requires.
    const within = (outer: DocumentSymbol): void => {
      for (const c of outer.children ?? []) {
        assert.ok(doc.offsetAt(c.range.start) >= doc.offsetAt(outer.range.start) && doc.offsetAt(c.range.end) <= doc.offsetAt(outer.range.end), `${c.name} in ${outer.name}`);
        within(c);
      }
      assert.ok(doc.offsetAt(outer.selectionRange.start) >= doc.offsetAt(outer.range.start) && doc.offsetAt(outer.selectionRange.end) <= doc.offsetAt(outer.range.end));
    };
    symbols.forEach(within);
    // Chapter I spans from its heading to the end of paragraph 2.
    assert.equal(doc.getText(symbols[0].range).split('\n').pop(), DRAFT.split('\n').find((l) => l.startsWith('2. ')));
  });

  it('gives a flat list with containers to clients without hierarchical symbols', async () => {
    const caps = vscodeLikeCapabilities();
    caps.textDocument!.documentSymbol = { hierarchicalDocumentSymbolSupport: false };
    const { client: flat } = await TestClient.start({ capabilities: caps });
    try {
      const fu = uri();
      await flat.open(fu, DRAFT);
      const list = await flat.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: fu } });
      const section = list.find((s) => s.name === 'B. Statements');
      assert.equal(section?.containerName, 'IV. Organization of the meeting');
      assert.equal(list.filter((s) => s.kind === SymbolKind.Namespace).length, 5);
    } finally {
      await flat.stop();
    }
  });

  it('folds the masthead, chapters and sections', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: u } });
    const lines = DRAFT.split('\n');
    const lineOf = (prefix: string): number => lines.findIndex((l) => l.startsWith(prefix));
    const has = (start: number, end: number): boolean => ranges.some((r) => r.startLine === start && r.endLine === end);
    assert.ok(has(lineOf('Distr.:'), lineOf('Original:')), 'masthead');
    assert.ok(has(lineOf('I. Introduction'), lineOf('2. ')), 'chapter I');
    assert.ok(has(lineOf('IV. Organization'), lineOf('10. ')), 'chapter IV');
    assert.ok(has(lineOf('B. Statements'), lineOf('8. ')), 'section IV.B');
    assert.ok(has(lineOf('V. Adoption'), lineOf('11. ')), 'chapter V');
  });

  it('folds a paragraph with its list, and multi-line comments', async () => {
    const text = '1. The agenda was adopted:\n(a) Opening;\n(b) Closing.\n\n<!-- a note\nover lines -->\n2. Done.\n';
    const fu = uri('x.un.md');
    await client.open(fu, text, 'un-report');
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: fu } });
    assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 2 && r.kind === 'region'));
    assert.ok(ranges.some((r) => r.startLine === 4 && r.endLine === 5 && r.kind === 'comment'));
  });

  it('explains a document symbol on hover', async () => {
    const doc = client.docs.get(u)!;
    const r = rangeOf(doc, 'UNODC/CCPCJ/EG.9/2022/INF/1');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: { line: r.start.line, character: r.start.character + 20 } });
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.deepEqual(hover.range, r);
    assert.match(value, /United Nations Office on Drugs and Crime/);
    assert.match(value, /`INF`[^\n]*information/i);
    assert.match(value, /`2022`[^\n]*year 2022/);
    const l = rangeOf(doc, 'UNODC/CCPCJ/EG.9/2022/L.1');
    const h2 = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: inside(l) });
    assert.match((h2.contents as MarkupContent).value, /`L\.1`[^\n]*limited distribution/i);
  });

  it('shows a referenced paragraph on hover over `paragraph 6`', async () => {
    const doc = client.docs.get(u)!;
    const r = rangeOf(doc, 'paragraph 6');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: { line: r.start.line, character: r.end.character - 1 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Paragraph 6\*\*/);
    assert.match(value, /III\. Summary of deliberations › B\. International cooperation/);
    assert.match(value, /6\. Speakers highlighted the value of joint investigations/);
    assert.deepEqual(hover.range, { start: { line: r.end.line, character: r.end.character - 1 }, end: r.end });
    // Nothing to say about plain text.
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: r.start.line, character: 5 } });
    assert.equal(none, null);
  });

  it('goes from `paragraph 6` to paragraph 6', async () => {
    const doc = client.docs.get(u)!;
    const r = rangeOf(doc, 'paragraph 6');
    const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: u }, position: { line: r.start.line, character: r.start.character + 2 } });
    assert.equal(links.length, 1);
    assert.equal(links[0].targetUri, u);
    const target = DRAFT.split('\n').findIndex((l) => l.startsWith('6. '));
    assert.equal(links[0].targetSelectionRange.start.line, target);
    assert.equal(doc.getText(links[0].targetSelectionRange), '6');
    assert.equal(doc.getText(links[0].originSelectionRange!), '6');
  });

  it('completes the next paragraph number, section letter and chapter numeral', async () => {
    const cu = uri('c.md');
    const lines = DRAFT.split('\n');
    const at = lines.findIndex((l) => l.startsWith('6. ')) + 1;
    const text = [...lines.slice(0, at), '', '', ...lines.slice(at)].join('\n');
    await client.open(cu, text);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: cu }, position: { line: at + 1, character: 0 } });
    assert.deepEqual(items.map((i) => i.label), ['7.', 'C.', 'IV.']);
    assert.deepEqual(items.map((i) => (i.textEdit as { newText: string }).newText), ['7. ', 'C. ', 'IV. ']);
    // Typed digits replace themselves; letters offer headings only.
    await client.change(cu, [{ range: { start: { line: at + 1, character: 0 }, end: { line: at + 1, character: 0 } }, text: '7' }]);
    const digits = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: cu }, position: { line: at + 1, character: 1 } });
    assert.deepEqual(digits.map((i) => i.label), ['7.']);
    assert.deepEqual((digits[0].textEdit as { range: unknown }).range, { start: { line: at + 1, character: 0 }, end: { line: at + 1, character: 1 } });
    await client.change(cu, [{ range: { start: { line: at + 1, character: 0 }, end: { line: at + 1, character: 1 } }, text: 'I' }]);
    const letters = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: cu }, position: { line: at + 1, character: 1 } });
    assert.deepEqual(letters.map((i) => i.label), ['C.', 'IV.']);
    // Not inside a sentence.
    const mid = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: cu }, position: { line: at - 1, character: 10 } });
    assert.deepEqual(mid, []);
  });
});
