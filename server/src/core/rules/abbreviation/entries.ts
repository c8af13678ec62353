// The abbreviations the rule knows: the body's own from the rule's options, then the built-in list.

import { lookupAbbreviation, type AbbreviationEntry } from '../../data/abbreviations';
import type { RuleContext } from '../../rule';
import { mapOption, stringsOption } from '../../rule-options';

/**
 * The entry for an abbreviation: the body's own (option `known`, a full form written with "the " taking
 * the article) before the built-in list; one listed in `neverSpellOut` is treated as better known
 * by its abbreviation.
 */
export function entryLookup(ctx: RuleContext): (abbr: string) => AbbreviationEntry | undefined {
  const known = mapOption(ctx, 'known');
  const never = new Set(stringsOption(ctx, 'neverSpellOut'));
  if (Object.keys(known).length === 0 && never.size === 0) return lookupAbbreviation;
  return (abbr) => {
    const own = Object.prototype.hasOwnProperty.call(known, abbr) ? known[abbr].trim() : undefined;
    const article = own !== undefined && /^the\s/i.test(own);
    const entry = own ? { abbr, full: article ? own.replace(/^the\s+/i, '') : own, article } : lookupAbbreviation(abbr);
    if (!never.has(abbr)) return entry;
    return { abbr, full: entry?.full ?? '', article: entry?.article ?? false, wellKnown: true };
  };
}

