// Paragraph numbering (R22): the report's paragraphs run 1, 2, 3 … through the whole body without
// gaps, repeats, disorder or a restart in a new chapter; each annex runs on its own. The fix
// renumbers the body and updates the references to its paragraphs (`see para. 12`) in the body.

import type { DraftModel, LineKind, Paragraph } from '../model';
import { asReceivedLines } from '../prose';
import type { MessageData, Report, Rule } from '../rule';
import type { Fix, RelatedLocation, TextEdit, TextRange } from '../types';

/** `paragraph`, `paragraphs`, `para.`, `paras.` as a word, followed by spacing. */
const KEYWORD_RE = /\b(?:paragraphs?|paras?\.)[ \u00a0]+/gi;
/** One number of a reference: digits not glued to more digits, a slash or a decimal point. */
const REF_NUMBER_RE = /\d{1,4}(?![\d/]|\.\d)/y;
/** Between two numbers of one reference: `, ` `and` `, and` `to` `–` `-`. */
const REF_JOINER_RE = /(?:[ \u00a0]*[–—-][ \u00a0]*|,?[ \u00a0]+(?:and|to|or)[ \u00a0]+|,[ \u00a0]*)(?=\d)/y;
/** A subparagraph marker after a number: `12 (b)`, `12(b)(ii)`. */
const SUB_MARKER_RE = /(?:[ \u00a0]?\((?:[a-z]{1,2}|[ivxlc]{1,6})\))+/y;
/** After the numbers: the reference points into another text (`of resolution 65/230`, `thereof`, `(A/HRC/WG.6/6/ALB/1)`). */
const EXTERNAL_AFTER_RE = /^,?[ \u00a0]*(?:(?:of|thereof|therein|annex|in annex|to (?:the )?annex)\b|\(?[A-Z][A-Za-z0-9.]*\/)/i;
/** …unless that other text is this one. */
const OWN_AFTER_RE = /^,?[ \u00a0]*of (?:the present|this) (?:report|document)\b/i;
/** Before the keyword: a resolution's own paragraphs (`operative paragraph 5`), `annex, paragraph 36`, a symbol. */
const EXTERNAL_BEFORE_RE = /(?:\b(?:operative|preambular|annex|article)|\/[A-Za-z0-9.]+),?[ \u00a0]*$/i;
/** The two words before a comma that precedes the keyword: `para. 3, paragraphs 14 and 15` continues a reference. */
const LIST_BEFORE_RE = /(?:\bparas?\.|\bparagraphs?|\band|\bto|[–—-])[ \u00a0]*\d{1,4}(?:\([a-z]{1,6}\))*,[ \u00a0]*$/i;

/** Lines whose paragraph references speak about this report's paragraphs. */
const REFERENCE_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['paragraph', 'continuation', 'subparagraph', 'footnote']);

interface Issue {
  readonly index: number;
  readonly messageId: string;
  readonly data: MessageData;
  readonly related: RelatedLocation[];
}

/**
 * Numbering slips the body and an annex share. TAIL says where: in the body the number expected
 * there, in an annex (numbered on its own, so no number is expected) which annex.
 */
const SEQUENCE_MESSAGES: Record<string, string> = {
  repeated: 'Paragraph number {{number}} is used twice; the first is on line {{firstLine}} TAIL',
  missingOne: 'Paragraph {{number}} follows paragraph {{previous}}: paragraph {{missing}} is missing TAIL',
  missingMany: 'Paragraph {{number}} follows paragraph {{previous}}: paragraphs {{from}}–{{to}} are missing TAIL',
  firstMissingOne: 'The first paragraph is numbered {{number}}: paragraph {{missing}} is missing TAIL',
  firstMissingMany: 'The first paragraph is numbered {{number}}: paragraphs {{from}}–{{to}} are missing TAIL',
  outOfOrder: 'Paragraph {{number}} follows paragraph {{previous}}: numbers out of order TAIL',
  firstOutOfOrder: 'The first paragraph is numbered {{number}}, and lower numbers follow: numbers out of order TAIL',
};

const CONSECUTIVE = 'paragraphs are numbered consecutively through the whole report (expected {{expected}})';

function paragraphNumberingMessages(): Record<string, string> {
  const out: Record<string, string> = {
    noPeriod: 'Paragraph number "{{number}}" lacks its period; expected "{{number}}."',
    restart: `Paragraph numbering restarts at 1; ${CONSECUTIVE}`,
    restartInChapter: `Paragraph numbering restarts at 1 in chapter {{chapter}}; ${CONSECUTIVE}`,
    restartEveryChapter: `Paragraph numbering restarts at 1 in every chapter ({{chapters}} chapters, from chapter {{chapter}} on); ${CONSECUTIVE}`,
  };
  for (const [id, template] of Object.entries(SEQUENCE_MESSAGES)) {
    out[id] = template.replace('TAIL', '(expected {{expected}})');
    out[`${id}InAnnex`] = template.replace('TAIL', '(in annex {{annex}})');
    out[`${id}InTheAnnex`] = template.replace('TAIL', '(in the annex)');
  }
  return out;
}

export const paragraphNumberingRule: Rule = {
  meta: {
    id: 'paragraph-numbering',
    description: 'Paragraphs are numbered consecutively through the whole report, without gaps, repeats or restarts',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['structure', 'numbering'],
    conventions: ['R22'],
    messages: paragraphNumberingMessages(),
  },
  check(ctx) {
    const model = ctx.model;
    const text = ctx.text;
    // An annex reproduced as received keeps the author's numbering: no editor renumbers it (R37 exception, S15).
    const received = asReceivedLines(model);
    const paragraphs = model.paragraphs.filter((p) => received[p.line] !== 1);

    for (const p of paragraphs) {
      if (text[p.numberRange.end] !== '.') {
        const n = text.slice(p.numberRange.start, p.numberRange.end);
        ctx.report({
          messageId: 'noPeriod',
          data: { number: n },
          range: p.numberRange,
          fixes: [{ title: `Add the period after "${n}"`, edits: [{ range: { start: p.numberRange.end, end: p.numberRange.end }, newText: '.' }], safety: 'safe' }],
        });
      }
    }

    const scopes = new Map<number, Paragraph[]>();
    for (const p of paragraphs) {
      const list = scopes.get(p.scope);
      if (list) list.push(p);
      else scopes.set(p.scope, [p]);
    }

    for (const [scope, paragraphs] of scopes) {
      // An annex may start its own numbering anywhere (usually 1); only its order is checked.
      const base = scope === 0 ? bodyBase(model, paragraphs) : paragraphs[0].number;
      const issues = analyse(model, paragraphs, base, scope === 0);
      if (issues.length === 0) continue;
      const fix = scope === 0 ? renumberFix(model, paragraphs, base) : undefined;
      const annex = scope === 0 ? undefined : annexLabel(model, paragraphs[0]);
      for (const issue of issues) {
        const report: Report = {
          messageId: annex === undefined ? issue.messageId : annex ? `${issue.messageId}InAnnex` : `${issue.messageId}InTheAnnex`,
          data: annex ? { ...issue.data, annex } : issue.data,
          range: paragraphs[issue.index].numberRange,
          related: issue.related,
          ...(fix ? { fixes: [fix] } : {}),
        };
        ctx.report(report);
      }
    }
  },
};

/** Where the body's numbering should start: 1, or the first number of a part of a report that starts at a later chapter. */
function bodyBase(model: DraftModel, body: readonly Paragraph[]): number {
  const first = body[0];
  const firstChapter = model.headings.find((h) => h.kind === 'chapter' && h.scope === 0);
  const isPart = !!firstChapter && firstChapter.ordinal > 1 && firstChapter.line < first.line && first.number > 1;
  return isPart ? first.number : 1;
}

/** The label of the annex a paragraph stands in (`II`), or '' when the annex has none. */
function annexLabel(model: DraftModel, p: Paragraph): string {
  const annex = model.headings.find((x) => x.kind === 'annex' && x.scope === p.scope);
  return annex?.label ?? '';
}

function chapterLabel(model: DraftModel, p: Paragraph): string {
  const h = p.chapter >= 0 ? model.headings[p.chapter] : undefined;
  return h && h.label ? h.label : '';
}

/**
 * The paragraphs' numbering problems. Numbering is fine while each number is the previous one plus
 * one (or the highest so far plus one, so one swapped pair gives two findings, not a cascade).
 */
function analyse(model: DraftModel, ps: readonly Paragraph[], base: number, body: boolean): Issue[] {
  const issues: Issue[] = [];
  const rel = (p: Paragraph, message: string): RelatedLocation => ({ range: p.numberRange, message });
  if (ps.length === 0) return issues;

  // Runs split where the numbering restarts at 1 in a new chapter (body only).
  const runStarts: number[] = [0];
  for (let i = 1; i < ps.length; i++) {
    if (body && ps[i].number === 1 && ps[i - 1].number >= 1 && ps[i].chapter !== ps[i - 1].chapter) runStarts.push(i);
  }
  runStarts.push(ps.length);
  // Numbered per chapter throughout (every chapter restarts at 1): one finding says so, not one per chapter.
  let chapterChanges = 0;
  for (let i = 1; i < ps.length; i++) if (ps[i].chapter !== ps[i - 1].chapter) chapterChanges++;
  const restarts = runStarts.length - 2;
  const perChapter = restarts >= 2 && restarts === chapterChanges;

  for (let r = 0; r + 1 < runStarts.length; r++) {
    const from = runStarts[r];
    const to = runStarts[r + 1];
    const sorted = ps.slice(from, to).map((p) => p.number).sort((a, b) => a - b);
    const seen = new Map<number, number>();
    let prev: number;
    let max: number;
    if (r === 0) {
      prev = base - 1;
      max = prev;
    } else {
      if (!perChapter || r === 1) issues.push(restartIssue(model, ps, runStarts, r, base, perChapter));
      seen.set(1, from);
      prev = 1;
      max = 1;
    }
    for (let i = from; i < to; i++) {
      const p = ps[i];
      const n = p.number;
      if (seen.get(n) === i) continue; // already handled (first paragraph or restart)
      // An annex's numbering has no expected number: its messages say which annex instead.
      const expected: MessageData = body ? { expected: i + base } : {};
      const previous = i > 0 ? ps[i - 1] : undefined;
      if (n === prev + 1 || n === max + 1) {
        // in sequence
      } else if (seen.has(n)) {
        const first = ps[seen.get(n) as number];
        issues.push({
          index: i,
          messageId: 'repeated',
          data: { number: n, firstLine: first.line + 1, ...expected },
          related: [rel(first, `first paragraph ${n}`)],
        });
      } else if (n > max + 1 && !anyBetween(sorted, max, n)) {
        const follows = previous && i > from;
        const missing: MessageData = n - max === 2 ? { missing: max + 1 } : { from: max + 1, to: n - 1 };
        issues.push({
          index: i,
          messageId: `${follows ? 'm' : 'firstM'}issing${n - max === 2 ? 'One' : 'Many'}`,
          data: { number: n, ...(follows ? { previous: previous.number } : {}), ...missing, ...expected },
          related: previous && i > from ? [rel(previous, `previous paragraph ${previous.number}`)] : [],
        });
      } else {
        issues.push({
          index: i,
          ...(previous && i > from
            ? { messageId: 'outOfOrder', data: { number: n, previous: previous.number, ...expected } }
            : { messageId: 'firstOutOfOrder', data: { number: n, ...expected } }),
          related: previous && i > from ? [rel(previous, `previous paragraph ${previous.number}`)] : [],
        });
      }
      if (!seen.has(n)) seen.set(n, i);
      prev = n;
      if (n > max) max = n;
    }
  }
  return issues;
}

/**
 * The restart of run `r` at 1 (`runStarts` split the paragraphs where they restart); when every chapter
 * restarts (`perChapter`), one issue on the first restart says so for all.
 */
function restartIssue(model: DraftModel, ps: readonly Paragraph[], runStarts: readonly number[], r: number, base: number, perChapter: boolean): Issue {
  const from = runStarts[r];
  const chapter = chapterLabel(model, ps[from]);
  const rel = (p: Paragraph, message: string): RelatedLocation => ({ range: p.numberRange, message });
  if (!perChapter) {
    return {
      index: from,
      messageId: chapter ? 'restartInChapter' : 'restart',
      data: { expected: from + base, ...(chapter ? { chapter } : {}) },
      related: [rel(ps[from - 1], `previous paragraph ${ps[from - 1].number}`)],
    };
  }
  return {
    index: from,
    messageId: 'restartEveryChapter',
    data: { chapters: runStarts.length - 1, chapter: chapter || '?', expected: from + base },
    related: runStarts.slice(1, -1).map((k) => rel(ps[k], `paragraph 1 of chapter ${chapterLabel(model, ps[k]) || '?'}`)),
  };
}

/** True when some number strictly between `lo` and `hi` occurs in `sorted` (ascending). */
function anyBetween(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid] <= lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a] < hi;
}

/** Renumber the body from `base` and update the references to its paragraphs; digits only. */
function renumberFix(model: DraftModel, body: readonly Paragraph[], base: number): Fix | undefined {
  const edits: TextEdit[] = [];
  const count = new Map<number, number>();
  for (const p of body) count.set(p.number, (count.get(p.number) ?? 0) + 1);
  const mapping = new Map<number, number>();
  body.forEach((p, i) => {
    const next = i + base;
    if (count.get(p.number) === 1) mapping.set(p.number, next);
    if (p.number !== next) edits.push({ range: p.numberRange, newText: String(next) });
  });
  if (edits.length === 0) return undefined;
  const refs = referenceEdits(model, mapping);
  const last = base + body.length - 1;
  const n = refs.references;
  const also = n === 0 ? '' : ` and update ${n} reference${n === 1 ? '' : 's'} to them`;
  return { title: `Renumber paragraphs ${base}–${last}${also}`, edits: [...edits, ...refs.edits], safety: 'safe' };
}

/**
 * Edits to the numbers of clearly internal references (`paragraph 21`, `paras. 12–14`, `see para. 3`)
 * in the body's paragraphs, subparagraphs and footnotes. A reference into another text — `of …`
 * after it, a comma or `operative` before it — is left alone, and so is a reference naming any
 * number that not exactly one old paragraph bore (a removed paragraph, a repeated number).
 * `mapping` maps each old number borne once to its new number.
 */
export function referenceEdits(model: DraftModel, mapping: ReadonlyMap<number, number>): { edits: TextEdit[]; references: number } {
  const edits: TextEdit[] = [];
  let references = 0;
  if (![...mapping].some(([from, to]) => from !== to)) return { edits, references };
  const quotes = model.quotations;
  let q = 0;
  let owner: 'paragraph' | 'other' = 'other';
  const end = Math.min(model.annexStartLine, model.lines.length);
  for (let li = 0; li < end; li++) {
    const kind = model.lineKinds[li];
    // Subparagraphs and continuations count as the report's text only under a numbered paragraph.
    if (kind === 'paragraph') owner = 'paragraph';
    else if (kind === 'list-item' || kind === 'heading' || kind === 'text' || kind === 'toc' || kind === 'masthead' || kind === 'front') owner = 'other';
    if (!REFERENCE_KINDS.has(kind)) continue;
    if (kind !== 'footnote' && owner !== 'paragraph') continue;
    const line = model.lines[li];
    const t = line.text;
    KEYWORD_RE.lastIndex = 0;
    for (let km = KEYWORD_RE.exec(t); km; km = KEYWORD_RE.exec(t)) {
      const numbers: TextRange[] = [];
      /** rangeTo[k]: number k closes a range opened by number k - 1 (`12–14`, `12 to 14`). */
      const rangeTo: boolean[] = [];
      let pos = km.index + km[0].length;
      for (;;) {
        REF_NUMBER_RE.lastIndex = pos;
        const nm = REF_NUMBER_RE.exec(t);
        if (!nm) break;
        numbers.push({ start: line.start + pos, end: line.start + pos + nm[0].length });
        if (rangeTo.length < numbers.length) rangeTo.push(false);
        pos += nm[0].length;
        SUB_MARKER_RE.lastIndex = pos;
        const sm = SUB_MARKER_RE.exec(t);
        if (sm) pos += sm[0].length;
        REF_JOINER_RE.lastIndex = pos;
        const jm = REF_JOINER_RE.exec(t);
        if (!jm) break;
        rangeTo.push(/[–—-]| to /.test(jm[0]));
        pos += jm[0].length;
      }
      KEYWORD_RE.lastIndex = Math.max(pos, km.index + km[0].length);
      if (numbers.length === 0) continue;
      const lead = t.slice(Math.max(0, km.index - 40), km.index);
      const after = t.slice(pos, pos + 40);
      if (EXTERNAL_BEFORE_RE.test(lead)) continue;
      // After a comma (`A/79/437, para. 2`, `article 6, paragraph 2`) only the next reference of a list is ours.
      if (/,[ \u00a0]*$/.test(lead) && !LIST_BEFORE_RE.test(lead)) continue;
      if (EXTERNAL_AFTER_RE.test(after) && !OWN_AFTER_RE.test(after)) continue;
      const at = line.start + km.index;
      while (q < quotes.length && quotes[q].end <= at) q++;
      if (q < quotes.length && quotes[q].start <= at) continue;
      // A reference naming a number that no paragraph or two paragraphs bore is left whole: which
      // paragraph it meant is for the author to say.
      const olds = numbers.map((r) => Number(model.text.slice(r.start, r.end)));
      if (olds.some((n) => !mapping.has(n))) continue;
      const news = olds.map((n) => mapping.get(n) ?? n);
      // A range keeps its ends in order (`paragraphs 3 to 4` stays so when 3 and 4 swap).
      for (let k = 1; k < news.length; k++) {
        if (rangeTo[k] && news[k - 1] > news[k]) [news[k - 1], news[k]] = [news[k], news[k - 1]];
      }
      const before = edits.length;
      numbers.forEach((r, k) => {
        if (news[k] !== olds[k]) edits.push({ range: r, newText: String(news[k]) });
      });
      if (edits.length > before) references++;
    }
  }
  return { edits, references };
}
