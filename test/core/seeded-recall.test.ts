// Seeded recall: defects of each kind written at random places into clean paragraphs of the corpus's
// UN reports (read at test time from ../shared/corpus, never copied), then checked. A defect counts as
// found when its rule reports it where it was written and nowhere else; the share found must reach 95 %
// per rule. The stage is final, where every leftover of drafting is a defect. The random source is seeded, so a run is repeatable and a miss can be replayed.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, parseDraft } from '../../server/src/core/index';
import type { Finding } from '../../server/src/core/index';
import { SHARED } from '../helpers/paths';
import type { Injector } from './seeded-recall/injector';
import { injectorFiles } from './seeded-recall/index';
import { seeded } from '../helpers/random';

const CORPUS = path.join(SHARED, 'corpus');
const SEED = 0x5eed12;
const INJECTIONS_PER_RULE = 300;
const TARGET = 0.95;
/** A heading before the paragraph, so that the paragraph is read as the body of a report. */
const PREFIX = 'I. Deliberations\n\n';
const MIN_CHARS = 120;
const MAX_CHARS = 3000;


/**
 * Numbered paragraphs of running text from the corpus: no quotation, square bracket, table cell or
 * link, where a rule rightly stays silent, so that a miss is the rule's and not the place's.
 */
function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) {
    const model = parseDraft(fs.readFileSync(path.join(CORPUS, name), 'utf8'));
    for (const p of model.paragraphs) {
      if (p.scope !== 0) continue;
      const text = model.text.slice(p.range.start, p.range.end).replace(/\r/g, '');
      if (text.length < MIN_CHARS || text.length > MAX_CHARS) continue;
      if (/["“”\[\]\t|]|\]\(/.test(text)) continue;
      out.push(text);
    }
  }
  return out;
}

function findingsOf(rule: string, paragraph: string): Finding[] {
  return check(PREFIX + paragraph + '\n', { only: [rule], stage: 'final' });
}

interface Tally {
  injected: number;
  found: number;
  elsewhere: number;
  byKind: Map<string, { injected: number; found: number }>;
  misses: string[];
}

function measure(rule: string, injectors: readonly Injector[], clean: readonly string[], random: () => number): Tally {
  const tally: Tally = { injected: 0, found: 0, elsewhere: 0, byKind: new Map(), misses: [] };
  for (let attempt = 0; tally.injected < INJECTIONS_PER_RULE && attempt < INJECTIONS_PER_RULE * 5; attempt++) {
    const injector = injectors[tally.injected % injectors.length];
    const paragraph = clean[Math.floor(random() * clean.length)];
    const seededDefect = injector.inject(paragraph, random);
    if (!seededDefect) continue;
    const at = PREFIX.length + seededDefect.at;
    const findings = findingsOf(rule, seededDefect.text);
    const here = findings.filter((f) => f.range.start <= at && (at < f.range.end || at === f.range.start));
    const kind = tally.byKind.get(injector.name) ?? { injected: 0, found: 0 };
    tally.byKind.set(injector.name, kind);
    tally.injected++;
    kind.injected++;
    if (findings.length > here.length) tally.elsewhere++;
    if (here.length > 0 && findings.length === here.length) {
      tally.found++;
      kind.found++;
    } else if (tally.misses.length < 5) {
      const around = seededDefect.text.slice(Math.max(0, seededDefect.at - 40), seededDefect.at + 40).replace(/\n/g, '⏎');
      tally.misses.push(`${injector.name}: …${around}… → ${findings.map((f) => f.message).join(' | ') || 'no finding'}`);
    }
  }
  return tally;
}

function percent(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`;
}

describe('seeded recall of the rules that catch mechanical defects', function () {
  this.timeout(120_000);
  const byRule = new Map<string, Injector[]>();
  for (const file of injectorFiles) for (const inj of file) byRule.set(inj.rule, [...(byRule.get(inj.rule) ?? []), inj]);
  const results = new Map<string, Tally>();

  before(function () {
    if (!fs.existsSync(CORPUS)) {
      console.log(`    seeded recall skipped: no corpus at ${CORPUS} (the shared corpus of UN reports lives beside the repository)`);
      this.skip();
    }
    const paragraphs = corpusParagraphs();
    console.log(`    ${paragraphs.length} paragraphs of running text from ${CORPUS}, seed ${SEED.toString(16)}`);
    for (const [rule, injectors] of byRule) {
      const clean = paragraphs.filter((p) => injectors.some((i) => i.hasPlace?.(p) ?? true) && findingsOf(rule, p).length === 0);
      results.set(rule, measure(rule, injectors, clean, seeded(SEED)));
    }
    const rows = [...results].map(([rule, t]) => `    ${rule.padEnd(16)} ${String(t.injected).padStart(8)} ${String(t.found).padStart(6)} ${String(t.elsewhere).padStart(10)} ${percent(t.found, t.injected).padStart(8)}`);
    const kinds = [...results].flatMap(([rule, t]) => [...t.byKind].map(([name, k]) => `      ${rule}: ${name}: ${k.found}/${k.injected}`));
    const misses = [...results].flatMap(([rule, t]) => t.misses.map((m) => `      missed (${rule}) ${m}`));
    console.log(['    rule             injected  found  elsewhere    share', ...rows, ...kinds, ...misses].join('\n'));
  });

  for (const rule of [...new Set(injectorFiles.flat().map((i) => i.rule))]) {
    it(`${rule} finds at least 95 % of its seeded defects, each where it was written and nowhere else`, () => {
      const t = results.get(rule);
      assert.ok(t, `no result for ${rule}`);
      assert.ok(t.injected >= INJECTIONS_PER_RULE / 2, `${rule}: only ${t.injected} defects could be written`);
      assert.ok(t.found / t.injected >= TARGET, `${rule}: ${t.found} of ${t.injected} found (${percent(t.found, t.injected)}); first misses:\n${t.misses.join('\n')}`);
    });
  }
});
