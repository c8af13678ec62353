// Where each closed paragraph goes in reading order: a text box's paragraphs after the paragraph that
// anchors the box, and paragraphs whose mark does not exist in the chosen change view (a tracked
// paragraph-mark insertion, read rejected) joined to the next paragraph of the same story.

import type { DocxParagraph } from './paragraph-model';

interface Story {
  /** The story's paragraphs in reading order, boxes included. */
  readonly out: DocxParagraph[];
  /** Paragraphs of the boxes anchored in the paragraph being read (it is still open). */
  anchored: DocxParagraph[];
  /** Boxes of paragraphs whose text continues in the next paragraph: they follow the joined line. */
  carried: DocxParagraph[];
  /** The last paragraph closed had no mark in this view: the next one continues its line. */
  joinNext: boolean;
}

export class ParagraphFlow {
  readonly paragraphs: DocxParagraph[] = [];
  /** The body (or notes part) first, then one story per open text box, innermost last. */
  private readonly stories: Story[] = [{ out: this.paragraphs, anchored: [], carried: [], joinNext: false }];

  /** Does the paragraph opening now continue the line of the one before (whose mark is not in the view)? */
  joinsPrevious(): boolean {
    return this.top().joinNext;
  }

  /** Is a text box open (the paragraph opening now is in one)? */
  inTextBox(): boolean {
    return this.stories.length > 1;
  }

  /** A paragraph closes; `markInView` false when its mark does not exist in the view, so the next one joins it. */
  close(paragraph: DocxParagraph, markInView: boolean): void {
    const s = this.top();
    s.out.push(paragraph);
    append(s.carried, s.anchored);
    s.anchored = [];
    s.joinNext = !markInView;
    if (markInView) this.flush(s);
  }

  /**
   * A boundary no paragraph joins across (a table, row or cell, a note, the end of the body): a removed
   * mark before it stays a paragraph end, as Word keeps the last mark of a cell or of the document.
   */
  boundary(): void {
    this.flush(this.top());
  }

  openTextBox(): void {
    this.stories.push({ out: [], anchored: [], carried: [], joinNext: false });
  }

  closeTextBox(): void {
    if (this.stories.length === 1) return;
    const box = this.stories.pop()!;
    this.flush(box);
    append(this.top().anchored, box.out);
  }

  private flush(s: Story): void {
    append(s.out, s.carried);
    s.carried = [];
    s.joinNext = false;
  }

  private top(): Story {
    return this.stories[this.stories.length - 1];
  }
}

/** Appends without spreading (a text box may hold any number of paragraphs). */
function append(to: DocxParagraph[], from: readonly DocxParagraph[]): void {
  for (const p of from) to.push(p);
}
