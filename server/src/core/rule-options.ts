// Rule options as the engine hands them to a rule: checked against the rule's `meta.options`, with
// every default filled in, and typed readers for the rules. The config file is validated against the
// JSON Schema generated from the same metadata (server/src/config/schema.ts); this check is the core's
// own guard for options that come from elsewhere (the language server's settings, tests).

import type { RuleContext, RuleMeta, RuleOption } from './rule';

export interface ValidatedOptions {
  readonly options: Readonly<Record<string, unknown>>;
  /** One sentence per option that was left at its default because its value was wrong. */
  readonly problems: string[];
}

function isStringMap(v: unknown): v is Record<string, string> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** Why `value` is not a value of `option`, or undefined when it is. */
export function optionValueProblem(option: RuleOption, value: unknown): string | undefined {
  switch (option.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'string':
      if (typeof value !== 'string') return 'expected a string';
      if (option.pattern !== undefined && !new RegExp(option.pattern, 'u').test(value)) return `expected ${option.patternDescription ?? `a string matching ${option.pattern}`}`;
      return undefined;
    case 'string[]':
      return Array.isArray(value) && value.every((x) => typeof x === 'string') ? undefined : 'expected an array of strings';
    case 'string-map':
      return isStringMap(value) ? undefined : 'expected an object whose values are strings';
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (option.integer && !Number.isInteger(value)) return 'expected a whole number';
      if (option.minimum !== undefined && value < option.minimum) return `expected a number of at least ${option.minimum}`;
      if (option.maximum !== undefined && value > option.maximum) return `expected a number of at most ${option.maximum}`;
      return undefined;
    }
  }
}

/** The rule's options from `raw` (any shape), defaults for what is missing or wrong, and what was wrong. */
export function validateRuleOptions(meta: RuleMeta, raw: unknown): ValidatedOptions {
  const declared = meta.options ?? [];
  const options: Record<string, unknown> = {};
  for (const o of declared) options[o.name] = o.default;
  const problems: string[] = [];
  if (raw === undefined) return { options, problems };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`The options of rule "${meta.id}" must be an object; its defaults are used.`);
    return { options, problems };
  }
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const option = declared.find((o) => o.name === name);
    if (!option) {
      const known = declared.map((o) => `"${o.name}"`).join(', ');
      problems.push(`Rule "${meta.id}" has no option "${name}" (${known ? `its options: ${known}` : 'it takes no options'}).`);
      continue;
    }
    const problem = optionValueProblem(option, value);
    if (problem) problems.push(`Option "${name}" of rule "${meta.id}": ${problem}; its default is used.`);
    else options[name] = value;
  }
  return { options, problems };
}

/** A `string[]` option as the engine validated it. */
export function stringsOption(ctx: RuleContext, name: string): readonly string[] {
  const v = ctx.options[name];
  return Array.isArray(v) ? (v as string[]) : [];
}

/** A `string-map` option as the engine validated it. */
export function mapOption(ctx: RuleContext, name: string): Readonly<Record<string, string>> {
  const v = ctx.options[name];
  return isStringMap(v) ? v : {};
}

export function numberOption(ctx: RuleContext, name: string, fallback: number): number {
  const v = ctx.options[name];
  return typeof v === 'number' ? v : fallback;
}

export function stringOption(ctx: RuleContext, name: string): string {
  const v = ctx.options[name];
  return typeof v === 'string' ? v : '';
}
