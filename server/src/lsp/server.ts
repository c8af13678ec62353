// The language server: wires the protocol to the core. Every handler takes the document's current
// text, runs the (cheap) core on it and converts the answer; nothing else is kept between requests.
// Shared by the Node server (main.ts) and the Web Worker server (browserServer.ts): no Node here; what
// needs a file system comes in a ServerPlatform from the entry.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  NotificationType,
  InitializeParams,
  InitializeResult,
  RequestType,
  RequestType0,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type WorkDoneProgressReporter,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { allRules, ruleDocsUrl } from '../core/index';
import { CONFIG_FILE_NAME } from '../config/schema';
import { COMMANDS, RULES_REQUEST, SHOW_DOCS_COMMAND, WORD_FILE_CHANGED_NOTIFICATION, WORD_FIX_COMMAND, WORD_TEXT_REQUEST, type RuleInfo, type WordFileChangedParams, type WordTextParams, type WordTextResult, type WorkspaceCheckSummary } from '../protocol';
import { Analyses, Analysis, decide, isWordView, type WordDraftSource } from './analysis';
import { codeActions, FIX_ALL_KIND, resolveFixAll } from './codeActions';
import { documentArg, folderArgs, ruleDocsArgs } from './commandArgs';
import { EditCommands } from './commands';
import { completions } from './completion';
import { definition } from './definition';
import { Validator } from './diagnostics';
import { folding } from './folding';
import { hover } from './hover';
import { markdownOf, wordFixHover, wordViewPath } from './wordHover';
import { documentSymbols, symbolInformation } from './outline';
import { guardRequests } from './requestGuard';
import type { ProjectConfigSource } from './projectSettings';
import { SettingsStore } from './settings';
import type { WorkspaceCommandContext } from './workspaceCommand';

export const SERVER_NAME = 'undraft-language-server';

/** Custom request: the rules this server knows, for the client's "Show rule documentation" picker. */
export const RulesRequest = new RequestType0<RuleInfo[], void>(RULES_REQUEST);

/** Custom request: the text view of a Word draft on disk, for the client's read-only view (Node server only). */
export const WordTextRequest = new RequestType<WordTextParams, WordTextResult, void>(WORD_TEXT_REQUEST);

/** Notification: the .docx behind a Word view changed on disk; its view is checked again. */
export const WordFileChangedNotification = new NotificationType<WordFileChangedParams>(WORD_FILE_CHANGED_NOTIFICATION);

/** What only some hosts can do, handed in by the entry that creates the connection. */
export interface ServerPlatform {
  /** Checks the drafts on disk under the folders; absent in a browser, where the server has no file system. */
  readonly checkWorkspace?: (ctx: WorkspaceCommandContext, roots: readonly string[], token: CancellationToken, workDone: WorkDoneProgressReporter) => Promise<WorkspaceCheckSummary>;
  /** Throws for a `file:` folder URL that names no local path. */
  readonly checkFileUrl?: (url: URL) => void;
  /** The rule's page bundled beside the server (a `file:` URL), which the docs command may open too. */
  readonly localRulePage?: (ruleId: string) => string;
  /** The project configuration (undraft.config.json) of a document, read from disk; absent in a browser. */
  readonly projectConfigs?: ProjectConfigSource;
  /** The text view of a .docx on disk (wordText.ts); absent in a browser, which reads no files. */
  readonly wordText?: (params: WordTextParams) => WordTextResult | ResponseError<void>;
  /** The Word draft behind a view, for its Word-only checks (wordText.ts wordDraftFor), and its cache's reset. */
  readonly wordDrafts?: { readonly draftFor: WordDraftSource; readonly forget: (viewUri: string) => void };
}

/** Said when a client asks a server without a file system for the text of a Word draft. */
export const NO_WORD_TEXT = 'Reading a Word draft needs a file system, which this server (running in a browser) does not have; use VS Code on the desktop or the undraft CLI.';

/** Said when a client asks a server without a file system to check the workspace. */
export const NO_WORKSPACE_CHECK = 'Checking the drafts in the workspace needs a file system, which this server (running in a browser) does not have; open the drafts to check them.';


interface ClientCaps {
  configuration: boolean;
  dynamicConfiguration: boolean;
  watchedFiles: boolean;
  documentChanges: boolean;
  linkSupport: boolean;
  hierarchicalSymbols: boolean;
  resolveEdits: boolean;
  disabledActions: boolean;
  showDocument: boolean;
  workspaceFolders: boolean;
}

export function startServer(connection: Connection, version = '0.0.0', platform: ServerPlatform = {}): void {
  guardRequests(connection);
  const analyses = new Analyses(platform.wordDrafts?.draftFor);
  const documents = new TextDocuments(TextDocument);
  const caps: ClientCaps = {
    configuration: false, dynamicConfiguration: false, watchedFiles: false, documentChanges: false, linkSupport: false,
    hierarchicalSymbols: false, resolveEdits: false, disabledActions: false, showDocument: false, workspaceFolders: false,
  };
  let clientCommands = new Set<string>();
  let folders: string[] = [];
  const projects = platform.projectConfigs;
  const settings = new SettingsStore(connection, () => caps.configuration, projects);
  const validator = new Validator(connection, documents, settings, analyses);
  const editOptions = () => ({ documentChanges: caps.documentChanges });
  const commands = new EditCommands(connection, documents, settings, editOptions, analyses);
  const justOpened = new Set<string>();

  /** The document and its analysis when the document is one undraft checks. */
  async function ready(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const s = await settings.get(uri);
    const current = documents.get(uri);
    if (!current || !decide(current.languageId, current.getText(), s).check) return undefined;
    return { doc: current, analysis: analyses.analyze(current, s) };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    caps.configuration = !!c.workspace?.configuration;
    caps.dynamicConfiguration = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    caps.watchedFiles = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.documentChanges = !!c.workspace?.workspaceEdit?.documentChanges;
    caps.linkSupport = !!c.textDocument?.definition?.linkSupport;
    caps.hierarchicalSymbols = !!c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    caps.resolveEdits = !!c.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    caps.disabledActions = !!c.textDocument?.codeAction?.disabledSupport;
    caps.showDocument = !!c.window?.showDocument?.support;
    caps.workspaceFolders = !!c.workspace?.workspaceFolders;
    const init = (params.initializationOptions ?? {}) as { clientCommands?: unknown; settings?: unknown };
    clientCommands = new Set(Array.isArray(init.clientCommands) ? init.clientCommands.filter((x): x is string => typeof x === 'string') : []);
    if (init.settings !== undefined) settings.setGlobal(init.settings);
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    projects?.setFolders(folders);

    const serverCommands: string[] = [COMMANDS.fixAll, COMMANDS.renumberParagraphs, ...(platform.checkWorkspace ? [COMMANDS.checkWorkspace] : []), COMMANDS.showRuleDocumentation];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: 'undraft' },
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { resolveProvider: false },
        executeCommandProvider: { commands: serverCommands },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version },
    };
  });

  connection.onInitialized(() => {
    if (caps.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'undraft' });
    // Project config files: a change re-checks the open drafts (clients without dynamic registration
    // may still send the notification, as VS Code's `synchronize.fileEvents` does).
    if (caps.watchedFiles && projects) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    if (caps.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = folders.filter((f) => !removed.has(f)).concat(e.added.map((f) => f.uri));
        projects?.setFolders(folders);
        configChanged();
      });
    }
  });

  /** A project config changed (or the folders that bound the search): everything is read again. */
  function configChanged(): void {
    projects?.clear();
    settings.clear();
    analyses.forgetAll();
    validator.clearConfigDiagnostics();
    for (const d of documents.all()) void validator.validateNow(d.uri);
  }

  connection.onDidChangeWatchedFiles((p) => {
    // A config extended by path may have any name; a change to a JSON file may be one.
    if (p.changes.some((c) => c.uri.endsWith('.json'))) configChanged();
  });

  connection.onDidChangeConfiguration((p) => {
    const s = (p.settings as { undraft?: unknown } | null | undefined)?.undraft;
    if (s !== undefined) settings.setGlobal(s);
    settings.clear();
    analyses.forgetAll();
    for (const d of documents.all()) void validator.validateNow(d.uri);
  });

  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    void validator.validateNow(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    // The library reports the opening as a change too; that one was checked already.
    if (justOpened.delete(e.document.uri)) return;
    void validator.changed(e.document.uri);
  });
  documents.onDidSave((e) => void validator.saved(e.document.uri));
  documents.onDidClose((e) => {
    justOpened.delete(e.document.uri);
    validator.closed(e.document.uri);
    settings.drop(e.document.uri);
    analyses.forget(e.document.uri);
  });

  connection.onCodeAction(async (params) => {
    const r = await ready(params.textDocument.uri);
    if (!r) return [];
    // VS Code's client opens documentation itself (local page when offline); other editors ask the server.
    const docsCommand = clientCommands.has(SHOW_DOCS_COMMAND) ? SHOW_DOCS_COMMAND : COMMANDS.showRuleDocumentation;
    return codeActions(r.doc, r.analysis, params, { documentChanges: caps.documentChanges, showDocsCommand: docsCommand, resolveEdits: caps.resolveEdits, disabledSupport: caps.disabledActions,
      ...(clientCommands.has(WORD_FIX_COMMAND) ? { wordFixCommand: WORD_FIX_COMMAND } : {}) });
  });

  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as { uri?: string } | undefined)?.uri;
    if (!uri) return action;
    const r = await ready(uri);
    return resolveFixAll(action, r?.doc, () => (r as { analysis: Analysis }).analysis, editOptions());
  });

  connection.onDocumentSymbol(async (params) => {
    const r = await ready(params.textDocument.uri);
    if (!r) return [];
    const model = r.analysis.result.model;
    return caps.hierarchicalSymbols ? documentSymbols(r.doc, model) : symbolInformation(r.doc, model);
  });

  connection.onFoldingRanges(async (params) => {
    const r = await ready(params.textDocument.uri);
    return r ? folding(r.analysis.result.model) : [];
  });

  connection.onHover(async (params) => {
    const r = await ready(params.textDocument.uri);
    if (!r) return null;
    const general = hover(r.doc, r.analysis.result.model, params.position);
    if (!isWordView(r.doc.uri)) return general;
    const how = wordFixHover(r.doc, r.analysis.findings, r.doc.offsetAt(params.position), wordViewPath(r.doc.uri));
    return how && general ? { contents: { kind: 'markdown', value: `${markdownOf(how)}\n\n---\n\n${markdownOf(general)}` }, range: how.range } : how ?? general;
  });

  connection.onDefinition(async (params) => {
    const r = await ready(params.textDocument.uri);
    return r ? definition(r.doc, r.analysis.result.model, params.position, caps.linkSupport) : null;
  });

  connection.onCompletion(async (params) => {
    const r = await ready(params.textDocument.uri);
    return r ? completions(r.doc, r.analysis.result.model, params.position) : [];
  });

  connection.onRequest(RulesRequest, () =>
    allRules.map((rule) => ({
      id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity,
      fixable: rule.meta.fixable, url: ruleDocsUrl(rule.meta.id),
    })),
  );

  connection.onNotification(WordFileChangedNotification, (params) => {
    const uri = (params as Partial<WordFileChangedParams> | null | undefined)?.uri;
    if (typeof uri !== 'string' || !isWordView(uri)) return;
    platform.wordDrafts?.forget(uri);
    analyses.forget(uri);
    void validator.validateNow(uri);
  });

  connection.onRequest(WordTextRequest, (params) => platform.wordText ? platform.wordText(params) : new ResponseError(ErrorCodes.InvalidRequest, NO_WORD_TEXT));

  // Every command's arguments are checked first (commandArgs.ts): a wrong shape is answered with -32602.
  connection.onExecuteCommand(async (params, token, workDone) => {
    const { command } = params;
    switch (command) {
      case COMMANDS.fixAll:
      case COMMANDS.renumberParagraphs: {
        const arg = documentArg(command, params.arguments);
        if (arg instanceof ResponseError) return arg;
        return command === COMMANDS.fixAll ? commands.fixAll(arg) : commands.renumberParagraphs(arg);
      }
      case COMMANDS.checkWorkspace: {
        if (!platform.checkWorkspace) return new ResponseError(ErrorCodes.InvalidRequest, NO_WORKSPACE_CHECK);
        const roots = folderArgs(command, params.arguments, platform.checkFileUrl ?? (() => undefined));
        return roots instanceof ResponseError ? roots : platform.checkWorkspace({ connection, documents, settings, validator, configuration: caps.configuration }, roots && roots.length > 0 ? roots : folders, token, workDone);
      }
      case COMMANDS.showRuleDocumentation: {
        const page = ruleDocsArgs(command, params.arguments, platform.localRulePage);
        if (page instanceof ResponseError) return page;
        if (caps.showDocument) return connection.window.showDocument({ uri: page.url, external: true });
        void connection.window.showInformationMessage(`Documentation for ${page.ruleId}: ${page.url}`);
        return { success: true };
      }
      default:
        return new ResponseError(ErrorCodes.InvalidParams, `Unknown command "${command}"; this server runs ${Object.values(COMMANDS).join(', ')}`);
    }
  });

  documents.listen(connection);
  connection.listen();
}
