// Builds the e2e's Word drafts into a workspace: the workspace's draft saved as Word with automatic numbering
// and a reviewer's comment (test/docx/seed-docx.ts), and a revision of it (test/vscode/suite/wordDraft.ts says
// what each holds). Runs in the harness, which has the repository's node_modules (the `docx` library).
import * as fs from 'fs';
import * as path from 'path';
import { seedDocx } from '../docx/seed-docx';
import { DRAFT_FILE } from '../vscode/suite/draft';
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
