// A word or a short phrase written twice in a row (`the the`, `submitted by submitted by`), within a line
// or across the break to the line that continues it. One linear pass over word tokens; no regex search.

import type { DraftModel } from '../model';
import { asReceivedLines, hasAtMostWords, inQuotation, inRanges, isProseLine, isSpaceCode, opaqueRanges } from '../prose';
import type { Rule, RuleContext } from '../rule';
import { endsPersonName, goesOnToAttribution } from '../un/names';

/** The longest phrase compared: a repeat of five words or more is a copy error of another kind. */
const MAX_PHRASE_WORDS = 4;

/** Repeats English grammar allows: "noted that that approach", "had had", reduplications ("bye bye"). */
const GRAMMATICAL_REPEATS: ReadonlySet<string> = new Set(['that', 'had', 'bye', 'so', 'ha', 'tut', 'very']);

/**
 * A short capitalized word said twice is a name (Pago Pago, Bora Bora, a person's given name `Ei Ei`):
 * names of places and people double short words; a copy slip doubles any word.
 */
const NAME_WORD_MAX_LETTERS = 5;
/** Short words that are never a name, so that `The The` at a sentence's start is still a slip. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'and', 'or', 'for', 'by', 'with', 'at', 'as', 'is', 'it', 'this', 'its', 'their', 'these', 'those', 'from', 'which', 'we', 'they', 'he', 'she', 'all']);

/** A line break joins two lines of one sentence only when the line before is running text, not a title. */
const MIN_WORDS_BEFORE_BREAK = 8;

/** A word of running text: where it is, its lower-case form, and what stands between it and the word before. */
interface Word {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** True when only white space separates it from the previous word (no punctuation, no figure). */
  readonly joined: boolean;
  /** The white space before it holds a line break. */
  readonly afterBreak: boolean;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Inside a word: letters, and an apostrophe or hyphen between letters (`Member State's`, `follow-up`). */
function isWordInner(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLetter(c)) return true;
  if (c === 39 || c === 0x2019 || c === 45) return isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1));
  return false;
}

/**
 * The words of the prose lines, in order. A word joins the one before when only white space separates
 * them, on one line or across a line break into a continuation line; anything else (a figure, a mark,
 * a line that is not running text) breaks the chain, so a repeat never spans punctuation.
 */
function proseWords(model: DraftModel): Word[] {
  const { text, lines, lineKinds } = model;
  const received = asReceivedLines(model);
  const words: Word[] = [];
  let chainOpen = false;
  let sawBreak = false;
  for (let li = 0; li < lines.length; li++) {
    if (!isProseLine(model, li) || received[li]) {
      chainOpen = false;
      continue;
    }
    // A new numbered paragraph, item or subparagraph starts a new chain; a continuation line carries on,
    // and so does a plain line after a long line of text (a short line above is a title).
    const carriesOn = lineKinds[li] === 'continuation' || (lineKinds[li] === 'text' && li > 0 && !hasAtMostWords(lines[li - 1].text, MIN_WORDS_BEFORE_BREAK - 1));
    if (!carriesOn) chainOpen = false;
    sawBreak = chainOpen;
    let i = model.contentStarts[li];
    const end = lines[li].end;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        i++;
        continue;
      }
      if (!isLetter(c)) {
        chainOpen = false;
        while (i < end && !isSpaceCode(text.charCodeAt(i)) && !isLetter(text.charCodeAt(i))) i++;
        continue;
      }
      const start = i;
      while (i < end && isWordInner(text, i)) i++;
      // A word glued to a figure or a mark (`G20`, `e.g`, `A/79`) is not a plain word.
      const next = i < end ? text.charCodeAt(i) : 32;
      const plain = isSpaceCode(next);
      words.push({ start, end: i, key: text.slice(start, i).toLowerCase(), joined: chainOpen, afterBreak: sawBreak && chainOpen });
      chainOpen = plain;
      sawBreak = false;
    }
  }
  return words;
}

/** Whether words[at..at+n) and words[at+n..at+2n) are one phrase written twice, joined by white space only. */
function repeatsAt(words: readonly Word[], at: number, n: number): boolean {
  if (at + 2 * n > words.length) return false;
  for (let k = 1; k < 2 * n; k++) if (!words[at + k].joined) return false;
  for (let k = 0; k < n; k++) if (words[at + k].key !== words[at + n + k].key) return false;
  return true;
}

function isCapitalized(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  return c >= 65 && c <= 90;
}

/**
 * A repeat that is not a slip: a grammatical one-word repeat; a short name made of a repeated word, or
 * a word repeated in a person's name after an honorific; a second copy that starts a name where the first did not (`the next meeting of Meeting of States Parties`).
 */
function legitimate(text: string, words: readonly Word[], at: number, n: number): boolean {
  const first = words[at];
  const second = words[at + n];
  if (!isCapitalized(text, first) && isCapitalized(text, second)) return true;
  if (n > 1) return false;
  if (GRAMMATICAL_REPEATS.has(first.key)) return true;
  if (!isCapitalized(text, first) || !isCapitalized(text, second) || FUNCTION_WORDS.has(first.key)) return false;
  // Within a person's name a word of any length may repeat: after "Mr." or "Ambassador" ("Mr. Mohamed
  // Mohamed"), or before the person's State in parentheses ("Mohamed Mohamed Ali (Sudan)").
  return first.end - first.start <= NAME_WORD_MAX_LETTERS || endsPersonName(text, first.end) || goesOnToAttribution(text, second.end);
}

function report(ctx: RuleContext, words: readonly Word[], at: number, n: number): void {
  const { text } = ctx;
  const firstEnd = words[at + n - 1].end;
  const second = words[at + n];
  const secondEnd = words[at + 2 * n - 1].end;
  const phrase = text.slice(words[at].start, firstEnd).replace(/\s+/g, ' ');
  const firstText = text.slice(words[at].start, firstEnd);
  const secondText = text.slice(second.start, secondEnd);
  let edit;
  if (firstText.slice(1) !== secondText.slice(1) && !second.afterBreak) {
    // The copies differ beyond a sentence's capital (`Congress Against Congress against`): the second
    // is the one written with care, so the first goes.
    edit = { range: { start: words[at].start, end: second.start }, newText: '' };
  } else if (second.afterBreak) {
    // Keep the line layout: the repeat goes from the start of its line with the spaces after it.
    let e = secondEnd;
    while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
    edit = { range: { start: second.start, end: e }, newText: '' };
  } else edit = { range: { start: firstEnd, end: secondEnd }, newText: '' };
  ctx.report({
    messageId: 'repeated',
    data: { phrase },
    range: { start: second.start, end: secondEnd },
    related: [{ range: { start: words[at].start, end: firstEnd }, message: 'First written here' }],
    fixes: [{ title: `Delete the repeated "${phrase}"`, edits: [edit], safety: 'safe' }],
  });
}

export const repeatedWordRule: Rule = {
  meta: {
    id: 'repeated-word',
    description: 'A word or a short phrase written twice in a row is written once',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'typo'],
    conventions: ['R35'],
    messages: { repeated: '"{{phrase}}" is written twice in a row; delete the repeat' },
  },
  check(ctx) {
    const { model, text } = ctx;
    const words = proseWords(model);
    const opaque = opaqueRanges(model);
    for (let at = 0; at < words.length; at++) {
      for (let n = 1; n <= MAX_PHRASE_WORDS; n++) {
        if (!repeatsAt(words, at, n)) continue;
        if (legitimate(text, words, at, n)) break;
        const start = words[at].start;
        if (inQuotation(model, start) || inRanges(opaque, start)) break;
        report(ctx, words, at, n);
        at += 2 * n - 1;
        break;
      }
    }
  },
};
