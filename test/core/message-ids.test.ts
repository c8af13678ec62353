// Stable message ids (meta.messages, as ESLint's messageId + data): every rule of the registry declares
// its messages, and every finding (of the rules' fixtures, the seed draft and the sample draft) carries
// an id its rule declares, with data that fill every placeholder of the template and nothing more.
// Tests of the rules match the id and the data, not the wording.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, checkDraft } from '../../server/src/core/index';
import type { Finding, Rule } from '../../server/src/core/index';
import { hasShared, readSeed, REPO_ROOT } from '../helpers/paths';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function fixtureTexts(id: string): string[] {
  const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', id, 'invalid');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n) && !/\.fixed|\.findings\./.test(n)).map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
}

/** Why a finding's id and data do not fit its rule's messages, or undefined when they do. */
function misfit(rule: Rule, f: Finding): string | undefined {
  const { id } = rule.meta;
  if (f.messageId === undefined) return `${id} reports "${f.message}" without a message id`;
  const template = rule.meta.messages?.[f.messageId];
  if (template === undefined) return `${id} reports the unknown message id "${f.messageId}"`;
  const names = new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]));
  for (const n of names) if (!f.data || !(n in f.data)) return `${id}/${f.messageId} lacks data "${n}"`;
  for (const k of Object.keys(f.data ?? {})) if (!names.has(k)) return `${id}/${f.messageId} has data "${k}" its message does not use`;
  const filled = template.replace(PLACEHOLDER, (_w, n: string) => String(f.data?.[n]));
  if (f.message !== filled) return `${id}/${f.messageId}: the message is not its template filled with its data`;
  // Filled from data for every placeholder, the text can keep a `{{x}}` only where the draft's own words hold one.
  if (/\{\{\s*\w+\s*\}\}/.test(f.message) && !/\{\{\s*\w+\s*\}\}/.test(Object.values(f.data ?? {}).join(' '))) return `${id}/${f.messageId} leaves a placeholder: ${f.message}`;
  return undefined;
}

/** Every finding of a full run over `text` fits its rule's messages; the number of findings seen. */
function assertAllFit(text: string, what: string): number {
  const findings = checkDraft(text).findings;
  for (const f of findings) {
    const rule = allRules.find((r) => r.meta.id === f.ruleId);
    assert.ok(rule, `${what}: a finding of an unknown rule ${f.ruleId}`);
    assert.equal(misfit(rule, f), undefined, `${what}`);
  }
  return findings.length;
}

describe('message ids', () => {
  it('every rule of the registry declares its messages, each id a word and each template non-empty', () => {
    for (const rule of allRules) {
      const messages = rule.meta.messages;
      assert.ok(messages && Object.keys(messages).length > 0, `${rule.meta.id} declares no meta.messages`);
      for (const [key, template] of Object.entries(messages)) {
        assert.match(key, /^[a-z][A-Za-z]*$/, `${rule.meta.id}: message id "${key}"`);
        assert.ok(template.trim().length > 0, `${rule.meta.id}/${key} is empty`);
      }
    }
  });

  for (const rule of allRules) {
    const { id } = rule.meta;
    it(`${id}: every finding of its fixtures has an id of meta.messages, its data fill every placeholder and no more`, () => {
      let seen = 0;
      for (const text of fixtureTexts(id)) {
        for (const f of checkDraft(text, { only: [id] }).findings) {
          seen++;
          assert.equal(misfit(rule, f), undefined);
        }
      }
      assert.ok(seen > 0, `no finding of ${id}'s fixtures`);
    });
  }

  (hasShared() ? it : it.skip)('every finding of a full run over the seed draft fits its rule\'s messages', () => {
    assert.ok(assertAllFit(readSeed(), 'seed draft') > 0, 'the seed draft gives findings');
  });

  it('every finding of a full run over examples/sample-draft.md fits its rule\'s messages', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'sample-draft.md'), 'utf8');
    assert.ok(assertAllFit(text, 'sample draft') > 0, 'the sample draft gives findings');
  });

  it('a finding that does not fit is told apart (the check can fail)', () => {
    const rule = allRules.find((r) => r.meta.id === 'repeated-word') as Rule;
    const [f] = checkDraft('1. The report was was adopted by the Committee.\n', { only: ['repeated-word'] }).findings;
    assert.equal(misfit(rule, f), undefined);
    assert.match(misfit(rule, { ...f, messageId: undefined }) ?? '', /without a message id/);
    assert.match(misfit(rule, { ...f, messageId: 'nope' }) ?? '', /unknown message id/);
    assert.match(misfit(rule, { ...f, data: {} }) ?? '', /lacks data "phrase"/);
    assert.match(misfit(rule, { ...f, data: { phrase: 'was', extra: 1 } }) ?? '', /does not use/);
    assert.match(misfit(rule, { ...f, message: 'other words' }) ?? '', /not its template filled/);
  });

  it('repeated-word: id "repeated" with the phrase', () => {
    const [f] = checkDraft('1. The report was was adopted by the Committee.\n', { only: ['repeated-word'] }).findings;
    assert.equal(f.messageId, 'repeated');
    assert.deepEqual(f.data, { phrase: 'was' });
  });

  const ids = (text: string, rule: string) => checkDraft(text, { only: [rule] }).findings.map((f) => [f.messageId, f.data]);

  it('unresolved-bracket: unagreed text, a placeholder, an alternative, unbalanced brackets, with what was bracketed', () => {
    assert.deepEqual(ids('1. The Committee [welcomed] the report.\n', 'unresolved-bracket'), [['unagreed', { bracketed: '[welcomed]' }]]);
    assert.deepEqual(ids('1. The meeting was held on [date].\n', 'unresolved-bracket').map(([id]) => id), ['placeholder']);
    assert.deepEqual(ids('1. The Committee [welcomed][noted] the report.\n', 'unresolved-bracket').map(([id]) => id), ['alternative', 'alternative']);
    assert.deepEqual(ids('1. The Committee welcomed the report] of the Board.\n', 'unresolved-bracket').map(([id]) => id), ['unopened']);
    assert.deepEqual(ids('1. The Committee [welcomed the report of the Board.\n', 'unresolved-bracket').map(([id]) => id), ['unclosed']);
  });

  it('number-list: a hyphen in a range, a missing comma, a missing "and", with the numbers', () => {
    assert.deepEqual(ids('1. See paragraphs 3-5 of the report.\n', 'number-list'), [['hyphenRange', { range: '3-5', expected: '3–5' }]]);
    assert.deepEqual(ids('1. See paragraphs 3, 4, 7 of the report.\n', 'number-list'), [['missingAnd', { tail: '4, 7' }]]);
    assert.deepEqual(ids('1. See paragraphs 3, 4 5 and 7 of the report.\n', 'number-list'), [['missingComma', { pair: '4 5' }]]);
  });

  it('drafting-note: a placeholder and a question, with the text left', () => {
    assert.deepEqual(ids('1. The Committee met on TBC and adopted the report.\n', 'drafting-note'), [['placeholder', { placeholder: 'TBC' }]]);
    assert.deepEqual(ids('1. The Committee met on 3 May ??? and adopted the report.\n', 'drafting-note'), [['query', { marks: '???' }]]);
  });


  it('masthead: a distribution in the wrong case and a missing "Original:" line, with the values', () => {
    const text = 'United Nations\tE/CN.3/2026/L.1\nDistr.: general\n3 April 2026\n\n1. The Commission met.\n';
    const found = ids(text, 'masthead');
    assert.deepEqual(found.find(([id]) => id === 'distributionSpelling'), ['distributionSpelling', { value: 'general', expected: 'General' }]);
    assert.ok(found.some(([id]) => id === 'noOriginal'), JSON.stringify(found));
  });


  it('punctuation: doubled marks, a space before a mark, an unclosed parenthesis, with the marks and words', () => {
    assert.deepEqual(ids('1. The Committee adopted the report,, as orally revised.\n', 'punctuation'), [['doubled', { written: ',,', mark: ',' }]]);
    assert.deepEqual(ids('1. The Committee adopted the report , as orally revised.\n', 'punctuation'), [['spaceBefore', { mark: ',', word: 'report' }]]);
    assert.deepEqual(ids('1. The Committee (the subsidiary body adopted the report.\n', 'punctuation'), [['unclosedParenthesis', undefined]]);
  });


  it('time-of-day: each kind of departure, several at once and "from" with a dash, with the time as written and as expected', () => {
    const at = (time: string) => ids(`1. The Committee met in plenary at ${time} and adopted the report of the Working Group.\n`, 'time-of-day');
    assert.deepEqual(at('10am'), [['meridiem', { written: '10am', expected: '10 a.m.' }]]);
    assert.deepEqual(at('10:30 a.m.'), [['colon', { written: '10:30 a.m.', expected: '10.30 a.m.' }]]);
    assert.deepEqual(at('10.00 a.m.'), [['zeroMinutes', { written: '10.00 a.m.', expected: '10 a.m.' }]]);
    assert.deepEqual(at('09.30 a.m.'), [['leadingZero', { written: '09.30 a.m.', expected: '9.30 a.m.' }]]);
    assert.deepEqual(at('3-6 p.m.'), [['hyphenRange', { written: '3-6 p.m.', expected: '3–6 p.m.' }]]);
    assert.deepEqual(at('10:00 AM'), [['several', { written: '10:00 AM', expected: '10 a.m.' }]]);
    assert.deepEqual(ids('1. The Committee met in plenary from 10 a.m.–1 p.m. and adopted the report of the Working Group.\n', 'time-of-day'), [
      ['fromWithDash', { written: 'from 10 a.m.–1 p.m.', word: 'from', expected: 'from 10 a.m. to 1 p.m.' }],
    ]);
    assert.deepEqual(at('10 a.m.'), []);
  });

  it('document-symbol: a change written after a space, with the symbol as written and as expected', () => {
    assert.deepEqual(ids('1. The Committee considered document E/CN.3/2026/L.1 Add.1 at its meeting.\n', 'document-symbol'), [['spacedChange', { written: 'E/CN.3/2026/L.1 Add.1', expected: 'E/CN.3/2026/L.1/Add.1' }]]);
  });


  it('country-name: a name that is not the UNTERM short name, with the name and the short name', () => {
    const found = ids('1. The following States were represented: Bolivia, France, Germany and Japan.\n', 'country-name');
    assert.deepEqual(found, [['notShortName', { name: 'Bolivia', short: 'Bolivia (Plurinational State of)' }]]);
  });

});
