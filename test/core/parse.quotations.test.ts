// The model's quotations: text in quotation marks and, since quoted text is reproduced as its source wrote it, the
// lines of a Markdown block quote; sorted and disjoint (inRanges searches them).

import * as assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/parse/index';
import { inQuotation } from '../../server/src/core/prose';

describe('parse: quotations and block quotes', () => {
  const text = ['1. The Chair said “we agree” and read:', '', '> 1. Decides that 3 members “will serve”;', '> 2. Requests a report.', '', '2. The Committee met 3 times.'].join('\n');
  const model = parseDraft(text);

  it('counts a block quote, its lines together, as one quotation, and keeps the quotes in running text', () => {
    const quoted = model.quotations.map((q) => text.slice(q.start, q.end));
    assert.deepEqual(quoted, ['“we agree”', '> 1. Decides that 3 members “will serve”;\n> 2. Requests a report.']);
    for (let k = 1; k < model.quotations.length; k++) assert.ok(model.quotations[k - 1].end < model.quotations[k].start, 'sorted and apart');
  });

  it('says a figure in the block quote is quoted, one in the paragraph after it is not', () => {
    assert.equal(inQuotation(model, text.indexOf('3 members')), true);
    assert.equal(inQuotation(model, text.indexOf('3 times')), false);
  });
});
