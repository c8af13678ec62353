// Entry point of the language server (dist/server.js, the `undraft-language-server` bin).
//   undraft-language-server --stdio        (or --node-ipc, --socket=<port>, --pipe=<name>)

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { SERVER_NAME, startServer } from './server';

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

const connection = createConnection(ProposedFeatures.all);
// Nothing of the editor's workspace is executed; log unexpected errors instead of dying silently.
process.on('uncaughtException', (e) => connection.console.error(`undraft: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
startServer(connection, version);
