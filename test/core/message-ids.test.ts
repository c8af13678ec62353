// Stable message ids (meta.messages, as ESLint's messageId + data): a finding that carries an id has
// the message its rule's template gives with its data, every placeholder filled; tests of such rules
// match the id and the data, not the wording.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, checkDraft } from '../../server/src/core/index';
import { REPO_ROOT } from '../helpers/paths';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function fixtureTexts(id: string): string[] {
  const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', id, 'invalid');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n) && !/\.fixed|\.findings\./.test(n)).map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
}

describe('message ids', () => {
  for (const rule of allRules.filter((r) => r.meta.messages)) {
    const { id } = rule.meta;
    it(`${id}: every finding of its fixtures has an id of meta.messages and the template filled with its data`, () => {
      let seen = 0;
      for (const text of fixtureTexts(id)) {
        for (const f of checkDraft(text, { only: [id] }).findings) {
          if (f.messageId === undefined) continue;
          seen++;
          const template = rule.meta.messages?.[f.messageId];
          assert.ok(template !== undefined, `${id} reports the unknown message id "${f.messageId}"`);
          const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
          for (const n of names) assert.ok(f.data && n in f.data, `${id}/${f.messageId} lacks data "${n}"`);
          assert.equal(f.message, template.replace(PLACEHOLDER, (_w, n: string) => String(f.data?.[n])));
        }
      }
      assert.ok(seen > 0, `no finding of ${id}'s fixtures carries a message id`);
    });
  }

  it('repeated-word: id "repeated" with the phrase', () => {
    const [f] = checkDraft('1. The report was was adopted by the Committee.\n', { only: ['repeated-word'] }).findings;
    assert.equal(f.messageId, 'repeated');
    assert.deepEqual(f.data, { phrase: 'was' });
  });

  it('split-paragraph: id "split" with where, the gap and both parts', () => {
    const text = '1. The Committee considered the report of the Working Group on its methods of work and decided to\n\nrequest the secretariat to prepare a note on the matter for its next session.\n';
    const [f] = checkDraft(text, { only: ['split-paragraph'] }).findings;
    assert.equal(f?.messageId, 'split');
    assert.equal(f.data?.where, 'Paragraph 1');
    assert.equal(f.data?.gap, 'a blank line');
  });

  const ids = (text: string, rule: string) => checkDraft(text, { only: [rule] }).findings.map((f) => [f.messageId, f.data]);

  it('unresolved-bracket: unagreed text, a placeholder, an alternative, unbalanced brackets, with what was bracketed', () => {
    assert.deepEqual(ids('1. The Committee [welcomed] the report.\n', 'unresolved-bracket'), [['unagreed', { bracketed: '[welcomed]', nested: '' }]]);
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


  it('duplicate-entry: id "listedTwice" with the name, both entries and the list\'s length', () => {
    const [f] = checkDraft('1. The following States were represented: France, Germany, Japan, France and Mexico.\n', { only: ['duplicate-entry'] }).findings;
    assert.equal(f.messageId, 'listedTwice');
    const data = f.data;
    assert.deepEqual({ name: data?.name, kind: data?.kind, first: data?.first, repeat: data?.repeat, count: data?.count }, { name: 'France', kind: 'list of States', first: 1, repeat: 4, count: 5 });
  });


  it('document-symbol: a change written after a space, with the symbol as written and as expected', () => {
    assert.deepEqual(ids('1. The Committee considered document E/CN.3/2026/L.1 Add.1 at its meeting.\n', 'document-symbol'), [['spacedChange', { written: 'E/CN.3/2026/L.1 Add.1', expected: 'E/CN.3/2026/L.1/Add.1' }]]);
  });


  it('country-name: a name that is not the UNTERM short name, with the name and the short name', () => {
    const found = ids('1. The following States were represented: Bolivia, France, Germany and Japan.\n', 'country-name');
    assert.deepEqual(found, [['notShortName', { name: 'Bolivia', short: 'Bolivia (Plurinational State of)' }]]);
  });

});
