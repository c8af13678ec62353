// Does a Markdown or plain-text document look like a UN report? The editor checks such documents
// automatically (setting `undraft.documents: auto`): a `Distr.:` masthead line or a UN document
// symbol in the first lines.

import { scanSymbols } from './parse/inline';

/** How many lines from the top are looked at. */
export const DETECT_LINES = 40;

const DISTR_RE = /^[ \t>*_#-]*Distr\.[ \t]*:/;

export function looksLikeUnReport(text: string, lines = DETECT_LINES): boolean {
  // The head of the text only: a linear scan up to the n-th line break.
  let end = 0;
  for (let n = 0; n < lines && end !== -1; n++) {
    const next = text.indexOf('\n', end);
    end = next === -1 ? -1 : next + 1;
  }
  const head = end === -1 ? text : text.slice(0, end);
  for (const line of head.split(/\r\n|\r|\n/)) if (DISTR_RE.test(line)) return true;
  // Symbols in link targets (URLs) do not count; symbols in link text do. Two slashes at least, so
  // that `HTTP/2` is no symbol: every UN symbol has a body or series and a number (`A/73/1`, `E/2017/30`).
  return scanSymbols(head, [], []).some((s) => s.text.split('/').length >= 3 && !isInUrl(head, s.range.start));
}

function isInUrl(text: string, offset: number): boolean {
  // Walk back over non-space characters: a `://` or `](` before the symbol means it is inside a URL.
  let i = offset;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  const word = text.slice(i, offset);
  return word.includes('://') || word.includes('](');
}
