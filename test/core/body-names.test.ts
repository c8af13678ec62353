// The list of known body names and the reader that finds them written with a slip (term-consistency):
// every name has a source and reads as itself, no listed name is a slip of another, and the reader
// tells the kinds of slip apart, leaves longer names alone and keeps to one slip.

import * as assert from 'node:assert/strict';
import { BODY_NAMES } from '../../server/src/core/data/body-names';
import { findNames } from '../../server/src/core/rules/term-consistency/body-names';

function found(text: string): string[] {
  return findNames(text).map((f) => `${text.slice(f.start, f.end)} => ${f.slip.kind === 'exact' ? 'exact' : f.name + ' / ' + f.slip.kind}`);
}

describe('known body names', () => {
  it('lists each name once, with a source', () => {
    const seen = new Set<string>();
    for (const n of BODY_NAMES) {
      assert.ok(n.source.trim().length > 0, `${n.name} has no source`);
      assert.ok(!seen.has(n.name), `${n.name} is listed twice`);
      seen.add(n.name);
    }
  });

  it('reads every listed name as itself, exactly, never as a slip of another', () => {
    for (const n of BODY_NAMES) {
      const text = `A statement was made by the ${n.name}, and others.`;
      const f = findNames(text);
      assert.equal(f.length, 1, `${n.name}: ${JSON.stringify(f)}`);
      assert.equal(f[0].name, n.name);
      assert.equal(f[0].slip.kind, 'exact');
      assert.equal(text.slice(f[0].start, f[0].end), n.name);
    }
  });

  it('tells the kinds of slip apart', () => {
    assert.deepEqual(found('the Office of the Legal Affairs made'), ['Office of the Legal Affairs => Office of Legal Affairs / extra']);
    assert.deepEqual(found('to the Conference of Parties at'), ['Conference of Parties => Conference of the Parties / missing']);
    assert.deepEqual(found('of the Alliance of Small Islands States.'), ['Alliance of Small Islands States => Alliance of Small Island States / number']);
    assert.deepEqual(found('by the Office of Disarmament Affairs;'), ['Office of Disarmament Affairs => Office for Disarmament Affairs / preposition']);
    assert.deepEqual(found('the United Nations Children\'s Fund said'), ['United Nations Children\'s Fund => exact']);
  });

  it('allows one slip only, and no plural of a body at the end of its name', () => {
    assert.deepEqual(found('the Office of the Legal Affair made'), []);
    assert.deepEqual(found('both Human Rights Councils met'), []);
    assert.deepEqual(found('the Department of Economic and Social Affair met'), ['Department of Economic and Social Affair => Department of Economic and Social Affairs / number']);
  });

  it('leaves a longer name alone', () => {
    assert.deepEqual(found('the Executive Office of the Legal Affairs'), []);
    assert.deepEqual(found('the Office of the Legal Affairs Division'), []);
    assert.deepEqual(found('the Committee on the Information and Communications Technology'), []);
    assert.deepEqual(found('the Commission of Small Island States on Climate Change'), []);
  });

  it('reads a long line in time proportional to its length', () => {
    const unit = 'the Office of the of the United Nations Office of Committee on the ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = process.hrtime.bigint();
      findNames(text);
      return Number(process.hrtime.bigint() - t0);
    };
    time(2000);
    const ratio = time(16000) / Math.max(1, time(2000));
    assert.ok(ratio < 24, `8 times the text took ${ratio.toFixed(1)} times as long`);
  });
});
