// unresolved-bracket on the reference seed draft: exactly the ten bracket findings the issue lists,
// none on the seven Markdown links, the accept fix only on content brackets.

import * as assert from 'node:assert/strict';
import { applyEdits, check, fixAll, parseDraft } from '../../server/src/core/index';
import type { DraftModel, Finding } from '../../server/src/core/index';
import { hasShared, readSeed } from '../helpers/paths';
import { paragraphAt, paragraphText } from '../helpers/seed-paragraphs';

const ID = 'unresolved-bracket';

(hasShared() ? describe : describe.skip)(`${ID} on the seed draft`, () => {
  let text: string;
  let model: DraftModel;
  let findings: Finding[];
  before(() => {
    text = readSeed();
    model = parseDraft(text);
    findings = check(text, { only: [ID] });
  });

  it('gives ten findings, in paragraphs 8, 10 (two), 19 (two), 20, 22, 24, 25 and 26', () => {
    assert.deepEqual(
      findings.map((f) => paragraphAt(model, f.range.start)),
      [8, 10, 10, 19, 19, 20, 22, 24, 25, 26],
    );
    assert.ok(findings.every((f) => f.severity === 'warning'), 'a Limited draft gives warnings');
  });

  it('points at the bracketed text itself', () => {
    assert.deepEqual(
      findings.map((f) => text.slice(f.range.start, f.range.end)),
      ['[...]', '[2nd, 3rd and 4th]', '[3 and 4]', '[4th and 5th]', '[4 and 5]', '[...]', '[...]', '[...]', '[...]', '[...]'],
    );
  });

  it('reports nothing inside the seven Markdown links', () => {
    assert.equal(model.links.length, 7);
    for (const l of model.links) {
      assert.ok(!findings.some((f) => f.range.start < l.range.end && l.range.start < f.range.end), `link ${l.text}`);
    }
  });

  it('offers "Accept the bracketed text" (unsafe) for the four content brackets and no fix for the six placeholders', () => {
    const fixable = findings.filter((f) => f.fixes.length > 0);
    assert.deepEqual(fixable.map((f) => paragraphAt(model, f.range.start)), [10, 10, 19, 19]);
    for (const f of fixable) {
      assert.equal(f.fixes[0].title, 'Accept the bracketed text');
      assert.equal(f.fixes[0].safety, 'unsafe');
      // The edits delete the two bracket characters and nothing else.
      assert.deepEqual(f.fixes[0].edits.map((e) => [text.slice(e.range.start, e.range.end), e.newText]), [['[', ''], [']', '']]);
    }
    for (const f of findings.filter((x) => x.fixes.length === 0)) assert.match(f.message, /content is missing/);
  });

  it('safe fixes leave the brackets; unsafe ones fix paragraphs 10 and 19 and leave everything else as it was', () => {
    assert.equal(fixAll(text, (t) => check(t, { only: [ID] })).text, text);
    const fixed = fixAll(text, (t) => check(t, { only: [ID] }), { unsafe: true }).text;
    const after = parseDraft(fixed);
    assert.equal(
      paragraphText(after, 10),
      '10. At its 2nd, 3rd and 4th meetings, on 3 and 4 April 2018, the Expert Group considered agenda item 2, entitled "Legislation and frameworks".',
    );
    assert.equal(
      paragraphText(after, 19),
      '19. At its 4th and 5th meetings, on 4 and 5 April 2018, the Expert Group considered agenda item, entitled “Criminalization”.',
    );
    // Paragraph 21 (no brackets) is untouched.
    assert.equal(paragraphText(after, 21), paragraphText(model, 21));
    // Exactly eight characters (four bracket pairs) were removed.
    assert.equal(fixed.length, text.length - 8);
    const edits = findings.filter((f) => f.fixes.length > 0).flatMap((f) => f.fixes[0].edits);
    assert.equal(applyEdits(text, edits).text, fixed);
    // What remains are the six placeholders, which have no automatic fix.
    const left = check(fixed, { only: [ID] });
    assert.equal(left.length, 6);
    assert.ok(left.every((f) => f.fixes.length === 0));
  });

  it('makes the findings errors at the final stage', () => {
    const final = check(text, { only: [ID], stage: 'final' });
    assert.equal(final.length, 10);
    assert.ok(final.every((f) => f.severity === 'error'));
  });
});
