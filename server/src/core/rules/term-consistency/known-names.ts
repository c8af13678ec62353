// Reports a known body's name written with a slip (term-consistency/body-names.ts reads the names), with the
// place where the report writes the name right when it does: one body, one spelling in a report (R31).
// A stray or missing "the" is fixed safely (the listed name is the body's, and an article is form only);
// a plural, an "of" or a preposition may make another name, so that fix is only offered.

import type { TextRange } from '../../types';
import { asReceivedLines, inQuotation, inRanges, isProseLine } from '../../prose';
import type { RuleContext } from '../../rule';
import { findNames, type Slip } from './body-names';

const NAME_IS = '"{{written}}": the body\'s name is "{{name}}"';
const ELSEWHERE = ', as the report writes it elsewhere';
/** Messages by the kind of slip, and whether the report also writes the name right. */
export const KNOWN_NAME_MESSAGES = {
  nameExtraWord: `${NAME_IS} (a stray "{{word}}")`,
  nameExtraWordElsewhere: `${NAME_IS}${ELSEWHERE} (a stray "{{word}}")`,
  nameMissingWord: `${NAME_IS} ("{{word}}" missing)`,
  nameMissingWordElsewhere: `${NAME_IS}${ELSEWHERE} ("{{word}}" missing)`,
  nameOtherWord: `${NAME_IS} ("{{found}}" where the name has "{{expected}}")`,
  nameOtherWordElsewhere: `${NAME_IS}${ELSEWHERE} ("{{found}}" where the name has "{{expected}}")`,
} as const;

/** The message of a slip: its id and the words it names. */
function slipMessage(slip: Exclude<Slip, { kind: 'exact' }>, elsewhere: boolean): { messageId: string; data: Record<string, string> } {
  const tail = elsewhere ? 'Elsewhere' : '';
  if (slip.kind === 'extra') return { messageId: `nameExtraWord${tail}`, data: { word: slip.word } };
  if (slip.kind === 'missing') return { messageId: `nameMissingWord${tail}`, data: { word: slip.word } };
  return { messageId: `nameOtherWord${tail}`, data: { found: slip.written, expected: slip.expected } };
}

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
    const { slip } = w;
    if (slip.kind === 'exact') continue;
    const shown = ctx.text.slice(w.range.start, w.range.end).replace(/\s+/g, ' ');
    const elsewhere = right.get(w.id);
    const msg = slipMessage(slip, elsewhere !== undefined);
    const safe = (w.slip.kind === 'extra' || w.slip.kind === 'missing') && w.slip.word === 'the';
    ctx.report({
      ...msg,
      data: { written: shown, name: w.name, ...msg.data },
      range: w.range,
      related: elsewhere ? [{ range: elsewhere, message: `"${w.name}" is written so here` }] : undefined,
      fixes: [{ title: `Write "${w.name}"`, edits: [{ range: w.range, newText: w.name }], safety: safe ? 'safe' : 'unsafe' }],
    });
  }
}
