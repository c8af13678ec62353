// The CLI's side of the project configuration: each file's options come from settingsFor (the CLI's
// flags over the nearest undraft.config.json), plus `--init` and `--print-config`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, validateRuleOptions, type CheckOptions, type Severity, type SeveritySetting } from '../core/index';
import { WORD_CHECKS } from '../docx/checks';
import { ConfigLoader, formatConfigError, type ConfigError } from '../config/load';
import { combineOptions, optionsKey, settingsForFile, toCheckOptions } from '../config/resolve';
import { CONFIG_FILE_NAME } from '../config/schema';
import { describeError, displayPath, type InputError, type Target } from './files';

export interface FileSettings {
  /** The options to check the file with. */
  readonly options: CheckOptions;
  /** A stable text of everything in `options` that affects the findings (for a cache). */
  readonly key: string;
  /** The config file that applies, if any. */
  readonly configFile?: string;
  /** Why the config leaves this file out, when it does. */
  readonly ignored?: string;
  /** The config is broken: the file must not be checked with defaults instead. */
  readonly error?: ConfigError;
}

/**
 * One function per run: each file's settings (configs are read once per run). A draft without a date of its
 * own is judged as of today, so without a date the day is part of the key: a cached result never outlives it.
 */
export function settingsResolver(cli: CheckOptions, loader = new ConfigLoader(), today: () => string = utcToday): (file: string) => FileSettings {
  const keyOf = (o: CheckOptions) => (o.documentDate ? optionsKey(o) : `${optionsKey(o)}|today=${today()}`);
  return (file) => {
    const found = loader.configFor(path.resolve(file));
    if (found.error) return { options: cli, key: keyOf(cli), error: found.error };
    if (!found.config) return { options: cli, key: keyOf(cli) };
    const applied = settingsForFile(found.config, path.resolve(file));
    const options = combineOptions(cli, toCheckOptions(applied.settings), false);
    return { options, key: keyOf(options), configFile: found.config.file, ...(applied.ignored ? { ignored: applied.ignored } : {}) };
  };
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

export function describeConfigError(e: ConfigError, cwd: string): string {
  return `${formatConfigError(e, (f) => displayPath(f, cwd))}\n  (drafts under this config are not checked until it is fixed)`;
}

/**
 * Each target's options, or undefined when it is not to be checked: under a broken config (said once
 * per config file, and counted as a problem: exit 2) or left out by `files`/`ignores` (quietly when a
 * folder or glob found it, said on stderr when it was named directly). Standard input takes the config
 * of the working directory.
 */
export function configGate(
  settingsFor: (file: string) => FileSettings,
  inputs: readonly string[],
  io: { readonly cwd: string; stderr(s: string): void },
  problems: InputError[],
): (target: Target) => FileSettings | undefined {
  const named = new Set(inputs.map((i) => path.resolve(io.cwd, i)));
  const broken = new Set<string>();
  return (target) => {
    const file = target.kind === 'file' ? target.path : path.join(io.cwd, '<stdin>');
    const s = settingsFor(file);
    if (s.error) {
      if (!broken.has(s.error.file)) {
        broken.add(s.error.file);
        problems.push({ input: displayPath(s.error.file, io.cwd), reason: `invalid configuration: ${s.error.path ? `${s.error.path}: ` : ''}${s.error.message}` });
        io.stderr(`undraft: ${describeConfigError(s.error, io.cwd)}\n`);
      }
      return undefined;
    }
    if (s.ignored) {
      const why = s.configFile ? s.ignored.replace(s.configFile, displayPath(s.configFile, io.cwd)) : s.ignored;
      if (named.has(file)) io.stderr(`undraft: ${displayPath(file, io.cwd)}: not checked: ${why}\n`);
      return undefined;
    }
    return s;
  };
}

const STARTER = `// undraft project configuration: the nearest undraft.config.json above a draft applies to it.
// Comments are allowed. Every field: https://github.com/undraft/undraft/blob/main/docs/configuration.md
{
  // Severity per rule: "off", "info", "warning" or "error"; ["warning", { options }] sets options too.
  "rules": {
    "number-style": ["warning", { "threshold": 10 }]
  },
  // The body's own vocabulary: abbreviations with their full forms, terms with their capitals,
  // names accepted in lists of States.
  "abbreviations": {},
  "terms": [],
  "acceptedNames": [],
  // Drafts to leave out (globs relative to this folder).
  "ignores": []
}
`;

/** `--init`: writes the starting config into `cwd`; refuses to overwrite. Returns the exit status. */
export function initConfig(cwd: string, out: (s: string) => void, err: (s: string) => void): number {
  const file = path.join(cwd, CONFIG_FILE_NAME);
  try {
    fs.writeFileSync(file, STARTER, { flag: 'wx' });
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
    err(`undraft: ${CONFIG_FILE_NAME}: ${exists ? 'already exists; it was left as it is' : `could not be written: ${describeError(e)}`}\n`);
    return 2;
  }
  out(`Wrote ${CONFIG_FILE_NAME}. Edit its rules and vocabulary; undraft uses it for the drafts in this folder and below.\n`);
  return 0;
}

/**
 * The Word-only checks' severities as the settings resolve them: the setting when there is one, else the
 * default for the stage, or both stages' when the stage is left to the masthead and they differ.
 */
function wordCheckSeverities(options: CheckOptions): Record<string, SeveritySetting | { draft: Severity; final: Severity }> {
  const out: Record<string, SeveritySetting | { draft: Severity; final: Severity }> = {};
  for (const { id, severity: byStage } of WORD_CHECKS) {
    const set = options.rules?.[id];
    if (set !== undefined) out[id] = set;
    else if (options.stage !== undefined) out[id] = byStage[options.stage];
    else out[id] = byStage.draft === byStage.final ? byStage.draft : { ...byStage };
  }
  return out;
}

/** `--print-config <file>`: the configuration that applies to `file`, as JSON. Returns the exit status. */
export function printConfig(target: string, cli: CheckOptions, cwd: string, out: (s: string) => void, err: (s: string) => void): number {
  const file = path.resolve(cwd, target);
  const loader = new ConfigLoader();
  const s = settingsResolver(cli, loader)(file);
  if (s.error) {
    err(`undraft: ${describeConfigError(s.error, cwd)}\n`);
    return 2;
  }
  const found = loader.configFor(file).config;
  const rules: Record<string, unknown> = {};
  for (const rule of allRules) {
    const id = rule.meta.id;
    const severity = s.options.rules?.[id] ?? rule.meta.defaultSeverity;
    const options = validateRuleOptions(rule.meta, s.options.ruleOptions?.[id]).options;
    rules[id] = Object.keys(options).length > 0 ? [severity, options] : severity;
  }
  const printed = {
    file: displayPath(file, cwd),
    configFiles: (found?.chain ?? []).map((f) => displayPath(f, cwd)),
    ignored: s.ignored ?? false,
    stage: s.options.stage ?? 'from the masthead',
    date: s.options.documentDate ?? 'from the text',
    rules,
    // Listed for any file: what a .docx draft under this config would get.
    wordChecks: { appliesTo: 'Word documents (.docx) only', rules: wordCheckSeverities(s.options) },
  };
  out(JSON.stringify(printed, null, 2) + '\n');
  return 0;
}
