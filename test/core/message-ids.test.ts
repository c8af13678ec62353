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
});
