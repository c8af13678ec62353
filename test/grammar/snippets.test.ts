// snippets/un-report.code-snippets: well-formed entries, valid tab-stop syntax, the expected choices, and bodies in
// UN drafting style: expanded with their defaults and assembled in document order, the snippets make a report
// that the parser reads as intended and that undraft does not report.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { allRules, checkDraft, parseDraft } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';
import { SnippetSyntaxError, expandSnippet, parseSnippet, tabStops } from './snippet-syntax';
import { createRegistry, tokenizeLines } from './textmate';

const FILE = path.join(REPO_ROOT, 'snippets', 'un-report.code-snippets');

interface RawSnippet {
  readonly prefix?: unknown;
  readonly body?: unknown;
  readonly description?: unknown;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const OFFICIAL_LANGUAGES = ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish'];

/** The snippets that make a whole report, in document order. */
const REPORT_ORDER = [
  'un-masthead',
  'un-title',
  'un-introduction',
  'un-recommendations',
  'un-deliberations',
  'un-agenda-item',
  'un-organization',
  'un-adoption',
];

function bodyText(s: RawSnippet): string {
  return Array.isArray(s.body) ? s.body.join('\n') : String(s.body);
}

describe('snippets/un-report.code-snippets', () => {
  const raw = fs.readFileSync(FILE, 'utf8');
  // Strict JSON: JSON.parse rejects comments and trailing commas.
  const snippets = JSON.parse(raw) as Record<string, RawSnippet>;
  const entries = Object.entries(snippets);
  const byPrefix = new Map(entries.map(([, s]) => [String(s.prefix), s]));
  const expand = (prefix: string): string => {
    const s = byPrefix.get(prefix);
    assert.ok(s, `no snippet with prefix ${prefix}`);
    return expandSnippet(parseSnippet(bodyText(s)));
  };

  it('is strict JSON with at least the ten standard snippets', () => {
    assert.doesNotThrow(() => JSON.parse(raw));
    assert.ok(entries.length >= 10, `${entries.length} snippets`);
    for (const prefix of [...REPORT_ORDER, 'un-agenda', 'un-states']) assert.ok(byPrefix.has(prefix), prefix);
  });

  it('every snippet has a prefix, a body and a description', () => {
    for (const [name, s] of entries) {
      assert.equal(typeof s.prefix, 'string', `${name}: prefix`);
      assert.equal(typeof s.description, 'string', `${name}: description`);
      assert.ok((s.description as string).trim().length > 10, `${name}: description is too short`);
      const bodyOk =
        (typeof s.body === 'string' && s.body.length > 0) ||
        (Array.isArray(s.body) && s.body.length > 0 && s.body.every((l) => typeof l === 'string'));
      assert.ok(bodyOk, `${name}: body must be a non-empty string or array of strings`);
      assert.deepEqual(
        Object.keys(s).filter((k) => !['prefix', 'body', 'description'].includes(k)),
        [],
        `${name}: unexpected keys`,
      );
    }
  });

  it('prefixes are unique and start with "un-"', () => {
    const prefixes = entries.map(([, s]) => s.prefix as string);
    assert.equal(new Set(prefixes).size, prefixes.length, `duplicate prefix in ${prefixes.join(', ')}`);
    for (const p of prefixes) assert.match(p, /^un-[a-z]+(?:-[a-z]+)*$/);
  });

  describe('tab-stop syntax', () => {
    it('the checker rejects unbalanced or malformed tab stops', () => {
      for (const bad of ['${1:open', 'a } b', '${1|a,b}', '${1|a,b|', '${x}', '$x', '${1:a ${2:b}', '${}', '${1;a}']) {
        assert.throws(() => parseSnippet(bad), SnippetSyntaxError, bad);
      }
      const nodes = parseSnippet('A ${1:b ${2:c}} ${3|x,y\\,z|} $1 \\$4 $0');
      assert.equal(expandSnippet(nodes), 'A b c x b c $4 ');
      assert.deepEqual(
        tabStops(nodes).map((t) => `${t.kind}:${t.index}`),
        ['placeholder:1', 'placeholder:2', 'choice:3', 'tabstop:1', 'tabstop:0'],
      );
    });

    for (const [name, s] of Object.entries(JSON.parse(raw) as Record<string, RawSnippet>)) {
      it(`${String(s.prefix)}: balanced, numbered 1..n without gaps, consistent mirrors and choices`, () => {
        const nodes = parseSnippet(bodyText(s));
        const stops = tabStops(nodes);
        const numbers = [...new Set(stops.map((t) => t.index).filter((i) => i > 0))].sort((a, b) => a - b);
        assert.ok(numbers.length > 0, `${name}: no tab stops`);
        assert.deepEqual(numbers, numbers.map((_, i) => i + 1), `${name}: tab stops ${numbers.join(',')} have gaps`);
        assert.ok(stops.filter((t) => t.index === 0).length <= 1, `${name}: $0 more than once`);
        // A number defined twice must be defined the same way (VS Code links them; the first definition wins).
        const seen = new Map<number, string>();
        for (const t of stops) {
          if (t.kind === 'tabstop') continue;
          const def = JSON.stringify(t.kind === 'choice' ? t.options : expandSnippet([t]));
          const before = seen.get(t.index);
          assert.ok(before === undefined || before === def, `${name}: $${t.index} is defined as ${before} and ${def}`);
          seen.set(t.index, def);
          if (t.kind === 'choice') {
            assert.ok(t.options.length >= 2, `${name}: choice $${t.index} has one option`);
            assert.equal(new Set(t.options).size, t.options.length, `${name}: choice $${t.index} repeats an option`);
            assert.ok(t.options.every((o) => o.trim() !== ''), `${name}: empty option in $${t.index}`);
          }
        }
        // Every bare $n mirrors something defined in the same snippet.
        for (const t of stops) {
          if (t.kind === 'tabstop' && t.index > 0) assert.ok(seen.has(t.index), `${name}: $${t.index} mirrors nothing`);
        }
      });
    }
  });

  describe('choices', () => {
    const choices = (prefix: string) =>
      tabStops(parseSnippet(bodyText(byPrefix.get(prefix) as RawSnippet))).flatMap((t) => (t.kind === 'choice' ? [t.options] : []));

    it('every month choice offers the twelve months in calendar order', () => {
      let count = 0;
      for (const [, s] of entries) {
        for (const t of tabStops(parseSnippet(bodyText(s)))) {
          if (t.kind === 'choice' && t.options.includes('January')) {
            assert.deepEqual(t.options, MONTHS, String(s.prefix));
            count++;
          }
        }
      }
      assert.ok(count >= 6, `${count} month choices`);
    });

    it('un-masthead: distribution General | Limited | Restricted, a date with a month choice, the six official languages', () => {
      const list = choices('un-masthead');
      assert.ok(list.some((o) => [...o].sort().join() === 'General,Limited,Restricted'), JSON.stringify(list));
      assert.ok(list.some((o) => o.join() === MONTHS.join()));
      assert.ok(list.some((o) => [...o].sort().join() === OFFICIAL_LANGUAGES.join()), JSON.stringify(list));
      const text = expand('un-masthead');
      assert.match(text, /^Distr\.: Limited$/m);
      assert.match(text, /^\d{1,2} January \d{4}$/m);
      assert.match(text, /^Original: English$/m);
    });
  });

  it('un-organization inserts the Organization of the meeting chapter with sections A to E', () => {
    const model = parseDraft(expand('un-organization'));
    assert.deepEqual(
      model.headings.map((h) => `${h.kind} ${h.label}. ${h.title}`),
      [
        'chapter IV. Organization of the meeting',
        'section A. Opening of the meeting',
        'section B. Statements',
        'section C. Adoption of the agenda and other organizational matters',
        'section D. Attendance',
        'section E. Documentation',
      ],
    );
  });

  it('un-states and un-agenda insert the same text as the matching paragraphs of un-organization', () => {
    const organization = expand('un-organization');
    for (const prefix of ['un-states', 'un-agenda']) {
      const text = expand(prefix).replace(/\n+$/, '');
      assert.ok(organization.includes(text), `${prefix} differs from un-organization:\n${text}`);
    }
  });

  it('the agenda lists Organizational matters with (a) and (b), then Other matters and Adoption of the report', () => {
    const [leadIn, ...lines] = expand('un-agenda').split('\n');
    assert.match(leadIn, /^\d+\. At its \d+(?:st|nd|rd|th) meeting, on .*, the Expert Group adopted the following provisional agenda:$/);
    const items = lines.filter((l) => /^\s*(?:\d+\.|- \(\w\))/.test(l)).map((l) => l.trim());
    assert.equal(items[0], '1. Organizational matters:');
    assert.equal(items[1], '- (a) Opening of the meeting;');
    assert.equal(items[2], '- (b) Adoption of the agenda.');
    assert.deepEqual(items.slice(-2).map((l) => l.replace(/^\d+\. /, '')), ['Other matters.', 'Adoption of the report.']);
  });

  it('the agenda-item sentence follows the standard wording', () => {
    for (const prefix of ['un-deliberations', 'un-agenda-item']) {
      assert.match(
        expand(prefix),
        /^\d+\. At its \d+(?:st|nd|rd|th) meeting, on \d{1,2} [A-Z][a-z]+ \d{4}, the Expert Group considered agenda item \d+, entitled “[^”]+”\.$/m,
        prefix,
      );
    }
  });

  describe('the snippets assembled into a report', () => {
    const report = REPORT_ORDER.map((p) => expand(p).replace(/\n+$/, '')).join('\n\n') + '\n';

    it('parses as the report they describe: masthead, chapters I-V with their sections, paragraphs 1 to 11', () => {
      const model = parseDraft(report);
      assert.deepEqual(model.problems, []);
      assert.equal(model.masthead.distribution?.value, 'Limited');
      assert.equal(model.masthead.date?.value, '3 January 2018');
      assert.equal(model.masthead.original?.value, 'English');
      assert.deepEqual(model.masthead.symbols.map((s) => s.text), ['UNODC/CCPCJ/EG.4/2018/L.1']);
      assert.deepEqual(
        model.headings.filter((h) => h.kind === 'chapter').map((h) => `${h.label}. ${h.title}`),
        ['I. Introduction', 'II. Recommendations', 'III. Summary of deliberations', 'IV. Organization of the meeting', 'V. Adoption of the report'],
      );
      assert.equal(model.headings.filter((h) => h.kind === 'section').length, 8);
      assert.deepEqual(model.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });

    it(`undraft reports nothing on it (${allRules.length} rules, draft and final stage)`, () => {
      for (const stage of ['draft', 'final'] as const) {
        // The final stage would ask for Distr.: General; everything else must already be clean.
        const text = stage === 'final' ? report.replace('Distr.: Limited', 'Distr.: General').replace(/L\.1\b/g, '4') : report;
        const result = checkDraft(text, { stage });
        assert.deepEqual(result.warnings, []);
        assert.deepEqual(
          result.findings.map((f) => `${f.ruleId}: ${f.message} [${JSON.stringify(text.slice(f.range.start, f.range.end))}]`),
          [],
          `${stage} stage`,
        );
      }
    });

    it('the un-report grammar scopes its masthead, headings, paragraph numbers, subparagraphs and symbols', async () => {
      const grammar = (await createRegistry().loadGrammar('text.un-report')) as IGrammar;
      const lines = report.split('\n');
      const tokens = tokenizeLines(grammar, lines);
      const scopesOf = (lineText: string, part: string): readonly string[] => {
        const i = lines.indexOf(lineText);
        assert.ok(i >= 0, `no line ${lineText}`);
        const token = tokens[i].find((t) => t.text === part);
        assert.ok(token, `no token ${JSON.stringify(part)} on ${lineText}: ${JSON.stringify(tokens[i].map((t) => t.text))}`);
        return token.scopes;
      };
      assert.ok(scopesOf('Distr.: Limited', 'Limited').includes('constant.language.distribution.un-report'));
      assert.ok(scopesOf('3 January 2018', '3 January 2018').includes('meta.masthead.date.un-report'));
      assert.ok(scopesOf('Original: English', 'English').includes('constant.language.original-language.un-report'));
      for (const [numeral, title] of [['I', 'Introduction'], ['IV', 'Organization of the meeting'], ['V', 'Adoption of the report']]) {
        assert.ok(scopesOf(`${numeral}. ${title}`, numeral).includes('constant.numeric.chapter-number.un-report'));
      }
      assert.ok(scopesOf('E. Documentation', 'E').includes('constant.other.section-letter.un-report'));
      const para = lines.find((l) => l.startsWith('11. ')) as string;
      assert.ok(scopesOf(para, '11').includes('constant.numeric.paragraph-number.un-report'));
      assert.ok(scopesOf(para, 'UNODC/CCPCJ/EG.4/2018/L.1').includes('constant.other.document-symbol.un-report'));
      assert.ok(scopesOf(' - (a) Opening of the meeting;', 'a').includes('constant.other.subparagraph.un-report'));
      const intro = lines.find((l) => l.startsWith('1. In its resolution')) as string;
      assert.ok(scopesOf(intro, '65/230').includes('constant.numeric.resolution-number.un-report'));
    });
  });
});
