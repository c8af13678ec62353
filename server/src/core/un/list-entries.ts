// What an entry of a list of names is, read from its words: a person's title or initial before a
// period (`Mr.`, `H.E.`, `K. R. Singh`), which ends no sentence, and a head that introduces a list of
// organizations, whose entries are proper names (`Save the Children (United Kingdom)`).

/** A person's title or an initial before a period: "Mr.", "Ms.", "Dr.", "H.E.", "K." do not end a sentence. */
const TITLE_BEFORE_RE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Amb|H\.E|St|[A-Z])$/;

/** True when `before`, the few characters before a period, end with a person's title or an initial. */
export function periodAfterTitle(before: string): boolean {
  return TITLE_BEFORE_RE.test(before);
}

/** A head that introduces organizations: "the following non-governmental organizations were represented:". */
const ORG_HEAD_RE = /\b(?:organi[sz]ations|entities|agencies|institutions|foundations|companies)\b[^.:]{0,80}:/;

/** Offset of the colon after a head that introduces organizations on the line, or -1. */
export function orgListStart(t: string): number {
  if (t.indexOf(':') === -1) return -1;
  const m = ORG_HEAD_RE.exec(t);
  return m ? m.index + m[0].length - 1 : -1;
}
