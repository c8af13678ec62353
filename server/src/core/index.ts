// The core's public surface for the edges (CLI, language server) and tests.

export * from './types';
export * from './model';
export { parseDraft } from './parse/index';
export { checkDraft, checkModel, check, draftStage, parseDocumentDateOption, DEFAULT_MAX_FINDINGS_PER_RULE } from './engine';
export type { CheckResult } from './engine';
export { applyEdits, chooseFixEdits, chosenFix, fixAll, MAX_FIX_PASSES } from './fixer';
export type { ApplyResult, FixAllResult, FixOptions } from './fixer';
export { allRules, findRule } from './rules/index';
export type { Rule, RuleMeta, RuleContext, Report, RuleOption, RuleOptionType, MessageData } from './rule';
export { optionValueProblem, validateRuleOptions } from './rule-options';
export { fillMessage, ruleDocsUrl } from './rule';
export { parseDirectives } from './directives';
export { LineIndex, lineAtOffset, splitLines } from './text';
export { lowerBound } from './sorted';
export { romanValue, toRoman, letterValue, toLetter } from './parse/numerals';
