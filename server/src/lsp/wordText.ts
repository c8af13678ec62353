// Request `undraft/wordText` (Node server only, handed in by main.ts): a .docx on disk read by the CLI's reader
// into its text view, for the client's read-only view of a Word draft. A file that cannot be read is answered
// with a ResponseError carrying the reader's reason, never a crash. The drafts read are kept (a few) so that the
// check of the view that follows gets its Word-only findings without reading the file again (wordDraftFor).

import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { describeError } from '../cli/files';
import type { WordDraft } from '../docx/read';
import type { TextView } from '../docx/text-view';
import { isWordPath, readWordFile } from '../docx/word-file';
import { WORD_VIEW_SCHEME, type WordTextParagraph, type WordTextResult } from '../protocol';

/** The last drafts read, by file path; a handful of views are open at a time, and a draft can be large. */
const recent = new Map<string, WordDraft>();
const RECENT_MAX = 8;

function remember(file: string, draft: WordDraft): void {
  recent.delete(file);
  recent.set(file, draft);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
}

/** The .docx path of a Word view's URI (`undraft-word:` + the file URI's path), or undefined. */
export function wordViewFile(viewUri: string): string | undefined {
  const prefix = `${WORD_VIEW_SCHEME}:`;
  if (!viewUri.startsWith(prefix)) return undefined;
  try {
    return fileURLToPath(`file://${viewUri.slice(prefix.length)}`);
  } catch {
    return undefined;
  }
}

/**
 * The draft behind a Word view with this text: the one read last, or the file read again. Undefined when the
 * file no longer reads as the view's text (it changed on disk and the view's refresh is on its way) or cannot
 * be read: findings by position on another text would be wrong.
 */
export function wordDraftFor(viewUri: string, text: string): WordDraft | undefined {
  const file = wordViewFile(viewUri);
  if (!file) return undefined;
  const known = recent.get(file);
  if (known && known.view.text === text) return known;
  const read = readWordFile(file, undefined, describeError);
  if (!read.ok) return undefined;
  remember(file, read.draft);
  return read.draft.view.text === text ? read.draft : undefined;
}

/** The file changed on disk: the next check reads it again (comments may change where the text does not). */
export function forgetWordFile(viewUri: string): void {
  const file = wordViewFile(viewUri);
  if (file) recent.delete(file);
}

/** The text view of the .docx a `file:` URI names, or an error that says why there is none. */
export function wordText(params: unknown): WordTextResult | ResponseError<void> {
  const uri = (params as { uri?: unknown } | null | undefined)?.uri;
  if (typeof uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'undraft/wordText takes { uri }: the file: URI of a .docx');
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch (e) {
    return new ResponseError(ErrorCodes.InvalidParams, `${uri}: not a local file (${describeError(e)}); Word drafts are read from disk`);
  }
  if (!isWordPath(file)) return new ResponseError(ErrorCodes.InvalidParams, `${file}: not a Word document (.docx)`);
  const read = readWordFile(file, undefined, describeError);
  if (!read.ok) return new ResponseError(ErrorCodes.InvalidParams, `${file}: ${read.reason}`);
  remember(file, read.draft);
  return { text: read.draft.view.text, paragraphs: viewLines(read.draft.view) };
}

/** Each paragraph's line in the view, in one sweep over the text (paragraphs come in text order). */
function viewLines(view: TextView): WordTextParagraph[] {
  const out: WordTextParagraph[] = [];
  let line = 0;
  let at = 0;
  for (const p of view.paragraphs) {
    for (let i = view.text.indexOf('\n', at); i !== -1 && i < p.lineStart; i = view.text.indexOf('\n', i + 1)) {
      line++;
      at = i + 1;
    }
    const entry: WordTextParagraph = p.paraId !== undefined ? { line, part: p.part, paragraph: p.ordinal + 1, paraId: p.paraId } : { line, part: p.part, paragraph: p.ordinal + 1 };
    out.push(entry);
  }
  return out;
}
