// Finding the seed draft's numbered paragraphs in tests: which paragraph an offset falls in, and a
// paragraph's text by number.

import * as assert from 'node:assert/strict';
import type { DraftModel } from '../../server/src/core/index';

/** Number of the body paragraph whose range holds `offset`, or -1. */
export function paragraphAt(model: DraftModel, offset: number): number {
  const p = model.paragraphs.find((x) => x.range.start <= offset && offset < x.range.end);
  return p ? p.number : -1;
}

/** The text of body paragraph `n`, from its number to the end of its last line. */
export function paragraphText(model: DraftModel, n: number): string {
  const p = model.paragraphs.find((x) => x.number === n && x.scope === 0);
  assert.ok(p, `paragraph ${n}`);
  return model.text.slice(p.range.start, p.range.end);
}
