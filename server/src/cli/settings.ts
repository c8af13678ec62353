// Where each file's check settings come from: one function, settingsFor(file), so that the project
// configuration can slot in here and the cache, the workers and the checks all agree on them.

import type { CheckOptions } from '../core/index';
import type { CliOptions } from './args';

export interface FileSettings {
  /** What the core is called with for this file. */
  readonly options: CheckOptions;
  /** A stable serialisation of everything that affects this file's findings (the cache compares it). */
  readonly key: string;
}

export type SettingsFor = (file: string) => FileSettings;

/**
 * The settings from the command line, the same for every file. A draft without a date of its own is
 * judged as of today, so without --date the day is part of the key: a cached result never outlives it.
 */
export function cliSettings(opts: CliOptions, today: () => string = utcToday): SettingsFor {
  const options: CheckOptions = {
    stage: opts.stage,
    rules: opts.rules,
    maxFindingsPerRule: opts.maxFindingsPerRule,
    ...(opts.documentDate ? { documentDate: opts.documentDate } : {}),
  };
  const fixed = stableStringify(options);
  return () => ({ options, key: opts.documentDate ? fixed : `${fixed}|today=${today()}` });
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** JSON with object keys sorted at every level and undefined members left out: equal values, equal strings. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(obj).sort()) {
    if (obj[k] !== undefined) parts.push(`${JSON.stringify(k)}:${stableStringify(obj[k])}`);
  }
  return `{${parts.join(',')}}`;
}
