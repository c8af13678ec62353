// Entry point of the language server in a Web Worker (dist/browser/server.js, started by the web client in VS
// Code for the Web): messages come and go through the worker's postMessage. The same server as in Node, without
// what needs a file system: no workspace check (the client says so), rule pages only on the web.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { version } from '../../../package.json';
import { startServer } from './server';

// The worker's global scope; declared here because the server compiles without the DOM library.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, version, {});
