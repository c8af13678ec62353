// Findings -> diagnostics, and when they are published: on open, on change (debounced, when
// `undraft.run` is `onType`, and always for a Word view), on save; plus the `undraft/status` notification for the client's
// language status item.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticRelatedInformation, Location, NotificationType } from 'vscode-languageserver';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { Finding, ruleDocsUrl } from '../core/index';
import type { ConfigError } from '../config/errors';
import { Analyses, decide, Decision, isWordView } from './analysis';
import { STATUS_NOTIFICATION, type StatusParams } from '../protocol';
import { toRange, toSeverity } from './conversions';
import type { Settings, SettingsStore } from './settings';

export const SOURCE = 'undraft';

export const StatusNotification = new NotificationType<StatusParams>(STATUS_NOTIFICATION);

/** Delay between the last keystroke and the check. */
export const DEBOUNCE_MS = 200;

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.range),
    severity: toSeverity(f.severity),
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    message: f.message,
  };
  if (f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => DiagnosticRelatedInformation.create(Location.create(doc.uri, toRange(doc, r.range)), r.message));
  }
  return d;
}

/** Same finding, same diagnostic: code actions match the editor's diagnostics to fresh findings this way. */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message && a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Set<string>();
  /** The last status sent per document, so that an unchanged status is not sent on every keystroke. */
  private readonly lastStatus = new Map<string, string>();
  /** Config files with a published diagnostic (their problems), cleared when a config changes. */
  private readonly configDiagnostics = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly analyses: Analyses,
  ) {}

  /** Check now (open, save, settings changed, explicit request). */
  async validateNow(uri: string): Promise<void> {
    this.cancel(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    const settings = await this.settings.get(uri);
    const current = this.documents.get(uri);
    if (!current) return;
    this.run(current, settings);
  }

  /** A change: check after the debounce delay when `run` is `onType`. */
  async changed(uri: string): Promise<void> {
    const settings = await this.settings.get(uri);
    const doc = this.documents.get(uri);
    // A Word view changes only when its .docx changed on disk (it is read-only): that is a new file, not typing.
    if (!doc || (settings.run !== 'onType' && !isWordView(uri))) return;
    const decision = decide(doc.languageId, doc.getText(), settings);
    if (!decision.check) {
      this.run(doc, settings, decision);
      return;
    }
    this.cancel(uri);
    this.status({ uri, state: 'checking', problems: 0 });
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      const latest = this.documents.get(uri);
      if (latest) this.run(latest, settings);
    }, DEBOUNCE_MS));
  }

  async saved(uri: string): Promise<void> {
    await this.validateNow(uri);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.clear(uri);
    this.lastStatus.delete(uri);
  }

  /** Removes this document's diagnostics (if any were published). */
  clear(uri: string): void {
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Publishes diagnostics for a document that is not open (workspace check). */
  publishFor(doc: TextDocument, findings: readonly Finding[]): void {
    this.published.add(doc.uri);
    void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: findings.map((f) => toDiagnostic(doc, f)) });
  }

  /** Removes the diagnostics of config files (a config changed: the checks that follow publish them again). */
  clearConfigDiagnostics(): void {
    for (const uri of this.configDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.configDiagnostics.clear();
    this.lastStatus.clear();
  }

  /** A broken config: its problems as diagnostics on the config file itself. */
  private publishConfigError(e: ConfigError, uri: string): string {
    if (!this.configDiagnostics.has(uri)) {
      this.configDiagnostics.add(uri);
      const diagnostics = [e, ...(e.more ?? [])].map((x): Diagnostic => {
        const line = Math.max(0, (x.line ?? 1) - 1);
        const character = Math.max(0, (x.column ?? 1) - 1);
        return { range: { start: { line, character }, end: { line, character: character + 1 } }, severity: 1, source: SOURCE, code: 'config', message: `${x.path ? `${x.path}: ` : ''}${x.message}` };
      });
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    return uri;
  }

  private run(doc: TextDocument, settings: Settings, decided?: Decision): void {
    const decision = decided ?? decide(doc.languageId, doc.getText(), settings);
    if (!decision.check) {
      this.clear(doc.uri);
      const configError = decision.configError && decision.configUri ? this.publishConfigError(decision.configError, decision.configUri) : undefined;
      this.status({ uri: doc.uri, state: 'disabled', problems: 0, reason: decision.reason, ...(configError ? { configError } : {}) });
      return;
    }
    let analysis;
    try {
      analysis = this.analyses.analyze(doc, settings);
    } catch (e) {
      // The core never throws on input; if it does, say so rather than fail silently.
      const message = e instanceof Error ? e.message : String(e);
      this.connection.console.error(`undraft: checking ${doc.uri} failed: ${message}`);
      this.status({ uri: doc.uri, state: 'disabled', problems: 0, reason: `the check failed: ${message}` });
      return;
    }
    for (const w of analysis.result.warnings) this.settings.warnOnce(w);
    this.published.add(doc.uri);
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: analysis.findings.map((f) => toDiagnostic(doc, f)) });
    this.status({ uri: doc.uri, state: 'ok', problems: analysis.findings.length });
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) {
      clearTimeout(t);
      this.timers.delete(uri);
    }
  }

  private status(p: StatusParams): void {
    const key = `${p.state}:${p.problems}:${p.reason ?? ''}`;
    if (this.lastStatus.get(p.uri) === key) return;
    this.lastStatus.set(p.uri, key);
    void this.connection.sendNotification(StatusNotification, p);
  }
}
