// The text the rules read: the draft as its reader sees it. Characters that only say where a line may or may not
// break (soft hyphen, zero-width space, word joiner) are left out and a non-breaking hyphen reads as a hyphen; the
// engine checks this text and maps what it finds back to the draft's offsets.

import { lowerBound } from './sorted';
import type { Finding, Fix, TextRange } from './types';

/**
 * Word's text export keeps an optional hyphen in a long word ("infor\u00ADmation"), a zero-width space where a
 * symbol or a web address may break ("A/\u200BHRC/\u200B52/2"), a non-breaking hyphen in a compound
 * ("follow\u2011up", "Timor\u2011Leste"). Printed, the word, the symbol and the name are whole; read as characters
 * they are split, and every rule that reads words, symbols or names would find a defect no reader sees. Only
 * characters with no meaning of their own are dropped: the joiners some scripts need (U+200C, U+200D) stay, as does
 * a byte-order mark at the very start (the engine keeps it out of fixes).
 */
function isLayoutOnly(c: number, offset: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || (c === 0xfeff && offset > 0);
}

const NON_BREAKING_HYPHEN = 0x2011;

/** A draft's reading text and the way back from its offsets to the draft's. */
export interface ReadingText {
  readonly text: string;
  /** Where a range that starts at `offset` of the reading text starts in the draft (after any dropped character there). */
  startInDraft(offset: number): number;
  /** Where a range that ends at `offset` of the reading text ends in the draft (before any dropped character there). */
  endInDraft(offset: number): number;
  /** The reading text's offset for the draft's `offset` (a dropped character reads as the place it stood). */
  inReading(offset: number): number;
}

/** The reading text of a draft, or undefined when the draft has nothing to drop or read otherwise (most drafts). */
export function readingText(draft: string): ReadingText | undefined {
  if (!/[\u00ad\u200b\u2060\u2011]|.\ufeff/su.test(draft)) return undefined;
  /** Offsets in the draft of the dropped characters, and the reading text's offset at each. */
  const dropped: number[] = [];
  const cuts: number[] = [];
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < draft.length; i++) {
    const c = draft.charCodeAt(i);
    if (isLayoutOnly(c, i)) {
      parts.push(draft.slice(from, i));
      cuts.push(i - dropped.length);
      dropped.push(i);
      from = i + 1;
    } else if (c === NON_BREAKING_HYPHEN) {
      parts.push(draft.slice(from, i), '-');
      from = i + 1;
    }
  }
  parts.push(draft.slice(from));
  const text = parts.join('');
  return {
    text,
    startInDraft: (offset) => offset + lowerBound(cuts.length, (k) => cuts[k] > offset),
    endInDraft: (offset) => offset + lowerBound(cuts.length, (k) => cuts[k] >= offset),
    inReading: (offset) => offset - lowerBound(dropped.length, (k) => dropped[k] >= offset),
  };
}

/** A range of the reading text as a range of the draft; an empty one (an insertion) stays before dropped characters. */
function rangeInDraft(r: TextRange, reading: ReadingText): TextRange {
  const end = reading.endInDraft(r.end);
  return { start: r.start === r.end ? end : reading.startInDraft(r.start), end };
}

function fixInDraft(fix: Fix, reading: ReadingText): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, range: rangeInDraft(e.range, reading) })) };
}

/** A finding on the reading text, placed in the draft: its range, its related places and its fixes' edits. */
export function findingInDraft(f: Finding, reading: ReadingText): Finding {
  return {
    ...f,
    range: rangeInDraft(f.range, reading),
    related: f.related.map((r) => ({ ...r, range: rangeInDraft(r.range, reading) })),
    fixes: f.fixes.map((x) => fixInDraft(x, reading)),
  };
}
