// The language server over real JSON-RPC under random drafts and edits: every request is answered
// without an error, the server stays up, and every published diagnostic lies inside the document.
// One server for all runs; a small, seeded number of runs keeps it to seconds.

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Position } from 'vscode-languageserver/node';
import { TestClient } from '../lsp/client';
import { DRAFT } from '../lsp/fixtures';
import { draftText, mutated } from './drafts';

describe('fuzz: language server over JSON-RPC', function () {
  this.timeout(120_000);
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ settings: { documents: 'all' } }));
  });
  after(async () => client?.stop());

  it('answers every request on random drafts and edits, with diagnostics inside the document', async () => {
    let n = 0;
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 30 }), draftText.map((t) => t.slice(0, 40)));
    await fc.assert(
      fc.asyncProperty(fc.oneof(draftText, mutated(DRAFT)), fc.array(edit, { maxLength: 4 }), fc.nat(), async (text, edits, at) => {
        const uri = `file:///fuzz-rpc/${++n}.unreport`;
        const doc = await client.open(uri, text, 'un-report');
        for (const [start, length, insert] of edits) {
          const from = start % (doc.getText().length + 1);
          const to = Math.min(doc.getText().length, from + length);
          await client.change(uri, [{ range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: insert }]);
        }
        const diagnostics = await client.diagnostics(uri);
        const inside = (p: Position) => {
          assert.deepEqual(doc.positionAt(doc.offsetAt(p)), p, `${JSON.stringify(p)} is not a position of the document`);
        };
        for (const d of diagnostics) {
          inside(d.range.start);
          inside(d.range.end);
        }
        const position = doc.positionAt(at % (doc.getText().length + 1));
        const here = { textDocument: { uri }, position };
        await client.codeActions(uri, { start: position, end: position }, diagnostics.slice(0, 3));
        await client.request('textDocument/hover', here);
        await client.request('textDocument/definition', here);
        await client.request('textDocument/completion', here);
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        await client.request('textDocument/foldingRange', { textDocument: { uri } });
        await client.close(uri);
      }),
      { numRuns: 25, seed: 20260601, endOnFailure: true },
    );
    assert.equal(client.proc.exitCode, null, 'the server is still running');
    assert.doesNotMatch(client.stderr, /Error|undraft: /);
  });
});
