// Every rule over adversarial strings: a regular expression that backtracks super-linearly, or a
// quadratic scan, would hang here. No absolute timing assertion: each input must simply finish
// (within a generous mocha timeout), and growth is checked as a ratio, time(8n) / time(n) < 24: linear work gives about 8,
// quadratic work about 64, so machine noise cannot flip the verdict either way.

import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { allRules, checkDraft, type CheckOptions } from '../../server/src/core/index';

const SIZE = 200_000;

/** `unit` repeated until the string has `size` characters. */
function repeat(unit: string, size: number = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const STATES = 'Brazil, China, Ghana, Iran (Islamic Republic of), Chile, Ukraine, Ecuador, Argentina, Mexico, Japan, ';

/** Name → generator of an adversarial input of about `size` characters. */
const INPUTS: Record<string, (size: number) => string> = {
  'run of [': (n) => repeat('[', n),
  'run of ]': (n) => repeat(']', n),
  'run of [ with a word after': (n) => repeat('[', n - 4) + 'text',
  'run of (': (n) => repeat('(', n),
  'run of )': (n) => repeat(')', n),
  'run of /': (n) => repeat('/', n),
  'run of A/': (n) => repeat('A/', n),
  'run of A/CN.': (n) => repeat('A/CN.', n),
  'symbol-like chain': (n) => repeat('E/CN.15/2011/', n),
  'run of digits': (n) => repeat('1', n),
  'years joined by hyphens': (n) => repeat('2024-', n),
  'months joined by hyphens': (n) => repeat('January - ', n),
  'digits and dots': (n) => repeat('1.', n),
  'run of dots': (n) => repeat('.', n),
  'run of spaces': (n) => repeat(' ', n),
  'run of tabs and spaces': (n) => repeat(' \t', n),
  'lines "1. "': (n) => repeat('1. \n', n),
  'lines of rising paragraph numbers': (n) => {
    let s = '';
    for (let i = 1; s.length < n; i++) s += `${i}. Text of paragraph ${i} (see para. ${i}).\n`;
    return s;
  },
  'lines "(a)"': (n) => repeat('(a)\n', n),
  'lines " - (a) item;"': (n) => repeat(' - (a) item;\n', n),
  'lines "I. "': (n) => repeat('I. \n', n),
  'lines "A. Heading"': (n) => repeat('A. Heading\n', n),
  'run of straight quotes': (n) => repeat('"', n),
  'run of curly quotes': (n) => repeat('“', n),
  'opening curly quotes with words': (n) => repeat('“a ', n),
  'run of [x](': (n) => repeat('[x](', n),
  'run of ](': (n) => repeat('](', n),
  'unclosed comments': (n) => repeat('<!-- ', n),
  'run of *': (n) => repeat('*', n),
  'run of -': (n) => repeat('-', n),
  'run of %': (n) => repeat('9%', n),
  'one long word': (n) => repeat('a', n),
  'one long capitalized word': (n) => repeat('A', n),
  'capitalized words': (n) => repeat('ABC ', n),
  'words with capitals': (n) => repeat('the Expert Group and the expert group ', n),
  'one endless list of States': (n) => 'Statements were made by experts of the following States: ' + repeat(STATES, n),
  'lines of States': (n) => repeat('Statements were made by: ' + STATES + 'Brazil.\n', n),
  'meeting sentences': (n) => repeat('At its 1st meeting, on 3 April 2018, the Expert Group considered agenda item 2, entitled "X". ', n),
  'date-like fragments': (n) => repeat('3 April 2018 April 3, 2018 03/04/2018 3–5 ', n),
  'agenda item fragments': (n) => repeat('agenda item 1 (c), ', n),
  'resolution fragments': (n) => repeat('resolution 65/230 GA resolution res. ', n),
  'masthead lines': (n) => repeat('Distr.: Limited\n3 April 2018\nOriginal: English\n', n),
  'spaced symbol fragments': (n) => repeat('A/ B/ C (S-X)/ ', n),
  'session symbols': (n) => repeat('TD/B(S-XXXIII)/1 TD/B (S-XXXIII)/', n),
  'spaces before marks and doubled marks': (n) => repeat('word , word ;; word .. word:: ', n),
  'run-together sentences': (n) => repeat('session.The ', n),
  'an address with parentheses': (n) => 'see (https://example.org/' + repeat('a)', n),
  'lines opening a quotation and a parenthesis': (n) => repeat('“The Board (decides\n', n),
  'blank lines': (n) => repeat('\n', n),
  'lone carriage returns': (n) => repeat('a\r', n),
  'CRLF lines': (n) => repeat('1. Text\r\n', n),
  'one word repeated': (n) => '1. ' + repeat('the ', n),
  'a phrase repeated': (n) => '1. ' + repeat('submitted by ', n),
  'an endless list of numbers': (n) => '1. See paragraphs ' + repeat('12, ', n),
  'numbers apart by spaces': (n) => '1. See paragraphs ' + repeat('12 ', n),
  'lists of numbers': (n) => repeat('paragraphs 3, 4 5-7 ', n),
  'drafting leftovers': (n) => repeat('(internal note XX.X ??? {TBC @a ', n),
  'runs of X': (n) => repeat('X', n),
  'web addresses and placeholders': (n) => repeat('www.a TBC ', n),
  // One paragraph hard-wrapped over thousands of short lines, a small count and a word hyphenated at each line end:
  // the rules read it as one text, and every position is mapped back to its line (a scan per position was quadratic).
  'one paragraph wrapped over many lines': (n) => '1. Statements were made by ' + repeat('3 States, observ-\ners, ', 6 * n),
};

describe('regex safety: every rule on adversarial input', function () {
  // A catastrophic pattern would take hours on these inputs; a linear one takes milliseconds.
  this.timeout(20_000);

  // Stage-dependent paths (brackets and placeholders become errors) also run in the final stage.
  const FINAL_TOO = new Set(['drafting leftovers', 'run of [', 'run of ]', 'run of [ with a word after', 'run of [x](', 'run of ](', 'masthead lines']);
  for (const [name, make] of Object.entries(INPUTS)) {
    const stages: CheckOptions[] = FINAL_TOO.has(name) ? [{}, { stage: 'final' }] : [{}];
    it(`finishes on ${name} (${SIZE} chars)${stages.length > 1 ? ', draft and final stage' : ''}`, () => {
      const text = make(SIZE);
      for (const options of stages) {
        const result = checkDraft(text, options);
        assert.ok(Array.isArray(result.findings));
        const failures = result.warnings.filter((w) => w.includes('failed'));
        assert.deepEqual(failures, [], `a rule threw on ${name}`);
      }
    });
  }
});

// A full garbage collection before each timed run, so that one run does not pay for another's garbage.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Best of a few runs, in milliseconds (the minimum is the least disturbed by other work on the machine). */
function time(text: string, options: CheckOptions = {}, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t0 = process.hrtime.bigint();
    checkDraft(text, options);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

describe('regex safety: time grows linearly', function () {
  this.timeout(60_000);
  const SCALING = [
    'run of [',
    'run of (',
    'run of ](',
    'run of A/',
    'lines of rising paragraph numbers',
    'lines " - (a) item;"',
    'one endless list of States',
    'words with capitals',
    'meeting sentences',
    'opening curly quotes with words',
    'a phrase repeated',
    'lists of numbers',
    'years joined by hyphens',
    'drafting leftovers',
    'web addresses and placeholders',
    'one paragraph wrapped over many lines',
  ];
  for (const name of SCALING) {
    it(`time(8n) / time(n) < 24 on ${name}`, () => {
      const make = INPUTS[name];
      const n = 25_000;
      const small = make(n);
      const large = make(8 * n);
      checkDraft(small); // warm-up
      // Below a few milliseconds the ratio is noise (a garbage collection, a timer tick, caches); a real
      // quadratic pass on 200k characters takes seconds, far above this floor.
      const a = Math.max(time(small), 10);
      const b = time(large);
      if (b / a >= 24) {
        // Say which rule grows too fast.
        const perRule = allRules.map((r) => {
          const ra = Math.max(time(small, { only: [r.meta.id] }, 3), 10);
          const rb = time(large, { only: [r.meta.id] }, 3);
          return `${r.meta.id}: ${ra.toFixed(1)} ms -> ${rb.toFixed(1)} ms (${(rb / ra).toFixed(1)}x)`;
        });
        assert.fail(`time(8n)/time(n) = ${(b / a).toFixed(1)} on ${name} (${a.toFixed(1)} ms -> ${b.toFixed(1)} ms)\n${perRule.join('\n')}`);
      }
    });
  }
});
