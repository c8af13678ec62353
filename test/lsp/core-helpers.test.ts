// The pure helpers behind the editor features: outline, folding, completion, paragraph references,
// "does this look like a UN report", the minimal-edit diff for fix-all, and directive merging.

import * as assert from 'node:assert/strict';
import { applyEdits, parseDraft } from '../../server/src/core/index';
import { completionsAt } from '../../server/src/core/completion';
import { looksLikeUnReport } from '../../server/src/core/detect';
import { foldingRanges } from '../../server/src/core/folding';
import { findParagraph, paragraphRefAt, scanParagraphRefs } from '../../server/src/core/navigation';
import { buildOutline, OutlineNode, truncateText } from '../../server/src/core/outline';
import { mergeDirective } from '../../server/src/lsp/codeActions';
import { diffEdits } from '../../server/src/lsp/textDiff';
import { hasShared, readSeed } from '../helpers/paths';

function names(nodes: readonly OutlineNode[], depth = 9): unknown[] {
  return nodes.map((n) => (n.children.length > 0 && depth > 0 ? [n.name, names(n.children, depth - 1)] : n.name));
}

describe('core helpers for the editor', () => {
  describe('outline', () => {
    it('nests sections under chapters and paragraphs under sections; annexes hold their own chapters', () => {
      const text = [
        'Draft report', '', 'I. Introduction', '', '1. First.', '', 'II. Deliberations', '', 'A. Opening', '', '2. Second.',
        'continued here', '', 'B. Statements', '', '3. Third.', '', '## Other matters', '', '4. Fourth.', '', 'Annex I', '',
        'I. Scope', '', '1. Annex paragraph.', '',
      ].join('\n');
      const outline = buildOutline(parseDraft(text));
      assert.deepEqual(names(outline), [
        ['I. Introduction', ['1. First.']],
        ['II. Deliberations', [['A. Opening', ['2. Second.']], ['B. Statements', ['3. Third.', ['Other matters', ['4. Fourth.']]]]]],
        ['Annex I', [['I. Scope', ['1. Annex paragraph.']]]],
      ]);
      const a = outline[1].children[0];
      assert.equal(a.startLine, 8);
      assert.equal(a.endLine, 11, 'the continuation line belongs to paragraph 2');
      assert.equal(outline[1].detail, 'paras. 2–4');
    });

    it('outlines the seed draft: chapters I–V, their sections, 31 paragraphs (not the agenda list)', function () {
      if (!hasShared()) this.skip();
      const outline = buildOutline(parseDraft(readSeed()));
      assert.deepEqual(outline.map((n) => n.name), ['I. Introduction', 'II. Recommendations', 'III. Summary of deliberations', 'IV. Organization of the meeting', 'V. Adoption of the report']);
      assert.deepEqual(outline[3].children.map((n) => n.name), ['A. Opening of the meeting', 'B. Statements', 'C. Adoption of the agenda and other organizational matters', 'D. Attendance', 'E. Documentation']);
      const paragraphs: string[] = [];
      const walk = (ns: readonly OutlineNode[]): void => ns.forEach((n) => (n.kind === 'paragraph' ? paragraphs.push(n.name) : walk(n.children)));
      walk(outline);
      assert.equal(paragraphs.length, 31);
      assert.equal(paragraphs[0], '1. In its resolution 65/230, the General Assembly requested…');
      assert.ok(paragraphs[20].startsWith('21. Statements were made by experts of the'));
      // Paragraph 27 folds with the provisional agenda under it.
      const p27 = outline[3].children[2].children[0];
      assert.equal(p27.endLine - p27.startLine, 9);
    });

    it('truncates at a word boundary', () => {
      assert.equal(truncateText('Statements were made by experts of the following States', 30), 'Statements were made by…');
      assert.equal(truncateText('Short text', 30), 'Short text');
      assert.equal(truncateText('x'.repeat(40), 10), 'xxxxxxxxx…');
    });
  });

  describe('folding', () => {
    it('folds masthead, chapters, sections, multi-line paragraphs and comments, never a single line', () => {
      const text = 'Distr.: Limited\n3 May 2022\n\nI. Introduction\n\n1. One line.\n\n2. Two\nlines\n\nII. End\n\n<!--\nnote\n-->\n3. Last.\n';
      const ranges = foldingRanges(parseDraft(text));
      assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine, r.kind]), [
        [0, 1, 'region'], [3, 8, 'region'], [7, 8, 'region'], [10, 15, 'region'], [12, 14, 'comment'],
      ]);
    });
  });

  describe('completion', () => {
    const at = (text: string, marker = '|'): ReturnType<typeof completionsAt> => {
      const i = text.indexOf(marker);
      return completionsAt(parseDraft(text.slice(0, i) + text.slice(i + 1)), i);
    };

    it('suggests the first paragraph and chapter in an empty draft, no section outside a chapter', () => {
      assert.deepEqual(at('|').map((s) => s.insertText), ['1. ', 'I. ']);
    });

    it('continues the numbering of the annex the cursor is in', () => {
      const text = 'I. Intro\n\n1. A.\n\n2. B.\n\nAnnex\n\n1. Annex one.\n\n|';
      assert.deepEqual(at(text).map((s) => s.label), ['2.', 'I.']);
    });

    it('after a Markdown heading marker offers headings only', () => {
      const text = 'I. Intro\n\nA. First\n\n1. A.\n\n## |';
      assert.deepEqual(at(text).map((s) => s.label), ['B.', 'II.']);
    });

    it('offers nothing after text or punctuation', () => {
      assert.deepEqual(at('1. Something |'), []);
      assert.deepEqual(at('(|'), []);
    });
  });

  describe('paragraph references', () => {
    const refs = (line: string): number[][] => scanParagraphRefs(line).map((r) => r.numbers.map((n) => n.number));

    it('reads the forms reports use', () => {
      assert.deepEqual(refs('as set out in paragraph 21 above'), [[21]]);
      assert.deepEqual(refs('(see para. 3)'), [[3]]);
      assert.deepEqual(refs('in paras. 12–14 and paragraphs 3 and 4'), [[12, 14], [3, 4]]);
      assert.deepEqual(refs('Paragraphs 5, 6 and 9 describe'), [[5, 6, 9]]);
      assert.deepEqual(refs('paragraph 5 of the present report'), [[5]]);
    });

    it('leaves out paragraphs of other texts and look-alikes', () => {
      assert.deepEqual(refs('in line with paragraph 42 of the Salvador Declaration'), []);
      assert.deepEqual(refs('(E/CN.15/2011/19, para. 3)'), []);
      assert.deepEqual(refs('resolution 65/230, paragraph 3'), []);
      assert.deepEqual(refs('operative paragraph 5'), []);
      assert.deepEqual(refs('subparagraph 3; paragraph21; paragraphs'), []);
    });

    it('finds the paragraph under the cursor, in the scope of the line', () => {
      const text = '1. First.\n\n2. See paragraph 1.\n\nAnnex\n\n1. Annex first.\n\n2. See paragraph 1.\n';
      const model = parseDraft(text);
      const body = text.indexOf('paragraph 1') + 10;
      const at = paragraphRefAt(model, body);
      assert.equal(at?.number.number, 1);
      assert.equal(findParagraph(model, 1, 0)?.line, 0);
      assert.equal(findParagraph(model, 1, 1)?.line, 6);
      assert.equal(findParagraph(model, 2, 1)?.line, 8);
    });
  });

  describe('looks like a UN report', () => {
    it('says yes for a masthead or a symbol near the top', () => {
      assert.ok(looksLikeUnReport('\n\nDistr.: Limited\n3 April 2018\n'));
      assert.ok(looksLikeUnReport('**Distr.**: General'.replace('**Distr.**', 'Distr.')));
      assert.ok(looksLikeUnReport('United Nations\tA/79/437\n'));
      assert.ok(looksLikeUnReport('See [E/CN.15/2011/19](#).'));
    });

    it('says no for other Markdown, symbols in URLs, HTTP/2, and a symbol below line 40', () => {
      assert.ok(!looksLikeUnReport('# README\n\nUses HTTP/2 and TCP/IP.\n'));
      assert.ok(!looksLikeUnReport('[docs](https://undocs.org/A/RES/70/1)\n'));
      assert.ok(!looksLikeUnReport(`${'line\n'.repeat(40)}E/CN.15/2011/19\n`));
    });
  });

  describe('minimal edits for fix-all', () => {
    function check(a: string, b: string): void {
      const edits = diffEdits(a, b);
      const r = applyEdits(a, edits);
      assert.equal(r.dropped.length, 0);
      assert.equal(r.text, b, JSON.stringify({ a, b, edits }));
    }

    it('turns one text into the other with small edits', () => {
      check('', 'abc');
      check('abc', '');
      check('same\ntext\n', 'same\ntext\n');
      const a = 'line one [x]\nline two\nline three [y]\nline four\n';
      const b = 'line one x\nline two\nline three y\nline four\n';
      const edits = diffEdits(a, b);
      // One edit per changed line, narrowed to the changed characters; unchanged lines are not touched.
      assert.deepEqual(edits.map((e) => [a.slice(e.range.start, e.range.end), e.newText]), [['[x]', 'x'], ['[y]', 'y']]);
      check(a, b);
      check('a\r\nb\r\nc\r\n', 'a\r\nX\r\nb\r\nc\r\n');
      check('1. A\n2. B\n4. C\n', '1. A\n2. B\n3. C\n');
    });

    it('holds for random texts', () => {
      let seed = 42;
      const rnd = (n: number): number => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      const alphabet = ['a', 'b', '\n', ' ', '[', ']', '\r\n', 'é'];
      const make = (len: number): string => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
      for (let i = 0; i < 300; i++) {
        const a = make(rnd(60));
        let b = a;
        for (let k = rnd(5); k >= 0; k--) {
          const p = rnd(b.length + 1);
          b = b.slice(0, p) + make(rnd(4)) + b.slice(p + rnd(4));
        }
        check(a, b);
      }
    });
  });

  describe('directive merging', () => {
    it('adds a rule to an existing directive line and keeps the reason', () => {
      assert.equal(mergeDirective('  <!-- undraft-disable-next-line a -- why -->', 'undraft-disable-next-line', 'b'), '  <!-- undraft-disable-next-line a, b -- why -->');
      assert.equal(mergeDirective('<!-- undraft-disable a, b -->', 'undraft-disable', 'b'), '<!-- undraft-disable a, b -->');
    });

    it('leaves other lines alone', () => {
      assert.equal(mergeDirective('<!-- undraft-disable-next-line -->', 'undraft-disable-next-line', 'b'), undefined, 'already every rule');
      assert.equal(mergeDirective('<!-- undraft-disable-line a -->', 'undraft-disable', 'b'), undefined);
      assert.equal(mergeDirective('<!-- undraft-disable a --> text', 'undraft-disable', 'b'), undefined);
      assert.equal(mergeDirective('1. Text.', 'undraft-disable', 'b'), undefined);
    });
  });
});
