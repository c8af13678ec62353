// The report's own symbol: the one under which the text says the report was adopted or introduced
// (`the Expert Group adopted its report (UNODC/CCPCJ/EG.4/2018/L.1)`, `introduced the draft report
// of the Conference (A/CONF.230/2025/L.2)`). Shared by document-symbol (is it in the masthead?) and
// masthead (does the distribution agree with it?).

import type { DocumentSymbolRef, DraftModel } from '../model';
import { splitDoubleSymbol } from './symbol';
import { lowerBound } from '../sorted';

export interface OwnSymbol {
  /** The symbol as written in the adoption sentence. */
  readonly text: string;
  /** Where it is written there. */
  readonly ref: DocumentSymbolRef;
}

// `adopted its report (…)`, `adopted the draft report (…)`, `introduced the draft report of the
// Conference (…)`. Not `approved the report on its second regular session` (an earlier report) nor
// `adopted the report of the Credentials Committee (…)` (another body's report).
const ADOPTION_RE = /\b(?:adopted|introduced|considered)\s+(?:its\s+(?:draft\s+)?report|the\s+draft\s+report(?:\s+of\s+the\s+(?:[A-Z][A-Za-z-]*\s+){0,6}?[A-Z][A-Za-z-]*)?)\s*(?=\()/g;

/** The symbol the report says it was adopted (or introduced) under, or undefined. The last such sentence wins. */
export function findOwnSymbol(model: DraftModel): OwnSymbol | undefined {
  const symbols = model.symbols;
  if (symbols.length === 0) return undefined;
  let found: OwnSymbol | undefined;
  const firstBody = model.masthead.frontEndLine;
  for (let li = firstBody; li < model.lines.length; li++) {
    const line = model.lines[li];
    if (line.text.indexOf('report') === -1) continue;
    ADOPTION_RE.lastIndex = 0;
    for (let m = ADOPTION_RE.exec(line.text); m !== null; m = ADOPTION_RE.exec(line.text)) {
      const after = line.start + m.index + m[0].length;
      // The first symbol in the same sentence, within reach, written in parentheses.
      const limit = Math.min(line.end, after + 160);
      const k = firstSymbolAtOrAfter(symbols, after);
      if (k === -1) continue;
      const s = symbols[k];
      if (s.range.start >= limit || s.inTarget) continue;
      const between = model.text.slice(after, s.range.start);
      if (/[.;]\s/.test(between)) continue;
      const open = between.trimEnd();
      if (!open.endsWith('(') && !open.endsWith('([')) continue;
      const text = splitDoubleSymbol(s.text)[0][1];
      found = { text, ref: s };
    }
  }
  return found;
}

function firstSymbolAtOrAfter(symbols: readonly DocumentSymbolRef[], offset: number): number {
  const at = lowerBound(symbols.length, (k) => symbols[k].range.start >= offset);
  return at < symbols.length ? at : -1;
}
