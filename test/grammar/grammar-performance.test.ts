// The grammars must compile under Oniguruma and must not backtrack super-linearly: a search over an adversarial
// line eight times longer may take at most about eight times longer (a quadratic pattern would take 64 times
// longer), and no adversarial line may take seconds to tokenize.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import type { IGrammar } from 'vscode-textmate';
import {
  INJECTION_GRAMMAR,
  MARKDOWN_STAND_IN,
  UN_REPORT_GRAMMAR,
  createRegistry,
  grammarRegexes,
  loadOniguruma,
  tokenizeLines,
} from './textmate';

/** Adversarial lines built from a repeated unit; each targets one construct of the grammars. */
const ADVERSARIAL: readonly { name: string; unit: string; prefix?: string }[] = [
  { name: 'slash chains that never become a symbol', unit: 'A/' },
  { name: 'symbol components without a digit', unit: 'ABC/Def.' },
  { name: 'one endless symbol', unit: '/CN.15', prefix: 'E' },
  { name: 'many symbols', unit: 'E/CN.15/2011/19 ' },
  { name: 'symbols glued to words', unit: 'xA/1' },
  { name: 'open brackets', unit: '[' },
  { name: 'unclosed bracket runs', unit: '[a ' },
  { name: 'almost links', unit: '[a](' },
  { name: 'nested brackets', unit: '[[a]' },
  { name: 'resolution lists', unit: '1/1, ', prefix: 'resolutions ' },
  { name: 'resolution letters', unit: 'A and ', prefix: 'resolutions 31/6 ' },
  { name: 'resolution words without numbers', unit: 'resolution ' },
  { name: 'separators without numbers', unit: ' and ,', prefix: 'decisions 1/1' },
  { name: 'asterisks', unit: '*a ' },
  { name: 'double asterisks', unit: '**a *' },
  { name: 'straight quotes', unit: '"a ' },
  { name: 'curly quotes', unit: '“a ”' },
  { name: 'comment openers', unit: '<!--' },
  { name: 'directive rule ids', unit: 'a-b-c ', prefix: '<!-- undraft-disable ' },
  { name: 'directive separators', unit: ' -- -', prefix: '<!-- undraft-disable-next-line a ' },
  { name: 'Distr. fields', unit: 'Distr.: ' },
  { name: 'Original fields', unit: '\tOriginal: x', prefix: 'Original: ' },
  { name: 'dates', unit: '3 April 2018 ' },
  { name: 'spaces', unit: ' ' },
  { name: 'tabs and spaces', unit: ' \t' },
  { name: 'digits', unit: '1' },
  { name: 'urls', unit: 'http://a' },
  { name: 'a long chapter heading', unit: 'E/CN [a ', prefix: 'IV. ' },
  { name: 'a long paragraph', unit: 'word (a) 1. [x] ', prefix: '21. ' },
  { name: 'backticks', unit: '`a' },
];

const SMALL = 2_000;
const LARGE = 16_000;

function line(c: { unit: string; prefix?: string }, length: number): string {
  const prefix = c.prefix ?? '';
  return prefix + c.unit.repeat(Math.ceil((length - prefix.length) / c.unit.length));
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('grammars: regular expressions', function () {
  this.timeout(120_000);
  const files = [UN_REPORT_GRAMMAR, INJECTION_GRAMMAR, MARKDOWN_STAND_IN];

  before(async () => {
    await loadOniguruma();
  });

  for (const file of files) {
    it(`every pattern of ${file.replace(/^.*[\\/]/, '')} compiles under Oniguruma`, () => {
      const regexes = grammarRegexes(JSON.parse(fs.readFileSync(file, 'utf8')));
      assert.ok(regexes.length > 0);
      for (const { where, source } of regexes) {
        assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}: ${source}`);
      }
    });
  }

  // One search from the start of an adversarial line is where backtracking shows: Oniguruma tries every start
  // position inside that one call. Each string is searched once per scanner, so the scanner's result cache never
  // answers. The best of several copies keeps timer noise out, and a pattern only fails when a second measurement
  // on fresh copies confirms it (a loaded machine can pre-empt one search for several milliseconds; a quadratic
  // pattern costs about a second here on a 16,000-character line).
  it(`no pattern of ours backtracks super-linearly: a search over ${LARGE / SMALL}x the text takes at most ~${LARGE / SMALL}x the time`, () => {
    const regexes = [UN_REPORT_GRAMMAR, INJECTION_GRAMMAR].flatMap((f) =>
      grammarRegexes(JSON.parse(fs.readFileSync(f, 'utf8')), f.replace(/^.*[\\/]/, '')),
    );
    const limit = (small: number) => Math.max(25, small * (LARGE / SMALL) * 3);
    /** Best time of one uncached search over `copies` fresh copies of each line. */
    const measure = (scanner: oniguruma.OnigScanner, c: (typeof ADVERSARIAL)[number], copies: number) => {
      const best = (text: string): number => {
        let b = Infinity;
        for (let i = 0; i < copies; i++) {
          const str = new oniguruma.OnigString(text);
          const start = process.hrtime.bigint();
          scanner.findNextMatchSync(str, 0);
          b = Math.min(b, ms(start));
          str.dispose();
        }
        return b;
      };
      return { small: best(line(c, SMALL) + '\n'), large: best(line(c, LARGE) + '\n') };
    };
    const failures: string[] = [];
    for (const { where, source } of regexes) {
      const scanner = new oniguruma.OnigScanner([source]);
      try {
        for (const c of ADVERSARIAL) {
          const first = measure(scanner, c, 3);
          if (first.large <= limit(first.small)) continue;
          const again = measure(scanner, c, 7);
          if (again.large <= limit(again.small)) continue;
          failures.push(
            `${where} on "${c.name}": ${again.small.toFixed(2)} ms -> ${again.large.toFixed(2)} ms\n    ${source}`,
          );
        }
      } finally {
        scanner.dispose();
      }
    }
    assert.deepEqual(failures, []);
  });
});

describe('grammars: tokenizing adversarial lines', function () {
  this.timeout(120_000);
  const registry = createRegistry();
  let unReport: IGrammar;
  let markdown: IGrammar;
  const LINE = 32_000;
  const LIMIT_MS = 5_000;

  before(async () => {
    unReport = (await registry.loadGrammar('text.un-report')) as IGrammar;
    markdown = (await registry.loadGrammar('text.html.markdown')) as IGrammar;
    assert.ok(unReport && markdown);
  });

  // Region-level blow-ups (for instance thousands of nested brackets, each token then carrying thousands of
  // scopes) do not show in single regex searches; they show as whole seconds on one line (11-19 s for 16,000
  // characters before nesting was capped). Linear tokenizing of a 32,000-character line takes a few to a few
  // hundred milliseconds here, most of it allocation; the limit leaves room for a loaded machine.
  for (const c of ADVERSARIAL) {
    it(`${c.name}: a ${LINE}-character line tokenizes in under ${LIMIT_MS} ms`, () => {
      for (const [name, grammar] of [
        ['text.un-report', unReport],
        ['Markdown with the injection', markdown],
      ] as const) {
        const start = process.hrtime.bigint();
        tokenizeLines(grammar, [line(c, LINE)]);
        const took = ms(start);
        assert.ok(took < LIMIT_MS, `${name}: ${took.toFixed(0)} ms`);
      }
    });
  }

  it('nesting of brackets and quotation marks stops at two levels', () => {
    const [tokens] = tokenizeLines(unReport, ['[[[[[[a]]]]]] “[“[“[b']);
    const depth = Math.max(...tokens.map((t) => t.scopes.filter((s) => /^(markup\.changed|string\.quoted)/.test(s)).length));
    assert.equal(depth, 2);
    const [mdTokens] = tokenizeLines(markdown, ['[[[[[[a]]]]]]']);
    const mdDepth = Math.max(...mdTokens.map((t) => t.scopes.filter((s) => s.startsWith('markup.changed')).length));
    assert.equal(mdDepth, 2);
  });

  it('10,000 masthead-like lines tokenize in under 5,000 ms', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => ['Distr.: General', '3 April 2018', '', 'Original: English'][i % 4]);
    const start = process.hrtime.bigint();
    tokenizeLines(unReport, lines);
    assert.ok(ms(start) < LIMIT_MS, `${ms(start).toFixed(0)} ms`);
  });
});
