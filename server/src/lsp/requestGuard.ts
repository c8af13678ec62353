// The protocol rules every transport gets (the --stdio guard in protocolGuard.ts sees raw bytes; IPC and
// sockets do not pass it): handlers are registered through checks that answer invalid params with
// -32602 (not -32603 from a handler tripping over them) and requests after shutdown with InvalidRequest.

import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { paramsProblem } from './protocolParams';

type Registrar = (handler: (params: unknown, ...rest: unknown[]) => unknown) => unknown;

/** The connection's registration methods, with the LSP method each one handles. */
const REQUESTS: readonly (readonly [string, string])[] = [
  ['onHover', 'textDocument/hover'],
  ['onDefinition', 'textDocument/definition'],
  ['onCompletion', 'textDocument/completion'],
  ['onDocumentSymbol', 'textDocument/documentSymbol'],
  ['onFoldingRanges', 'textDocument/foldingRange'],
  ['onCodeAction', 'textDocument/codeAction'],
  ['onCodeActionResolve', 'codeAction/resolve'],
  ['onExecuteCommand', 'workspace/executeCommand'],
];

const NOTIFICATIONS: readonly (readonly [string, string])[] = [
  ['onDidOpenTextDocument', 'textDocument/didOpen'],
  ['onDidChangeTextDocument', 'textDocument/didChange'],
  ['onDidCloseTextDocument', 'textDocument/didClose'],
  ['onDidSaveTextDocument', 'textDocument/didSave'],
];

/** Makes every later registration on `connection` of the methods above go through the checks. */
export function guardRequests(connection: Connection): void {
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  const target = connection as unknown as Record<string, Registrar>;
  for (const [name, method] of REQUESTS) {
    const register = target[name].bind(connection);
    target[name] = (handler) =>
      register((params, ...rest) => {
        if (shutDown) return new ResponseError(ErrorCodes.InvalidRequest, `Invalid request: the server is shut down; only "exit" is accepted, not "${method}"`);
        const problem = paramsProblem(method, params);
        return problem ? new ResponseError(ErrorCodes.InvalidParams, `Invalid params for ${method}: ${problem}`) : handler(params, ...rest);
      });
  }
  for (const [name, method] of NOTIFICATIONS) {
    const register = target[name].bind(connection);
    target[name] = (handler) =>
      register((params, ...rest) => {
        if (shutDown) return undefined;
        const problem = paramsProblem(method, params);
        if (problem) {
          connection.console.warn(`undraft: notification "${method}" with invalid params ignored: ${problem}`);
          return undefined;
        }
        return handler(params, ...rest);
      });
  }
}
