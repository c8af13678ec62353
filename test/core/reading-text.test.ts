// The reading text (server/src/core/reading-text.ts): soft hyphens, zero-width spaces and word joiners left out,
// non-breaking hyphens read as hyphens, and the findings on it placed back in the draft. Checked on every invalid
// rule fixture with such characters put where Word's text export puts them: the same findings over the same
// words, and fixes that do to the draft what they do to the plain text.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, checkDraft, fixAll } from '../../server/src/core/index';
import { readingText } from '../../server/src/core/reading-text';
import { REPO_ROOT } from '../helpers/paths';

const LAYOUT_ONLY = /[\u00ad\u200b\u2060]/g;

/** What a reader sees of a stretch of the draft. */
function read(s: string): string {
  return s.replace(LAYOUT_ONLY, '').replace(/\u2011/g, '-');
}

/** Soft hyphens in long lower-case words, zero-width spaces after slashes and at some line ends, no-break hyphens in compounds of letters. */
function asWordExports(text: string): string {
  let k = 0;
  return text
    .replace(/\b([a-z]{4,})([a-z]{4,})\b/g, '$1\u00ad$2')
    .replace(/\//g, '/\u200b')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1\u2011')
    .split('\n')
    .map((l) => (l.trim() !== '' && ++k % 3 === 0 ? `${l}\u200b` : l))
    .join('\n');
}

function invalidFixtures(): [string, string][] {
  const root = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');
  const out: [string, string][] = [];
  for (const rule of fs.readdirSync(root)) {
    const dir = path.join(root, rule, 'invalid');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n) && !/\.fixed|\.findings/.test(n))) {
      out.push([`${rule}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')]);
    }
  }
  return out;
}

describe('reading text: characters that only steer line breaks', () => {
  it('is not made for a draft without them (a byte-order mark at the start is no such character)', () => {
    assert.equal(readingText('1. The Committee met on 3 April 2026.\n'), undefined);
    assert.equal(readingText('\ufeff1. The Committee met.\u00a0It\u2010adjourned.\n'), undefined);
  });

  it('leaves them out, reads a non-breaking hyphen as a hyphen and maps offsets both ways', () => {
    const draft = 'A/\u200bHRC/\u200b61/2: infor\u00admation on follow\u2011up\u2060.';
    const r = readingText(draft);
    assert.ok(r);
    assert.equal(r.text, 'A/HRC/61/2: information on follow-up.');
    const word = r.text.indexOf('information');
    assert.equal(draft.slice(r.startInDraft(word), r.endInDraft(word + 'information'.length)), 'infor\u00admation');
    // A range ending where dropped characters stand ends before them; one starting there starts after them.
    const slash = r.text.indexOf('/') + 1;
    assert.equal(draft.charAt(r.endInDraft(slash) - 1), '/');
    assert.equal(draft.charAt(r.startInDraft(slash)), 'H');
    assert.equal(r.inReading(draft.indexOf('HRC')), r.text.indexOf('HRC'));
    assert.equal(r.inReading(draft.length), r.text.length);
  });

  it('gives the model of the draft itself to the edges', () => {
    const draft = '1. The Com\u00admittee met.\n';
    const result = checkDraft(draft);
    assert.equal(result.model.text, draft);
    assert.equal(result.model.lines[0].text, draft.slice(0, -1));
  });

  it('on every invalid rule fixture written as Word exports it: the same findings over the same words', () => {
    let compared = 0;
    for (const [name, text] of invalidFixtures()) {
      const draft = asWordExports(text);
      if (draft === text) continue;
      const plain = read(draft);
      const words = (t: string) => check(t).map((f) => `${f.ruleId} ${f.messageId ?? f.message} ${JSON.stringify(f.data ?? {})} «${read(t.slice(f.range.start, f.range.end))}»`);
      assert.deepEqual(words(draft), words(plain), name);
      compared++;
    }
    assert.ok(compared > 100, `only ${compared} fixtures compared`);
  });

  it('on every invalid rule fixture written as Word exports it: fixes do to the draft what they do to the plain text', () => {
    for (const [name, text] of invalidFixtures()) {
      const draft = asWordExports(text);
      if (draft === text) continue;
      for (const unsafe of [false, true]) {
        const fixed = fixAll(draft, (t) => check(t), { unsafe }).text;
        assert.equal(read(fixed), fixAll(read(draft), (t) => check(t), { unsafe }).text, `${name}${unsafe ? ' (unsafe)' : ''}`);
      }
    }
  });
});
