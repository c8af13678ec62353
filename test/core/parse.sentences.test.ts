// The one sentence splitter (parse/sentences.ts): spans in the model, read by number-style,
// duplicate-entry, document-symbol and resolution-citation.

import * as assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/index';
import { endsSentenceAt, lineSentences } from '../../server/src/core/parse/sentences';

function sentencesOf(text: string): string[] {
  const model = parseDraft(text);
  return model.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences in the model', () => {
  it('splits after a stop followed by a capital, a figure or an opening quotation mark', () => {
    assert.deepEqual(sentencesOf('The Committee met. 5 States spoke. “Yes,” one said! Was it? no.\n'), [
      'The Committee met.',
      '5 States spoke.',
      '“Yes,” one said!',
      'Was it? no.',
    ]);
  });

  it('does not split after abbreviations, initials or dotted initials, whatever their case', () => {
    assert.deepEqual(sentencesOf('See para. 5 and No. 3 of Acme Inc. Ltd, by J. Smith, e.g. A. B, at 10 a.m. Tomorrow.\n'), [
      'See para. 5 and No. 3 of Acme Inc. Ltd, by J. Smith, e.g. A. B, at 10 a.m. Tomorrow.',
    ]);
  });

  it('does not split after "ca." (circa) or "Sec." (section) before a figure', () => {
    assert.deepEqual(sentencesOf('Some ca. 3 staff were hired under Sec. 2 of the Act. 4 left.\n'), ['Some ca. 3 staff were hired under Sec. 2 of the Act.', '4 left.']);
  });

  it('ends a sentence at a stop with a note\'s reference figure glued to it, the figure in neither sentence', () => {
    assert.deepEqual(sentencesOf('It met officials.1 The report (2023).12 Then “rights-based”.3 It ended.4\n'), [
      'It met officials.',
      'The report (2023).',
      'Then “rights-based”.',
      'It ended.',
    ]);
  });

  it('reads no note figure after a figure, a symbol or an abbreviation (2.5, E/CN.4, Rev.1, A.1)', () => {
    assert.deepEqual(sentencesOf('A rise of 2.5 Per year. See E/CN.4 Sub. Also Rev.1 Next and A.1 Here.\n'), [
      'A rise of 2.5 Per year.',
      'See E/CN.4 Sub.',
      'Also Rev.1 Next and A.1 Here.',
    ]);
  });

  it('ends a wrapped paragraph at a line that ends with a glued note figure, so a table after it is no continuation', () => {
    const model = parseDraft('11. Families received compensation.14\nTable\nRegion      Posts\nAfrica          5\n');
    assert.deepEqual(model.lineKinds.slice(0, 4), ['paragraph', 'text', 'text', 'text']);
  });

  it('keeps closing quotation marks and parentheses with the sentence they end', () => {
    assert.deepEqual(sentencesOf('He cited “the Charter.” Then (as agreed.) It ended.\n'), ['He cited “the Charter.”', 'Then (as agreed.)', 'It ended.']);
  });

  it('reads a paragraph wrapped over continuation lines as one block', () => {
    const text = '5. The Committee met. The second sentence runs on\nover two lines. The third\nends. Here.\n';
    const model = parseDraft(text);
    assert.deepEqual(model.lineKinds.slice(0, 3), ['paragraph', 'continuation', 'continuation']);
    assert.deepEqual(sentencesOf(text).slice(1), ['The Committee met.', 'The second sentence runs on\nover two lines.', 'The third\nends.', 'Here.']);
    // Per line, a sentence carried over from the line above starts at the line's start.
    assert.deepEqual(lineSentences(model, 1), [[0, 15], [16, 25]]);
    assert.deepEqual(lineSentences(model, 2), [[0, 5], [6, 11]]);
    assert.equal(endsSentenceAt(model, text.indexOf('met.') + 3), true);
    assert.equal(endsSentenceAt(model, text.indexOf('ends.') + 4), true);
    assert.equal(endsSentenceAt(model, text.indexOf('on\n') + 1), false);
  });
});
