// The parser's numbering decisions, one draft snippet per case: what is a body paragraph, what is
// a list item, a subparagraph or a subheading, and what a number or numeral that lost its period is.

import * as assert from 'node:assert/strict';
import { check, fixAll, parseDraft } from '../../server/src/core/index';
import type { DraftModel } from '../../server/src/core/index';

const lines = (...l: string[]): string => l.join('\n') + '\n';
const paras = (m: DraftModel): string[] => m.paragraphs.map((p) => (p.scope ? `a${p.scope}:${p.number}` : String(p.number)));
const heads = (m: DraftModel): string[] => m.headings.map((h) => `${h.kind}${h.level > 2 ? h.level : ''}:${h.label}`);
const groups = (m: DraftModel): string[] =>
  m.itemGroups.map((g) => `${g.kind}@${g.depth}/${g.paragraph >= 0 ? m.paragraphs[g.paragraph].number : '-'}:${g.items.map((i) => i.label).join(',')}`);

describe('parser: numbering decisions', () => {
  it('reads `1. Changes in …` and `(a) Consideration of …` followed by the next paragraph as subheadings', () => {
    const m = parseDraft(lines(
      'I. Implementation of the drug control treaties',
      'A. Deliberations',
      '30. The Commission considered agenda item 5.',
      '1. Changes in the scope of control of substances',
      '(a) Consideration of a proposal to place substance X in',
      'Schedule I of the 1961 Convention',
      '31. The observer for WHO informed the Commission about substance X.',
      '(b) Consideration of a proposal to place substance Y in Schedule II',
      '32. The observer for WHO informed the Commission about substance Y.',
      '2. Challenges and future work of the Commission',
      '33. Speakers noted the work of the Commission.',
    ));
    assert.deepEqual(paras(m), ['30', '31', '32', '33']);
    assert.deepEqual(heads(m), ['chapter:I', 'section:A', 'other3:1', 'other4:a', 'other4:b', 'other3:2']);
    assert.deepEqual(m.itemGroups, []);
  });

  it('reads Markdown headings `### 1. …` and `#### (a) …` as numbered and lettered subheadings', () => {
    const m = parseDraft(lines(
      '## IV. Implementation of the drug control treaties',
      '### A. Deliberations',
      '30. The Commission considered agenda item 5.',
      '#### 1. Changes in the scope of control of substances.',
      '##### (a) Consideration of a proposal to place substance X in Schedule I.',
      '31. The observer for WHO informed the Commission about substance X.',
      '#### 2. Challenges and future work of the Commission',
      '32. Speakers noted the work of the Commission.',
    ));
    assert.deepEqual(paras(m), ['30', '31', '32']);
    assert.deepEqual(heads(m), ['chapter:IV', 'section:A', 'other3:1', 'other4:a', 'other3:2']);
  });

  it('keeps a one-item list after a colon, and punctuated subparagraphs, as items', () => {
    const m = parseDraft(lines(
      'I. Documentation',
      '5. The Commission had before it the following:',
      '(a) Report of the Secretary-General (E/CN.7/2025/2)',
      '6. The Commission also decided:',
      '(a) To hold its next session in Vienna;',
      '(b) To review the matter',
      '7. Next paragraph.',
    ));
    assert.deepEqual(paras(m), ['5', '6', '7']);
    assert.deepEqual(groups(m), ['letter@1/5:a', 'letter@1/6:a,b']);
  });

  it('reads the rows of a table whose first cell opens with a number as rows, by tabs or by a last cell of figures (a trailing tab makes no cell)', () => {
    const m = parseDraft(lines(
      '1. The requirements are shown below.',
      '',
      'Section\tPosts\tTotal',
      '2. Conference management\t–\t96 000',
      '(a) Posts\t12\t14',
      '',
      'Section                          2026      2027',
      '24. Human rights               682 500   640 100',
      '29. Administration                  –     12 000',
      '',
      '2.\tThe figures are at 2025 rates.\t',
      '3.\tThey include no provision for inflation.\t',
      '4.  The Committee notes that the posts numbered  12',
      'and 14 were approved.',
    ));
    assert.deepEqual(paras(m), ['1', '2', '3', '4']);
    assert.deepEqual(m.headings, []);
    assert.deepEqual(m.itemGroups, []);
  });

  it('reads `II Organization of work` as chapter II only where chapter II is due', () => {
    const m = parseDraft(lines(
      'I. Resolutions adopted by the Conference',
      '[To be completed]',
      'II Organization of work and other organizational matters',
      'A. Date and venue of the Conference',
      '1. The Conference was held in Nice.',
      'IV Something else that is not chapter III',
      'I Think this is a sentence without a period',
    ));
    assert.deepEqual(heads(m), ['chapter:I', 'chapter:II', 'section:A']);
    const ii = m.headings[1];
    assert.equal(m.text.slice(ii.labelRange.start, ii.labelRange.end), 'II');
    assert.equal(ii.title, 'Organization of work and other organizational matters');
  });

  it('reads `73 Take …` as list item 73 only where 73 is due, and `12 Many …` as paragraph 12 only where 12 is due', () => {
    const m = parseDraft(lines(
      'II. Conclusions and recommendations',
      '11. The recommendations below enjoy the support of the State under review:',
      '1. Ratify the Convention (Canada);',
      '2. Facilitate registration of all children (Mexico);',
      '3 Take appropriate measures to promote registration (Brazil);',
      '4. Investigate attacks against journalists (Czech Republic);',
      '12 The delegation thanked all participants for the constructive dialogue held.',
      '14 Numbers that are not due stay text, like this line with more than forty characters.',
    ));
    assert.deepEqual(paras(m), ['11', '12']);
    assert.deepEqual(groups(m), ['number@1/11:1,2,3,4']);
    const item3 = m.itemGroups[0].items[2];
    assert.equal(m.text.slice(item3.markerRange.start, item3.markerRange.end), '3');
    assert.equal(m.lineKinds[7], 'text');
  });

  it('does not read a footnote as a number that lost its period', () => {
    const m = parseDraft(lines(
      'I. Introduction',
      '1. The Expert Group met in Vienna.1',
      '__________________',
      '2 See E/CN.15/2011/19, annexes I and II, for the topics of the study.',
      '',
      '2. The second paragraph.',
    ));
    assert.deepEqual(paras(m), ['1', '2']);
    assert.equal(m.lineKinds[3], 'footnote');
  });

  it('reads a quoted resolution after a chapter heading as a list, and a bare restart as paragraphs', () => {
    const quoted = parseDraft(lines(
      'I. Introduction',
      '1. First.',
      '2. Second.',
      'II. Recommendation of the Committee',
      'Protection of global climate',
      'The General Assembly,',
      'Recalling its resolution 78/153,',
      '1. Takes note of the report;',
      '2. Decides to include the item in its provisional agenda.',
    ));
    assert.deepEqual(paras(quoted), ['1', '2']);
    assert.deepEqual(groups(quoted), ['number@1/-:1,2']);

    const restart = parseDraft(lines('I. Introduction', '1. First.', '2. Second.', 'II. Organization', '1. Third.', '2. Fourth.'));
    assert.deepEqual(paras(restart), ['1', '2', '1', '2']);
    assert.equal(restart.headings[restart.paragraphs[2].chapter].label, 'II');
  });

  it('reads a higher number after `Option 3:` as a paragraph after a gap, not a list', () => {
    const m = parseDraft(lines('I. Authorization', '20. Also notes the arrangements.', 'Option 3:', '22. Notes that authorization entails distinct elements.'));
    assert.deepEqual(paras(m), ['20', '22']);
    assert.deepEqual(m.itemGroups, []);
  });

  it('keeps a number in the list when it is as near the list\'s next item as the body\'s next paragraph', () => {
    // Operative paragraph 18 of the quoted resolution was deleted: 19 is one off the list (18) and one off the body (20).
    const m = parseDraft(lines(
      'III. Recommendation of the Committee',
      '19. The Committee recommends the adoption of the following draft resolution:',
      ...Array.from({ length: 17 }, (_, i) => `${i + 1}. Operative paragraph ${i + 1};`),
      '19. Operative paragraph 19;',
      '20. Operative paragraph 20.',
    ));
    assert.deepEqual(paras(m), ['19']);
    assert.deepEqual(m.itemGroups[0].items.map((i) => i.ordinal).slice(-3), [17, 19, 20]);
  });

  it('reads a long line after a short agenda as a paragraph when it is as near the body as the list', () => {
    // Paragraph 9 was numbered 8 by mistake: 8 is one off the agenda's next item (7) and one off the body (9).
    const m = parseDraft(lines(
      'I. Organization of the session',
      '8. At its 312th meeting, the Special Committee adopted the following agenda:',
      '1. Opening of the session.',
      '2. Election of officers.',
      '3. Adoption of the agenda.',
      '4. Organization of work.',
      '5. Adoption of the report.',
      '8. General statements touching on all or several items were made at the 312th and 313th meetings of the Special Committee.',
      '10. With regard to the question of the maintenance of international peace and security, the Committee had before it a paper.',
    ));
    assert.deepEqual(paras(m), ['8', '8', '10']);
    assert.deepEqual(groups(m), ['number@1/8:1,2,3,4,5']);
  });

  it('reads `1.` `1.` `3.` as paragraphs 1, 1 and 3, not a one-item list', () => {
    const m = parseDraft(lines('I. Introduction', '1. The meeting was held in Geneva.', '1. The meeting was opened by the Chair.', '3. The meeting adopted its report.'));
    assert.deepEqual(paras(m), ['1', '1', '3']);
    assert.deepEqual(m.itemGroups, []);
  });

  it('does not read a placeholder paragraph `18. [To be completed]` as a numbered subheading', () => {
    const m = parseDraft(lines('I. General debate', '17. The debate was held on 9 June.', '22. [To be completed]', '18. [To be completed]'));
    assert.deepEqual(paras(m), ['17', '22', '18']);
    assert.deepEqual(heads(m), ['chapter:I']);
  });

  it('starts sibling groups for the next decision\'s (a) instead of nesting it, with no paragraph after a heading', () => {
    const m = parseDraft(lines(
      'I. Introduction',
      '1. The Meeting adopted the decisions in the annex.',
      'Annex',
      'Decision 1',
      'The Meeting of States Parties decides:',
      '(a) To extend the structure:',
      '(i) The first group;',
      '(ii) The second group;',
      '(b) To reconfirm decision 3;',
      'Decision 2',
      'The Meeting of States Parties decides:',
      '(a) To hold the conference;',
      '(b) To elect a President.',
    ));
    assert.deepEqual(groups(m), ['letter@1/-:a,b', 'roman@2/-:i,ii', 'letter@1/-:a,b']);
  });

  it('tells a lettered subheading from the next letter of an open list', () => {
    const m = parseDraft(lines(
      'I. Documentation',
      '5. The Commission had before it:',
      '(a) Report of the Secretary-General',
      '(b) Note by the Secretariat',
      '6. The Commission took note of the documents.',
    ));
    assert.deepEqual(heads(m), ['chapter:I']);
    assert.deepEqual(groups(m), ['letter@1/5:a,b']);
  });

  it('reads the title under `Chapter II` as part of the heading, so `1.` after it opens the chapter', () => {
    const m = parseDraft(lines(
      'Chapter I',
      'Matters calling for action',
      '1. The Committee recommends the following draft decision.',
      '2. The Committee draws attention to its decisions.',
      'Chapter II',
      'Items for discussion',
      '1. The Committee considered item 3 of its agenda.',
      '2. The Committee took note of the report.',
    ));
    assert.equal(m.lineKinds[5], 'heading');
    assert.deepEqual(paras(m), ['1', '2', '1', '2']);
    assert.deepEqual(m.itemGroups, []);
  });

  it('reads `(i)–(iii)` as one item covering three labels, and `(i)` after a colon as roman', () => {
    const m = parseDraft(lines(
      '4. The Committee took the following action:',
      '(i)–(iii) The Committee adopted the three recommendations;',
      '(iv) The Committee decided to continue its consideration of the item.',
      '5. The Committee noted concerns in these areas:',
      '(a) Access to information;', '(b) Access to justice;', '(c) Health;', '(d) Work;', '(e) Education;', '(f) Housing;', '(g) Water;',
      '(h) Legislation that discriminates in the areas of:',
      '(i) Nationality;',
      '(ii) Marriage.',
    ));
    assert.deepEqual(groups(m), ['roman@1/4:i,iv', 'letter@1/5:a,b,c,d,e,f,g,h', 'roman@2/5:i,ii']);
    assert.equal(m.itemGroups[0].items[0].through, 3);
  });

  it('reads a person\'s initials at the start of a line as no section letter', () => {
    const m = parseDraft(lines(
      'I. Attendance',
      '3. The following organizations were represented:',
      'K. R. Memorial Trust',
      'Women for Peace Network',
      '4. The Committee cited a study by Lee C and Brown',
      'D. (2024) Access to justice in rural areas.',
    ));
    assert.deepEqual(heads(m), ['chapter:I']);
  });

  it('reads a label run into its text as the label when it is the next of an open level, and only then', () => {
    const m = parseDraft(lines(
      '1. The Committee considered the following items:',
      '(a) Opening of the session;',
      '(b)Election of officers;',
      '(c) Adoption of the agenda.',
      '2. (Re)Consideration of the matter was postponed.',
      '(x)Unrelated text that no open level expects.',
    ));
    assert.deepEqual(groups(m), ['letter@1/1:a,b,c']);
    assert.deepEqual(m.lineKinds.slice(1, 4), ['subparagraph', 'subparagraph', 'subparagraph']);
    assert.notEqual(m.lineKinds[5], 'subparagraph');
  });

  it('gives heading-numbering nothing to renumber after a glued label, so fix-all settles in one pass', () => {
    const text = lines('I. Items', '', '1. The Committee considered:', '', '(a) First item;', '(b)Second item;', '(c) Third item.');
    const only = { only: ['heading-numbering', 'punctuation'] };
    assert.deepEqual(check(text, only).map((f) => f.ruleId), ['punctuation']);
    const fixed = fixAll(text, (t) => check(t, only));
    assert.equal(fixed.text, text.replace('(b)Second', '(b) Second'));
    assert.equal(fixed.passes, 1);
  });

  it('never throws on long runs of bare numbers, numerals and markers', () => {
    const many = Array.from({ length: 20000 }, (_, i) => (i % 3 === 0 ? `${i} Word` : i % 3 === 1 ? `(${'a'}) x` : 'II Y')).join('\n');
    assert.doesNotThrow(() => parseDraft(many));
  });
});
