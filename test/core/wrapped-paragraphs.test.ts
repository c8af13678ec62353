// Hard-wrapped paragraphs (a plain-text export of a PDF, a Markdown draft wrapped at 72 columns) give the
// findings their one-line form gives, for the rules that read a paragraph as one text across its
// continuation lines (core/blocks.ts); and the block's positions map back to the draft.

import * as assert from 'node:assert/strict';
import { check, parseDraft } from '../../server/src/core/index';
import type { Finding } from '../../server/src/core/index';
import { blockLast, blockSentences, readBlock } from '../../server/src/core/blocks';
import { lineSentences } from '../../server/src/core/parse/sentences';

const RULES = ['number-style', 'number-list', 'abbreviation', 'resolution-citation'];

/** Every line longer than 80 characters broken at spaces into lines of at most `width`, as a text export does. */
function wrap(text: string, width: number, eol = '\n'): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 80) return line;
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && `${cur} ${w}`.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      if (cur) out.push(cur);
      return out.join(eol);
    })
    .join('\n');
}

/** A finding as a reader sees it, without its place: rule, message and the fixes offered. */
function seen(f: Finding): string {
  return `${f.ruleId} | ${f.message} | ${f.fixes.map((x) => `${x.safety}:${x.title}`).join('; ')}`;
}

function findings(text: string): string[] {
  return check(text, { only: RULES }).map(seen).sort();
}

const DRAFT = `Distr.: General
12 May 2031

Original: English

I. Organization of the session

1. At its 2nd meeting, the Board heard statements by the representatives of 6 States members of the Board, 17 observer States and 2 intergovernmental organizations, and by 3 observers; it held 14 formal meetings, including 3 private meetings.

2. The Board recalled its obligations under the Convention (articles 4 and 5) and the guidance in the manual (chaps. 2 and 3), and noted that 4 experts had met in Geneva with 7 per cent of the participants under 25 years of age, and that it would meet again at its twenty second session.

3. The Board thanked the Regional Network on Water Quality (RNWQ) and the Deputy Executive Director for Programme Support, UN System Coordination and Results, and asked the secretariat to inform other UN entities and the RNWQ of its decision.

4. The State under review considers that recommendations Nos. 8, 9, 10, 59, 61, 63, 64, 70, 71 and 72 above are already implemented, as are those in paragraphs 3, 4, 5, 12, 14, 15 of the annex, and recalled resolutions 71/12, 72/3, 73/5, 74/9.

5. The Commission adopted resolution 74/1, entitled “Water quality in river basins”, resolution 74/2, entitled “Data for monitoring”, resolution 74/3, entitled “Cooperation among basin authorities”, and resolution 74/5, entitled “Groundwater in arid regions”.

6. At its 4th meeting, the Commission took action on a revised draft resolution entitled “Groundwater in arid regions”, sponsored by a group of States. The Commission adopted the revised draft resolution. (For the text of the resolution, see chap. I, resolution 74/5.) Several speakers recalled resolution 74/9 in that regard.
`;

describe('wrapped paragraphs', () => {
  it('the draft gives findings of each rule, so that the comparison below compares something', () => {
    const rules = new Set(check(DRAFT, { only: RULES }).map((f) => f.ruleId));
    assert.deepEqual([...rules].sort(), [...RULES].sort());
  });

  // The parser ends a paragraph at a line that ends like a sentence (`;`, `)`, `chaps.` too, for now): the lines
  // after it are text of their own, not the paragraph's continuation, and no rule reads them with it. The
  // comparison is about reading continuation lines, so it is made at every width where the parser reads each
  // wrapped line as one, and there must be enough of them.
  it('give the findings of their one-line form at every width where each wrapped line is a continuation', () => {
    const compared: number[] = [];
    for (let width = 30; width <= 80; width++) {
      for (const eol of ['\n', '\r\n']) {
        const wrapped = wrap(DRAFT, width, eol);
        if (parseDraft(wrapped).lineKinds.includes('text')) continue;
        assert.deepEqual(findings(wrapped), findings(DRAFT), `wrapped at ${width} columns`);
        compared.push(width);
      }
    }
    assert.ok(compared.length >= 40, `compared at ${compared.length / 2} widths only`);
    assert.ok(compared.includes(72), 'compared at 72 columns, the width of a text export');
  });

  it('report the range of the figure in the wrapped text itself', () => {
    const wrapped = wrap(DRAFT, 72);
    const counts = check(wrapped, { only: ['number-style'] }).filter((f) => f.messageId === 'smallNumber');
    assert.ok(counts.length >= 1);
    for (const f of counts) {
      const written = wrapped.slice(f.range.start, f.range.end);
      assert.match(written, /^\d+$/, f.message);
      assert.ok(f.message.startsWith(`"${written}`), f.message);
    }
  });
});

describe('text blocks', () => {
  const text = 'Title\n\n1. The Board met on 3\n   March and heard  \n5 experts. It ended.\nNext line.';
  const model = parseDraft(text);

  it('join a paragraph line and its continuation lines by one space, without indentation or trailing blanks', () => {
    const last = blockLast(model, 2, () => true);
    assert.deepEqual(model.lineKinds.slice(2, 5), ['paragraph', 'continuation', 'continuation']);
    assert.equal(last, 4);
    const b = readBlock(model, 2, last);
    assert.equal(b.text, '1. The Board met on 3 March and heard 5 experts. It ended.');
    for (const word of ['Board', 'March', 'heard', '5', 'ended']) {
      const pos = b.text.indexOf(word);
      assert.equal(text.slice(b.at(pos), b.at(pos + word.length)), word);
      assert.equal(b.pos(b.at(pos)), pos);
    }
    // The joining space maps to the end of the line before it; a line break or trailing blank to that space.
    const space = b.text.indexOf(' March');
    assert.equal(b.at(space), text.indexOf('\n   March'));
    assert.equal(b.pos(text.indexOf('  \n5')), b.text.indexOf(' 5 experts'));
    assert.equal(b.lineAt(b.text.indexOf('March')), 3);
    assert.equal(b.lineAt(b.text.indexOf('5 experts')), 4);
    assert.ok(b.opensLine(b.text.indexOf('March')) && b.opensLine(b.text.indexOf('5 experts')));
    assert.ok(!b.opensLine(b.text.indexOf('heard')) && !b.opensLine(0));
  });

  it('give the model sentences over the whole paragraph', () => {
    const b = readBlock(model, 2, 4);
    assert.deepEqual(blockSentences(model, b).map(([s, e]) => b.text.slice(s, e)), ['1.', 'The Board met on 3 March and heard 5 experts.', 'It ended.']);
  });

  it('of one line are the line itself, with the sentences lineSentences gives', () => {
    const one = parseDraft('1. Alpha beta. Gamma 3 delta.\n\n2. Epsilon. Zeta.');
    for (const i of [0, 2]) {
      const b = readBlock(one, i, blockLast(one, i, () => true));
      assert.equal(b.text, one.lines[i].text);
      assert.equal(b.at(4), one.lines[i].start + 4);
      assert.deepEqual(blockSentences(one, b), lineSentences(one, i));
    }
  });

  it('stop where the caller keeps no more lines', () => {
    assert.equal(blockLast(model, 2, (i) => i < 4), 3);
  });
});
