// Finding and reading undraft.config.json (Node I/O): the nearest file from a draft's folder up to the
// repository root (a folder with `.git`) or a workspace root; JSON with comments read by jsonc-parser,
// validated against the generated schema (errors.ts words the failures), `extends` followed with
// Node's module resolution, cycles refused. Results are cached until clear().

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describeError } from '../cli/files';
import { schemaErrors, type ConfigError } from './errors';
import { mergeLayer, type MergedConfig, type RawConfig } from './resolve';
import { CONFIG_FILE_NAME } from './schema';

export type { ConfigError } from './errors';
export { formatConfigError } from './errors';

export type ConfigResult = { readonly config?: MergedConfig; readonly error?: undefined } | { readonly config?: undefined; readonly error: ConfigError };

type Layer = { readonly raw: RawConfig; readonly text: string } | { readonly error: ConfigError };

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Reads and validates one file (no `extends` followed yet). */
export function readLayer(file: string): Layer {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { error: { file, path: '', message: `could not be read: ${describeError(e)}` } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const e = errors[0];
    return { error: { file, path: '', message: `is not valid JSON: ${printParseErrorCode(e.error)}`, offset: e.offset, ...lineColumn(text, e.offset) } };
  }
  if (!tree) return { error: { file, path: '', message: 'is empty; expected an object such as { "rules": {} }' } };
  const value: unknown = getNodeValue(tree);
  const problems = schemaErrors(file, value, tree);
  if (problems.length > 0) {
    const first = problems[0];
    return { error: { ...first, ...(first.offset !== undefined ? lineColumn(text, first.offset) : {}), more: problems.slice(1).map((p) => ({ ...p, ...(p.offset !== undefined ? lineColumn(text, p.offset) : {}) })) } };
  }
  return { raw: value as RawConfig, text };
}

/** Where `extends: spec` in a config in `fromDir` points: a relative or absolute path, or a package. */
function resolveExtends(spec: string, fromDir: string): string | undefined {
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    const p = path.resolve(fromDir, spec);
    try {
      return fs.statSync(p).isDirectory() ? path.join(p, CONFIG_FILE_NAME) : p;
    } catch {
      return p; // reading it says what is wrong
    }
  }
  const req = createRequire(path.join(fromDir, '__undraft_config__.js'));
  for (const request of [spec, `${spec}/${CONFIG_FILE_NAME}`]) {
    try {
      return req.resolve(request);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

export class ConfigLoader {
  private readonly layers = new Map<string, Layer>();
  private readonly merged = new Map<string, ConfigResult>();
  private readonly nearest = new Map<string, string | null>();

  /** `roots`: folders where the search upwards stops (workspace folders); a `.git` folder stops it too. */
  constructor(private roots: ReadonlySet<string> = new Set()) {}

  setRoots(roots: ReadonlySet<string>): void {
    this.roots = roots;
    this.clear();
  }

  clear(): void {
    this.layers.clear();
    this.merged.clear();
    this.nearest.clear();
  }

  /** The nearest undraft.config.json for a file in `dir`, or undefined. */
  findConfigFile(dir: string): string | undefined {
    const visited: string[] = [];
    let found: string | undefined;
    for (let d = path.resolve(dir); ; ) {
      const cached = this.nearest.get(d);
      if (cached !== undefined) {
        found = cached ?? undefined;
        break;
      }
      visited.push(d);
      const candidate = path.join(d, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      const parent = path.dirname(d);
      if (this.roots.has(d) || exists(path.join(d, '.git')) || parent === d) break;
      d = parent;
    }
    for (const v of visited) this.nearest.set(v, found ?? null);
    return found;
  }

  /** The merged config that applies to `file` (absolute), or its error; no config is no error. */
  configFor(file: string): ConfigResult {
    const configFile = this.findConfigFile(path.dirname(file));
    return configFile ? this.load(configFile) : {};
  }

  /** A config file with everything it extends, merged (bases first). */
  load(configFile: string, stack: readonly string[] = []): ConfigResult {
    const hit = this.merged.get(configFile);
    if (hit) return hit;
    const result = this.loadUncached(configFile, stack);
    this.merged.set(configFile, result);
    return result;
  }

  private loadUncached(configFile: string, stack: readonly string[]): ConfigResult {
    let layer = this.layers.get(configFile);
    if (!layer) {
      layer = readLayer(configFile);
      this.layers.set(configFile, layer);
    }
    if ('error' in layer) return { error: layer.error };
    const specs = layer.raw.extends === undefined ? [] : typeof layer.raw.extends === 'string' ? [layer.raw.extends] : layer.raw.extends;
    let base: MergedConfig | undefined;
    const here = [...stack, configFile];
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i];
      const where = typeof layer.raw.extends === 'string' ? 'extends' : `extends[${i}]`;
      const offset = layer.text.indexOf(JSON.stringify(spec).slice(1, -1));
      const at = offset >= 0 ? { offset, ...lineColumn(layer.text, offset) } : {};
      const target = resolveExtends(spec, path.dirname(configFile));
      if (!target) return { error: { file: configFile, path: where, message: `cannot find "${spec}": expected a relative path or an installed package (resolved from ${path.dirname(configFile)})`, ...at } };
      if (here.includes(target)) {
        const cycle = [...here.slice(here.indexOf(target)), target].map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)).join(' → ');
        return { error: { file: configFile, path: where, message: `"${spec}" makes a cycle of extends: ${cycle}`, ...at } };
      }
      const loaded = this.load(target, here);
      if (loaded.error) return loaded;
      // The base's own chain, then this layer: a base that extends others brings them along.
      base = base ? mergeChains(base, loaded.config as MergedConfig) : loaded.config;
    }
    return { config: mergeLayer(base, configFile, layer.raw) };
  }
}

/** Two merged bases one after the other (for `extends: [a, b]`): b's layers on top of a's. */
function mergeChains(a: MergedConfig, b: MergedConfig): MergedConfig {
  return {
    file: b.file,
    chain: [...a.chain, ...b.chain],
    settings: {
      rules: mergeRules(a.settings.rules, b.settings.rules),
      stage: b.settings.stage ?? a.settings.stage,
      date: b.settings.date ?? a.settings.date,
      abbreviations: { ...a.settings.abbreviations, ...b.settings.abbreviations },
      terms: [...a.settings.terms, ...b.settings.terms],
      acceptedNames: [...a.settings.acceptedNames, ...b.settings.acceptedNames],
    },
    files: b.files ?? a.files,
    ignores: [...a.ignores, ...b.ignores],
    overrides: [...a.overrides, ...b.overrides],
  };
}

function mergeRules(a: MergedConfig['settings']['rules'], b: MergedConfig['settings']['rules']): MergedConfig['settings']['rules'] {
  const out = { ...a };
  for (const [id, r] of Object.entries(b)) out[id] = { severity: r.severity ?? a[id]?.severity, options: r.options || a[id]?.options ? { ...(a[id]?.options ?? {}), ...(r.options ?? {}) } : undefined };
  return out;
}
