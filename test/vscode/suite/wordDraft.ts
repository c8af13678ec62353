// The Word drafts of the e2e (built by the harness, test/e2e/wordDrafts.ts, from the workspace's draft with a
// reviewer's comment) and what the suite expects of them: shared so that both sides name the same things.

/** Folder of the workspace that holds them. */
export const WORD_FOLDER = 'word';
/** The draft the suite opens with "Check Word draft". */
export const WORD_DRAFT = 'draft.docx';
/** The same draft after a revision in Word; the suite copies it over WORD_DRAFT. */
export const WORD_REVISED = 'revised.docx';

export interface DraftComment {
  readonly on: string;
  readonly author: string;
  readonly text: string;
}

/** The comment left in the draft (on the paragraph that contains `on`). */
export const FIRST_COMMENT: DraftComment = { on: 'beach surveys', author: 'Reviewer', text: 'Which countries?' };
/** The revision: the paragraph's text changed and the comment rewritten. */
export const REVISION = { from: 'beach surveys', to: 'shore surveys' } as const;
export const REVISED_COMMENT: DraftComment = { on: 'shore surveys', author: 'Reviewer', text: 'Name the countries.' };
/** The revision again, with only its comment answered in Word: the same text, another comment. */
export const WORD_RECOMMENTED = 'recommented.docx';
export const ANSWERED_COMMENT: DraftComment = { on: 'shore surveys', author: 'Chair', text: 'Agreed as revised.' };
