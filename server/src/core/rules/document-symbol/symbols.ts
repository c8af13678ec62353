// Reading of symbols shared by the document-symbol checks: a cached parse, the symbols shown to
// readers, the corrected form of a symbol and its undocs.org address.

import { lineAtOffset } from '../../text';
import type { DocumentSymbolRef, DraftModel } from '../../model';
import { parseSymbol as parseSymbolUncached, splitDoubleSymbol, symbolProblems, type ParsedSymbol } from '../../un/symbol';

const UNDOCS = 'https://undocs.org/';

/** The address of a symbol: parentheses and spaces encoded, so that the Markdown link that holds it stays whole. */
export function undocsAddress(symbol: string): string {
  return `${UNDOCS}${symbol.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')}`;
}

/** Parsed symbols by text: a report cites the same symbols again and again (a bounded cache; results are not modified). */
const parsedCache = new Map<string, ParsedSymbol | undefined>();

export function parseSymbol(text: string): ParsedSymbol | undefined {
  if (parsedCache.has(text)) return parsedCache.get(text);
  const parsed = parseSymbolUncached(text);
  if (parsedCache.size >= 4096) parsedCache.clear();
  parsedCache.set(text, parsed);
  return parsed;
}

export interface Piece {
  readonly ref: DocumentSymbolRef;
  readonly text: string;
  readonly start: number;
}

/** Symbols shown to readers (link targets left out), double symbols split into their parts. */
export function bodySymbols(model: DraftModel): Piece[] {
  const out: Piece[] = [];
  for (const ref of model.symbols) {
    if (ref.inTarget) continue;
    for (const [off, text] of splitDoubleSymbol(ref.text)) out.push({ ref, text, start: ref.range.start + off });
  }
  return out;
}

/** The corrected form of a symbol, or the symbol itself when nothing is certain to change. */
export function correctedSymbol(text: string, years?: Map<string, number[]>): string {
  const problems = symbolProblems(text, years ? (prefix) => years.get(prefix) : undefined);
  let out = '';
  let pos = 0;
  for (const p of problems) {
    if (p.expected === undefined) continue;
    out += text.slice(pos, p.start) + p.expected;
    pos = p.end;
  }
  return out + text.slice(pos);
}

export function lineOf(model: DraftModel, offset: number): number {
  return lineAtOffset(model.lines, offset);
}
