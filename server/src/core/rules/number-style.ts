// Numbers in running text (R25–R27): whole numbers under 10 in words, no sentence that begins with
// figures, "per cent" rather than "%", and compound numbers in words with their hyphen
// (number-style/compound.ts). Figures that label things (paragraph 3, article 6, item 1 (c)), dates,
// times, money, measurements, votes, symbols and numbers beside a larger figure for the same thing
// stay as they are.

import type { DraftModel } from '../model';
import { CURRENCY_BEFORE, isUnitWord, MONTHS, numberWords, UNITS } from '../data/numbers';
import { blockSentences, forEachBlock, type TextBlock } from '../blocks';
import { asReceivedLines, inQuotation, inRanges, isProseLine, opaqueRanges } from '../prose';
import type { Rule, RuleContext } from '../rule';
import type { TextRange } from '../types';
import { countSeries } from '../count-series';
import { NUMBER_STYLE_OPTIONS, numberStyleOptions } from './number-style/options';
import { figures, isLetterUnit, lowerWord, nFigures, nWords, tokenize, wEnd, wFigure, wordText, wStart } from '../words';
import { checkCompoundNumbers } from './number-style/compound';
import { checkPercentSigns, checkPercentWords } from './number-style/percent';
import { afterPluralNoun, inOutOfRatio, isLabel, isLabelConnector } from './number-style/reference-runs';
import { isDataRow, reportsVote, unitAfterQualifier } from './number-style/data-lines';

export { numberWords };

/** Positions in the block where a sentence starts: 0, then the starts of the model's sentences in it. */
const sentences: number[] = [0];

function readSentences(model: DraftModel, b: TextBlock): void {
  sentences.length = 1;
  const spans = blockSentences(model, b);
  for (let k = 1; k < spans.length; k++) sentences.push(spans[k][0]);
}

function sentenceOf(pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters that glue a figure to something else: a symbol, a decimal, a range, a compound. */
const GLUE_BEFORE = new Set(['.', ';', ')', ']', '”', '"', '/', '-', '–', '—', '‑', '_', '#', '§', '$', '€', '£', '¥', '+', '^', '*', "'", '’', ':', ',', '&', '=', '@', '~', '<', '>', '±', '×']);
const GLUE_AFTER = new Set(['/', '-', '–', '—', '‑', '_', '%', '°', '+', '×', '*', '^', '&', '=', '@', '’', "'", '²', '³', '‰']);

function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** A paragraph number, list marker or subparagraph marker at the content start. */
const LINE_LABEL_RE = /\[?(?:\d{1,4}\.?(?=[ \t])|\((?:[a-z]{1,2}|[ivxlc]{1,6})\))[ \t]*/y;

/** Where the line's own label ends: the paragraph number, list marker or subparagraph marker. */
function labelEnd(model: DraftModel, i: number): number {
  const line = model.lines[i];
  const cs = model.contentStarts[i] - line.start;
  const kind = model.lineKinds[i];
  if (kind !== 'paragraph' && kind !== 'list-item' && kind !== 'subparagraph' && kind !== 'aside') return cs;
  LINE_LABEL_RE.lastIndex = cs;
  return LINE_LABEL_RE.test(line.text) ? LINE_LABEL_RE.lastIndex : cs;
}

/**
 * Whether the line can give a finding at all: a digit at or after `from` (a figure or a `%` after
 * one), or `cent` in any case (`percent`, `one per cent`). Most lines stop here.
 */
function needsCheck(t: string, from: number): boolean {
  // Two native searches instead of a loop over every character (faster while the code is still cold).
  DIGIT_RE.lastIndex = from > 0 ? from : 0;
  return DIGIT_RE.test(t) || CENT_RE.test(t);
}
const DIGIT_RE = /[0-9]/g;
/** ASCII case only: without the u flag, /i never matches a non-ASCII letter to an ASCII one. */
const CENT_RE = /cent/i;
/** Either, anywhere on a line: a block with neither on any line is not joined. */
const FIGURE_OR_CENT_RE = /[0-9]|cent/i;

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

/** Words that open a sentence before a count ("Some 5 Member States"): the figure after them is no part of a name. */
const SENTENCE_OPENERS = new Set(
  ('only some about nearly approximately over around almost just exactly all the these those another of in at on by for with from to ' +
    'after before within under least more fewer less than each every both while when since during per and or but also').split(' '),
);

const FUNCTION_WORDS = new Set('a an the as and or of in on at to for by with from that which who is was were are be been has have had it its this these those also but not'.split(' '));
const NOT_COUNTED_NOUNS = new Set(['to', 'and', 'or', 'of', 'out', 'previously', 'in', 'from', 'against', 'compared', 'versus', 'vs']);

/**
 * Checks the figures of one block: a line with the lines that carry it when a paragraph is wrapped, read as
 * one text so that a series, a label or a unit across a line break is read as on one line.
 */
function checkBlock(ctx: RuleContext, b: TextBlock, opaque: readonly TextRange[], footnotes: ReadonlySet<number>): void {
  const { model } = ctx;
  const i = b.first;
  const t = b.text;
  const kind = model.lineKinds[i];
  const contentStart = labelEnd(model, i);
  if (!needsCheck(t, contentStart)) return;
  tokenize(t);
  readSentences(model, b);
  const skipAt = (pos: number): boolean => inQuotation(model, b.at(pos)) || inRanges(opaque, b.at(pos));

  // Inside (…) or […]: the bracket depth before `pos`, scanned forward once (restarted only if asked about an earlier offset).
  let bracketPos = 0;
  let depth = 0;
  const inBrackets = (pos: number): boolean => {
    if (pos < bracketPos) bracketPos = depth = 0;
    for (; bracketPos < pos; bracketPos++) {
      const c = t.charCodeAt(bracketPos);
      if (c === 40 || c === 91) depth++;
      else if ((c === 41 || c === 93) && depth > 0) depth--;
    }
    return depth > 0;
  };

  // Per sentence: the nouns that follow figures of 10 (or the threshold) or more, and whether it has such a figure (built on first need).
  let largeNouns: Map<number, Set<string>> | undefined;
  let hasLarge: Set<number> | undefined;
  const buildLarge = (): void => {
    largeNouns = new Map();
    hasLarge = new Set();
    for (let f = 0; f < nFigures; f++) {
      const k = figures[f];
      if (Number(wordText(t, k)) < Math.max(10, numberStyleOptions(ctx).threshold)) continue;
      const s = sentenceOf(wStart[k]);
      hasLarge.add(s);
      if (k + 1 < nWords && t.slice(wEnd[k], wStart[k + 1]).trim() === '') {
        let set = largeNouns.get(s);
        if (!set) largeNouns.set(s, (set = new Set()));
        set.add(stem(wordText(t, k + 1)));
      }
    }
  };
  // Whether each sentence reports a vote, worked out once per sentence.
  const voteCache = new Map<number, boolean>();
  const isVote = (s: number): boolean => {
    let v = voteCache.get(s);
    if (v === undefined) {
      const sentence = t.slice(sentences[s], s + 1 < sentences.length ? sentences[s + 1] : t.length);
      v = reportsVote(sentence);
      voteCache.set(s, v);
    }
    return v;
  };
  // Whether the run of figures and connectors after word k ends at a month or a unit that all its figures
  // share: "3 and 4 April", "from 3 to 6 p.m.", "between 2 and 3 km", "4 by 6 metres". One answer holds for
  // the whole run, so it is kept for the next figure of the same run.
  let monthFrom = -1;
  let monthTo = -2;
  let monthValue = false;
  const endsInMonth = (k: number): boolean => {
    if (k >= monthFrom && k <= monthTo) return monthValue;
    let j = k + 1;
    let value = false;
    for (; j < nWords; j++) {
      if (wFigure[j]) continue;
      const nx = lowerWord(t, j);
      if (MONTHS.has(nx) || (j > k + 1 && isUnitWord(nx))) {
        value = true;
        break;
      }
      if (nx !== 'and' && nx !== 'to' && nx !== 'or' && nx !== 'by') break;
    }
    monthFrom = k;
    monthTo = j - 1;
    monthValue = value;
    return value;
  };

  let seriesLarge: Uint8Array | undefined;

  // Labels carry over a run of figures: "paragraphs 3, 4 and 6", "articles 5 to 7". Worked out for every
  // figure in turn, looking back to the previous figure at most.
  let labelRun = false;

  for (let f = 0; f < nFigures; f++) {
    const k = figures[f];
    let inLabelRun = false;
    for (let j = k - 1; j >= 0; j--) {
      if (wFigure[j]) {
        inLabelRun = labelRun; // the previous figure: the run carries on from it
        break;
      }
      const lower = lowerWord(t, j);
      if (isLabel(ctx, lower)) {
        // `2 articles and 3 rules`: a label straight before "and" numbers nothing; the figure after it is a count.
        inLabelRun = j + 1 === k || !/^(?:and|or|to|through)$/.test(lowerWord(t, j + 1));
        break;
      }
      if (!isLabelConnector(lower)) break;
    }
    labelRun = inLabelRun ||= afterPluralNoun(t, k);

    const ws = wStart[k];
    const we = wEnd[k];
    if (ws < contentStart) continue;
    const text = t.slice(ws, we);
    const value = Number(text);
    // A figure opening a plain line heads a table row, a list entry or a footnote.
    if (kind !== 'paragraph' && kind !== 'subparagraph' && kind !== 'list-item' && ws === contentStart && (kind === 'text' || (k + 1 < nWords && /^\p{Lu}/u.test(wordText(t, k + 1))))) continue;
    // So does one opening a line of the block before a capitalized word: a note or a row that a page break set inside the paragraph (`1 Note: …`).
    if (b.opensLine(ws) && k + 1 < nWords && /^\p{Lu}/u.test(wordText(t, k + 1))) continue;
    if (inBrackets(ws) || skipAt(ws)) continue;
    const before = t.charAt(ws - 1);
    const after = t.charAt(we);
    const after2 = t.charAt(we + 1);
    if (before && (isLetterUnit(before.charCodeAt(0)) || GLUE_BEFORE.has(before))) continue;
    if (after && (isLetterUnit(after.charCodeAt(0)) || GLUE_AFTER.has(after))) continue;
    if ((after === '.' || after === ',' || after === ':') && isDigit(after2.charCodeAt(0))) continue;
    if (after === ' ' && (after2 === '%' || after2 === '‰')) continue; // "3 %": a percentage, reported as such below

    const prev = k - 1; // word index, -1 when none
    const next = k + 1 < nWords ? k + 1 : -1;
    const nextText = next !== -1 ? wordText(t, next) : '';
    const nextAdjacent = next !== -1 && t.slice(we, wStart[next]).trim() === '';
    const s = sentenceOf(ws);
    // A wrapped line or a plain text line does not start a sentence by itself.
    const atSentenceStart = s > 0 ? ws === sentences[s] : ws === contentStart && (kind === 'paragraph' || kind === 'subparagraph' || kind === 'list-item' || kind === 'aside');

    // A figure right after a subparagraph's label continues the sentence that introduces the list: `(a) 43 members:`.
    const afterListLabel = s === 0 && kind !== 'paragraph' && t.charCodeAt(model.contentStarts[i] - model.lines[i].start) === 40;
    // A figure after a full stop, equal to a footnote of the document, is the note's marker set off by a space: `… displaced. 5 More …`.
    const footnoteMarker = s > 0 && footnotes.has(value) && t.charCodeAt(ws - 2) === 46 && nextAdjacent && /^\p{Lu}/u.test(nextText);
    if (footnoteMarker) continue;
    if (atSentenceStart && !afterListLabel) {
      // A date or a time opening a line of a programme ("10 a.m.", "3 April") is left to the date rules.
      if (nextAdjacent && /^\p{L}/u.test(nextText) && !MONTHS.has(nextText.toLowerCase()) && !isUnitWord(nextText.toLowerCase())) {
        const words1 = numberWords(value);
        const cap = words1 ? words1[0].toUpperCase() + words1.slice(1) : undefined;
        ctx.report({
          ...(cap ? { messageId: 'sentenceStart', data: { figure: text, words: cap } } : { messageId: 'sentenceStartNoWords', data: { figure: text } }),
          range: { start: b.at(ws), end: b.at(we) },
          // The figure may be a footnote marker or a label after a sentence the splitter guessed.
          fixes: cap ? [{ title: `Spell out "${text}" as "${cap}" (it begins a sentence)`, edits: [{ range: { start: b.at(ws), end: b.at(we) }, newText: cap }], safety: 'unsafe' }] : [],
        });
      }
      continue;
    }

    if (value < 1 || value >= numberStyleOptions(ctx).threshold) continue;
    if (inLabelRun) continue;
    const nextLower = nextText.toLowerCase();
    // A footnote marker set off by a space: "Development, 9 as well as".
    if (footnotes.has(value) && (/[,;.:)”]\s$/.test(t.slice(Math.max(0, ws - 2), ws)) || next === -1 || !nextAdjacent || FUNCTION_WORDS.has(nextLower))) continue;
    // Ratios: "1 in 7 men", "4 out of 5".
    if (inOutOfRatio(t, k) || (next !== -1 && nextText === 'in' && k + 2 < nWords && wFigure[k + 2]) || (prev >= 0 && wordText(t, prev) === 'in' && prev >= 1 && wFigure[prev - 1])) continue;
    if (prev >= 0) {
      const prevText = wordText(t, prev);
      const gap = t.slice(wEnd[prev], ws);
      const prevAdjacent = /^[\s(]*$/.test(gap) && gap.length <= 2;
      if (prevAdjacent) {
        // Figures after a capitalized word or an acronym name something: "Goal 5", "Working Group 2", "COP 9".
        if (/^\p{Lu}/u.test(prevText) && wStart[prev] !== sentences[sentenceOf(wStart[prev])] && wStart[prev] !== contentStart) continue;
        if (/^\p{Lu}{2,}/u.test(prevText)) continue;
        // Between two capitalized words, even first in the sentence, the figure is part of a name: "Care 4 Children".
        if (/^\p{Lu}/u.test(prevText) && nextAdjacent && /^\p{Lu}/u.test(nextText) && !SENTENCE_OPENERS.has(prevText.toLowerCase())) continue;
        if (MONTHS.has(prevText.toLowerCase()) || CURRENCY_BEFORE.has(prevText)) continue;
      }
    }
    if (before === ' ' && /(?:US\$|\$|€|£)\s*$/.test(t.slice(Math.max(0, ws - 5), ws))) continue;
    // Dates and series of dates ("3 April", "3 and 4 April"), and ranges with one unit ("3 to 6 p.m.").
    if (endsInMonth(k)) continue;
    if (nextAdjacent && (isUnitWord(nextLower) || unitAfterQualifier(t, k))) continue;
    if (nextAdjacent && /^(?:o’clock|o'clock|hrs|h)$/i.test(nextText)) continue;
    if (isVote(s)) continue;
    // A series of counts one of which is 10 or more takes figures throughout: "7 States, 19 observer States and 5 organizations".
    if (!seriesLarge) seriesLarge = countSeries(t, sentenceOf);
    if (seriesLarge[f]) continue;
    // The rule for the highest applies when the same thing is counted with a larger figure.
    if (!hasLarge) buildLarge();
    if (hasLarge?.has(s)) {
      const noun = nextAdjacent && /^\p{L}/u.test(nextText) && !NOT_COUNTED_NOUNS.has(nextLower);
      if (!noun) continue;
      if (largeNouns?.get(s)?.has(stem(nextText))) continue;
    }
    const spelled = value < 10 ? UNITS[value] : (numberWords(value) as string);
    // The number of a group's name is part of the name and takes its capital: the Group of Seven, the Group of Eight.
    const inGroupName = prev >= 1 && wordText(t, prev) === 'of' && wordText(t, prev - 1) === 'Group';
    const word = inGroupName ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
    const running = kind === 'paragraph' || kind === 'subparagraph';
    const shown = nextAdjacent && /^\p{L}/u.test(nextText) && !FUNCTION_WORDS.has(nextLower) ? `${text} ${nextText}` : text;
    ctx.report({
      messageId: 'smallNumber',
      data: { written: shown, threshold: numberStyleOptions(ctx).threshold, words: word },
      range: { start: b.at(ws), end: b.at(we) },
      // Sure of running text only in a numbered paragraph or subparagraph; elsewhere the figure may be a label or a marker.
      fixes: [running ? { title: `Write "${word}"`, edits: [{ range: { start: b.at(ws), end: b.at(we) }, newText: word }], safety: 'safe' } : { title: `Write "${word}" (if "${text}" is in running text)`, edits: [{ range: { start: b.at(ws), end: b.at(we) }, newText: word }], safety: 'unsafe' }],
    });
  }

  checkPercentSigns(ctx, b, contentStart, skipAt);
  checkPercentWords(ctx, b, contentStart, skipAt, inBrackets, (pos) => pos === sentences[sentenceOf(pos)]);
}

export const numberStyleRule: Rule = {
  meta: {
    id: 'number-style',
    description: 'Numbers under 10 are written in words, no sentence begins with figures, percentages use "per cent" and compound numbers in words take a hyphen',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'numbers'],
    conventions: ['R25', 'R26', 'R27'],
    options: NUMBER_STYLE_OPTIONS,
    messages: {
      sentenceStart: 'The sentence begins with the figure "{{figure}}"; spell the number out ("{{words}}") or reword the sentence',
      sentenceStartNoWords: 'The sentence begins with the figure "{{figure}}"; spell the number out or reword the sentence',
      smallNumber: '"{{written}}": numbers under {{threshold}} are written in words in running text; use "{{words}}"',
      percentSign: '"{{written}}": write percentages in running text as a figure followed by "per cent"',
      percentWord: '"{{written}}": write "per cent", not "percent"',
      percentInWords: '"{{words}} per cent": percentages are written in figures; use "{{figure}} per cent"',
      compoundHyphen: '"{{written}}": a compound number from 21 to 99 takes a hyphen; write "{{expected}}"',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const opaque = opaqueRanges(model);
    const footnotes = footnoteNumbers(model);
    const received = asReceivedLines(model);
    // Text reproduced as received (an annex issued without formal editing) keeps the author's figures.
    const keep = (i: number): boolean => isProseLine(model, i) && !received[i] && !isDataRow(model, i);
    // A figure or "cent" on some line, or there is nothing to read.
    forEachBlock(model, keep, FIGURE_OR_CENT_RE, (b) => checkBlock(ctx, b, opaque, footnotes));
    checkCompoundNumbers(ctx);
  },
};
