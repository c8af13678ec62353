// The client in VS Code for the Web (vscode.dev, github.dev; the `browser` entry, dist/browser/extension.js):
// starts the language server in a Web Worker (dist/browser/server.js). Everything else is the desktop
// client's (common.ts), except the workspace check, which needs a file system the worker does not have.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient, WEB_NO_WORKSPACE_CHECK, type ClientPlatform } from './common';

// The web extension host's Worker; declared here because the client compiles without the DOM library.
type ServerWorker = ConstructorParameters<typeof LanguageClient>[2];
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
const WORKER_NAME = 'undraft language server';

const WEB: ClientPlatform = {
  // Drafts opened from a repository (github.dev, vscode.dev) are vscode-vfs documents; a remote's are vscode-remote.
  schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote'],
  noWorkspaceCheck: WEB_NO_WORKSPACE_CHECK,
};

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new LanguageClient('undraft', 'undraft (UN drafting checks)', await serverWorker(context), clientOptions(WEB));
  await startClient(context, client, WEB);
}

/** The Web Worker running dist/browser/server.js. */
async function serverWorker(context: vscode.ExtensionContext): Promise<ServerWorker> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  // vscode.dev and github.dev serve the extension over https: the worker starts from the script's URL.
  if (main.scheme !== 'vscode-remote') return new Worker(main.toString(true), { name: WORKER_NAME });
  // Installed on a remote opened in a browser (code-server, a codespace): the web extension host refuses workers
  // from vscode-remote URLs, so the worker starts from the script's text, read through VS Code's file system.
  const code = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: WORKER_NAME });
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
