// Numbers in running text (R25–R27): whole numbers under 10 in words, no sentence that begins with
// figures, and "per cent" rather than "%". Figures that label things (paragraph 3, article 6,
// item 1 (c)), dates, times, money, measurements, votes, symbols and numbers beside a larger figure
// for the same thing stay as they are.

import type { DraftModel } from '../model';
import { bracketMask, inQuotation, inRanges, isProseLine, opaqueRanges } from '../prose';
import type { Rule, RuleContext } from '../rule';
import type { TextRange } from '../types';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–99 in words (`twenty-one`); undefined outside that range. */
export function numberWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 10) return UNITS[n];
  if (n < 20) return TEENS[n - 10];
  const t = TENS[Math.floor(n / 10)];
  return n % 10 === 0 ? t : `${t}-${UNITS[n % 10]}`;
}

const WORD_VALUES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let n = 1; n <= 99; n++) m.set(numberWords(n) as string, n);
  return m;
})();

/** Words after which a figure is a label or a reference number: `article 6`, `item 1 (c)`, `Goal 5`. */
const LABELS = new Set(
  (
    'article articles art arts rule rules paragraph paragraphs para paras subparagraph subparagraphs item items sub-item sub-items subitem ' +
    'chapter chapters chap annex annexes appendix appendices table tables footnote footnotes note notes figure figures fig figs ' +
    'section sections sect subsection subsections part parts resolution resolutions decision decisions goal goals sdg sdgs target targets ' +
    'indicator indicators option options alternative alternatives alt step steps phase phases stage stages level levels tier tiers ' +
    'category categories type types class grade version versions volume volumes vol vols no nos number numbers page pages p pp line lines ' +
    'box boxes schedule schedules principle principles recommendation recommendations module modules round rounds cycle cycles window ' +
    'track tracks pillar pillars objective objectives priority priorities outcome outcomes output outputs component components protocol ' +
    'amendment amendments question questions cluster clusters segment segments element elements criterion criteria scenario scenarios ' +
    'row rows column columns clause clauses regulation regulations session sessions meeting meetings workshop room conference ' +
    'supplement supplements issue issues edition editions bis ter'
  ).split(' '),
);

/** Words after a figure that make it a measurement, money, time or percentage. */
const UNIT_WORDS = new Set(
  (
    'per percent km kilometre kilometres kilometer kilometers m metre metres meter meters cm mm kg kilogram kilograms g gram grams ' +
    't tonne tonnes ton tons mt gt ha hectare hectares l litre litres liter liters ml mw gw kw kwh twh mwh gwh v kv hz ' +
    'degree degrees °c °f a.m. p.m. am pm million millions billion billions trillion thousand hundred dollars dollar euros euro ' +
    'usd eur chf gbp'
  ).split(' '),
);

const CURRENCY_BEFORE = new Set(['$', 'US$', 'USD', 'EUR', '€', '£', '¥', 'CHF', 'GBP', 'JPY', 'CAD', 'AUD', 'SwF', 'Sw']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'no nos para paras art arts vol vols p pp chap chaps sect fig figs op cit rev add corr suppl supp ed eds ser sess res dec doc docs mr ms mrs dr st prof h.e e.g i.e cf ibid approx resp annex'.split(' '),
);

/** Verbs and nouns of voting: votes and abstentions are printed in figures. */
const VOTE_RE = /\b(?:votes?|voting|voted|abstentions?|abstaining|in favour|against)\b/i;

interface Token {
  start: number; // offset in the line
  end: number;
  value: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}$€£¥°][\p{L}\p{N}.'’$€£¥°-]*/gu;

function wordsOf(line: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(line); m !== null; m = WORD_RE.exec(line)) {
    let text = m[0];
    // A trailing period belongs to the word only for known abbreviations (`para.`, `a.m.`).
    if (text.endsWith('.') && !/^(?:[a-z]\.){2,}$/i.test(text) && !ABBREVIATIONS.has(text.slice(0, -1).toLowerCase())) {
      let e = text.length;
      while (e > 1 && text.charCodeAt(e - 1) === 46) e--;
      text = text.slice(0, e);
    }
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterChar(ch: string): boolean {
  return /[\p{L}]/u.test(ch);
}

/** Characters that glue a figure to something else: a symbol, a decimal, a range, a compound. */
const GLUE_BEFORE = new Set(['.', ';', ')', ']', '”', '"', '/', '-', '–', '—', '‑', '_', '#', '§', '$', '€', '£', '¥', '+', '^', '*', "'", '’', ':', ',', '&', '=', '@', '~', '<', '>', '±', '×']);
const GLUE_AFTER = new Set(['/', '-', '–', '—', '‑', '_', '%', '°', '+', '×', '*', '^', '&', '=', '@', '’', "'", '²', '³', '‰']);

function sentenceBounds(line: string, words: readonly Word[]): number[] {
  // Offsets where a sentence starts: after . ! ? followed by a space, unless the period ends an abbreviation.
  const starts = [0];
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k];
    const after = line.charAt(w.end);
    if (after !== '.' && after !== '!' && after !== '?') continue;
    if (line.charAt(w.end + 1) !== ' ') continue;
    if (ABBREVIATIONS.has(w.text.toLowerCase().replace(/\.$/, ''))) continue;
    if (w.text.length === 1 && /[A-Z]/.test(w.text)) continue; // an initial: "J. Smith"
    starts.push(w.end + 2);
  }
  return starts;
}

function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Where the line's own label ends: the paragraph number, list marker or subparagraph marker. */
function labelEnd(model: DraftModel, i: number): number {
  const line = model.lines[i];
  const cs = model.contentStarts[i] - line.start;
  const kind = model.lineKinds[i];
  if (kind !== 'paragraph' && kind !== 'list-item' && kind !== 'subparagraph') return cs;
  const m = /^\[?(?:\d{1,4}\.?(?=[ \t])|\((?:[a-z]{1,2}|[ivxlc]{1,6})\))[ \t]*/.exec(line.text.slice(cs));
  return cs + (m ? m[0].length : 0);
}

/** Footnote numbers the document defines: lines outside numbered paragraphs that open with `N Text`. */
function footnoteNumbers(model: DraftModel): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < model.lines.length; i++) {
    const kind = model.lineKinds[i];
    if (kind !== 'footnote' && kind !== 'text' && kind !== 'continuation') continue;
    const m = /^[ \t]*(\d{1,3})[ \t]+\p{Lu}/u.exec(model.lines[i].text);
    if (m) out.add(Number(m[1]));
  }
  return out;
}

const FUNCTION_WORDS = new Set('a an the as and or of in on at to for by with from that which who is was were are be been has have had it its this these those also but not'.split(' '));

function checkLine(ctx: RuleContext, i: number, opaque: readonly TextRange[], footnotes: ReadonlySet<number>): void {
  const { model } = ctx;
  const line = model.lines[i];
  const t = line.text;
  const kind = model.lineKinds[i];
  const contentStart = labelEnd(model, i);
  const words = wordsOf(t);
  const sentences = sentenceBounds(t, words);
  const mask = bracketMask(t);
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const skipAt = (pos: number): boolean => inQuotation(model, line.start + pos) || inRanges(opaque, line.start + pos);

  // Figures, with the word index they form.
  const tokens: Array<Token & { word: number }> = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!/^\d+$/.test(w.text)) continue;
    tokens.push({ start: w.start, end: w.end, value: Number(w.text), word: k });
  }

  // Per sentence: the nouns that follow figures of 10 or more, and whether it is about votes.
  const largeNouns = new Map<number, Set<string>>();
  const hasLarge = new Set<number>();
  for (const tok of tokens) {
    if (tok.value < 10) continue;
    const s = sentenceOf(tok.start);
    hasLarge.add(s);
    const next = words[tok.word + 1];
    if (next && t.slice(tok.end, next.start).trim() === '') {
      let set = largeNouns.get(s);
      if (!set) largeNouns.set(s, (set = new Set()));
      set.add(stem(next.text));
    }
  }
  // Whether each sentence reports a vote, worked out once per sentence.
  const voteCache = new Map<number, boolean>();
  const isVote = (s: number): boolean => {
    let v = voteCache.get(s);
    if (v === undefined) {
      const sentence = t.slice(sentences[s], s + 1 < sentences.length ? sentences[s + 1] : t.length);
      v = VOTE_RE.test(sentence) && /\d+\s+(?:votes?\s+)?to\s+\d+|\d+\s+abstentions?|\d+\s+votes?/i.test(sentence);
      voteCache.set(s, v);
    }
    return v;
  };

  // Whether the run of figures and connectors from word k on ends at a month: "3 and 4 April".
  const endsInMonth = new Uint8Array(words.length + 1);
  for (let k = words.length - 2; k >= 0; k--) {
    const nx = words[k + 1].text.toLowerCase();
    const linkWord = /^\d+$/.test(nx) || nx === 'and' || nx === 'to' || nx === 'or';
    endsInMonth[k] = MONTHS.has(nx) || (linkWord && endsInMonth[k + 1] === 1) ? 1 : 0;
  }

  // Labels carry over a run of figures: "paragraphs 3, 4 and 6", "articles 5 to 7".
  let labelRunUntil = -1;

  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const lower = w.text.toLowerCase();
    if (!/^\d+$/.test(w.text)) {
      if (LABELS.has(lower.replace(/\.$/, ''))) labelRunUntil = k;
      else if (!(lower === 'and' || lower === 'or' || lower === 'to' || lower === 'through' || lower === 'bis' || lower === 'ter' || /^[a-z]$/.test(lower) || /^[ivxlc]{1,4}$/.test(lower))) labelRunUntil = -1;
      continue;
    }
    const value = Number(w.text);
    const inLabelRun = labelRunUntil !== -1;
    if (w.start < contentStart) continue;
    // A figure opening a plain line heads a table row, a list entry or a footnote.
    if (kind !== 'paragraph' && kind !== 'subparagraph' && kind !== 'list-item' && w.start === contentStart && (kind === 'text' || /^\p{Lu}/u.test(words[k + 1]?.text ?? ''))) continue;
    if (mask[w.start] || skipAt(w.start)) continue;
    const before = t.charAt(w.start - 1);
    const after = t.charAt(w.end);
    const after2 = t.charAt(w.end + 1);
    if (before && (isLetterChar(before) || GLUE_BEFORE.has(before))) continue;
    if (after && (isLetterChar(after) || GLUE_AFTER.has(after))) continue;
    if ((after === '.' || after === ',' || after === ':') && isDigit(after2.charCodeAt(0))) continue;
    if (after === ' ' && (after2 === '%' || after2 === '‰')) continue; // "3 %": a percentage, reported as such below

    const prev = words[k - 1];
    const next = words[k + 1];
    const prevAdjacent = prev && /^[\s(]*$/.test(t.slice(prev.end, w.start)) && t.slice(prev.end, w.start).length <= 2;
    const nextAdjacent = next && t.slice(w.end, next.start).trim() === '';
    const s = sentenceOf(w.start);
    // A wrapped line or a plain text line does not start a sentence by itself.
    const atSentenceStart = s > 0 ? w.start === sentences[s] : w.start === contentStart && (kind === 'paragraph' || kind === 'subparagraph' || kind === 'list-item');

    if (atSentenceStart) {
      // A date or a time opening a line of a programme ("10 a.m.", "3 April") is left to the date rules.
      if (nextAdjacent && next && /^\p{L}/u.test(next.text) && !MONTHS.has(next.text.toLowerCase()) && !UNIT_WORDS.has(next.text.toLowerCase())) {
        const words1 = numberWords(value);
        const cap = words1 ? words1[0].toUpperCase() + words1.slice(1) : undefined;
        ctx.report({
          message: `The sentence begins with the figure "${w.text}"; spell the number out${cap ? ` ("${cap}")` : ''} or reword the sentence`,
          range: { start: line.start + w.start, end: line.start + w.end },
          fixes: cap ? [{ title: `Write "${cap}"`, edits: [{ range: { start: line.start + w.start, end: line.start + w.end }, newText: cap }] }] : [],
        });
      }
      continue;
    }

    if (value < 1 || value > 9) continue;
    if (inLabelRun) continue;
    // A footnote marker set off by a space: "Development, 9 as well as".
    if (footnotes.has(value) && (/[,;.:)”]\s$/.test(t.slice(Math.max(0, w.start - 2), w.start)) || !next || !nextAdjacent || FUNCTION_WORDS.has(next.text.toLowerCase()))) continue;
    // Ratios: "1 in 7 men".
    if ((next && next.text === 'in' && /^\d+$/.test(words[k + 2]?.text ?? '')) || (prev && prev.text === 'in' && /^\d+$/.test(words[k - 2]?.text ?? ''))) continue;
    // Figures after a capitalized word or an acronym name something: "Goal 5", "Working Group 2", "COP 9".
    if (prev && prevAdjacent && /^\p{Lu}/u.test(prev.text) && prev.start !== sentences[sentenceOf(prev.start)] && prev.start !== contentStart) continue;
    if (prev && prevAdjacent && /^\p{Lu}{2,}/u.test(prev.text)) continue;
    if (prev && prevAdjacent && (MONTHS.has(prev.text.toLowerCase()) || CURRENCY_BEFORE.has(prev.text))) continue;
    if (before === ' ' && /(?:US\$|\$|€|£)\s*$/.test(t.slice(Math.max(0, w.start - 5), w.start))) continue;
    // Dates and series of dates: "3 April", "3 and 4 April", "3 to 5 April".
    if (endsInMonth[k]) continue;
    if (nextAdjacent && next && UNIT_WORDS.has(next.text.toLowerCase())) continue;
    if (nextAdjacent && next && /^(?:o’clock|o'clock|hrs|h)$/i.test(next.text)) continue;
    if (isVote(s)) continue;
    // The rule for the highest applies when the same thing is counted with a larger figure.
    if (hasLarge.has(s)) {
      const noun = nextAdjacent && next && /^\p{L}/u.test(next.text) && !['to', 'and', 'or', 'of', 'out', 'previously', 'in', 'from', 'against', 'compared', 'versus', 'vs'].includes(next.text.toLowerCase()) ? next : undefined;
      if (!noun) continue;
      if (largeNouns.get(s)?.has(stem(noun.text))) continue;
    }
    const word = UNITS[value];
    const shown = nextAdjacent && next && /^\p{L}/u.test(next.text) && !FUNCTION_WORDS.has(next.text.toLowerCase()) ? `${w.text} ${next.text}` : w.text;
    ctx.report({
      message: `"${shown}": numbers under 10 are written in words in running text; use "${word}"`,
      range: { start: line.start + w.start, end: line.start + w.end },
      fixes: [{ title: `Write "${word}"`, edits: [{ range: { start: line.start + w.start, end: line.start + w.end }, newText: word }] }],
    });
  }

  // "%" after a figure, and "percent", in running text: "per cent" (R27).
  for (let p = t.indexOf('%'); p !== -1; p = t.indexOf('%', p + 1)) {
    let q = p;
    while (q > 0 && t.charAt(q - 1) === ' ') q--;
    if (q === 0 || !isDigit(t.charCodeAt(q - 1)) || skipAt(p) || q - 1 < contentStart) continue;
    ctx.report({
      message: `"${t.slice(Math.max(0, t.lastIndexOf(' ', q - 1) + 1), p + 1)}": write percentages in running text as a figure followed by "per cent"`,
      range: { start: line.start + q, end: line.start + p + 1 },
      fixes: [{ title: 'Write "per cent"', edits: [{ range: { start: line.start + q, end: line.start + p + 1 }, newText: ' per cent' }] }],
    });
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const lower = w.text.toLowerCase();
    if (lower === 'percent' && !skipAt(w.start) && k > 0) {
      const prev = words[k - 1];
      if (!/^\d/.test(prev.text) && !WORD_VALUES.has(prev.text.toLowerCase())) continue;
      const newText = w.text === 'Percent' ? 'Per cent' : 'per cent';
      ctx.report({
        message: `"${prev.text} ${w.text}": write "per cent", not "percent"`,
        range: { start: line.start + w.start, end: line.start + w.end },
        fixes: [{ title: `Write "${newText}"`, edits: [{ range: { start: line.start + w.start, end: line.start + w.end }, newText }] }],
      });
    }
    // "one per cent" in running text: percentages take figures.
    const value = WORD_VALUES.get(lower);
    const next = words[k + 1];
    const next2 = words[k + 2];
    if (value !== undefined && next && next.text.toLowerCase() === 'per' && next2 && next2.text.toLowerCase() === 'cent' && !skipAt(w.start) && !mask[w.start]) {
      if (w.start === sentences[sentenceOf(w.start)] || w.start === contentStart) continue; // "Ten per cent of…" opens a sentence
      ctx.report({
        message: `"${w.text} per cent": percentages are written in figures; use "${value} per cent"`,
        range: { start: line.start + w.start, end: line.start + w.end },
        fixes: [{ title: `Write "${value}"`, edits: [{ range: { start: line.start + w.start, end: line.start + w.end }, newText: String(value) }] }],
      });
    }
  }
}

export const numberStyleRule: Rule = {
  meta: {
    id: 'number-style',
    description: 'Numbers under 10 are written in words, no sentence begins with figures and percentages use "per cent"',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'numbers'],
    conventions: ['R25', 'R26', 'R27'],
  },
  check(ctx) {
    const { model } = ctx;
    const opaque = opaqueRanges(model);
    const footnotes = footnoteNumbers(model);
    for (let i = 0; i < model.lines.length; i++) {
      if (!isProseLine(model, i)) continue;
      checkLine(ctx, i, opaque, footnotes);
    }
  },
};
