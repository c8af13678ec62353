// The injector files of the seeded-recall test: one per rule, each exporting `injectors`. A new rule's
// file is added here.

import type { Injector } from './injector';
import { injectors as dateFormat } from './date-format';
import { injectors as draftingNote } from './drafting-note';
import { injectors as listOrder } from './list-order';
import { injectors as numberList } from './number-list';
import { injectors as punctuation } from './punctuation';
import { injectors as repeatedWord } from './repeated-word';
import { injectors as numberStyle } from './number-style';
import { injectors as termConsistency } from './term-consistency';
import { injectors as timeOfDay } from './time-of-day';

export const injectorFiles: readonly (readonly Injector[])[] = [repeatedWord, numberList, draftingNote, punctuation, listOrder, numberStyle, termConsistency, dateFormat, timeOfDay];
