// The one seeded PRNG of the project (mulberry32), plain JavaScript so that both the bench's ES modules
// (bench/generate.mjs, bench/many-files.mjs) and the compiled tests (test/helpers/random.ts) load it:
// the same seed gives the same draws everywhere, so a generated draft or a failing test can be replayed.
'use strict';

/** Numbers in [0, 1) from a 32-bit seed: small, fast, well distributed. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

exports.mulberry32 = mulberry32;
