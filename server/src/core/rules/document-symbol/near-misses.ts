// Near misses of document symbols that the parser does not take: backslashes for slashes, a space
// inside (`E/CN 15/2011/19`), hyphens for slashes (`E-CN.15-2011-19`).

import type { DraftModel } from '../../model';
import { inRanges } from '../../parse/inline';
import type { RuleContext } from '../../rule';
import type { TextRange } from '../../types';
import { correctedSymbol, parseSymbol } from './symbols';

/** Slash, backslash or mixed tokens that start with an upper-case organ: candidates the parser may not take. */
const TOKEN_RE = /(?<![A-Za-z0-9./\\-])[A-Z]{1,10}(?:[\\/][A-Za-z0-9.*-]+)+/g;
/** `E-CN.15-2011-19`: hyphens for slashes. */
const HYPHEN_TOKEN_RE = /(?<![A-Za-z0-9./\\-])[A-Z]{1,10}(?:-[A-Za-z0-9.]+){2,12}(?![A-Za-z0-9.\/-])/g;
const BODY_PREFIXES = new Set(['CN', 'C', 'AC', 'CONF', 'WG', 'EG', 'SC', 'GC', 'Sub']);

/** Ranges no symbol check looks into: comments and link targets (each list sorted and disjoint). */
function skipRanges(model: DraftModel): { comments: TextRange[]; targets: TextRange[] } {
  return { comments: model.comments.map((c) => c.range), targets: model.links.map((l) => l.targetRange) };
}

function skipped(skip: { comments: TextRange[]; targets: TextRange[] }, offset: number): boolean {
  return inRanges(skip.comments, offset) || inRanges(skip.targets, offset);
}

/** True when `offset` sits in a URL: the whitespace-delimited word around it has `://` or `www.` before it. */
function inUrl(text: string, offset: number): boolean {
  let w = offset;
  while (w > 0 && offset - w < 300 && !/\s/.test(text[w - 1])) w--;
  const word = text.slice(w, offset);
  return word.indexOf('://') !== -1 || word.indexOf('www.') !== -1;
}

/** Near misses the parser does not take for symbols: backslashes, a space inside, hyphens for slashes. */
export function checkNearMisses(ctx: RuleContext): void {
  const { text, model } = ctx;
  const skip = skipRanges(model);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    let tok = m[0];
    while (tok.length > 0 && /[.*-]/.test(tok[tok.length - 1])) tok = tok.slice(0, -1);
    if (skipped(skip, start) || inUrl(text, start)) continue;
    const end = start + tok.length;
    if (tok.indexOf('\\') !== -1) {
      const fixed = tok.replace(/\\/g, '/');
      if (!/\d/.test(fixed) || fixed.split('/').length < 3 || !parseSymbol(fixed)) continue;
      const better = correctedSymbol(fixed);
      ctx.report({
        messageId: 'backslashes',
        data: { written: tok, expected: better },
        range: { start, end },
        fixes: [{ title: `Write the symbol as "${better}"`, edits: [{ range: { start, end }, newText: better }], safety: 'safe' }],
      });
      continue;
    }
    // `E/CN 15/2011/19`: a body prefix, a space, its number, and the rest of the symbol.
    const comps = tok.split('/');
    const last = comps[comps.length - 1];
    if (comps.length >= 2 && BODY_PREFIXES.has(last)) {
      const rest = /^ (\d{1,3})(\/[A-Za-z0-9.]+)+/.exec(text.slice(end, end + 80));
      if (rest) {
        const fixed = `${tok}.${text.slice(end + 1, end + rest[0].length)}`;
        if (parseSymbol(fixed) && /\d/.test(fixed)) {
          ctx.report({
            messageId: 'spaceInside',
            data: { written: `${tok} ${text.slice(end + 1, end + rest[0].length)}`, expected: fixed },
            range: { start, end: end + rest[0].length },
            fixes: [{ title: `Write the symbol as "${fixed}"`, edits: [{ range: { start: end, end: end + 1 }, newText: '.' }], safety: 'safe' }],
          });
        }
      }
    }
  }
  HYPHEN_TOKEN_RE.lastIndex = 0;
  for (let m = HYPHEN_TOKEN_RE.exec(text); m !== null; m = HYPHEN_TOKEN_RE.exec(text)) {
    let tok = m[0];
    while (tok.endsWith('.')) tok = tok.slice(0, -1);
    const start = m.index;
    if (skipped(skip, start) || inUrl(text, start)) continue;
    const comps = tok.split('-');
    // Only what is clearly a symbol: a numbered body (`CN.15`) and a four-digit year or a number.
    if (!comps.slice(1).some((c) => /^[A-Z][A-Za-z]{0,5}\.\d{1,4}$/.test(c))) continue;
    if (!comps.slice(2).some((c) => /^\d{1,5}$/.test(c))) continue;
    const fixed = correctedSymbol(comps.join('/'));
    if (!parseSymbol(fixed)) continue;
    ctx.report({
      messageId: 'hyphens',
      data: { written: tok, expected: fixed },
      range: { start, end: start + tok.length },
      fixes: [{ title: `Write the symbol as "${fixed}"`, edits: [{ range: { start, end: start + tok.length }, newText: fixed }], safety: 'safe' }],
    });
  }
}
