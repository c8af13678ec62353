// The registry of rules, in the order they run and are listed in docs.

import type { Rule } from '../rule';
import { unresolvedBracketRule } from './unresolved-bracket';
import { duplicateEntryRule } from './duplicate-entry';

export const allRules: readonly Rule[] = [
  unresolvedBracketRule,
  duplicateEntryRule,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
