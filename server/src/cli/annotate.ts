// `undraft --annotate draft.docx --output draft.checked.docx [--fix]`: checks a Word draft through the
// reader's text view and writes a copy with each finding as a Word comment (and, with --fix, the safe
// fixes as tracked changes). The draft is never written; the copy is written atomically.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, ruleDocsUrl, type CheckOptions, type SeveritySetting } from '../core/index';
import { annotatePackage, PackageShapeError, XmlShapeError, ZipFormatError } from '../docx/annotate/annotate';
import { annotationRequests } from '../docx/annotate/findings';
import { DocxError } from '../docx/errors';
import { checkWordDraft } from '../docx/checks';
import { readWordDraft } from '../docx/read';
import type { CliOptions } from './args';
import { palette } from './color';
import { describeError, displayPath, replaceFileAtomically } from './files';
import { formatters } from './formatters/index';
import { countFindings, exitCode, toCliFindings, type FileResult } from './results';
import type { CliIO } from './run';

/** Runs --annotate; returns the exit status (2 for a draft that cannot be read or a copy that cannot be written). */
/** `wordRules`: the settings of the Word-only checks (tracked changes, comments, typed numbers...), applied as a check of the .docx applies them. */
export function annotateCommand(opts: CliOptions, io: CliIO, colour: boolean, coreOptions: CheckOptions, wordRules: Readonly<Record<string, SeveritySetting>>): number {
  const input = path.resolve(io.cwd, opts.inputs[0]);
  const output = path.resolve(io.cwd, opts.output!);
  const shown = displayPath(input, io.cwd);
  const fail = (who: string, reason: string) => {
    io.stderr(`undraft: ${who}: ${reason}\n`);
    return 2;
  };
  const same = sameFile(input, output);
  if (same) return fail(displayPath(output, io.cwd), same);
  let bytes: Uint8Array;
  try {
    if (fs.statSync(input).isDirectory()) return fail(shown, 'is a directory; --annotate takes one .docx file');
    bytes = new Uint8Array(fs.readFileSync(input));
  } catch (e) {
    return fail(shown, describeError(e));
  }
  let written;
  let result;
  let draftView;
  try {
    const draft = readWordDraft(bytes);
    draftView = draft.view;
    // Every finding deserves its comment: no per-rule cap unless one is asked for.
    const checked = checkWordDraft(draft, { ...coreOptions, maxFindingsPerRule: opts.maxFindingsPerRule ?? 0 }, wordRules);
    const findings = checked.findings;
    result = { findings, lines: checked.result.model.lines };
    const requests = annotationRequests(draft, findings, { trackedFixes: opts.fix });
    written = annotatePackage(bytes, requests, { date: new Date() });
  } catch (e) {
    if (e instanceof DocxError || e instanceof ZipFormatError || e instanceof PackageShapeError || e instanceof XmlShapeError) return fail(shown, e.message);
    throw e;
  }
  const failure = writeAtomically(output, written.bytes);
  if (failure) return fail(displayPath(output, io.cwd), `could not write the annotated copy (${failure})`);

  const results: FileResult[] = [{ filePath: input, displayPath: shown, findings: toCliFindings(result.findings, result.lines, draftView.locate) }];
  const counts = countFindings(results);
  io.stdout(
    formatters[opts.format](results, {
      version: io.version,
      rules: allRules.map((r) => r.meta),
      docsUrl: ruleDocsUrl,
      palette: palette(colour),
      counts,
      fixing: opts.fix,
      fixingUnsafe: false,
      unreadable: [],
    }),
  );
  const fixes = opts.fix ? `, ${written.fixesApplied} safe ${written.fixesApplied === 1 ? 'fix' : 'fixes'} as tracked changes${written.fixesRefused.length > 0 ? ` (${written.fixesRefused.length} left in the comments)` : ''}` : '';
  io.stderr(`undraft: wrote ${displayPath(output, io.cwd)}: ${written.comments} ${written.comments === 1 ? 'comment' : 'comments'}${fixes}\n`);
  return exitCode(counts, 0, opts.maxWarnings);
}

/** Why `output` is the draft itself (same path, a link to it, a hard link), or undefined. */
function sameFile(input: string, output: string): string | undefined {
  const refusal = 'is the draft itself; --annotate never changes the draft: name another --output file';
  if (input === output) return refusal;
  try {
    const a = fs.statSync(input);
    const b = fs.statSync(output);
    if (a.dev === b.dev && a.ino === b.ino) return refusal;
  } catch {
    // One of them does not exist: they are not the same file.
  }
  return undefined;
}

/** Writes `bytes` to `file` through a temporary file in the same directory; returns a reason on failure. */
function writeAtomically(file: string, bytes: Uint8Array): string | undefined {
  let target = file;
  try {
    target = fs.realpathSync(file);
  } catch {
    // A new file.
  }
  try {
    if (fs.statSync(target).isDirectory()) return 'it is a directory';
  } catch {
    // A new file.
  }
  return replaceFileAtomically(target, bytes);
}
