// A loaded project config turned into the CheckOptions for one file: pure (no I/O). Layers (a config
// and what it extends, base first) merge into one; its overrides whose globs match the file apply in
// order; the vocabularies become the rules' options (abbreviations → abbreviation.known, terms →
// term-consistency.terms, acceptedNames → country-name.accepted).

import * as path from 'node:path';
import { matchesRelative } from '../cli/glob';
import type { CheckOptions, SeveritySetting, Stage } from '../core/index';
export { combineOptions } from './combine';

/** One rule's entry: `"warning"` or `["warning", { options }]`. */
export type RuleEntry = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, Readonly<Record<string, unknown>>];

/** Fields a config and each of its overrides may set (as validated by the schema). */
export interface SettingFields {
  readonly rules?: Readonly<Record<string, RuleEntry>>;
  readonly stage?: Stage;
  readonly date?: string;
  readonly abbreviations?: Readonly<Record<string, string>>;
  readonly terms?: readonly string[];
  readonly acceptedNames?: readonly string[];
  readonly ignores?: readonly string[];
}

export interface RawConfig extends SettingFields {
  readonly extends?: string | readonly string[];
  readonly files?: readonly string[];
  readonly overrides?: readonly (SettingFields & { readonly files: readonly string[] })[];
}

/**
 * Globs, read relative to the folder of the config file found for the draft (as ESLint reads them):
 * a shared config's `overrides` for `annexes/**` apply to the project's annexes.
 */
type Globs = readonly string[];

/** Settings merged so far: rules with their options, the rest last-wins or joined. */
export interface Settings {
  readonly rules: Readonly<Record<string, { readonly severity?: SeveritySetting; readonly options?: Readonly<Record<string, unknown>> }>>;
  readonly stage?: Stage;
  readonly date?: string;
  readonly abbreviations: Readonly<Record<string, string>>;
  readonly terms: readonly string[];
  readonly acceptedNames: readonly string[];
}

export interface MergedConfig {
  /** The config file found for the draft (the nearest); its folder anchors every glob. */
  readonly file: string;
  /** Every file merged, bases first, the nearest last. */
  readonly chain: readonly string[];
  readonly settings: Settings;
  readonly files?: Globs;
  readonly ignores: readonly Globs[];
  readonly overrides: readonly { readonly files: Globs; readonly ignores?: Globs; readonly settings: SettingFields }[];
}

export const EMPTY_SETTINGS: Settings = { rules: {}, abbreviations: {}, terms: [], acceptedNames: [] };

/** `fields` on top of `base`: a rule given only a severity keeps the options it had. */
export function applySettings(base: Settings, fields: SettingFields): Settings {
  const rules = { ...base.rules };
  for (const [id, entry] of Object.entries(fields.rules ?? {})) {
    const severity = typeof entry === 'string' ? entry : entry[0];
    const options = typeof entry === 'string' || entry.length < 2 ? rules[id]?.options : { ...(rules[id]?.options ?? {}), ...entry[1] };
    rules[id] = { severity, ...(options ? { options } : {}) };
  }
  return {
    rules,
    stage: fields.stage ?? base.stage,
    date: fields.date ?? base.date,
    abbreviations: { ...base.abbreviations, ...(fields.abbreviations ?? {}) },
    terms: [...base.terms, ...(fields.terms ?? [])],
    acceptedNames: [...base.acceptedNames, ...(fields.acceptedNames ?? [])],
  };
}

/** One config layer (its file's folder `dir`) on top of what its bases gave. */
export function mergeLayer(base: MergedConfig | undefined, file: string, raw: RawConfig): MergedConfig {
  const globs = (g: readonly string[] | undefined): Globs | undefined => (g && g.length > 0 ? g : undefined);
  const own = globs(raw.ignores);
  return {
    file,
    chain: [...(base?.chain ?? []), file],
    settings: applySettings(base?.settings ?? EMPTY_SETTINGS, raw),
    files: globs(raw.files) ?? base?.files,
    ignores: [...(base?.ignores ?? []), ...(own ? [own] : [])],
    overrides: [...(base?.overrides ?? []), ...(raw.overrides ?? []).map((o) => ({ files: o.files, ignores: globs(o.ignores), settings: o }))],
  };
}

/** Whether `file` (absolute) matches one of the globs, read relative to `base`. */
function matches(g: Globs, base: string, file: string): boolean {
  const rel = path.relative(base, file).split(path.sep).join('/');
  if (rel.startsWith('../') || path.isAbsolute(rel)) return false;
  return g.some((glob) => matchesRelative(glob, rel, true));
}

export interface FileSettings {
  readonly settings: Settings;
  /** Why the config leaves this file out, when it does. */
  readonly ignored?: string;
}

/** The settings that apply to `file` (absolute) under a merged config. */
export function settingsForFile(config: MergedConfig, file: string): FileSettings {
  let ignored: string | undefined;
  const base = path.dirname(config.file);
  if (config.files && !matches(config.files, base, file)) ignored = `not matched by "files" in ${config.file}`;
  for (const g of config.ignores) if (!ignored && matches(g, base, file)) ignored = `matched by "ignores" in ${config.file}`;
  let settings = config.settings;
  for (const o of config.overrides) {
    if (!matches(o.files, base, file) || (o.ignores && matches(o.ignores, base, file))) continue;
    settings = applySettings(settings, o.settings);
  }
  return { settings, ...(ignored ? { ignored } : {}) };
}

/** Settings as the core's options: the vocabularies join the options of the rules that use them. */
export function toCheckOptions(s: Settings): CheckOptions {
  const rules: Record<string, SeveritySetting> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const [id, r] of Object.entries(s.rules)) {
    if (r.severity) rules[id] = r.severity;
    if (r.options) ruleOptions[id] = { ...r.options };
  }
  const join = (id: string, name: string, value: unknown, isEmpty: boolean) => {
    if (isEmpty) return;
    const current = ruleOptions[id]?.[name];
    const merged = Array.isArray(value) ? [...value, ...(Array.isArray(current) ? current : [])] : { ...(value as object), ...(current && typeof current === 'object' ? current : {}) };
    ruleOptions[id] = { ...(ruleOptions[id] ?? {}), [name]: merged };
  };
  join('abbreviation', 'known', s.abbreviations, Object.keys(s.abbreviations).length === 0);
  join('term-consistency', 'terms', s.terms, s.terms.length === 0);
  join('country-name', 'accepted', s.acceptedNames, s.acceptedNames.length === 0);
  return {
    ...(s.stage ? { stage: s.stage } : {}),
    ...(s.date ? { documentDate: s.date } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(Object.keys(ruleOptions).length > 0 ? { ruleOptions } : {}),
  };
}


/** A stable text of everything in the options that affects the findings (a cache key). */
export function optionsKey(o: CheckOptions): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(o));
}
