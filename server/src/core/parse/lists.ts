// The one list reader: lists of names with their head and entries, read once per draft and kept
// in the model (`lists`; the names under State heads, for country-name, in `stateLists`: see
// `StateList` for why that is a reading of its own). Each entry of `lists` gets a comparison key and a
// type: a State (resolved to the UNTERM list), a person (`Mr. Jean Dupont (Chile)`), an organization, a
// document (`(E/CN.15/2018/1)`), a placeholder (`[...]`) or something else.

import type { EntryType, ListEntry, ListHeadKind, ModelBase, NameList } from '../model';
import { lineAtOffset } from '../text';
import { listHead } from './list-heads';
import { type Entry, type EntryList, PERSON_RE } from './list-entries';
import { collectItemGroups, collectParagraphRuns } from './list-groups';
import { collectInlineAndLineLists } from './list-inline';

export { listHead } from './list-heads';
export { readStateLists } from './list-states';

/** Every list of names in the draft: inline and one-per-line lists, item groups, runs of one-name paragraphs. */
export function readLists(model: ModelBase): NameList[] {
  const found: EntryList[] = [];
  collectInlineAndLineLists(model, found);
  collectItemGroups(model, found);
  collectParagraphRuns(model, found);
  return found.map((l) => {
    const head = listHead(l.intro, l.clause ?? l.intro);
    return { form: l.kind, head, entries: l.entries.map((e) => listEntry(model, e, head.kind)), line: lineAtOffset(model.lines, l.entries[0]?.start ?? 0) };
  });
}

/** Entry types by head and text: an entry's key and State follow from its text, and lists repeat names (a bounded cache). */
const typeCache = new Map<string, EntryType>();

function listEntry(model: ModelBase, e: Entry, head: ListHeadKind): ListEntry {
  const text = model.text.slice(e.start, e.end);
  const cacheKey = `${head}\u0000${text}`;
  let type = typeCache.get(cacheKey);
  if (type === undefined) {
    type = entryType(text, e, head);
    if (typeCache.size >= 4096) typeCache.clear();
    typeCache.set(cacheKey, type);
  }
  const state = type === 'state' && e.key?.startsWith('S:') ? e.key.slice(2) : type === 'person' ? stateInParentheses(e.key) : undefined;
  // One object shape for every entry (fields left undefined rather than added later).
  return { range: { start: e.start, end: e.end }, type, key: e.key, state, line: e.line, terminator: e.terminator };
}

/** The State a person's entry names in parentheses (`Lu Chuanying (China)`: its key ends `| S:CHN`). */
function stateInParentheses(key: string | undefined): string | undefined {
  const at = key === undefined ? -1 : key.lastIndexOf(' | S:');
  return at === -1 ? undefined : (key as string).slice(at + 5).split(' ')[0];
}

/** A document symbol: an organ's letters, a slash and more (`E/CN.15/2018/1`, `A/RES/65/230`). */
const SYMBOL_RE = /\b[A-Z]{1,10}\/[A-Z0-9]/;
/** Words of an organization's proper name. */
const ORGANIZATION_RE =
  /\b(?:Organi[sz]ation|Association|Foundation|Network|Institute|Union|Council|Committee|Commission|Programme|Program|Fund|Agency|Bank|Cent(?:re|er)|Trust|Society|Federation|Alliance|Coalition|League|Office|Secretariat|Forum|Group|Initiative|Movement|Company|Corporation|University|Academy|Chamber|Inc|Ltd|LLC|GmbH|NGO)\b/;
/** Two to five capitalized words, then a State in parentheses: `Jean Dupont (Chile)`. */
const NAMED_PERSON_RE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*\s*\(/u;

function entryType(text: string, e: Entry, head: ListHeadKind): EntryType {
  if (e.key === undefined) return 'placeholder';
  if (e.isState) return 'state';
  if (PERSON_RE.test(text)) return 'person';
  if (SYMBOL_RE.test(text)) return 'document';
  if (ORGANIZATION_RE.test(text) || /\([A-Z]{2,}\)\s*$/.test(text) || /^[A-Z]{2,}\b/.test(text)) return 'organization';
  // A name followed by a State in parentheses, the key's groups saying which: a person.
  if (e.key.includes(' | S:') && NAMED_PERSON_RE.test(text)) return 'person';
  // The head says what the rest of its entries are: `the following organizations were represented:`.
  return head === 'organizations' ? 'organization' : 'other';
}

