// What the desktop client (extension.ts, server in a Node process) and the web client (browserExtension.ts,
// server in a Web Worker) share: the client's options, the language status item, the "UN Drafting" commands
// and the rule documentation. Nothing from the workspace is executed (untrusted workspaces are supported):
// the server only reads the documents' text. No Node here: the web build bundles this file for a browser.

import * as vscode from 'vscode';
import { BaseLanguageClient, ExecuteCommandRequest, LanguageClientOptions, NotificationType, RequestType0, WorkDoneProgress } from 'vscode-languageclient';
import { COMMANDS, RULES_REQUEST, SHOW_DOCS_COMMAND, STATUS_NOTIFICATION, WORD_FIX_COMMAND, WORD_VIEW_SCHEME, type EditResult, type RuleInfo, type StatusParams, type WorkspaceCheckSummary } from '../../server/src/protocol';

const StatusNotification = new NotificationType<StatusParams>(STATUS_NOTIFICATION);
const RulesRequest = new RequestType0<RuleInfo[], void>(RULES_REQUEST);

const LANGUAGES = ['un-report', 'markdown', 'plaintext'];

/** What differs between the desktop and the web. */
export interface ClientPlatform {
  /** URI schemes of the documents checked: on the web, drafts live in repositories (vscode-vfs) or remotes too. */
  readonly schemes: readonly string[];
  /** Said instead of running the workspace check where the server has no file system; undefined where it has one. */
  readonly noWorkspaceCheck?: string;
  /** Opens a .docx's text view (desktop: wordView.ts); absent on the web, where no file can be read. */
  readonly openWordDraft?: (file?: vscode.Uri) => Promise<void>;
}

export const WEB_NO_WORKSPACE_CHECK =
  'undraft: checking all the drafts in the workspace is not available in VS Code for the Web (the checker runs in the browser without a file system). Open a draft to check it.';

export const WEB_NO_WORD_DRAFTS =
  'undraft: checking a Word draft needs VS Code on the desktop (the checker runs in the browser without a file system here). The undraft CLI checks .docx files too.';

export function documentSelector(platform: ClientPlatform): { language: string; scheme: string }[] {
  return LANGUAGES.flatMap((language) => platform.schemes.map((scheme) => ({ language, scheme })));
}

export function clientOptions(platform: ClientPlatform): LanguageClientOptions {
  return {
    documentSelector: documentSelector(platform),
    diagnosticCollectionName: 'undraft',
    outputChannelName: 'undraft',
    // The client opens rule documentation itself (the local page when the web page cannot be reached), and where
    // it shows Word views it says how to make their fixes in Word (wordView.ts).
    initializationOptions: { clientCommands: [SHOW_DOCS_COMMAND, ...(platform.schemes.includes(WORD_VIEW_SCHEME) ? [WORD_FIX_COMMAND] : [])] },
  };
}

/** The language status item: what the server last said about the active document. */
function languageStatus(context: vscode.ExtensionContext, platform: ClientPlatform): { item: vscode.LanguageStatusItem; update(p: StatusParams): void; render(): void } {
  const item = vscode.languages.createLanguageStatusItem('undraft.status', documentSelector(platform));
  item.name = 'undraft';
  item.text = '$(sync~spin) undraft: starting';
  item.busy = true;
  context.subscriptions.push(item);
  const statuses = new Map<string, StatusParams>();
  const render = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const p = doc ? statuses.get(doc.uri.toString()) : undefined;
    item.busy = false;
    item.severity = vscode.LanguageStatusSeverity.Information;
    item.command = undefined;
    item.detail = undefined;
    if (!p) {
      item.text = 'undraft';
      item.detail = 'Waiting for the document to be checked';
    } else if (p.state === 'checking') {
      item.text = '$(sync~spin) undraft: checking';
      item.busy = true;
    } else if (p.state === 'disabled' && p.configError) {
      item.text = '$(error) undraft: invalid undraft.config.json';
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.detail = p.reason;
      item.command = { title: 'Open config', command: 'vscode.open', arguments: [vscode.Uri.parse(p.configError)] };
    } else if (p.state === 'disabled') {
      item.text = '$(circle-slash) undraft: not checked';
      item.detail = p.reason;
      item.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['undraft.'] };
    } else {
      item.text = p.problems === 0 ? '$(check) undraft: no problems' : `$(warning) undraft: ${p.problems} ${p.problems === 1 ? 'problem' : 'problems'}`;
      item.severity = p.problems === 0 ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
      item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
    }
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
  );
  return { item, render, update: (p) => { statuses.set(p.uri, p); render(); } };
}

/** Registers the commands and the status item, then starts the client (desktop or web). */
export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient, platform: ClientPlatform): Promise<void> {
  const status = languageStatus(context, platform);
  const runEditCommand = async (command: string): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage('undraft: open a draft first.');
      return;
    }
    const result = await client.sendRequest(ExecuteCommandRequest.type, {
      command,
      arguments: [{ uri: client.code2ProtocolConverter.asUri(doc.uri), version: doc.version }],
    }) as EditResult | undefined;
    if (result) void vscode.window.showInformationMessage(`undraft: ${result.message}`);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('undraft.fixAll', () => runEditCommand(COMMANDS.fixAll)),
    vscode.commands.registerCommand('undraft.renumberParagraphs', () => runEditCommand(COMMANDS.renumberParagraphs)),
    vscode.commands.registerCommand(SHOW_DOCS_COMMAND, (ruleId?: unknown, url?: unknown) => showRuleDocumentation(context, client, ruleId, url)),
    vscode.commands.registerCommand('undraft.checkWorkspace', () => {
      if (platform.noWorkspaceCheck) return void vscode.window.showInformationMessage(platform.noWorkspaceCheck);
      return checkWorkspace(client);
    }),
    vscode.commands.registerCommand('undraft.checkWordDraft', (file?: unknown) => {
      if (!platform.openWordDraft) return void vscode.window.showInformationMessage(WEB_NO_WORD_DRAFTS);
      return platform.openWordDraft(file instanceof vscode.Uri ? file : undefined);
    }),
  );
  // Registered before start so that the status of the documents open at start-up is not missed.
  context.subscriptions.push(client.onNotification(StatusNotification, status.update));
  try {
    await client.start();
  } catch (e) {
    status.item.text = '$(error) undraft: server failed';
    status.item.severity = vscode.LanguageStatusSeverity.Error;
    status.item.busy = false;
    status.item.detail = e instanceof Error ? e.message : String(e);
    throw e;
  }
  status.render();
}

async function pickRule(client: BaseLanguageClient): Promise<RuleInfo | undefined> {
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

/** Whether the documentation page answers (a short HEAD request); false offline (and where CORS forbids it). */
async function reachable(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function showRuleDocumentation(context: vscode.ExtensionContext, client: BaseLanguageClient, ruleIdArg?: unknown, urlArg?: unknown): Promise<void> {
  let ruleId = typeof ruleIdArg === 'string' ? ruleIdArg : undefined;
  let url = typeof urlArg === 'string' ? urlArg : undefined;
  if (!ruleId) {
    const rule = await pickRule(client);
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

async function checkWorkspace(client: BaseLanguageClient): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('undraft: open a folder to check its drafts.');
    return;
  }
  // The server checks in the background and reports the file it is at; Cancel stops it.
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'undraft: checking the drafts in the workspace…', cancellable: true },
    async (progress, cancel) => {
      const workDoneToken = `undraft-check-workspace-${Date.now()}`;
      const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind === 'report' && v.message) progress.report({ message: v.message });
      });
      try {
        return await client.sendRequest(ExecuteCommandRequest.type, { command: COMMANDS.checkWorkspace, arguments: [folders.map((f) => client.code2ProtocolConverter.asUri(f.uri))], workDoneToken }, cancel);
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
