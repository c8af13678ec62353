// Request `undraft/wordText` (Node server only, handed in by main.ts): a .docx on disk read by the CLI's reader
// into its text view, for the client's read-only view of a Word draft. A file that cannot be read is answered
// with a ResponseError carrying the reader's reason, never a crash.

import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { describeError } from '../cli/files';
import type { TextView } from '../docx/text-view';
import { isWordPath, readWordFile } from '../docx/word-file';
import type { WordTextParagraph, WordTextResult } from '../protocol';

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
