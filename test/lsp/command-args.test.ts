// Protocol tests: the server's commands check their arguments. A wrong shape is answered with -32602
// and a message saying what was expected; only rule pages undraft knows are ever shown.

import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../../server/src/core/index';
import { TestClient } from './client';
import { uri } from './fixtures';

async function rejection(p: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await p;
  } catch (e) {
    return e as ResponseError<unknown>;
  }
  assert.fail('the request was answered without an error');
}

describe('language server: command arguments', function () {
  this.timeout(30000);
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start());
  });
  after(async () => client?.stop());

  const run = (command: string, args: unknown) => client.request('workspace/executeCommand', { command, arguments: args });

  const bad: [string, unknown, RegExp][] = [
    ['undraft.server.showRuleDocumentation', ['x', 'file:///etc/passwd'], /no rule "x"/],
    ['undraft.server.showRuleDocumentation', ['unresolved-bracket', 'file:///etc/passwd'], /opens only undraft's own page for unresolved-bracket/],
    ['undraft.server.showRuleDocumentation', ['unresolved-bracket', 'https://example.com/'], /opens only undraft's own page/],
    ['undraft.server.showRuleDocumentation', [42, {}], /expects the arguments \[ruleId, url\?\]/],
    ['undraft.server.showRuleDocumentation', [], /expects the arguments \[ruleId, url\?\]/],
    ['undraft.server.renumberParagraphs', [], /expects the arguments \[uri, version\?\] or \[\{ uri, version\? \}\]/],
    ['undraft.server.fixAll', [{ uri: 5 }], /expects the arguments \[uri, version\?\]/],
    ['undraft.server.fixAll', ['file:///x.md', 'one'], /expects the arguments \[uri, version\?\]/],
    ['undraft.server.fixAll', 'n', /"arguments" must be an array/],
    ['undraft.server.checkWorkspace', [['file://host%/x']], /is not a valid folder URI/],
    ['undraft.server.checkWorkspace', ['file:///tmp'], /expects no arguments or \[\[folderUri, …\]\]/],
    ['undraft.server.nothing', [], /Unknown command "undraft.server.nothing"/],
  ];
  for (const [command, args, message] of bad) {
    it(`answers ${command} ${JSON.stringify(args)} with -32602`, async () => {
      const e = await rejection(run(command, args));
      assert.equal(e.code, -32602);
      assert.match(e.message, message);
    });
  }

  it('shows the rule page undraft knows, with or without the URL given, and still works after the errors', async () => {
    const shown = client.shownDocuments.length;
    await run('undraft.server.showRuleDocumentation', ['unresolved-bracket']);
    await run('undraft.server.showRuleDocumentation', ['duplicate-entry', ruleDocsUrl('duplicate-entry')]);
    assert.deepEqual(client.shownDocuments.slice(shown).map((d) => d.uri), [ruleDocsUrl('unresolved-bracket'), ruleDocsUrl('duplicate-entry')]);
    const u = uri();
    // Fix-all applies safe fixes only: a date range with a hyphen has one (the en dash).
    await client.open(u, 'Distr.: Limited\n\n1. The meeting was held on 14-16 October 2024.\n');
    const result = (await run('undraft.server.fixAll', [u, 1])) as { applied: boolean };
    assert.equal(result.applied, true);
  });
});
