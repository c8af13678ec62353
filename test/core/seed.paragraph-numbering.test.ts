// paragraph-numbering and heading-numbering on the reference seed draft: no finding as it is; with
// paragraph 12 removed, fixing gives paragraphs 1–30 in order, internal references updated, external
// ones and the provisional agenda (1.–5. under paragraph 27) untouched, and nothing else changed.

import * as assert from 'node:assert/strict';
import { check, fixAll, parseDraft } from '../../server/src/core/index';
import { hasShared, readSeed } from '../helpers/paths';

const ID = 'paragraph-numbering';
const only = { only: [ID] };

/** The seed without paragraph 12 and the blank line after it. */
function withoutParagraph12(seed: string): string {
  const lines = seed.split('\n');
  const i = lines.findIndex((l) => l.startsWith('12. Many delegations'));
  assert.ok(i > 0, 'paragraph 12 of the seed');
  assert.equal(lines[i + 1], '', 'a blank line after paragraph 12');
  lines.splice(i, 2);
  return lines.join('\n');
}

/** Adds references to paragraph 28 of the seed: internal ones and ones into other texts. */
function withReferences(text: string): string {
  const anchor = '9 institutions from the academia and the private sector.';
  assert.ok(text.includes(anchor), 'paragraph 28 of the seed');
  return text.replace(
    anchor,
    '9 institutions from the academia and the private sector (see paragraph 21 above and paras. 13–14; see also para. 3, ' +
      'paragraphs 14 and 15, paragraph 2 of resolution 65/230 and A/79/437, para. 21).',
  );
}

(hasShared() ? describe : describe.skip)(`${ID} and heading-numbering on the seed draft`, () => {
  it('gives no paragraph- or heading-numbering finding on the seed as it is', () => {
    const seed = readSeed();
    assert.deepEqual(check(seed, { only: [ID, 'heading-numbering'] }).map((f) => f.message), []);
  });

  it('reports the gap left by removing paragraph 12, once, on paragraph 13', () => {
    const text = withoutParagraph12(readSeed());
    const findings = check(text, only);
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0].range.start, findings[0].range.end), '13');
    assert.equal(findings[0].messageId, 'missingOne');
    assert.deepEqual(findings[0].data, { number: 13, previous: 11, missing: 12, expected: 12 });
    assert.equal(findings[0].fixes[0].title, 'Renumber paragraphs 1–30');
  });

  it('fixes it to paragraphs 1–30 in order, leaving the agenda list and every other character as it was', () => {
    const text = withoutParagraph12(readSeed());
    const fixed = fixAll(text, (t) => check(t, only)).text;
    const model = parseDraft(fixed);
    assert.deepEqual(model.paragraphs.map((p) => p.number), Array.from({ length: 30 }, (_, i) => i + 1));
    assert.deepEqual(check(fixed, only), []);

    const agenda = model.itemGroups.filter((g) => g.kind === 'number');
    assert.equal(agenda.length, 1);
    assert.deepEqual(agenda[0].items.map((i) => i.label), ['1', '2', '3', '4', '5']);
    assert.equal(model.paragraphs[agenda[0].paragraph].number, 26);

    const before = text.split('\n');
    const after = fixed.split('\n');
    assert.equal(after.length, before.length);
    let renumbered = 0;
    before.forEach((line, i) => {
      const m = /^(\d+)\. /.exec(line);
      if (m && Number(m[1]) >= 13 && model.lineKinds[i] === 'paragraph') {
        assert.equal(after[i], `${Number(m[1]) - 1}.${line.slice(m[1].length + 1)}`, `line ${i + 1}`);
        renumbered++;
      } else {
        assert.equal(after[i], line, `line ${i + 1} must not change`);
      }
    });
    assert.equal(renumbered, 19);
    assert.ok(fixed.includes('in line with paragraph 42 of the Salvador Declaration'));
    assert.ok(fixed.includes('in particular its article 32 (b), presented'));
  });

  it('updates the references to the renumbered paragraphs, and only those', () => {
    const text = withReferences(withoutParagraph12(readSeed()));
    const findings = check(text, only);
    assert.equal(findings[0].fixes[0].title, 'Renumber paragraphs 1–30 and update 3 references to them');
    const fixed = fixAll(text, (t) => check(t, only)).text;
    assert.ok(
      fixed.includes(
        '9 institutions from the academia and the private sector (see paragraph 20 above and paras. 12–13; see also para. 3, ' +
          'paragraphs 13 and 14, paragraph 2 of resolution 65/230 and A/79/437, para. 21).',
      ),
      fixed.split('\n').find((l) => l.includes('academia')),
    );
    assert.ok(fixed.includes('paragraph 42 of the Salvador Declaration'));
  });

  it('leaves a reference that names the removed paragraph as it is', () => {
    const text = withoutParagraph12(readSeed()).replace('relevant to fighting cybercrime.', 'relevant to fighting cybercrime (see paragraphs 12 and 13).');
    assert.ok(text.includes('(see paragraphs 12 and 13)'));
    const fixed = fixAll(text, (t) => check(t, only)).text;
    assert.ok(fixed.includes('(see paragraphs 12 and 13)'));
  });
});
