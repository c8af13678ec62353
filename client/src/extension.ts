// The desktop VS Code client: starts the bundled language server (dist/server.js) in a Node process over IPC,
// and shows Word drafts as read-only text views (wordView.ts);
// commands, status item and rule pages are shared with the web client (common.ts).

import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { WORD_VIEW_SCHEME } from '../../server/src/protocol';
import { clientOptions, startClient, type ClientPlatform } from './common';
import { WordViews } from './wordView';

// Word drafts' read-only text views (undraft-word:) are checked like any draft.
const SCHEMES = ['file', 'untitled', WORD_VIEW_SCHEME];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  client = new LanguageClient('undraft', 'undraft (UN drafting checks)', serverOptions, clientOptions({ schemes: SCHEMES }));
  const words = new WordViews(client);
  words.register(context);
  const desktop: ClientPlatform = { schemes: SCHEMES, openWordDraft: (file) => words.open(file) };
  await startClient(context, client, desktop);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
