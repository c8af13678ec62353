// The VS Code client: starts the bundled language server (dist/server.js) over IPC, shows what it is
// doing in a language status item, and adds the "UN Drafting" commands. Nothing from the workspace is
// executed (untrusted workspaces are supported): the server only reads the documents' text.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, LanguageClientOptions, NotificationType, RequestType0, ServerOptions, TransportKind, WorkDoneProgress } from 'vscode-languageclient/node';

interface StatusParams {
  readonly uri: string;
  readonly state: 'checking' | 'ok' | 'disabled';
  readonly problems: number;
  readonly reason?: string;
  /** The project config (URI) that is invalid, when that is why the draft is not checked. */
  readonly configError?: string;
}

interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: string;
  readonly fixable: boolean;
  readonly url: string;
}

interface EditResult {
  readonly applied: boolean;
  readonly fixes: number;
  readonly message: string;
}

interface WorkspaceCheckSummary {
  readonly files: number;
  readonly checked: number;
  readonly problems: number;
  readonly filesWithProblems: number;
  readonly skipped: number;
  readonly errors: readonly string[];
  readonly cancelled?: boolean;
}

const StatusNotification = new NotificationType<StatusParams>('undraft/status');
const RulesRequest = new RequestType0<RuleInfo[], void>('undraft/rules');

/** Server-side commands (see server/src/lsp/commands.ts). */
const SERVER = {
  fixAll: 'undraft.server.fixAll',
  renumberParagraphs: 'undraft.server.renumberParagraphs',
  checkWorkspace: 'undraft.server.checkWorkspace',
};

const SHOW_DOCS = 'undraft.showRuleDocumentation';
const LANGUAGES = ['un-report', 'markdown', 'plaintext'];
const SCHEMES = ['file', 'untitled'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const documentSelector = LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    diagnosticCollectionName: 'undraft',
    outputChannelName: 'undraft',
    // The client opens rule documentation itself (the local page when the web page cannot be reached).
    initializationOptions: { clientCommands: [SHOW_DOCS] },
  };
  client = new LanguageClient('undraft', 'undraft (UN drafting checks)', serverOptions, clientOptions);

  const status = vscode.languages.createLanguageStatusItem('undraft.status', documentSelector);
  status.name = 'undraft';
  status.text = '$(sync~spin) undraft: starting';
  status.busy = true;
  context.subscriptions.push(status);
  const statuses = new Map<string, StatusParams>();
  const render = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const p = doc ? statuses.get(doc.uri.toString()) : undefined;
    status.busy = false;
    status.severity = vscode.LanguageStatusSeverity.Information;
    status.command = undefined;
    status.detail = undefined;
    if (!p) {
      status.text = 'undraft';
      status.detail = 'Waiting for the document to be checked';
      return;
    }
    if (p.state === 'checking') {
      status.text = '$(sync~spin) undraft: checking';
      status.busy = true;
    } else if (p.state === 'disabled' && p.configError) {
      status.text = '$(error) undraft: invalid undraft.config.json';
      status.severity = vscode.LanguageStatusSeverity.Error;
      status.detail = p.reason;
      status.command = { title: 'Open config', command: 'vscode.open', arguments: [vscode.Uri.parse(p.configError)] };
    } else if (p.state === 'disabled') {
      status.text = '$(circle-slash) undraft: not checked';
      status.detail = p.reason;
      status.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['undraft.'] };
    } else {
      status.text = p.problems === 0 ? '$(check) undraft: no problems' : `$(warning) undraft: ${p.problems} ${p.problems === 1 ? 'problem' : 'problems'}`;
      status.severity = p.problems === 0 ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
      status.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
    }
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
  );

  const activeDocument = (): vscode.TextDocument | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) void vscode.window.showInformationMessage('undraft: open a draft first.');
    return doc;
  };
  const runEditCommand = async (command: string): Promise<void> => {
    const doc = activeDocument();
    if (!doc || !client) return;
    const result = await client.sendRequest(ExecuteCommandRequest.type, {
      command,
      arguments: [{ uri: client.code2ProtocolConverter.asUri(doc.uri), version: doc.version }],
    }) as EditResult | undefined;
    if (result) void vscode.window.showInformationMessage(`undraft: ${result.message}`);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('undraft.fixAll', () => runEditCommand(SERVER.fixAll)),
    vscode.commands.registerCommand('undraft.renumberParagraphs', () => runEditCommand(SERVER.renumberParagraphs)),
    vscode.commands.registerCommand(SHOW_DOCS, (ruleId?: unknown, url?: unknown) => showRuleDocumentation(context, ruleId, url)),
    vscode.commands.registerCommand('undraft.checkWorkspace', checkWorkspace),
  );

  // Registered before start so that the status of the documents open at start-up is not missed.
  context.subscriptions.push(
    client.onNotification(StatusNotification, (p) => {
      statuses.set(p.uri, p);
      render();
    }),
  );
  try {
    await client.start();
  } catch (e) {
    status.text = '$(error) undraft: server failed';
    status.severity = vscode.LanguageStatusSeverity.Error;
    status.busy = false;
    status.detail = e instanceof Error ? e.message : String(e);
    throw e;
  }
  render();
}

async function pickRule(): Promise<RuleInfo | undefined> {
  if (!client) return undefined;
  const rules = await client.sendRequest(RulesRequest);
  if (rules.length === 0) {
    void vscode.window.showInformationMessage('undraft: no rules are available.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    rules.map((r) => ({ label: r.id, description: r.description, detail: `${r.fixable ? 'Fixable · ' : ''}default severity: ${r.defaultSeverity}`, rule: r })),
    { title: 'Show rule documentation', placeHolder: 'Choose a rule' },
  );
  return picked?.rule;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Whether the documentation page answers (a short HEAD request); false offline. */
async function reachable(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function showRuleDocumentation(context: vscode.ExtensionContext, ruleIdArg?: unknown, urlArg?: unknown): Promise<void> {
  let ruleId = typeof ruleIdArg === 'string' ? ruleIdArg : undefined;
  let url = typeof urlArg === 'string' ? urlArg : undefined;
  if (!ruleId) {
    const rule = await pickRule();
    if (!rule) return;
    ruleId = rule.id;
    url = rule.url;
  }
  if (!/^[a-z0-9-]+$/.test(ruleId)) return;
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  if (url && (await reachable(url))) {
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return;
  }
  if (await exists(local)) {
    await vscode.commands.executeCommand('markdown.showPreview', local);
    return;
  }
  if (url) await vscode.env.openExternal(vscode.Uri.parse(url));
}

async function checkWorkspace(): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!client) return;
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('undraft: open a folder to check its drafts.');
    return;
  }
  const c = client;
  // The server checks in the background and reports the file it is at; Cancel stops it.
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'undraft: checking the drafts in the workspace…', cancellable: true },
    async (progress, cancel) => {
      const workDoneToken = `undraft-check-workspace-${Date.now()}`;
      const listening = c.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind === 'report' && v.message) progress.report({ message: v.message });
      });
      try {
        return await c.sendRequest(ExecuteCommandRequest.type, { command: SERVER.checkWorkspace, arguments: [folders.map((f) => c.code2ProtocolConverter.asUri(f.uri))], workDoneToken }, cancel);
      } finally {
        listening.dispose();
      }
    },
  ) as WorkspaceCheckSummary | undefined;
  if (!summary) return;
  const files = summary.checked === 1 ? '1 draft' : `${summary.checked} drafts`;
  if (summary.cancelled) {
    void vscode.window.showInformationMessage(`undraft: workspace check cancelled after ${files}.`);
    return;
  }
  const text = summary.problems === 0
    ? `undraft: checked ${files} that are not open: no problems.`
    : `undraft: checked ${files} that are not open: ${summary.problems} ${summary.problems === 1 ? 'problem' : 'problems'} in ${summary.filesWithProblems} ${summary.filesWithProblems === 1 ? 'file' : 'files'}.`;
  const choice = await vscode.window.showInformationMessage(text, ...(summary.problems > 0 ? ['Show Problems'] : []));
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
