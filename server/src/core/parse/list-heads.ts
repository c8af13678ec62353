// What the head of a list announces, from the clause before its colon: States (attending, members of
// a body, States parties, observers), a recorded vote, a regional group, sponsors, speakers, a list in
// an order the head states, organizations, documents. A rule that cares about a list's order reads it
// from this kind, never from the entries.

import type { ListHead, ListHeadKind } from '../model';

/**
 * `following States:` → states; `In favour:` → vote; `organizations were represented:` → organizations.
 * `text` is the few words before the colon that messages quote; `clause` (default `text`) is the
 * head's whole clause, from the start of its sentence to the colon, which decides the kind.
 */
export function listHead(text: string, clause: string = text): ListHead {
  // Emphasis is typography, not words: `*In favour*:` is the head `In favour:`.
  return { kind: headKind((clause === '' ? text : clause).replace(/[*_]+/g, '')), text };
}

/** The kinds whose lists United Nations practice writes in English alphabetical order of the States' short names (R39). */
export const ALPHABETICAL_HEADS: ReadonlySet<ListHeadKind> = new Set<ListHeadKind>(['vote', 'regional-group', 'states', 'attendance', 'members', 'states-parties', 'observers']);

/** A head that says its own order: `in the order of receipt of the reports`, `in order of speaking`, `in the order received`;
 * `respectively`, which matches the entries one by one to another list; `listed by regional group`. */
const STATED_ORDER_RE = /\brespectively\b|\b(?:listed|arranged|grouped|sorted) (?:by|according to)\b|\bby regional groups?\b|\b(?:in|by) (?:the )?order (?:of|in which|received|they)\b|\bin (?:the )?(?:chronological|reverse) order\b/i;
/** Sponsors, and States aligning themselves with a statement, are listed in the order they joined or submitted. */
const SPONSORS_RE = /\b(?:co-?)?sponsor(?:s|ed|ing|ship)?\b|\bsubmitted by\b|\bon behalf of\b|\bjoined\b|\baligned\b|\balign themselves\b/i;
/**
 * Speakers: the head's verb says who spoke (`Statements were made by …:`, `The following States took the
 * floor:`, `delivered statements:`, `took part in the general debate:`, `introduced the draft resolution:`,
 * `presented their national experience:`, `made general comments:`, `explained their votes:`, `in exercise of the
 * right of reply:`); a statement merely mentioned (`as updated by the statement of
 * the representative of …`) is not one. A debate, dialogue or discussion is joined by speaking in it, so
 * those who took part in one are listed in the order they spoke, unlike those who took part in a session.
 */
const SPEAKERS_RE =
  /\b(?:made by|(?:made|delivered) (?:a |general |joint )?statements?|statements? (?:was |were )?(?:made|delivered|by)|spoke|took the floor|addressed the|intervened|speakers?|panell?ists?|delivered by|presented|introduced|interventions? (?:by|were)|(?:made|offered) (?:general |some |further |brief )?(?:comments|remarks)|commented|explained (?:their|its) (?:votes?|positions?)|in explanation of (?:vote|position)|right of reply|(?:participated|took part|engaged) in (?:the |an? )?(?:[\w-]+ ){0,2}(?:debate|dialogue|discussion|exchange)s?)\b/i;
const ORGANIZATIONS_RE = /\b(?:organi[sz]ations?|entities|agencies|bodies|institutions|programmes|funds)\b/i;
const ATTENDANCE_RE = /\b(?:attended|attending|(?:were|was) represented|represented at|present at|(?:participated|took part) in the (?:session|sessions|meeting|meetings|conference|work))\b/i;
const MEMBERS_RE = /\bmembers\b|\b(?:consists?|consisting|composed) of\b|\bmembership\b/i;

function headKind(text: string): ListHeadKind {
  if (text === '') return 'none';
  if (/^(?:In favour|Against|Abstaining)\s*:/.test(text)) return 'vote';
  // The regional groups; a head read as its last three words keeps `and Caribbean States:` or `and other States:`.
  if (/\b(?:African|Asia-Pacific|Asian|Eastern European|Caribbean|and [Oo]ther) States\s*:/.test(text)) return 'regional-group';
  // What fixes an order other than the alphabet comes first: a stated order, sponsors, speakers.
  if (STATED_ORDER_RE.test(text)) return 'stated-order';
  if (SPONSORS_RE.test(text)) return 'sponsors';
  if (ORGANIZATIONS_RE.test(text)) return 'organizations';
  if (SPEAKERS_RE.test(text)) return 'speakers';
  if (/\bStates [Pp]arties\b/.test(text)) return 'states-parties';
  if (/\bobservers?\b/i.test(text)) return 'observers';
  if (ATTENDANCE_RE.test(text)) return 'attendance';
  if (MEMBERS_RE.test(text)) return 'members';
  if (/\bStates\b/.test(text)) return 'states';
  if (/\b(?:participants|participated)\b/i.test(text)) return 'speakers';
  if (/\bdocuments?\b/i.test(text)) return 'documents';
  return 'other';
}
