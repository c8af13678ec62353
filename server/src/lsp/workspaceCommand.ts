// The "check the workspace" command on the server's side: runs the workspace check in the background,
// publishes each draft's diagnostics as it is checked, reports progress and honours cancellation.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationToken, Connection, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { WorkspaceCheckSummary } from '../protocol';
import type { Validator } from './diagnostics';
import type { SettingsStore } from './settings';
import { checkWorkspace, sameUri } from './workspace';


export interface WorkspaceCommandContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly settings: SettingsStore;
  readonly validator: Validator;
  /** The client answers workspace/configuration (for files.exclude). */
  readonly configuration: boolean;
}

/** At most one progress report per this many milliseconds. */
const REPORT_EVERY_MS = 100;

/**
 * Checks the folders file by file; other requests are answered meanwhile. Progress goes to the request's
 * workDoneToken, else to a progress the server creates; either can cancel, as can the request.
 */
export async function runWorkspaceCheck(
  ctx: WorkspaceCommandContext,
  roots: readonly string[],
  token: CancellationToken,
  attached: WorkDoneProgressReporter,
): Promise<WorkspaceCheckSummary> {
  let progress: WorkDoneProgressReporter & { token?: CancellationToken } = attached;
  // The library hands a null reporter when the request carries no workDoneToken.
  if (WorkDoneProgressReporter.isNullInstance(attached)) progress = await ctx.connection.window.createWorkDoneProgress().catch(() => attached);
  progress.begin('undraft: checking the drafts in the workspace', undefined, undefined, true);
  let problems = 0;
  let filesWithProblems = 0;
  let lastReport = 0;
  try {
    const result = await checkWorkspace(roots, {
      settingsFor: (uri) => ctx.settings.get(uri),
      excludesFor: (uri) => filesExclude(ctx, uri),
      isOpen: (uri) => ctx.documents.all().some((d) => sameUri(d.uri, uri)),
      onChecked: (f) => {
        ctx.validator.publishFor(f.doc, f.findings);
        problems += f.findings.length;
        if (f.findings.length > 0) filesWithProblems++;
      },
      cancelled: () => token.isCancellationRequested || !!progress.token?.isCancellationRequested,
      progress: (file) => {
        const now = Date.now();
        if (now - lastReport < REPORT_EVERY_MS) return;
        lastReport = now;
        progress.report(file);
      },
    });
    return { files: result.files, checked: result.checked, problems, filesWithProblems, skipped: result.skipped, errors: result.errors, cancelled: result.cancelled };
  } finally {
    progress.done();
  }
}

/** VS Code's files.exclude for a folder: the patterns set to true. */
async function filesExclude(ctx: WorkspaceCommandContext, folderUri: string): Promise<string[]> {
  if (!ctx.configuration) return [];
  try {
    const value = (await ctx.connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' })) as unknown;
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value as Record<string, unknown>).filter(([, on]) => on === true).map(([pattern]) => pattern);
  } catch {
    return [];
  }
}
