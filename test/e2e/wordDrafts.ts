// Builds the e2e's Word drafts into a workspace: the workspace's draft saved as Word with automatic numbering
// and a reviewer's comment (test/docx/seed-docx.ts), and a revision of it (test/vscode/suite/wordDraft.ts says
// what each holds). Runs in the harness, which has the repository's node_modules (the `docx` library).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { seedDocx } from '../docx/seed-docx';
import { DRAFT_FILE, REPEATED_STATE, findStatesParagraph } from '../vscode/suite/draft';
import { ANSWERED_COMMENT, FIRST_COMMENT, REVISED_COMMENT, REVISION, WORD_DRAFT, WORD_FOLDER, WORD_RECOMMENTED, WORD_REVISED } from '../vscode/suite/wordDraft';

export async function writeWordDrafts(workspace: string): Promise<void> {
  const markdown = fs.readFileSync(path.join(workspace, DRAFT_FILE), 'utf8');
  if (!markdown.includes(REVISION.from)) throw new Error(`${DRAFT_FILE} no longer contains "${REVISION.from}", which the Word drafts revise`);
  const dir = path.join(workspace, WORD_FOLDER);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, WORD_DRAFT), await seedDocx(markdown, [FIRST_COMMENT]));
  const revised = markdown.replace(REVISION.from, REVISION.to);
  fs.writeFileSync(path.join(dir, WORD_REVISED), await seedDocx(revised, [REVISED_COMMENT]));
  fs.writeFileSync(path.join(dir, WORD_RECOMMENTED), await seedDocx(revised, [ANSWERED_COMMENT]));
}

/** 1-based line and column of the repeated State's second occurrence in the draft's view (the CLI's --print-text). */
export function wordRepeatPosition(cli: string, workspace: string): { line: number; column: number } {
  const file = path.join(workspace, WORD_FOLDER, WORD_DRAFT);
  const run = spawnSync(process.execPath, [cli, '--print-text', file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`undraft --print-text ${file} failed (exit ${run.status}): ${run.stderr}`);
  const p = findStatesParagraph(run.stdout);
  if (!p) throw new Error(`the text view of ${file} has no paragraph listing the States`);
  const first = p.text.indexOf(REPEATED_STATE);
  return { line: p.line + 1, column: p.text.indexOf(REPEATED_STATE, first + 1) + 1 };
}
