// What a rule is: metadata that lives with it, and a check that reads the model and reports.

import type { DraftModel } from './model';
import type { Fix, RelatedLocation, Severity, Stage, TextRange } from './types';

/** One option a rule accepts, described for docs and settings. */
export interface RuleOption {
  readonly name: string;
  readonly description: string;
  readonly type: 'boolean' | 'number' | 'string' | 'string[]';
  readonly default: unknown;
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
}

/** What a rule reports; the engine adds the rule id and final severity. */
export interface Report {
  readonly message: string;
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
  report(r: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Where a rule's documentation lives; the one place this URL is built. */
export const DOCS_BASE_URL = 'https://github.com/undraft/undraft/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

export type { Stage };
