// A small LSP client for the protocol tests: starts the bundled server (dist/server.js --stdio) as
// a child process, speaks JSON-RPC to it, keeps the documents it opened, answers the server's
// requests (configuration, applyEdit, registerCapability, showDocument) like an editor would, and
// applies workspace edits with the core's fixer, refusing a stale version as VS Code does.

import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  CodeAction,
  CodeActionParams,
  createMessageConnection,
  Diagnostic,
  InitializeResult,
  MessageConnection,
  Position,
  PublishDiagnosticsParams,
  Range,
  ShowDocumentParams,
  ShowMessageParams,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';

export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

export interface StatusParams {
  uri: string;
  state: 'checking' | 'ok' | 'disabled';
  problems: number;
  reason?: string;
}

/** Settings the client answers workspace/configuration with: one object, or one per scope URI. */
export type SettingsSource = Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);

export interface StartOptions {
  settings?: SettingsSource;
  initializationOptions?: unknown;
  workspaceFolders?: { uri: string; name: string }[];
  /** Replaces parts of the default (VS Code-like) capabilities. */
  capabilities?: ClientCapabilities;
}

/** Capabilities like VS Code's, for what the server looks at. */
export function vscodeLikeCapabilities(): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
      workspaceFolders: true,
      applyEdit: true,
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
        resolveSupport: { properties: ['edit'] },
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      definition: { linkSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
      foldingRange: {},
    },
    window: { showDocument: { support: true }, workDoneProgress: true },
  };
}

export class TestClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly statuses: StatusParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly editRequests: ApplyWorkspaceEditParams[] = [];
  readonly configRequests: { scopeUri?: string; section?: string }[] = [];
  readonly registrations: string[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  /** `window/workDoneProgress/create` tokens and `$/progress` values, in order. */
  readonly progressTokens: (string | number)[] = [];
  readonly progress: { token: string | number; value: { kind: string; title?: string; message?: string; cancellable?: boolean } }[] = [];
  /** What the client answers for the files.exclude section. */
  filesExclude: Record<string, boolean> = {};
  readonly docs = new Map<string, TextDocument>();
  settings: SettingsSource;
  stderr = '';
  private readonly listeners = new Set<() => void>();

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection, settings: SettingsSource) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<{ client: TestClient; init: InitializeResult }> {
    const proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, options.settings ?? {});
    proc.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    client.listen();
    conn.listen();
    const init = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities: options.capabilities ?? vscodeLikeCapabilities(),
      initializationOptions: options.initializationOptions,
    })) as InitializeResult;
    await conn.sendNotification('initialized', {});
    return { client, init };
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private listen(): void {
    const c = this.conn;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
      this.notify();
    });
    c.onNotification('undraft/status', (p: StatusParams) => {
      this.statuses.push(p);
      this.notify();
    });
    c.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
      this.notify();
    });
    c.onNotification('window/logMessage', () => undefined);
    c.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configRequests.push(...p.items);
      this.notify();
      return p.items.map((item) => {
        if (item.section === 'files.exclude') return this.filesExclude;
        return typeof this.settings === 'function' ? this.settings(item.scopeUri) : this.settings;
      });
    });
    c.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.progressTokens.push(p.token);
      return null;
    });
    c.onNotification('$/progress', (p: { token: string | number; value: { kind: string } }) => {
      this.progress.push(p);
      this.notify();
    });
    c.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      this.notify();
      return null;
    });
    c.onRequest('window/showDocument', (p: ShowDocumentParams) => {
      this.shownDocuments.push(p);
      this.notify();
      return { success: true };
    });
    c.onRequest('window/showMessageRequest', (p: ShowMessageParams) => {
      this.messages.push(p);
      return null;
    });
    c.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams): { applied: boolean; failureReason?: string } => {
      this.editRequests.push(p);
      const result = this.applyWorkspaceEdit(p.edit);
      this.notify();
      return result.applied ? { applied: true } : { applied: false, failureReason: result.reason };
    });
  }

  /** Resolves with the first truthy value of `probe`, checked now and after every message from the server. */
  waitFor<T>(probe: () => T | undefined | false | null, what: string, timeoutMs = 10000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const v = probe();
        if (v) {
          cleanup();
          resolve(v);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Server stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = (): void => void check();
      this.listeners.add(listener);
      check();
    });
  }

  /** The diagnostics published for the document's current version (or the latest, for closed files). */
  async diagnostics(uri: string, timeoutMs = 10000): Promise<Diagnostic[]> {
    const doc = this.docs.get(uri);
    const p = await this.waitFor(() => {
      for (let i = this.publishes.length - 1; i >= 0; i--) {
        const x = this.publishes[i];
        if (x.uri !== uri) continue;
        if (!doc || x.version === doc.version) return x;
        return undefined;
      }
      return undefined;
    }, `diagnostics of ${uri}${doc ? ` version ${doc.version}` : ''}`, timeoutMs);
    return p.diagnostics;
  }

  /** Publications for a URI and version so far. */
  publishesFor(uri: string, version?: number): PublishDiagnosticsParams[] {
    return this.publishes.filter((p) => p.uri === uri && (version === undefined || p.version === version));
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /** Sends incremental changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text (as one incremental change of the full range). */
  async setText(uri: string, text: string): Promise<number> {
    const doc = this.docs.get(uri) as TextDocument;
    const end = doc.positionAt(doc.getText().length);
    return this.change(uri, [{ range: Range.create(Position.create(0, 0), end), text }]);
  }

  async save(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return (this.docs.get(uri) as TextDocument).getText();
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    const params: CodeActionParams = { textDocument: { uri }, range, context: { diagnostics, only } };
    return this.request<CodeAction[]>('textDocument/codeAction', params);
  }

  /**
   * Applies a workspace edit the way VS Code does: a TextDocumentEdit for another version is refused.
   * The text is changed with the core's applyEdits (every edit must apply), then sent to the server.
   */
  applyWorkspaceEdit(edit: WorkspaceEdit): { applied: boolean; reason?: string } {
    const perDoc: { uri: string; version: number | null | undefined; edits: TextEdit[] }[] = [];
    for (const dc of edit.documentChanges ?? []) {
      if (!('textDocument' in dc)) return { applied: false, reason: 'resource operations are not supported' };
      perDoc.push({ uri: dc.textDocument.uri, version: dc.textDocument.version, edits: dc.edits as TextEdit[] });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perDoc.push({ uri, version: undefined, edits });
    for (const d of perDoc) {
      const doc = this.docs.get(d.uri);
      if (!doc) return { applied: false, reason: `${d.uri} is not open` };
      if (d.version !== undefined && d.version !== null && d.version !== doc.version) {
        return { applied: false, reason: `stale version ${d.version} (document is at ${doc.version})` };
      }
    }
    for (const d of perDoc) {
      const doc = this.docs.get(d.uri) as TextDocument;
      const text = doc.getText();
      const coreEdits = d.edits.map((e) => ({ range: { start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }, newText: e.newText }));
      const result = applyEdits(text, coreEdits);
      if (result.dropped.length > 0) return { applied: false, reason: `${result.dropped.length} overlapping edits` };
      void this.setText(d.uri, result.text);
    }
    return { applied: true };
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // the server is gone already
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}

/** A diagnostic's message as text (LSP 3.18 allows Markup). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Offset range of `needle` (the n-th occurrence, 0-based) in `text`, as an LSP range of `doc`. */
export function rangeOf(doc: TextDocument, needle: string, nth = 0): Range {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = doc.getText().indexOf(needle, i + 1);
    if (i === -1) throw new Error(`"${needle}" (#${nth}) not found`);
  }
  return Range.create(doc.positionAt(i), doc.positionAt(i + needle.length));
}
