// The body's own terms (option `terms`, or the project config's `terms`): written with the capitals
// the body gives them. Only a capital dropped is reported ("the expert group" for "the Expert Group"),
// never one added: a title or the start of a sentence capitalizes words of its own.

import type { DraftModel } from '../../model';
import { inQuotation, inRanges, isProseLine } from '../../prose';
import type { RuleContext } from '../../rule';
import { stringsOption } from '../../rule-options';
import type { TextRange } from '../../types';

/**
 * Before a term, these make it a group in general, not the body: "an expert group", "its working
 * group", "a second expert group" (one word may come between).
 */
const GENERIC_BEFORE_RE = /\b(?:an?|its|their|his|her|another|one|each|every|any|no|other|such)[ \t]+(?:[a-z]+[ \t]+)?$/i;
/** After a term, these make it a kind of thing, or describe which one: "expert group meeting", "the group that …". */
const KIND_AFTER_RE = /^\s+(?:meetings?|members?|sessions?|process(?:es)?|model|format|that|which|who|whose)\b/i;

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** The lower-case keys of the configured terms, so that the general capitals check leaves them to this one. */
export function ownTermKeys(ctx: RuleContext): Set<string> {
  return new Set(stringsOption(ctx, 'terms').map((t) => t.trim().replace(/^the\s+/i, '').toLowerCase()));
}

/** Whether `written` drops a capital that `term` has (same letters otherwise). */
function dropsCapital(written: string, term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const t = term.charAt(i);
    if (t !== t.toLowerCase() && written.charAt(i) === t.toLowerCase()) return true;
  }
  return false;
}

export function checkOwnTerms(ctx: RuleContext, opaque: readonly TextRange[], titles: Uint8Array): void {
  const terms = stringsOption(ctx, 'terms')
    .map((t) => t.trim().replace(/^the\s+/i, ''))
    .filter((t) => /\p{Lu}/u.test(t) && t.toLowerCase().length === t.length);
  if (terms.length === 0) return;
  const { model } = ctx;
  for (let i = 0; i < model.lines.length; i++) {
    if (!isProseLine(model, i) || titles[i]) continue;
    const text = model.lines[i].text;
    const lower = text.toLowerCase();
    // A character whose lower case is longer would shift offsets; such lines are rare and left alone.
    if (lower.length !== text.length) continue;
    for (const term of terms) checkTermOnLine(ctx, model, i, lower, term);
  }

  function checkTermOnLine(c: RuleContext, m: DraftModel, i: number, lower: string, term: string): void {
    const line = m.lines[i];
    const key = term.toLowerCase();
    for (let p = lower.indexOf(key); p !== -1; p = lower.indexOf(key, p + key.length)) {
      const q = p + key.length;
      if ((p > 0 && isWordCode(lower.charCodeAt(p - 1))) || (q < lower.length && isWordCode(lower.charCodeAt(q)))) continue;
      const written = line.text.slice(p, q);
      if (written === term || !dropsCapital(written, term)) continue;
      const start = line.start + p;
      if (inQuotation(m, start) || inRanges(opaque, start)) continue;
      if (GENERIC_BEFORE_RE.test(line.text.slice(Math.max(0, p - 24), p)) || KIND_AFTER_RE.test(line.text.slice(q, q + 16))) continue;
      const range = { start, end: line.start + q };
      c.report({
        messageId: 'ownTerm',
        data: { written, term },
        range,
        // Lower case may still mean such a thing in general rather than the body's own.
        fixes: [{ title: `Write "${term}" (if it names the body's own)`, edits: [{ range, newText: term }], safety: 'unsafe' }],
      });
    }
  }
}
