// Headings in title case (`Organization Of The Meeting`): UN headings are in sentence case, and the sure sign
// of title case is a small word (of, the, and…) written with a capital inside a heading. Proper names keep
// their small words in lower case in UN style (Commission on the Status of Women), so a capital one is a slip.

import type { Heading } from '../model';
import { inQuotation, inRanges } from '../prose';
import type { Rule, RuleContext } from '../rule';
import type { TextEdit } from '../types';
import { isLetterUnit } from '../words';

/** Small words that sentence case, and UN names, always write in lower case inside a heading. */
const SMALL_WORDS: ReadonlySet<string> = new Set(['Of', 'The', 'And', 'On', 'For', 'In', 'To', 'By', 'With', 'At', 'From', 'Or', 'An', 'Into', 'Upon']);

/**
 * Place names whose article is part of the name (`The Hague`): the capital stays. Single capitals (`Part A`,
 * `Schedule I`) are labels and never taken for the article "A".
 */
const NAMES_WITH_THE: ReadonlySet<string> = new Set(['Hague']);

/** After these, a new clause or a subtitle begins and may start with a capital (`Panel: The way forward`). */
const CLAUSE_OPENERS = ':;.!?—–-(["“‘\'/';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Words of `text[from, to)` (letters, with an apostrophe or hyphen inside), in order. */
function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (isLetterUnit(text.charCodeAt(i)) || ((text[i] === "'" || text[i] === '’' || text[i] === '-') && isLetterUnit(text.charCodeAt(i + 1))))) i++;
    out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}

/** The last character before `at` that is not a space, from `from` on ('' at the title's start). */
function markBefore(text: string, from: number, at: number): string {
  let i = at - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < from ? '' : text[i];
}

/** Where the heading's title stands in the text, or undefined (a title on another line is not searched far). */
function titleStart(text: string, h: Heading): number | undefined {
  if (h.title === '') return undefined;
  const from = Math.max(h.range.start, h.labelRange.end);
  const at = text.indexOf(h.title, from);
  return at < 0 || at > Math.max(h.range.end, from + 400) ? undefined : at;
}

/** The small words written with a capital inside the title, where they cannot be a clause's first word or a name. */
function capitalSmallWords(ctx: RuleContext, h: Heading, start: number): Word[] {
  const { text, model } = ctx;
  const words = wordsOf(text, start, start + h.title.length);
  // A title all in capitals is another convention (older reports), not title case.
  if (words.every((w) => w.text === w.text.toUpperCase())) return [];
  const found: Word[] = [];
  words.forEach((w, k) => {
    if (k === 0 || !SMALL_WORDS.has(w.text)) return;
    if (CLAUSE_OPENERS.includes(markBefore(text, start, w.start))) return;
    if (w.text === 'The' && NAMES_WITH_THE.has(words[k + 1]?.text ?? '')) return;
    // A quoted title or a link keeps its own capitals.
    if (inQuotation(model, w.start) || inRanges(model.opaque, w.start)) return;
    found.push(w);
  });
  return found;
}

export const headingCaseRule: Rule = {
  meta: {
    id: 'heading-case',
    description: 'Headings are in sentence case: small words such as "of" and "the" are not capitalized',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['style', 'headings'],
    conventions: ['R21'],
    messages: {
      titleCase: 'The heading "{{title}}" is in title case; headings are in sentence case: write {{words}} in lower case',
    },
  },
  check(ctx) {
    for (const h of ctx.model.headings) {
      const start = titleStart(ctx.text, h);
      if (start === undefined) continue;
      const found = capitalSmallWords(ctx, h, start);
      if (found.length === 0) continue;
      const edits: TextEdit[] = found.map((w) => ({ range: { start: w.start, end: w.end }, newText: w.text.toLowerCase() }));
      const words = [...new Set(found.map((w) => `"${w.text}"`))].join(', ');
      ctx.report({
        messageId: 'titleCase',
        data: { title: h.title.length > 80 ? `${h.title.slice(0, 79)}…` : h.title, words },
        range: { start, end: start + h.title.length },
        // Only the small words change; whether the other capitals are names is for the drafter to judge.
        fixes: [{ title: 'Write the small words in lower case', edits, safety: 'unsafe' }],
      });
    }
  },
};
