// CheckOptions.asides: lines set beside the body (a Word text box) are read as text of their own: never the
// report's paragraphs, headings or lists, still checked as running text; a range that is not whole lines marks none.

import * as assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/index';
import { parseDraft } from '../../server/src/core/parse/index';

const BODY = [
  '1. The Committee met in Vienna.',
  '2. The Committee adopted its agenda.',
  '2. A point set apart in a box.',
  '3. The UN said so.',
  '3. The Committee closed its session.',
].join('\n');
const boxStart = BODY.indexOf('2. A point');
const boxEnd = BODY.indexOf('\n3. The Committee');
const ASIDE = [{ start: boxStart, end: boxEnd }];

describe('core: asides (text set beside the body)', () => {
  it('reads the aside lines as asides and numbers the body without them', () => {
    const model = parseDraft(BODY, ASIDE);
    assert.deepEqual(model.lineKinds, ['paragraph', 'paragraph', 'aside', 'aside', 'paragraph']);
    assert.deepEqual(model.paragraphs.map((p) => p.number), [1, 2, 3]);
    assert.deepEqual(checkDraft(BODY, { asides: ASIDE, only: ['paragraph-numbering'] }).findings, []);
    assert.ok(checkDraft(BODY, { only: ['paragraph-numbering'] }).findings.length > 0, 'without the aside, the box breaks the numbering');
  });

  it('checks an aside as running text, its own numbers aside', () => {
    const found = checkDraft(BODY, { asides: ASIDE }).findings.map((f) => `${f.ruleId} ${BODY.slice(f.range.start, f.range.end)}`);
    assert.ok(found.includes('abbreviation UN'), found.join('\n'));
    assert.ok(!found.some((f) => f.startsWith('number-style')), found.join('\n'));
  });

  it('marks only lines an aside covers whole', () => {
    const part = [{ start: boxStart + 3, end: boxEnd }];
    const kinds = parseDraft(BODY, part).lineKinds;
    assert.notEqual(kinds[2], 'aside');
    assert.equal(kinds[3], 'aside');
  });
});
