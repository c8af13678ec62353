// Entry point of the language server in Node (dist/server.js, the `undraft-language-server` bin): creates the
// connection and hands the server what needs Node (the workspace check on disk, file URLs, the bundled rule pages).
// The Web Worker entry is browserServer.ts.
//   undraft-language-server --stdio        (or --node-ipc, --socket=<port>, --pipe=<name>)

import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { ProtocolGuard } from './protocolGuard';
import { SERVER_NAME, startServer, type ServerPlatform } from './server';
import { ProjectConfigs } from './projectConfig';
import { forgetWordFile, wordDraftFor, wordText } from './wordText';
import { runWorkspaceCheck } from './workspaceCommand';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'));
if (args.includes('--help') || args.includes('-h') || !transport) {
  const usage = `${SERVER_NAME} ${version}: the undraft language server (checks drafts of UN meeting reports).\n\n` +
    `Usage: ${SERVER_NAME} --stdio\n` +
    `       ${SERVER_NAME} --node-ipc | --socket=<port> | --pipe=<name>\n` +
    `       ${SERVER_NAME} --version\n`;
  (transport || args.includes('--help') || args.includes('-h') ? process.stdout : process.stderr).write(usage);
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}

/**
 * Over stdio the client's bytes pass the protocol guard first: a broken stream ends the server (exit 2,
 * the reason on stderr), malformed messages are answered with the specification's error codes.
 */
function guardedStdioConnection(): Connection {
  const input = new PassThrough();
  const say = (line: string) => process.stderr.write(`${SERVER_NAME}: ${line}\n`);
  const guard = new ProtocolGuard({
    forward: (frame) => input.write(frame),
    reply: (message) => {
      const body = Buffer.from(JSON.stringify(message), 'utf8');
      process.stdout.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    },
    log: say,
    fatal: (reason) => {
      say(`broken message stream: ${reason}; exiting so that the client restarts the server`);
      process.exit(2);
    },
  });
  process.stdin.on('data', (chunk: Buffer) => guard.push(chunk));
  process.stdin.on('end', () => {
    guard.end();
    input.end();
  });
  // stdout carries the protocol: console output goes to stderr.
  console.log = console.info = console.debug = (...parts: unknown[]) => say(parts.map(String).join(' '));
  return createConnection(ProposedFeatures.all, input, process.stdout);
}

const connection = args.includes('--stdio') ? guardedStdioConnection() : createConnection(ProposedFeatures.all);
// Nothing of the editor's workspace is executed; log unexpected errors instead of dying silently.
process.on('uncaughtException', (e) => connection.console.error(`undraft: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
const node: ServerPlatform = {
  checkWorkspace: runWorkspaceCheck,
  checkFileUrl: (url) => void fileURLToPath(url),
  // dist/server.js is bundled; the .vsix ships docs/rules beside dist/.
  projectConfigs: new ProjectConfigs(),
  wordText,
  wordDrafts: { draftFor: wordDraftFor, forget: forgetWordFile },
  localRulePage: (ruleId) => pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).href,
};
startServer(connection, version, node);
