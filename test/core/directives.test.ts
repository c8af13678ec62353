// Directive comments silence findings: disable-next-line, disable-line, disable/enable blocks, with
// rule lists and `-- reason`, in Markdown and plain-text drafts alike. A test rule reports every
// `XYZ` and every `QQQ`, so the engine's handling is tested apart from the real rules.

import * as assert from 'node:assert/strict';
import { checkDraft, parseDirectives, parseDraft } from '../../server/src/core/index';
import type { Rule } from '../../server/src/core/index';

function wordRule(id: string, word: string): Rule {
  return {
    meta: { id, description: `Reports ${word}`, defaultSeverity: 'warning', fixable: false, tags: [], conventions: [] },
    check(ctx) {
      for (let i = ctx.text.indexOf(word); i !== -1; i = ctx.text.indexOf(word, i + 1)) {
        ctx.report({ message: `${word} found`, range: { start: i, end: i + word.length } });
      }
    },
  };
}

const RULES = [wordRule('rule-x', 'XYZ'), wordRule('rule-q', 'QQQ')];

/** `rule@line` of every finding (lines 0-based). */
function found(text: string): string[] {
  const { findings, model } = checkDraft(text, {}, RULES);
  return findings.map((f) => {
    const line = model.lines.findIndex((l) => f.range.start >= l.start && f.range.start <= l.end);
    return `${f.ruleId}@${line}`;
  });
}

describe('directive comments', () => {
  it('reports everything when there are no directives', () => {
    assert.deepEqual(found('1. XYZ QQQ\n2. XYZ\n'), ['rule-x@0', 'rule-q@0', 'rule-x@1']);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    const text = '<!-- undraft-disable-next-line rule-x -->\n1. XYZ QQQ\n2. XYZ\n';
    assert.deepEqual(found(text), ['rule-q@1', 'rule-x@2']);
  });

  it('disable-next-line with an indented comment and a reason', () => {
    const text = '27. The agenda:\n   <!-- undraft-disable-next-line rule-x -- the list repeats it on purpose -->\n   (a) XYZ;\n   (b) XYZ.\n';
    assert.deepEqual(found(text), ['rule-x@3']);
  });

  it('disable-next-line with several rules, separated by commas or spaces', () => {
    assert.deepEqual(found('<!-- undraft-disable-next-line rule-x, rule-q -->\nXYZ QQQ\n'), []);
    assert.deepEqual(found('<!-- undraft-disable-next-line rule-x rule-q -->\nXYZ QQQ\n'), []);
  });

  it('disable-next-line with no rule silences every rule on that line', () => {
    assert.deepEqual(found('<!-- undraft-disable-next-line -->\nXYZ QQQ\nQQQ\n'), ['rule-q@2']);
  });

  it('disable-line silences the line the comment is on', () => {
    assert.deepEqual(found('XYZ QQQ <!-- undraft-disable-line rule-q -->\nQQQ\n'), ['rule-x@0', 'rule-q@1']);
  });

  it('disable … enable silences a block, for the named rule only', () => {
    const text = 'XYZ\n<!-- undraft-disable rule-x -->\nXYZ QQQ\nXYZ\n<!-- undraft-enable rule-x -->\nXYZ\n';
    assert.deepEqual(found(text), ['rule-x@0', 'rule-q@2', 'rule-x@5']);
  });

  it('disable without enable runs to the end of the draft', () => {
    assert.deepEqual(found('<!-- undraft-disable rule-x -->\nXYZ\n\nXYZ QQQ'), ['rule-q@3']);
  });

  it('disable with no rule silences every rule until enable with no rule', () => {
    const text = '<!-- undraft-disable -->\nXYZ QQQ\n<!-- undraft-enable -->\nXYZ\n';
    assert.deepEqual(found(text), ['rule-x@3']);
  });

  it('enable with no rule closes every open block', () => {
    const text = '<!-- undraft-disable rule-x -->\n<!-- undraft-disable rule-q -->\nXYZ QQQ\n<!-- undraft-enable -->\nXYZ QQQ\n';
    assert.deepEqual(found(text), ['rule-x@4', 'rule-q@4']);
  });

  it('the reason after `--` is not read as rule ids', () => {
    const d = parseDirectives(parseDraft('<!-- undraft-disable rule-x -- rule-q is fine here -->\n').comments);
    assert.deepEqual(d.map((x) => [x.kind, x.rules]), [['disable', ['rule-x']]]);
    assert.deepEqual(found('<!-- undraft-disable rule-x -- rule-q is fine here -->\nXYZ QQQ\n'), ['rule-q@1']);
  });

  it('works with CRLF line endings (plain-text drafts from Windows)', () => {
    const text = 'XYZ\r\n<!-- undraft-disable-next-line rule-x -->\r\nXYZ\r\nXYZ\r\n';
    assert.deepEqual(found(text), ['rule-x@0', 'rule-x@3']);
  });

  it('a directive spread over two lines applies to the line after its end', () => {
    const text = '<!-- undraft-disable-next-line\n     rule-x -->\nXYZ\nXYZ\n';
    assert.deepEqual(found(text), ['rule-x@3']);
  });

  it('other comments and look-alikes are not directives', () => {
    const text = '<!-- a note: undraft-disable rule-x -->\nXYZ\n<!-- undraft-disabled rule-x -->\nXYZ\n<!--undraft-disable-line rule-x-->XYZ\n';
    assert.deepEqual(found(text), ['rule-x@1', 'rule-x@3']);
  });

  it('an unknown rule id in a directive silences nothing else', () => {
    assert.deepEqual(found('<!-- undraft-disable-next-line no-such-rule -->\nXYZ\n'), ['rule-x@1']);
  });
});
