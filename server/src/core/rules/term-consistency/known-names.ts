// Reports a known body's name written with a slip (term-consistency/body-names.ts reads the names), with the
// place where the report writes the name right when it does: one body, one spelling in a report (R31).
// A stray or missing "the" is fixed safely (the listed name is the body's, and an article is form only);
// a plural, an "of" or a preposition may make another name, so that fix is only offered.

import type { TextRange } from '../../types';
import { asReceivedLines, inQuotation, inRanges, isProseLine } from '../../prose';
import type { RuleContext } from '../../rule';
import { describeSlip, findNames, type Slip } from './body-names';

interface Written {
  readonly id: number;
  readonly name: string;
  readonly range: TextRange;
  readonly slip: Slip;
}

/** Every listed name in the report's prose, exact or with a slip, in text order. */
function writtenNames(ctx: RuleContext, opaque: readonly TextRange[], titles: Uint8Array): Written[] {
  const { model } = ctx;
  const received = asReceivedLines(model);
  const out: Written[] = [];
  for (let i = 0; i < model.lines.length; i++) {
    if (!isProseLine(model, i) || titles[i] || received[i]) continue;
    const line = model.lines[i];
    for (const m of findNames(line.text)) {
      const start = line.start + m.start;
      if (inQuotation(model, start) || inRanges(opaque, start)) continue;
      out.push({ id: m.id, name: m.name, range: { start, end: line.start + m.end }, slip: m.slip });
    }
  }
  return out;
}

export function checkKnownNames(ctx: RuleContext, opaque: readonly TextRange[], titles: Uint8Array): void {
  const written = writtenNames(ctx, opaque, titles);
  const right = new Map<number, TextRange>();
  for (const w of written) if (w.slip.kind === 'exact' && !right.has(w.id)) right.set(w.id, w.range);
  for (const w of written) {
    if (w.slip.kind === 'exact') continue;
    const shown = ctx.text.slice(w.range.start, w.range.end).replace(/\s+/g, ' ');
    const elsewhere = right.get(w.id);
    const safe = (w.slip.kind === 'extra' || w.slip.kind === 'missing') && w.slip.word === 'the';
    ctx.report({
      message: `"${shown}": the body's name is "${w.name}"${elsewhere ? ', as the report writes it elsewhere' : ''} (${describeSlip(w.slip)})`,
      range: w.range,
      related: elsewhere ? [{ range: elsewhere, message: `"${w.name}" is written so here` }] : undefined,
      fixes: [{ title: `Write "${w.name}"`, edits: [{ range: w.range, newText: w.name }], safety: safe ? 'safe' : 'unsafe' }],
    });
  }
}
