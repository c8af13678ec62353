// The registry of rules, in the order they run and are listed in docs.

import type { Rule } from '../rule';
import { abbreviationRule } from './abbreviation';
import { agendaReferenceRule } from './agenda-reference';
import { countryNameRule } from './country-name';
import { unresolvedBracketRule } from './unresolved-bracket';
import { duplicateEntryRule } from './duplicate-entry';
import { listOrderRule } from './list-order';
import { numberStyleRule } from './number-style';
import { splitParagraphRule } from './split-paragraph';
import { termConsistencyRule } from './term-consistency';
import { paragraphNumberingRule } from './paragraph-numbering';
import { headingNumberingRule } from './heading-numbering';
import { headingCaseRule } from './heading-case';
import { documentSymbolRule } from './document-symbol';
import { mastheadRule } from './masthead';
import { dateFormatRule } from './date-format';
import { meetingDatesRule } from './meeting-dates';
import { timeOfDayRule } from './time-of-day';
import { resolutionCitationRule } from './resolution-citation';
import { draftingNoteRule } from './drafting-note';
import { repeatedWordRule } from './repeated-word';
import { numberListRule } from './number-list';
import { punctuationRule } from './punctuation';

export const allRules: readonly Rule[] = [
  // The drafting checks of a negotiated text first, then the editorial rulebook.
  unresolvedBracketRule,
  draftingNoteRule,
  paragraphNumberingRule,
  headingNumberingRule,
  headingCaseRule,
  documentSymbolRule,
  duplicateEntryRule,
  listOrderRule,
  mastheadRule,
  countryNameRule,
  agendaReferenceRule,
  splitParagraphRule,
  numberStyleRule,
  dateFormatRule,
  timeOfDayRule,
  meetingDatesRule,
  termConsistencyRule,
  abbreviationRule,
  resolutionCitationRule,
  repeatedWordRule,
  numberListRule,
  punctuationRule,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
