// The `undraft.*` settings, pulled per resource with workspace/configuration (scope: the document),
// cached per document and dropped when the document closes or the configuration changes.
// Clients without workspace/configuration get the settings pushed by didChangeConfiguration or
// given as initializationOptions.settings.

import type { Connection } from 'vscode-languageserver';
import type { CheckOptions, SeveritySetting } from '../core/index';
import { combineOptions } from '../config/combine';
import { splitWordRules } from '../docx/checks';
import type { ProjectConfigSource, ProjectSettings } from './projectSettings';

export type RunMode = 'onType' | 'onSave';
export type DocumentsMode = 'auto' | 'all' | 'none';
export type StageSetting = 'auto' | 'draft' | 'final';

export interface Settings {
  readonly enable: boolean;
  readonly run: RunMode;
  readonly documents: DocumentsMode;
  readonly stage: StageSetting;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** The project's undraft.config.json for this document, when one applies (projectConfig.ts). */
  readonly project?: ProjectSettings;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', documents: 'auto', stage: 'auto', rules: {} };

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads raw settings (any shape) into valid ones; unknown values fall back to defaults, problems are listed. */
export function normalizeSettings(raw: unknown, problems: string[] = []): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      // `"warn"` is a common slip; accept it.
      const value = v === 'warn' ? 'warning' : v;
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as SeveritySetting;
      else problems.push(`undraft.rules["${id}"]: "${String(v)}" is not one of off, info, warning, error.`);
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: pick(r.run, ['onType', 'onSave'], DEFAULT_SETTINGS.run),
    documents: pick(r.documents, ['auto', 'all', 'none'], DEFAULT_SETTINGS.documents),
    stage: pick(r.stage, ['auto', 'draft', 'final'], DEFAULT_SETTINGS.stage),
    rules,
  };
}

/**
 * The options a document is checked with. The VS Code settings are personal preferences: where the
 * project config says otherwise (a rule's severity, the stage), the project config wins.
 */
export function checkOptions(s: Settings): CheckOptions {
  return splitWordRules(allOptions(s)).options;
}

/** The settings of the Word-only checks (docx/checks.ts), which the core does not know. */
export function wordCheckRules(s: Settings): Readonly<Record<string, SeveritySetting>> {
  return splitWordRules(allOptions(s)).wordRules;
}

function allOptions(s: Settings): CheckOptions {
  const own: CheckOptions = { stage: s.stage === 'auto' ? undefined : s.stage, rules: s.rules };
  return s.project && !s.project.error ? combineOptions(own, s.project.options, true) : own;
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** Settings pushed by the client (didChangeConfiguration) or given at initialization. */
  private global: unknown = undefined;
  /** Problems found in settings, reported once each. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    private readonly projects?: ProjectConfigSource,
  ) {}

  setGlobal(raw: unknown): void {
    this.global = raw;
  }

  /** Settings for a document or folder URI. */
  get(uri: string): Promise<Settings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.load(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  drop(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }

  private async load(uri: string): Promise<Settings> {
    let raw: unknown = this.global;
    if (this.canPull()) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'undraft' });
      } catch (e) {
        this.connection.console.warn(`Could not read the undraft settings for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const problems: string[] = [];
    const settings = normalizeSettings(raw, problems);
    for (const p of problems) this.warnOnce(p);
    const project = this.projects?.forUri(uri);
    return project ? { ...settings, project } : settings;
  }

  warnOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    void this.connection.window.showWarningMessage(`undraft: ${message}`);
  }
}
