// Metamorphic precision on real reports: a report whose paragraphs are hard-wrapped (a PDF's text export, a
// Markdown draft wrapped at 72 columns), written with CRLF line ends, with the characters Word's text export leaves
// or pdftotext's page furniture and hyphenated words (layout-transforms.ts) says what it said before, so it must not give findings the one-paragraph-a-line
// text does not. Reads ../shared/corpus at test time (skipped when absent).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, type Finding } from '../../server/src/core/index';
import { hasShared, SHARED } from '../helpers/paths';
import { hardWrap, hyphenatedWrap, noBreakHyphens, noBreakSpaces, pageFurniture, softHyphens, straightApostrophes, straightQuotes, zeroWidthSpaces } from './layout-transforms';

const CORPUS = path.join(SHARED, 'corpus');
const WIDTH = 72;
/** Lines up to this long are left as they are (a title, a table row). */
const KEEP_UP_TO = 80;

/**
 * New findings per rule the wrapped corpus may still give, each with its reason; any other rule gets none. A
 * ratchet: lower a budget when a rule improves, never raise it without a reason a UN editor would accept.
 */
const WRAP_BUDGET: Readonly<Record<string, number>> = {
  // Options in a negotiated text's table cells, wrapped: each is still reported, in another wording.
  'unresolved-bracket': 41,
  // A subheading wrapped over more than the eight lines the reader looks ahead is read as a subparagraph.
  'heading-numbering': 1,
  // A table cell's text wrapped on to a line of its own.
  punctuation: 1,
  // A paragraph's wrapped line that ends a sentence (`… (E/CN.3/2025/13).`) ends the paragraph for the reader, so
  // the sentences after it lose the count series of their paragraph (a blank-line-free export cannot tell).
  'number-style': 1,
};

/**
 * The same for pdftotext's text: hard-wrapped, some words hyphenated at a line end, page furniture between paragraphs.
 * The furniture adds nothing, and a word hyphenated at a line's end is read whole: the plain wrap's budget holds.
 */
const PDF_BUDGET: Readonly<Record<string, number>> = WRAP_BUDGET;


/** A finding as the same finding reads in another layout: rule, kind of message, data other than line numbers and excerpts. */
function key(f: Finding): string {
  const data = Object.entries(f.data ?? {}).filter(([k]) => !/line|bracketed|after|before/i.test(k));
  return `${f.ruleId}|${(f.messageId ?? f.message).replace(/ToLine$/, '')}|${JSON.stringify(data)}`;
}

/** Findings of `after` that `before` does not have (as many times as they are missing), by rule. */
function newByRule(before: readonly Finding[], after: readonly Finding[]): Map<string, string[]> {
  const seen = new Map<string, number>();
  for (const f of before) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  const out = new Map<string, string[]>();
  for (const f of after) {
    const n = seen.get(key(f)) ?? 0;
    if (n > 0) seen.set(key(f), n - 1);
    else out.set(f.ruleId, [...(out.get(f.ruleId) ?? []), f.message]);
  }
  return out;
}

describe('wrap invariance on the real reports of ../shared/corpus', function () {
  this.timeout(120_000);
  const texts: [string, string][] = [];
  before(function () {
    if (!hasShared() || !fs.existsSync(CORPUS)) this.skip();
    for (const name of fs.readdirSync(CORPUS).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md').sort()) {
      texts.push([name, fs.readFileSync(path.join(CORPUS, name), 'utf8')]);
    }
  });

  /** Every report, changed by `transform`, gives no more new findings of a rule than `budget` allows it. */
  function withinBudget(transform: (text: string) => string, budget: Readonly<Record<string, number>>): void {
    const total = new Map<string, string[]>();
    for (const [name, text] of texts) {
      for (const [rule, messages] of newByRule(check(text), check(transform(text)))) {
        total.set(rule, [...(total.get(rule) ?? []), ...messages.map((m) => `${name}: ${m}`)]);
      }
    }
    for (const [rule, found] of total) {
      assert.ok(found.length <= (budget[rule] ?? 0), `${rule}: ${found.length} new findings in the changed reports (budget ${budget[rule] ?? 0}):\n${found.slice(0, 8).join('\n')}`);
    }
    assert.ok(texts.length >= 30, `only ${texts.length} corpus texts read`);
  }

  it('hard-wrapped at 72 columns, the reports give no new finding beyond each rule\'s recorded budget', () => {
    withinBudget((text) => hardWrap(text, WIDTH, KEEP_UP_TO), WRAP_BUDGET);
  });

  it('with page furniture between paragraphs (pdftotext), no new finding', () => {
    noNewFindings(pageFurniture);
  });

  it('hard-wrapped with words hyphenated at line ends, page furniture between paragraphs (pdftotext): within the budget', () => {
    withinBudget((text) => hyphenatedWrap(pageFurniture(text), WIDTH, KEEP_UP_TO), PDF_BUDGET);
  });

  /** Every report, changed by `transform`, gives no finding it did not give before. */
  function noNewFindings(transform: (text: string) => string): void {
    let changedTexts = 0;
    for (const [name, text] of texts) {
      const changed = transform(text);
      if (changed === text) continue;
      changedTexts++;
      const added = newByRule(check(text), check(changed));
      assert.deepEqual([...added.entries()], [], name);
    }
    assert.ok(changedTexts >= 20, `only ${changedTexts} reports changed`);
  }

  it('with CRLF line ends, the reports give exactly the same findings', () => {
    noNewFindings((text) => text.replace(/\r?\n/g, '\r\n'));
  });

  it('with soft hyphens in long words and zero-width spaces after slashes (Word), no new finding', () => {
    noNewFindings((text) => zeroWidthSpaces(softHyphens(text)));
  });

  it('with no-break spaces after titles, in references and around figures (Word), no new finding', () => {
    noNewFindings(noBreakSpaces);
  });

  it('with non-breaking hyphens in compounds (Word), no new finding', () => {
    noNewFindings(noBreakHyphens);
  });

  it('with straight apostrophes throughout, or straight quotation marks too, no new finding', () => {
    noNewFindings(straightApostrophes);
    noNewFindings(straightQuotes);
  });
});
