// Which words make a name: the names the Organization writes with "UN", an abbreviation that opens
// the name of a body (`the CEDAW Committee`), words whose initials spell an abbreviation, and a person's
// name after an honorific. Used by the abbreviation and repeated-word rules; pure string tests, linear in
// the text they read.

import { UN_NAMES_AFTER, UN_NAMES_BEFORE } from '../data/abbreviations';
import { ADDRESS_TITLES, titleAlternatives } from '../data/titles';
import { isWordSpace } from '../parse/text-chars';

/** Lower-case words a name's initials pass over: "Office of Internal Oversight Services". */
export const STOP_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'and', 'the', 'for', 'against', 'in', 'to', 'at', 'de', 'du', 'la', 'des', 'et', 'with', 'from', 'by', 'a', 'an']);

/** "UN News", "UN Chronicle", "UN 2.0", "Model UN": a name the Organization writes with "UN" (data/abbreviations.ts). */
export function isUnName(t: string, at: number): boolean {
  for (const w of UN_NAMES_AFTER) {
    if (t.startsWith(w, at + 3) && isWordSpace(t.charCodeAt(at + 2)) && !/[\p{L}\p{N}]/u.test(t.charAt(at + 3 + w.length))) return true;
  }
  for (const w of UN_NAMES_BEFORE) {
    if (isWordSpace(t.charCodeAt(at - 1)) && t.startsWith(w, at - 1 - w.length) && !/[\p{L}\p{N}]/u.test(t.charAt(at - 2 - w.length))) return true;
  }
  return false;
}

/** Nouns that make a name of the words before them: "the CEDAW Committee", "the ASEAN Centre for Biodiversity". */
const NAME_NOUNS = new Set(
  ('Centre Center Committee Council Commission Board Bureau Network Foundation Institute Institution Secretariat Office Programme ' +
    'Fund Forum Group Agency Bank Alliance Coalition Association Trust Society Federation Union Partnership Initiative Platform ' +
    'Facility Project Award Prize Conference Summit Academy College University School Observatory Mechanism Task Team Unit ' +
    'Authority Tribunal Court Convention Declaration Charter Protocol Agreement Strategy Plan Framework Fellowship Campaign').split(' '),
);

/** An abbreviation that opens a name: the next word, capitalized, is the kind of body the name is (`CEDAW Committee`). */
export function opensName(t: string, after: number): boolean {
  if (!isWordSpace(t.charCodeAt(after))) return false;
  let e = after + 1;
  while (e < t.length && /[\p{L}-]/u.test(t.charAt(e))) e++;
  return NAME_NOUNS.has(t.slice(after + 1, e));
}


/** Capitalized words of `t` whose initials, past lower-case "of", "and", "the" …, spell `key`. */
export function hasInitials(t: string, key: string): boolean {
  const letters = key.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const words = t.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    if (words[i].charAt(0) !== letters.charAt(0)) continue;
    let k = 0;
    for (let j = i; j < words.length && k < letters.length; j++) {
      const w = words[j];
      if (w.charAt(0) === letters.charAt(k)) k++;
      else if (!STOP_WORDS.has(w)) break;
    }
    if (k === letters.length) return true;
  }
  return false;
}


/**
 * A title of address just before a name ("Mr. ", "H.E. ", "Ambassador "), at the end of the text read; Markdown
 * emphasis may open before it (`**Mr. Mohamed Mohamed** (Egypt)`, the speaker set in bold in a summary record).
 */
const HONORIFIC_RE = new RegExp(`(?:^|[\\s(*_])(?:${titleAlternatives(ADDRESS_TITLES)})\\.?\\s+$`);
/** How many capitalized words a person's name may have after its honorific ("Mr. Mohamed Ali Mohamed Ahmed"). */
const MAX_NAME_WORDS = 6;

/**
 * Whether the text just before `end` is a person's name: an honorific, then capitalized words or
 * initials only ("Mr. J. K. Smith", "Ms. Tran Thi Thu"). Words of a name repeat ("Mohamed Mohamed"),
 * and what follows a name in parentheses is the person's affiliation ("Mr. Smith (UNHCR)"), not a name
 * spelled out. Reads back at most a few words, so it stays linear.
 */
export function endsPersonName(t: string, end: number): boolean {
  let e = end;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    while (e > 0 && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 9)) e--;
    let s = e;
    while (s > 0 && /[\p{L}'’.-]/u.test(t.charAt(s - 1))) s--;
    if (s === e || !/^\p{Lu}/u.test(t.slice(s, e))) return false;
    if (HONORIFIC_RE.test(t.slice(Math.max(0, s - 14), s))) return true;
    e = s;
  }
  return false;
}

/**
 * Whether the text from `from` goes on as the rest of a person's name and then the person's State in
 * parentheses: "Mohamed Mohamed| Ali (Sudan)", "Abdullahi Abdullahi| (Nigeria)", as in lists
 * of officers and speakers. At most a few capitalized words are read.
 */
export function goesOnToAttribution(t: string, from: number): boolean {
  let i = from;
  for (let words = 0; words <= MAX_NAME_WORDS; words++) {
    // Emphasis closing after the name (`**Mohamed Mohamed Ali** (Sudan)`) is typography, not a word.
    while (t.charCodeAt(i) === 42 /* * */ || t.charCodeAt(i) === 95 /* _ */) i++;
    if (t.charCodeAt(i) !== 32) return false;
    i++;
    // A State written as words ("(Sudan)"), not an abbreviation: "Narcotic Drugs Drugs (CND)" stays a slip.
    if (t.charCodeAt(i) === 40 /* ( */) return /^\p{Lu}\p{Ll}/u.test(t.slice(i + 1, i + 3));
    if (!/^\p{Lu}/u.test(t.charAt(i))) return false;
    while (i < t.length && /[\p{L}'’.-]/u.test(t.charAt(i))) i++;
  }
  return false;
}
