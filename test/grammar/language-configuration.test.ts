// language-configuration.json of the un-report language: comments, brackets, auto-closing pairs, and a word
// pattern that keeps UN document symbols and resolution numbers whole.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

interface Pair {
  readonly open: string;
  readonly close: string;
  readonly notIn?: readonly string[];
}

interface LanguageConfiguration {
  readonly comments: { readonly lineComment?: string; readonly blockComment: readonly [string, string] };
  readonly brackets: readonly (readonly [string, string])[];
  readonly colorizedBracketPairs?: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly Pair[];
  readonly autoCloseBefore?: string;
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly wordPattern: string;
  readonly folding?: { readonly markers: { readonly start: string; readonly end: string } };
}

const FILE = path.join(REPO_ROOT, 'language-configuration.json');

describe('language-configuration.json', () => {
  const config = JSON.parse(fs.readFileSync(FILE, 'utf8')) as LanguageConfiguration;
  const packageJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

  // VS Code compiles the word pattern as a JavaScript RegExp and adds the g flag.
  const wordRe = new RegExp(config.wordPattern, 'g');
  /** The word VS Code would select on a double click at `offset`. */
  const wordAt = (text: string, offset: number): string | undefined => {
    wordRe.lastIndex = 0;
    for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
      if (m.index <= offset && offset < m.index + m[0].length) return m[0];
      if (m[0].length === 0) wordRe.lastIndex++;
    }
    return undefined;
  };

  it('is the configuration package.json contributes for the un-report language', () => {
    const language = packageJson.contributes.languages.find((l: { id: string }) => l.id === 'un-report');
    assert.equal(path.resolve(REPO_ROOT, language.configuration), FILE);
  });

  it('uses HTML block comments, the syntax of the directive comments', () => {
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.equal(config.comments.lineComment, undefined);
  });

  it('matches and auto-closes square brackets, parentheses and quotation marks', () => {
    assert.deepEqual(config.brackets, [['[', ']'], ['(', ')']]);
    const pairs = config.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['[]', '()', '“”', '""']) assert.ok(pairs.includes(pair), pair);
    for (const p of config.autoClosingPairs) {
      assert.ok(p.open.length > 0 && p.close.length > 0);
      for (const scope of p.notIn ?? []) assert.ok(['string', 'comment'].includes(scope), scope);
    }
    const surrounding = config.surroundingPairs.map(([o, c]) => o + c);
    for (const pair of ['[]', '()', '“”', '""']) assert.ok(surrounding.includes(pair), pair);
    for (const [open, close] of config.colorizedBracketPairs ?? []) {
      assert.ok(config.brackets.some(([o, c]) => o === open && c === close), `${open}${close} is not a bracket pair`);
    }
  });

  it('keeps document symbols, resolution numbers, hyphenated words and possessives whole', () => {
    const cases: [string, string, string][] = [
      ['(E/CN.15/2011/19, annexes I and II).', 'CN.15', 'E/CN.15/2011/19'],
      ['its report (UNODC/CCPCJ/EG.4/2018/L.1).', 'EG.4', 'UNODC/CCPCJ/EG.4/2018/L.1'],
      ['see A/79/437/Add.4 and', 'Add', 'A/79/437/Add.4'],
      ['resolution A/RES/ES-10/23 of', 'ES-10', 'A/RES/ES-10/23'],
      ['In its resolution 65/230, the', '230', '65/230'],
      ['resolution ES-10/23 of', '10', 'ES-10/23'],
      ['the Vice-President of the', 'President', 'Vice-President'],
      ['the Chair’s proposal', 'Chair', 'Chair’s'],
      ['entitled “Criminalization”.', 'Crim', 'Criminalization'],
      ['Côte d’Ivoire and Türkiye', 'rkiye', 'Türkiye'],
      ['Many speakers, however, said', 'however', 'however'],
    ];
    for (const [text, inside, expected] of cases) {
      assert.equal(wordAt(text, text.indexOf(inside) + 1), expected, text);
    }
    assert.equal(wordAt('a [...] b', 3), undefined);
    assert.equal(wordAt('the end.', 7), undefined);
  });

  it('the word pattern runs in linear time on adversarial lines', () => {
    for (const unit of ['A/', 'A/1.', 'a’', 'a-', '1/', 'E/CN.15-', 'x/ ']) {
      const line = unit.repeat(20_000);
      const start = process.hrtime.bigint();
      wordRe.lastIndex = 0;
      while (wordRe.exec(line)) {
        /* scan every word */
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      assert.ok(ms < 500, `${JSON.stringify(unit)} x 20000: ${ms.toFixed(0)} ms`);
    }
  });

  it('folds <!-- region --> ... <!-- endregion --> blocks', () => {
    assert.ok(config.folding);
    assert.match('<!-- region Statements -->', new RegExp(config.folding.markers.start));
    assert.match('<!-- #endregion -->', new RegExp(config.folding.markers.end));
    assert.doesNotMatch('<!-- undraft-disable duplicate-entry -->', new RegExp(config.folding.markers.start));
  });
});
