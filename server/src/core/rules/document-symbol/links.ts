// Symbol references as links: placeholder targets, links pointing at another symbol, and references
// written one way (all linked or all plain).

import type { DraftModel, Link } from '../../model';
import type { RuleContext } from '../../rule';
import type { Fix } from '../../types';
import { resolutionOrgan, resolutionSymbol } from '../../un/resolutions';
import { lineSentences, sentenceAt } from '../../parse/sentences';
import { splitDoubleSymbol } from '../../un/symbol';
import { correctedSymbol, lineOf, parseSymbol, undocsAddress, type Piece } from './symbols';

/** Placeholder link targets, links pointing at another symbol, and references written two ways. */
export function checkLinks(ctx: RuleContext, pieces: readonly Piece[]): void {
  checkLinkTargets(ctx);
  checkOneWay(ctx, pieces);
}

function checkLinkTargets(ctx: RuleContext): void {
  const { model, text } = ctx;
  for (const link of model.links) {
    const target = link.target.trim();
    const label = link.text.trim();
    if (target === '#' || target === '') {
      const symbol = placeholderTarget(model, link);
      const fixes: Fix[] = symbol
        ? [{ title: `Point the link at ${undocsAddress(symbol)}`, edits: [{ range: link.targetRange, newText: undocsAddress(symbol) }], safety: 'safe' }]
        : [];
      ctx.report({
        ...(symbol
          ? { messageId: 'placeholderTarget', data: { link: text.slice(link.range.start, link.range.end), target, expected: undocsAddress(symbol) } }
          : { messageId: 'placeholderTargetUnknown', data: { link: text.slice(link.range.start, link.range.end), target } }),
        range: link.range,
        fixes,
      });
      continue;
    }
    // `[A/79/437](https://undocs.org/A/79/436)`: the address names another symbol.
    // An optional language before the symbol is lower case (`/en/`); `TD/` is the symbol's organ.
    const u = /^https?:\/\/(?:www\.)?undocs\.org\/(?:(?:ar|en|es|fr|ru|zh)\/)?([^?#\s]+)$/.exec(target);
    const labelSymbol = parseSymbol(label) && splitDoubleSymbol(label).length === 1 ? label : undefined;
    if (u && labelSymbol) {
      let addressed = u[1];
      try {
        addressed = decodeURIComponent(addressed);
      } catch {
        // keep it as written
      }
      if (addressed.toLowerCase() !== labelSymbol.toLowerCase() && addressed.toLowerCase() !== correctedSymbol(labelSymbol).toLowerCase()) {
        const want = undocsAddress(correctedSymbol(labelSymbol));
        ctx.report({
          messageId: 'linkOtherSymbol',
          data: { label, addressed, expected: want },
          range: link.range,
          // The label or the address may be the wrong one.
          fixes: [{ title: `Point the link at ${want}, the symbol its text shows`, edits: [{ range: link.targetRange, newText: want }], safety: 'unsafe' }],
        });
      }
    }
  }
}

function checkOneWay(ctx: RuleContext, pieces: readonly Piece[]): void {
  const { model } = ctx;
  const mastStarts = new Set(model.masthead.symbols.map((s) => s.range.start));
  // All linked or all plain: the minority is reported (a tie favours links). Symbols of the
  // masthead and the title lines above the body are never links and are not counted.
  const frontEnd = model.masthead.frontEndLine > 0 ? model.lines[Math.min(model.masthead.frontEndLine, model.lines.length) - 1].next : 0;
  // Nor are the symbols of a resolution header, `[on the report of the Third Committee (A/78/481)]` (R42).
  const refs = pieces.filter(
    (p) => p.start === p.ref.range.start && !mastStarts.has(p.ref.range.start) && p.start >= frontEnd && !inResolutionHeader(model, p.start),
  );
  const linked = refs.filter((p) => p.ref.link !== -1);
  const plain = refs.filter((p) => p.ref.link === -1);
  if (linked.length === 0 || plain.length === 0) return;
  if (linked.length >= plain.length) {
    for (const p of plain) {
      const sym = p.ref.text;
      const target = undocsAddress(correctedSymbol(splitDoubleSymbol(sym)[0][1]));
      ctx.report({
        ...(linked.length === 1
          ? { messageId: 'plainAmongLinks', data: { symbol: sym, target } }
          : { messageId: 'plainAmongLinksMany', data: { symbol: sym, count: linked.length, target } }),
        range: p.ref.range,
        fixes: [{ title: `Link "${sym}" to ${target}`, edits: [{ range: p.ref.range, newText: `[${sym}](${target})` }], safety: 'safe' }],
      });
    }
  } else {
    for (const p of linked) {
      const link = model.links[p.ref.link];
      const exact = link.text === p.ref.text;
      ctx.report({
        ...(plain.length === 1 ? { messageId: 'linkAmongPlain', data: { symbol: p.ref.text } } : { messageId: 'linkAmongPlainMany', data: { symbol: p.ref.text, count: plain.length } }),
        range: link.range,
        fixes: exact ? [{ title: `Unlink "${p.ref.text}"`, edits: [{ range: link.range, newText: link.text }], safety: 'safe' }] : [],
      });
    }
  }
}

/** True when `offset` is on a resolution header line: `[on the report of the … Committee (A/78/481)]`. */
function inResolutionHeader(model: DraftModel, offset: number): boolean {
  const line = model.lines[lineOf(model, offset)];
  return /^\s*\[(?:on the report of|without reference to)\b/.test(line.text);
}

/** What a placeholder link stands for: its text when that is a symbol, or a resolution of a named organ. */
function placeholderTarget(model: DraftModel, link: Link): string | undefined {
  const label = link.text.trim();
  // A symbol has no spaces or parentheses; written into the target they would end the link early,
  // and the fix would be offered again on every pass.
  if (/[\s()]/.test(label)) return undefined;
  if (parseSymbol(label) && splitDoubleSymbol(label).length === 1 && /^[A-Z]/.test(label)) return correctedSymbol(label);
  if (!/^(?:E?S-)?\d{1,4}\/\d{1,4}$/.test(label)) return undefined;
  const li = lineOf(model, link.range.start);
  const line = model.lines[li];
  const spans = lineSentences(model, li);
  const rel = link.textRange.start - line.start;
  const [a, b] = sentenceAt(spans, rel);
  const sentence = line.text.slice(a, b);
  const organ = resolutionOrgan(sentence, rel - a, link.range.end - line.start - a);
  return organ ? resolutionSymbol(organ, label) : undefined;
}
