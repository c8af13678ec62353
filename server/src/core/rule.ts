// What a rule is: metadata that lives with it, and a check that reads the model and reports.

import type { DraftModel } from './model';
import type { Fix, RelatedLocation, Severity, Stage, TextRange } from './types';

/**
 * The kinds of value an option takes: `string-map` is an object of strings by string key
 * (abbreviations with their full forms). The JSON Schema of undraft.config.json is generated from these.
 */
export type RuleOptionType = 'boolean' | 'number' | 'string' | 'string[]' | 'string-map';

/** One option a rule accepts, described for docs, the config schema and validation (rule-options.ts). */
export interface RuleOption {
  readonly name: string;
  readonly description: string;
  readonly type: RuleOptionType;
  readonly default: unknown;
  /** For numbers: the smallest and largest value allowed (whole numbers when `integer`). */
  readonly minimum?: number;
  readonly maximum?: number;
  readonly integer?: boolean;
  /** For strings: a regular expression (JSON Schema `pattern`) the value matches, and what it means. */
  readonly pattern?: string;
  readonly patternDescription?: string;
}

export interface RuleMeta {
  /** Kebab-case id, e.g. `duplicate-entry`. */
  readonly id: string;
  /** One sentence, sentence case, no final period. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Whether the rule can offer automatic fixes. */
  readonly fixable: boolean;
  readonly tags: readonly string[];
  /** The UN conventions the rule enforces (R-numbers of the project's reference notes). */
  readonly conventions: readonly string[];
  readonly options?: readonly RuleOption[];
  /**
   * The rule's messages by stable id, with `{{name}}` placeholders filled from a report's `data` (as
   * ESLint's `meta.messages`): tests and tools match the id and data, not the wording. Each wording has its
   * own id, so the data are facts (names, numbers, text found and expected), never pieces of the sentence.
   */
  readonly messages?: Readonly<Record<string, string>>;
}

/** Values that fill a message's placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule reports; the engine adds the rule id and final severity. */
export interface Report {
  /** The message written out; or give `messageId` (a key of `meta.messages`) and `data` instead. */
  readonly message?: string;
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly range: TextRange;
  /** Overrides the rule's default severity for this finding (e.g. brackets in a final report). */
  readonly severity?: Severity;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly text: string;
  readonly model: DraftModel;
  /** `final` when the run says so or the masthead says `Distr.: General`. */
  readonly stage: 'draft' | 'final';
  /** True when the stage comes from the run's options rather than the masthead. */
  readonly stageExplicit: boolean;
  /**
   * The rule's options, validated against `meta.options` with every default filled in (the engine
   * does this; rules never read configuration themselves).
   */
  readonly options: Readonly<Record<string, unknown>>;
  report(r: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Where a rule's documentation lives; the one place this URL is built. */
export const DOCS_BASE_URL = 'https://github.com/undraft/undraft/blob/main/docs/rules/';

/** Templates split once into text and placeholder names (text at even places): the templates are few, the findings many. */
const templateParts = new Map<string, readonly string[]>();

/** A message template with its `{{name}}` placeholders filled from `data`; an unknown name stays as written. */
export function fillMessage(template: string, data: MessageData | undefined): string {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    if (templateParts.size >= 2048) templateParts.clear();
    templateParts.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (data && name in data ? String(data[name]) : `{{${name}}}`) + parts[i + 1];
  }
  return out;
}

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

export type { Stage };
