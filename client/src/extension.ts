// The desktop VS Code client: starts the bundled language server (dist/server.js) in a Node process over IPC;
// commands, status item and rule pages are shared with the web client (common.ts).

import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { clientOptions, startClient, type ClientPlatform } from './common';

const DESKTOP: ClientPlatform = { schemes: ['file', 'untitled'] };

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  client = new LanguageClient('undraft', 'undraft (UN drafting checks)', serverOptions, clientOptions(DESKTOP));
  await startClient(context, client, DESKTOP);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
