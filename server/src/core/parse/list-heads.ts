// What the head of a list announces, from the few words before its colon: States, a recorded
// vote, a regional group, organizations, speakers, documents.

import type { ListHead, ListHeadKind } from '../model';

/** `following States:` → states; `In favour:` → vote; `organizations were represented:` → organizations. */
export function listHead(text: string): ListHead {
  return { kind: headKind(text), text };
}

function headKind(text: string): ListHeadKind {
  if (text === '') return 'none';
  if (/^(?:In favour|Against|Abstaining)\s*:/.test(text)) return 'vote';
  // The regional groups; a head read as its last three words keeps `and Caribbean States:` or `and other States:`.
  if (/\b(?:African|Asia-Pacific|Asian|Eastern European|Caribbean|and [Oo]ther) States\s*:/.test(text)) return 'regional-group';
  if (/\bStates\b/.test(text)) return 'states';
  if (/\b(?:organi[sz]ations?|entities|agencies|bodies|institutions|programmes|funds)\b/i.test(text)) return 'organizations';
  if (/\b(?:made by|speakers?|panellists?|panelists?|participants|delivered by|presented by)\b/i.test(text)) return 'speakers';
  if (/\bdocuments?\b/i.test(text)) return 'documents';
  return 'other';
}
