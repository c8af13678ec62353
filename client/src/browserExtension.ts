// The client in VS Code for the Web (vscode.dev, github.dev; the `browser` entry, dist/browser/extension.js):
// starts the language server in a Web Worker (dist/browser/server.js). Everything else is the desktop
// client's (common.ts), except the workspace check, which needs a file system the worker does not have.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient, WEB_NO_WORKSPACE_CHECK, type ClientPlatform } from './common';

// The web extension host's Worker; declared here because the client compiles without the DOM library.
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];

const WEB: ClientPlatform = {
  // Drafts opened from a repository (github.dev, vscode.dev) are vscode-vfs documents; a remote's are vscode-remote.
  schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote'],
  noWorkspaceCheck: WEB_NO_WORKSPACE_CHECK,
};

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const worker = new Worker(serverMain.toString(true), { name: 'undraft language server' });
  client = new LanguageClient('undraft', 'undraft (UN drafting checks)', worker, clientOptions(WEB));
  await startClient(context, client, WEB);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
