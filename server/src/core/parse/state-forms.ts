// The forms a State's name is written in: the UNTERM short names, their `the` and `(the)` forms,
// variants and former names, formal names, and non-State participants; the one test lists read names by.

import { ACCEPTED_STATE_FORMS, lookupStateVariant, NON_STATE_PARTICIPANTS } from '../data/state-variants';
import { lookupState, normalizeStateName, STATES } from '../data/states';

export const SHORT_NAMES: ReadonlySet<string> = new Set([...STATES.map((s) => canonical(s.short)), ...ACCEPTED_STATE_FORMS.map(canonical)]);

export const NON_STATES: ReadonlySet<string> = new Set(NON_STATE_PARTICIPANTS.map((n) => normalizeStateName(n)));

/** The name as printed, with apostrophes and spaces made uniform, for comparison with a short name. */
export function canonical(s: string): string {
  return s.replace(/[\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
}

/** No State name is longer than this; longer text is not a name (and is not worth comparing). */
export const MAX_NAME = 80;

const formCache = new Map<string, boolean>();
const FORM_CACHE_MAX = 4096;

/**
 * Whether a written entry names a State in some form: the short name, "the" or "(the)" forms, a
 * known variant or former name, the formal name, a non-State participant (`European Union`), or
 * `none`. An acronym in capitals (SAMOA, CHAD) is not one.
 */
export function isStateForm(name: string): boolean {
  if (name.length > MAX_NAME) return false;
  const hit = formCache.get(name);
  if (hit !== undefined) return hit;
  const c = canonical(name);
  const known = isKeptName(c) || shortNameFor(c) !== undefined;
  if (formCache.size >= FORM_CACHE_MAX) formCache.clear();
  formCache.set(name, known);
  return known;
}

/** A short name, a non-State participant (`European Union`) or `none`, as `canonical` gives it: written as it should be. */
export function isKeptName(c: string): boolean {
  return SHORT_NAMES.has(c) || NON_STATES.has(normalizeStateName(c)) || /^(?:none|nil)$/i.test(c);
}

/** The short name of another form of a State (`the` or `(the)` form, variant, formal name); `c` as `canonical` gives it. */
export function shortNameFor(c: string): string | undefined {
  if (/^the /i.test(c) && SHORT_NAMES.has(c.slice(4))) return c.slice(4);
  if (/ \(the\)$/.test(c) && SHORT_NAMES.has(c.slice(0, -6))) return c.slice(0, -6);
  const variant = lookupStateVariant(c);
  if (variant) return variant.short;
  if (/^[A-Z][A-Z .-]+$/.test(c)) return undefined;
  return lookupState(c)?.short;
}
