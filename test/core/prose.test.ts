// The hand-written scanners of core/prose.ts against the regular expressions they replace.
import * as assert from 'node:assert/strict';
import { asReceivedFrom, endsLikeSentence, hasAtMostWords, isSpaceCode } from '../../server/src/core/prose';
import { parseDraft } from '../../server/src/core/index';

describe('prose helpers', () => {
  it('isSpaceCode knows the same white space as \\s and trim()', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      assert.equal(isSpaceCode(c), /\s/.test(s), `U+${c.toString(16)}`);
      assert.equal(isSpaceCode(c), s.trim() === '', `U+${c.toString(16)} trim`);
    }
  });

  it('endsLikeSentence and hasAtMostWords agree with the patterns on every short string of a tricky alphabet', () => {
    const SENTENCE_END_RE = /[.;:!?]["”’)]?\s*$/;
    const alphabet = ['a', '.', ';', '!', '"', '”', ')', ' ', '\t', '\u00a0', '('];
    let n = 0;
    const visit = (s: string, depth: number): void => {
      n++;
      assert.equal(endsLikeSentence(s), SENTENCE_END_RE.test(s), JSON.stringify(s));
      const words = s.trim() === '' ? 1 : s.trim().split(/\s+/).length;
      assert.equal(hasAtMostWords(s, 2), words <= 2, JSON.stringify(s));
      if (depth < 4) for (const c of alphabet) visit(s + c, depth + 1);
    };
    visit('', 0);
    assert.ok(n > 10000);
    assert.equal(endsLikeSentence('107. Women in Nuclear Global, IAEA'), false);
    assert.equal(endsLikeSentence('It said “yes.”  '), true);
    assert.equal(hasAtMostWords(' one two  three ', 3), true);
    assert.equal(hasAtMostWords(' one two  three four', 3), false);
  });

  it('asReceivedFrom reads the note on the annexes also when a text export wrapped it over two lines', () => {
    const body = ['', 'I. Introduction', '', '1. The Committee met.', '', 'Annex', '', 'Composition of the delegation', '', 'Mr. A. Name, UN Section'];
    for (const note of [['* The annex to the present report is circulated as received.'], ['* Previously issued as E/2031/L.5. The annex to the', 'present report is circulated as received.']]) {
      const model = parseDraft([...note, ...body].join('\n'));
      assert.equal(asReceivedFrom(model), model.annexStartLine, note.join(' / '));
    }
    const model = parseDraft(['* Previously issued as E/2031/L.5. The annex to the', 'present report was received late.', ...body].join('\n'));
    assert.equal(asReceivedFrom(model), model.lines.length);
  });
});
