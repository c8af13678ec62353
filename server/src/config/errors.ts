// A config that fails the schema, in words: each problem names the file, the path in it
// (`rules.number-style[1].threshold`) and what is expected there. Ajv checks against the schema
// generated from the rules (compiled once); its errors are grouped by place and worded here.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { allRules } from '../core/index';
import { configSchema, SEVERITY_SETTINGS } from './schema';

export interface ConfigError {
  /** The config file (absolute). */
  readonly file: string;
  /** Where in the file: `rules.number-style[1].threshold`; empty for the whole file. */
  readonly path: string;
  /** What is wrong and what is expected. */
  readonly message: string;
  readonly offset?: number;
  /** 1-based. */
  readonly line?: number;
  readonly column?: number;
  /** Further problems in the same file. */
  readonly more?: readonly ConfigError[];
}

let validate: ValidateFunction | undefined;

/** The validator, compiled on first use and kept. */
function validator(): ValidateFunction {
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTuples: false });
    // Keywords VS Code reads for its editor; they do not constrain anything.
    ajv.addKeyword('markdownDescription');
    ajv.addKeyword('patternErrorMessage');
    validate = ajv.compile(configSchema());
  }
  return validate;
}

function segments(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `rules.number-style[1].threshold` */
export function pathText(segs: readonly (string | number)[]): string {
  let out = '';
  for (const s of segs) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  integer: 'a whole number', number: 'a number', string: 'a string', boolean: 'true or false', array: 'an array', object: 'an object',
};

const quoteList = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');

/** A rule entry's path: `rules.<id>` at the top or in an override. */
function ruleIdAt(segs: readonly (string | number)[]): string | undefined {
  const i = segs.lastIndexOf('rules');
  return i >= 0 && i === segs.length - 2 && typeof segs[i + 1] === 'string' ? (segs[i + 1] as string) : undefined;
}

function describe(e: ErrorObject, segs: readonly (string | number)[]): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      if (segs[segs.length - 1] === 'rules') return `unknown rule "${key}"; run undraft --list-rules for the rule ids`;
      const rule = segs.length >= 3 && segs[segs.length - 1] === 1 ? ruleIdAt(segs.slice(0, -1)) : undefined;
      if (rule) {
        const names = (allRules.find((r) => r.meta.id === rule)?.meta.options ?? []).map((o) => o.name);
        return `rule "${rule}" has no option "${key}"; ${names.length > 0 ? `its options: ${names.join(', ')}` : 'it takes no options'}`;
      }
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `unknown property "${key}"${allowed.length > 0 ? `; expected one of: ${allowed.join(', ')}` : ''}`;
    }
    case 'enum':
      return `expected one of ${quoteList(p.allowedValues as unknown[])}`;
    case 'type':
      return `expected ${TYPE_WORDS[String(p.type)] ?? String(p.type)}`;
    case 'pattern':
      return (e.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage ?? `expected a string matching ${String(p.pattern)}`;
    case 'minimum':
      return `expected a number of at least ${String(p.limit)}`;
    case 'maximum':
      return `expected a number of at most ${String(p.limit)}`;
    case 'minItems':
      return `expected at least ${String(p.limit)} ${Number(p.limit) === 1 ? 'entry' : 'entries'}`;
    case 'maxItems':
    case 'additionalItems':
      return 'expected [severity] or [severity, { options }]: at most two entries';
    case 'minLength':
      return 'expected a non-empty string';
    case 'required':
      return `"${String(p.missingProperty)}" is required`;
    case 'oneOf':
      if (ruleIdAt(segs)) return `expected ${quoteList(SEVERITY_SETTINGS)}, or [severity, { options }]`;
      if (segs[segs.length - 1] === 'extends') return 'expected a path or package name, or a list of them';
      return 'expected a value of one of the allowed forms';
    default:
      return e.message ?? 'is not valid';
  }
}

/** Where the problem is in the text: the key of an unknown property, else the value at the path. */
function offsetOf(tree: Node, segs: readonly (string | number)[], e: ErrorObject): number | undefined {
  if (e.keyword === 'additionalProperties') {
    const n = findNodeAtLocation(tree, [...segs, String((e.params as { additionalProperty: string }).additionalProperty)]);
    if (n?.parent?.type === 'property') return n.parent.offset;
  }
  return findNodeAtLocation(tree, segs as (string | number)[])?.offset;
}

/** The schema problems of a parsed config, one per place (an outer place gives way to a deeper one inside it). */
export function schemaErrors(file: string, value: unknown, tree: Node): ConfigError[] {
  const v = validator();
  if (v(value)) return [];
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of v.errors ?? []) {
    const key = e.keyword === 'additionalProperties' ? `${e.instancePath}/${String((e.params as { additionalProperty: string }).additionalProperty)}` : e.instancePath;
    const list = byPath.get(key) ?? [];
    list.push(e);
    byPath.set(key, list);
  }
  const keys = [...byPath.keys()];
  const out: ConfigError[] = [];
  for (const key of keys) {
    if (keys.some((k) => k !== key && k.startsWith(`${key}/`))) continue;
    const errors = byPath.get(key) as ErrorObject[];
    const chosen = errors.find((e) => e.keyword === 'oneOf') ?? errors.find((e) => e.keyword !== 'if') ?? errors[0];
    const segs = segments(chosen.instancePath);
    const shown = chosen.keyword === 'additionalProperties' ? [...segs, String((chosen.params as { additionalProperty: string }).additionalProperty)] : segs;
    out.push({ file, path: pathText(shown), message: describe(chosen, segs), offset: offsetOf(tree, segs, chosen) });
  }
  return out.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
}

/** One line per problem: `file:line:column: path: message`. */
export function formatConfigError(e: ConfigError, display: (file: string) => string = (f) => f): string {
  const lines: string[] = [];
  for (const x of [e, ...(e.more ?? [])]) {
    const at = x.line !== undefined ? `:${x.line}:${x.column ?? 1}` : '';
    lines.push(`${display(x.file)}${at}: ${x.path ? `${x.path}: ` : ''}${x.message}`);
  }
  return lines.join('\n');
}
