// The state the structure reader keeps across lines (structure.ts reads the lines): the open
// list, the open subparagraph levels, the paragraph being extended, the running paragraph number,
// the chapter and the annex; and the bookkeeping that turns pending paragraphs into the model's.

import type { Heading, ItemGroup, LineKind, Paragraph } from '../model';
import type { Line } from '../text';
import { letterValue, romanValue } from './numerals';
import type { SubLevel } from './subparagraphs';

export interface Structure {
  lineKinds: LineKind[];
  contentStarts: number[];
  headings: Heading[];
  paragraphs: Paragraph[];
  itemGroups: ItemGroup[];
  annexStartLine: number;
  /** First line of the body: the first heading or numbered paragraph. */
  bodyStartLine: number;
}

export interface PendingParagraph {
  number: number;
  line: number;
  numberStart: number;
  numberEnd: number;
  start: number;
  end: number;
  endLine: number;
  firstLineText: string;
  bracketed: boolean;
}

export interface ListState {
  group: ItemGroup;
  last: number;
  /** Started by a `1.` at the head of a chapter: if the body numbering never resumes, it was a restart. */
  candidateRestart: boolean;
  pending: PendingParagraph[];
  /** Started by a `1.` right after a paragraph, with no colon to introduce it. */
  uncalled: boolean;
  /** Total length of the items' lines, to tell short agenda items from paragraphs. */
  chars: number;
}

/** What the reader knows between lines; the steps that read lines extend it. */
export class StructureState {
  protected readonly lineKinds: LineKind[];
  protected readonly contentStarts: number[];
  protected readonly headings: Heading[] = [];
  protected readonly paragraphs: Paragraph[] = [];
  protected readonly itemGroups: ItemGroup[] = [];

  protected scope = 0;
  protected annexStartLine: number;
  protected bodyStartLine = -1;
  protected lastBody = 0;
  protected chapter = -1;
  protected chapterHasBody = false;
  protected lastSection = 0;
  protected list: ListState | undefined;
  protected subs: SubLevel[] = [];
  /** The paragraph continuation lines extend. */
  protected current: PendingParagraph | undefined;
  protected inFootnotes = false;
  protected prevText = '';
  /** The line that carries the title of a `Chapter II` heading standing on its own line (R19). */
  protected chapterTitleLine = -1;

  constructor(protected readonly lines: readonly Line[]) {
    this.lineKinds = new Array<LineKind>(lines.length).fill('text');
    this.contentStarts = new Array<number>(lines.length).fill(0);
    this.annexStartLine = lines.length;
  }

  // -------------------------------------------------------------------------------------------
  // State kept across lines

  protected emitParagraph(p: PendingParagraph): void {
    this.paragraphs.push({
      number: p.number,
      numberRange: { start: p.numberStart, end: p.numberEnd },
      range: { start: p.start, end: p.end },
      line: p.line,
      endLine: p.endLine,
      firstLineText: p.firstLineText,
      scope: this.scope,
      chapter: this.chapter,
      bracketed: p.bracketed,
    });
    this.lastBody = p.number;
    this.chapterHasBody = true;
  }

  protected endList(resumed: boolean, wereParagraphs = false): void {
    const list = this.list;
    if (!list) return;
    if ((wereParagraphs || (list.candidateRestart && !resumed)) && list.pending.length > 0) {
      // The old sequence never came back: these were paragraphs that restarted at 1.
      const idx = this.itemGroups.indexOf(list.group);
      if (idx !== -1) this.itemGroups.splice(idx, 1);
      for (const p of list.pending) {
        this.lineKinds[p.line] = 'paragraph';
        this.emitParagraph(p);
      }
    }
    this.list = undefined;
  }

  /** The paragraph that items starting here belong to: the last one, unless a heading came after it. */
  protected ownerParagraph(): number {
    const p = this.paragraphs.length - 1;
    if (p < 0) return -1;
    const h = this.headings[this.headings.length - 1];
    return h && h.line > this.paragraphs[p].line ? -1 : p;
  }

  protected flushCurrent(): void {
    if (this.current) {
      this.emitParagraph(this.current);
      this.current = undefined;
    }
  }

  /** Kind of the nearest non-blank line above `i` (each blank line is passed over by one lookback only). */
  protected previousKind(i: number): LineKind | undefined {
    for (let k = i - 1; k >= 0; k--) if (this.lineKinds[k] !== 'blank' && this.lineKinds[k] !== 'comment') return this.lineKinds[k];
    return undefined;
  }

  protected continuesOpenLevel(label: string): boolean {
    for (const lvl of this.subs) if ((lvl.kind === 'letter' ? letterValue(label) : romanValue(label)) === lvl.last + 1) return true;
    return false;
  }

  /** Whether `n` continues the open list (true) or the body paragraphs (false; the list is ended). */
  protected continuesList(list: ListState, n: number, bodyNext: number, content: string, i: number): boolean {
    const listNext = list.last + 1;
    const items = list.group.items.length;
    if (n === listNext && !(n === bodyNext && this.setOffFromTightList(list, i))) return true;
    if (n === bodyNext) {
      this.endList(true);
      return false;
    }
    if (list.uncalled && items === 1 && n === bodyNext + 1) {
      // `1.` `1.` `3.`: the lone uncalled item was paragraph 2 numbered 1 by mistake.
      this.endList(false, true);
      return false;
    }
    if (Math.abs(n - listNext) < Math.abs(n - bodyNext)) return true;
    if (Math.abs(n - listNext) === Math.abs(n - bodyNext)) {
      // Equally near both: a long line after a list of short items (an agenda) is a paragraph.
      const avg = list.chars / Math.max(1, items);
      const asItem = !(avg < 100 && content.length > 100 && content.length > 2 * avg);
      if (!asItem) this.endList(true);
      return asItem;
    }
    this.endList(true);
    return false;
  }

  /**
   * Whether line `i` stands apart, after a blank line, from a list whose items stand on consecutive
   * lines (an agenda under paragraph 3, items `1.`–`3.`): a number due both as the list's next item
   * and as the next paragraph is then the paragraph, as the layout sets it off from the list.
   */
  private setOffFromTightList(list: ListState, i: number): boolean {
    const items = list.group.items;
    if (items.length < 2 || i < 1 || this.lines[i - 1].text.trim() !== '') return false;
    for (let k = 1; k < items.length; k++) if (items[k].line !== items[k - 1].line + 1) return false;
    return true;
  }
}
