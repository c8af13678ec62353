// Every line's reading in the model (parse/line-roles.ts): its role for a reader of running text
// and the reason the parser gave it.

import * as assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/index';

const TEXT = [
  'Distr.: Limited',
  '3 April 2018',
  '',
  'I. Introduction',
  '',
  '1. The Expert Group had before it the following documents:',
  '(a) Provisional agenda (UNODC/CCPCJ/EG.4/2018/1);',
  '',
  '2. The following States were represented:',
  'Brazil;',
  'Chile.',
  '',
  '> A quoted passage.',
  'Item\tCount',
  '3. Women in Nuclear Global',
  '4. The meeting was opened by the Chair, who',
  'welcomed the participants.',
  '_____',
  '1 A footnote.',
].join('\n');

describe('line readings in the model', () => {
  it('gives every line a role and a reason', () => {
    const model = parseDraft(TEXT);
    const roles = model.lineReadings.map((r) => r.role);
    assert.deepEqual(roles, [
      'masthead', 'masthead', 'blank', 'heading', 'blank', 'running-text', 'title', 'blank', 'running-text', 'list-entry', 'list-entry',
      'blank', 'quotation', 'table-row', 'title', 'running-text', 'running-text', 'separator', 'footnote',
    ]);
    assert.match(model.lineReadings[6].reason, /following documents/);
    assert.match(model.lineReadings[13].reason, /tabs/);
    assert.match(model.lineReadings[14].reason, /short numbered entry/);
    assert.match(model.lineReadings[16].reason, /continuation/);
    assert.ok(model.lineReadings.every((r) => r.reason.length > 0));
  });

  it('reads the tab a text export sets after a paragraph number or a letter as no cell: the line is running text', () => {
    const model = parseDraft([
      '1.\tMr. Kováč (Slovakia) said that the Committee had made three recommendations.',
      '(a)\tTo hold its next session in Geneva;',
      '2.\tThe Chair said that the meeting would resume at 3 p.m.\t',
      'Chair:\tMr. Kováč (Slovakia)',
      'Section\tPosts\tTotal',
      '3.\tTravel of staff\t12\t14',
    ].join('\n'));
    const roles = model.lineReadings.map((r) => r.role);
    assert.deepEqual(roles, ['running-text', 'running-text', 'running-text', 'table-row', 'table-row', 'table-row']);
  });
});
