// Heading and subparagraph numbering (R19, R20, R23): chapters I, II, III … in order in the body and
// in each annex; sections A, B, C … restarting in each chapter, never a lone A; numbered and
// lettered subheadings in order; subparagraphs (a), (b) … and (i), (ii) … and numbered list items
// in order within their paragraph or list. Fixes rewrite the labels only.

import type { DraftModel, Heading, ItemGroup, ListItem } from '../model';
import { toLetter, toRoman } from '../parse/numerals';
import { asReceivedLines } from '../prose';
import type { MessageData, Report, Rule } from '../rule';
import { lineAtOffset } from '../text';
import type { Fix, RelatedLocation, TextEdit, TextRange } from '../types';
import { numberedLinesOnce, repeatsListedItems } from './heading-numbering/listed-items';

/** One labelled element of a sequence: a heading or an item. */
interface Element {
  readonly ordinal: number;
  /** The label characters only (`IV`, `B`, `c`, `12`). */
  readonly labelRange: TextRange;
  /** The label as readers see it (`IV.`, `Chapter IV`, `B.`, `(c)`, `12.`). */
  readonly shown: string;
  /** Writes another label the way this one is written. */
  readonly wrap: (label: string) => string;
  readonly line: number;
  /** The last ordinal of a range of labels (`(i)–(iii)`): the next element follows it. */
  readonly through?: number;
}

/** How one kind of sequence writes its labels and names its elements. */
interface Style {
  /** `chapter`, `section`, `subheading`, `subparagraph`, `list item`. */
  readonly noun: string;
  /** The noun as it starts message ids (`listItem`). */
  readonly key: string;
  /** The label for an ordinal, as written in the text (without punctuation); undefined when it cannot be written. */
  format(n: number): string | undefined;
  /** The label for an ordinal, as shown in messages. */
  show(n: number): string;
}

const CHAPTER: Style = { noun: 'chapter', key: 'chapter', format: (n) => (n >= 1 && n < 4000 ? toRoman(n) : undefined), show: (n) => `${toRoman(n)}.` };
const SECTION: Style = {
  noun: 'section',
  key: 'section',
  format: (n) => (n >= 1 && n <= 26 ? String.fromCharCode(64 + n) : undefined),
  show: (n) => (n >= 1 && n <= 26 ? `${String.fromCharCode(64 + n)}.` : `#${n}`),
};
const NUMBERED_SUBHEADING: Style = { noun: 'numbered subheading', key: 'numberedSubheading', format: (n) => String(n), show: (n) => `${n}.` };
const LETTERED_SUBHEADING: Style = { noun: 'lettered subheading', key: 'letteredSubheading', format: (n) => letter(n), show: (n) => `(${letter(n) ?? n})` };
const LETTER_ITEM: Style = { noun: 'subparagraph', key: 'subparagraph', format: (n) => letter(n), show: (n) => `(${letter(n) ?? n})` };
const ROMAN_ITEM: Style = { noun: 'subparagraph', key: 'subparagraph', format: (n) => (n >= 1 && n < 4000 ? toRoman(n).toLowerCase() : undefined), show: (n) => `(${toRoman(n).toLowerCase()})` };
const NUMBER_ITEM: Style = { noun: 'list item', key: 'listItem', format: (n) => String(n), show: (n) => `${n}.` };

/** Where a sequence stands: as fix titles say it (`in chapter II`) and as messages name it (`chapter II`). */
interface Container {
  readonly where: string;
  readonly name: string;
}

/**
 * The messages. A sequence slip is said per kind of element: `Section "C." follows "A."`, or `"Chapter
 * IV" …` when the label carries the noun.
 */
function headingNumberingMessages(): Record<string, string> {
  const out: Record<string, string> = {
    chapterNoPeriod: 'Chapter heading "{{label}} {{title}}" lacks the period after "{{label}}"; expected "{{label}}. {{title}}"',
    listItemNoPeriod: 'List item "{{label}} {{text}}" lacks the period after "{{label}}"; expected "{{label}}."',
  };
  const lone = 'Section "A. {{title}}" is the only section in {{container}}; add a "B." section or fold this heading into the HEADING (a level never has only one member, R20)';
  out.loneSection = lone.replace('HEADING', 'chapter heading');
  out.loneSectionInAnnex = lone.replace('HEADING', 'annex heading');
  out.loneSectionFirst = lone.replace('HEADING', 'heading above');
  const repeats = (subject: string): string => `${subject} in {{container}} repeats "{{first}}" of line {{firstLine}}; expected "{{expected}}"`;
  const follows = (subject: string): string => `${subject} follows "{{previous}}" in {{container}}; expected "{{expected}}"`;
  for (const style of [CHAPTER, SECTION, NUMBERED_SUBHEADING, LETTERED_SUBHEADING, LETTER_ITEM, NUMBER_ITEM]) {
    const subject = `${cap(style.noun)} "{{label}}"`;
    out[`${style.key}Repeats`] = repeats(subject);
    out[`${style.key}Follows`] = follows(subject);
    out[`${style.key}First`] = `The first ${style.noun} in {{container}} is "{{label}}"; expected "{{expected}}"`;
  }
  out.chapterNamedRepeats = repeats('"{{label}}"');
  out.chapterNamedFollows = follows('"{{label}}"');
  return out;
}

function letter(n: number): string | undefined {
  return n >= 1 && n <= 52 ? toLetter(n) : undefined;
}

export const headingNumberingRule: Rule = {
  meta: {
    id: 'heading-numbering',
    description: 'Chapters, sections, subheadings and subparagraphs are numbered or lettered in order, and no section stands alone',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['structure', 'numbering'],
    conventions: ['R19', 'R20', 'R23'],
    messages: headingNumberingMessages(),
  },
  check(ctx) {
    const model = ctx.model;
    const text = ctx.text;
    // Text reproduced as received keeps the author's numbering: no editor relabels it (R37 exception, S15).
    const received = asReceivedLines(model);
    const report = (r: Report): void => {
      if (received[lineAtOffset(model.lines, r.range.start)] !== 1) ctx.report(r);
    };

    // A chapter numeral that lost its period (`II Organization of work`).
    for (const h of model.headings) {
      if (h.kind !== 'chapter' || h.chapterWord || text[h.labelRange.end] === '.') continue;
      const shownTitle = clip(h.title);
      report({
        messageId: 'chapterNoPeriod',
        data: { label: h.label, title: shownTitle },
        range: h.labelRange,
        fixes: [{ title: `Add the period after "${h.label}"`, edits: [{ range: { start: h.labelRange.end, end: h.labelRange.end }, newText: '.' }], safety: 'safe' }],
      });
    }

    checkChapters(model, report);

    // Sections per chapter (or annex, or the start of the text); numbered subheadings per section;
    // lettered subheadings per numbered subheading.
    const sections = new Map<number, Heading[]>();
    const numbered = new Map<number, Heading[]>();
    const lettered = new Map<number, Heading[]>();
    let chapter = -1;
    let section = -1;
    let sub = -1;
    model.headings.forEach((h, i) => {
      if (h.kind === 'chapter' || h.kind === 'annex') {
        chapter = i;
        section = i;
        sub = i;
      } else if (h.kind === 'section') {
        push(sections, chapter, h);
        section = i;
        sub = i;
      } else if (h.kind === 'other' && h.level === 3 && /^\d+$/.test(h.label)) {
        push(numbered, section, h);
        sub = i;
      } else if (h.kind === 'other' && h.level === 4 && h.label !== '') {
        push(lettered, sub, h);
      }
    });
    const part = partChapter(model);
    for (const [container, list] of sections) {
      const where = containerName(model, container);
      checkSequence(report, list.map(headingElement), 1, SECTION, where);
      // A chapter issued as a part of a report may have its other sections in the next part.
      if (list.length === 1 && list[0].ordinal === 1 && container !== part) {
        const h = list[0];
        report({
          messageId: container < 0 ? 'loneSectionFirst' : model.headings[container].kind === 'annex' ? 'loneSectionInAnnex' : 'loneSection',
          data: { title: clip(h.title), container: where.name },
          range: h.range,
        });
      }
    }
    const listed = numberedLinesOnce(model, text);
    for (const [container, list] of numbered) {
      if (!repeatsListedItems(list, listed)) checkSequence(report, list.map(headingElement), 1, NUMBERED_SUBHEADING, containerName(model, container));
    }
    for (const [container, list] of lettered) checkSequence(report, list.map(headingElement), 1, LETTERED_SUBHEADING, containerName(model, container));

    checkItemGroups(model, text, report);
  },
};

/** Subparagraphs and numbered lists in order within their group, and a list number with its period. */
function checkItemGroups(model: DraftModel, text: string, report: (r: Report) => void): void {
  const listed = numberedLinesOnce(model, text);
  for (const g of model.itemGroups) {
    const style = g.kind === 'letter' ? LETTER_ITEM : g.kind === 'roman' ? ROMAN_ITEM : NUMBER_ITEM;
    const annotations = g.kind === 'number' && repeatsListedItems(g.items.map((it) => ({ ordinal: it.ordinal, line: it.line, title: text.slice(it.markerRange.end, model.lines[it.line].end) })), listed);
    if (!citesAgendaItems(model, g) && !annotations) checkSequence(report, g.items.map((it) => itemElement(it, style)), 1, style, groupName(model, g));
    if (g.kind === 'number') {
      for (const it of g.items) {
        if (text[it.labelRange.end] === '.') continue;
        report({
          messageId: 'listItemNoPeriod',
          data: { label: it.label, text: clip(text.slice(it.labelRange.end, it.range.end).trim()) },
          range: it.labelRange,
          fixes: [{ title: `Add the period after "${it.label}"`, edits: [{ range: { start: it.labelRange.end, end: it.labelRange.end }, newText: '.' }], safety: 'safe' }],
        });
      }
    }
  }
}

/** Chapters in order in each scope: the body, and each annex on its own. */
function checkChapters(model: DraftModel, report: (r: Report) => void): void {
  // Chapters per scope (the body, each annex).
  const chaptersByScope = new Map<number, Heading[]>();
  for (const h of model.headings) {
    if (h.kind !== 'chapter') continue;
    const list = chaptersByScope.get(h.scope);
    if (list) list.push(h);
    else chaptersByScope.set(h.scope, [h]);
  }
  for (const [scope, chapters] of chaptersByScope) {
    const base = chapterBase(model, scope, chapters);
    const annex = model.headings.find((h) => h.kind === 'annex' && h.scope === scope);
    const where = scope === 0 ? { where: 'in the report', name: 'the report' } : annex ? containerName(model, model.headings.indexOf(annex)) : { where: 'in the annex', name: 'the annex' };
    checkSequence(report, chapters.map(headingElement), base, CHAPTER, where);
  }
}

function push(map: Map<number, Heading[]>, key: number, h: Heading): void {
  const list = map.get(key);
  if (list) list.push(h);
  else map.set(key, [h]);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39).trimEnd()}…` : s;
}

function headingElement(h: Heading): Element {
  const wrap = h.chapterWord ? (l: string) => `Chapter ${l}` : h.level === 4 ? (l: string) => `(${l})` : (l: string) => `${l}.`;
  return { ordinal: h.ordinal, labelRange: h.labelRange, shown: wrap(h.label), wrap, line: h.line };
}

function itemElement(it: ListItem, style: Style): Element {
  const wrap = style === NUMBER_ITEM ? (l: string) => `${l}.` : (l: string) => `(${l})`;
  const last = it.through !== undefined ? style.format(it.through) : undefined;
  const shown = last !== undefined ? `${wrap(it.label)}–${wrap(last)}` : wrap(it.label);
  return { ordinal: it.ordinal, labelRange: it.labelRange, shown, wrap, line: it.line, through: it.through };
}

/** Where the body's chapters should start: I, or the first chapter of a part of a report (chapter III, paragraph 40 …). */
function chapterBase(model: DraftModel, scope: number, chapters: readonly Heading[]): number {
  if (scope !== 0) return chapters[0].ordinal;
  const first = chapters[0];
  const para = model.paragraphs.find((p) => p.scope === 0);
  if (model.headings.indexOf(first) === partChapter(model)) return first.ordinal;
  return first.ordinal > 1 && para && para.line > first.line && para.number > 1 ? first.ordinal : 1;
}

/**
 * The heading index of the one chapter of a document that is a part of a report (a draft report
 * issued chapter by chapter: `II. Maintenance of international peace and security` alone, its
 * paragraphs from 1), or -1: the body has a single chapter, numbered above I, before any paragraph (or
 * with none, as a chapter of financial statements).
 */
function partChapter(model: DraftModel): number {
  let found = -1;
  for (let i = 0; i < model.headings.length; i++) {
    const h = model.headings[i];
    if (h.kind !== 'chapter' || h.scope !== 0) continue;
    if (found !== -1) return -1;
    found = i;
  }
  if (found === -1 || model.headings[found].ordinal < 2) return -1;
  const para = model.paragraphs.find((p) => p.scope === 0);
  // A chapter of statements and tables (the financial statements of a volume) may number no paragraph.
  return !para || para.line > model.headings[found].line ? found : -1;
}

/** A line that announces agenda items: `… considered the following agenda items jointly:`, `… items of its agenda:`. */
const ITEMS_HEAD_RE = /\bitems?\b[^:]{0,80}:\s*$/i;

/**
 * Whether a numbered list starting above 1 cites agenda items by their own numbers (`the following
 * agenda items jointly:` / `5.`, `6.`, `7.`): those numbers are the agenda's, which a selection may
 * skip, not the list's to run from 1.
 */
function citesAgendaItems(model: DraftModel, g: ItemGroup): boolean {
  if (g.kind !== 'number' || g.items[0].ordinal <= 1) return false;
  for (let k = g.items[0].line - 1; k >= 0 && k >= g.items[0].line - 3; k--) {
    const t = model.lines[k].text.trim();
    if (t !== '') return ITEMS_HEAD_RE.test(t);
  }
  return false;
}

/** `in …` for a container's name, the way fix titles say where. */
function inside(name: string): Container {
  return { where: `in ${name}`, name };
}

function containerName(model: DraftModel, index: number): Container {
  if (index < 0) return { where: 'before the first chapter', name: 'the text before the first chapter' };
  const h = model.headings[index];
  if (h.kind === 'annex') return inside(h.label ? `annex ${h.label}` : 'the annex');
  if (h.kind === 'chapter') return inside(`chapter ${h.label}`);
  if (h.kind === 'section') return inside(`section ${h.label}`);
  const name = `"${h.label}. ${clip(h.title)}"`;
  return { where: `under ${name}`, name };
}

function groupName(model: DraftModel, g: ItemGroup): Container {
  const para = g.paragraph >= 0 ? model.paragraphs[g.paragraph] : undefined;
  const p = para ? { number: para.scope === 0 ? String(para.number) : `${para.number} of the annex` } : undefined;
  if (g.kind === 'number') return inside(p ? `the list of paragraph ${p.number}` : `the list starting on line ${g.items[0].line + 1}`);
  if (p) return { where: `of paragraph ${p.number}`, name: `paragraph ${p.number}` };
  return inside(`the group starting on line ${g.items[0].line + 1}`);
}

/**
 * Reports the elements whose ordinal breaks the sequence base, base + 1, …: an element is in order
 * when it follows the previous one or the highest so far, so one slip gives one finding, not a
 * cascade. Every finding offers the same fix: relabel the whole sequence.
 */
function checkSequence(report: (r: Report) => void, seq: readonly Element[], base: number, style: Style, where: Container): void {
  const issues: { index: number; messageId: string; data: MessageData; related: RelatedLocation[] }[] = [];
  const seen = new Map<number, number>();
  let prev = base - 1;
  let max = base - 1;
  let covered = 0; // labels that ranges before this element cover beyond their first
  seq.forEach((e, i) => {
    const n = e.ordinal;
    if (!(n === prev + 1 || n === max + 1)) {
      const want = style.format(base + i + covered);
      const expected = want === undefined ? style.show(base + i + covered) : e.wrap(want);
      const before = i > 0 ? seq[i - 1] : undefined;
      // `Chapter "IV."`, but just `"Chapter IV"` when the label carries the word.
      const subject = e.shown.toLowerCase().startsWith(style.noun) ? `${style.key}Named` : style.key;
      const first = seen.get(n);
      const data = { label: e.shown, container: where.name, expected };
      if (first !== undefined) {
        issues.push({
          index: i,
          messageId: `${subject}Repeats`,
          data: { ...data, first: seq[first].shown, firstLine: seq[first].line + 1 },
          related: [{ range: seq[first].labelRange, message: `first "${seq[first].shown}"` }],
        });
      } else if (before) {
        issues.push({
          index: i,
          messageId: `${subject}Follows`,
          data: { ...data, previous: before.shown },
          related: [{ range: before.labelRange, message: `previous ${style.noun} "${before.shown}"` }],
        });
      } else {
        issues.push({ index: i, messageId: `${style.key}First`, data, related: [] });
      }
    }
    if (!seen.has(n)) seen.set(n, i);
    prev = e.through ?? n;
    if (prev > max) max = prev;
    if (e.through !== undefined) covered += e.through - n;
  });
  if (issues.length === 0) return;
  // A range of labels (`(i)–(iii)`) cannot be relabelled one label at a time: no fix then.
  const fix = seq.some((e) => e.through !== undefined) ? undefined : relabelFix(seq, base, style, where);
  for (const issue of issues) {
    report({ messageId: issue.messageId, data: issue.data, range: seq[issue.index].labelRange, related: issue.related, ...(fix ? { fixes: [fix] } : {}) });
  }
}

function relabelFix(seq: readonly Element[], base: number, style: Style, container: Container): Fix | undefined {
  const edits: TextEdit[] = [];
  for (let i = 0; i < seq.length; i++) {
    if (seq[i].ordinal === base + i) continue;
    const want = style.format(base + i);
    if (want === undefined) return undefined;
    edits.push({ range: seq[i].labelRange, newText: want });
  }
  if (edits.length === 0) return undefined;
  const verb = style === SECTION || style === LETTER_ITEM || style === LETTERED_SUBHEADING ? 'Reletter' : 'Renumber';
  const noun = `${style.noun}s`;
  return { title: `${verb} the ${noun} ${container.where} as ${style.show(base)}–${style.show(base + seq.length - 1)}`, edits, safety: 'safe' };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
