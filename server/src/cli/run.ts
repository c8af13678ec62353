// One CLI run: arguments in, text on stdout/stderr and an exit status out. File system access goes
// through files.ts; the core is called only with text and returns findings with offsets.

import { allRules, checkDraft, draftStage, fixAll, ruleDocsUrl, type CheckOptions, type Finding, type FixOptions } from '../core/index';
import { checkWord, WORD_CHECKS } from '../docx/checks';
import type { WordDraft } from '../docx/read';
import { annotateCommand } from './annotate';
import { HELP, parseArgs, type CliOptions } from './args';
import { configGate, initConfig, printConfig, settingsResolver } from './config';
import { palette, useColor } from './color';
import * as path from 'node:path';
import { describeError, displayPath as display, readDraft, readStdin, whyNotFixable, resolveInputs, writeDraftAtomically, type InputError, type ReadResult } from './files';
import { formatters } from './formatters/index';
import { countFindings, exitCode, toCliFindings, type FileResult, type WordLocator } from './results';
import { isWordPath, readWordFile } from '../docx/word-file';
import { listRules } from './list-rules';
import { serve } from './serve';

export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY: boolean;
  readonly version: string;
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Runs the CLI and returns its exit status (0, 1 or 2). */
export function run(argv: readonly string[], io: CliIO): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`undraft: ${parsed.error}\n`);
    return 2;
  }
  const opts = parsed.options;
  if (opts.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout(`undraft ${io.version}\n`);
    return 0;
  }
  const known = new Set([...allRules.map((r) => r.meta.id), ...WORD_CHECKS.map((c) => c.id)]);
  const unknown = Object.keys(opts.rules).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    io.stderr(`undraft: Unknown rule ${unknown.map((u) => `"${u}"`).join(', ')} in --rule. Run undraft --list-rules for the rule ids.\n`);
    return 2;
  }
  if (opts.serve) {
    // The open server keeps the process alive; a failure to listen sets the exit status later.
    serve(opts.port, io);
    return 0;
  }
  if (opts.init) return initConfig(io.cwd, io.stdout, io.stderr);
  if (opts.printConfig !== undefined) return printConfig(opts.printConfig, cliCheckOptions(opts), io.cwd, io.stdout, io.stderr);
  const colour = useColor(opts.color, io.stdoutIsTTY, io.env);
  if (opts.listRules) {
    io.stdout(listRules(opts.format, palette(colour)));
    return 0;
  }
  if (opts.annotate) return annotate(opts, io, colour);
  return checkInputs(opts, io, colour);
}

/** The options the command line sets; each file's project config goes under them (settingsResolver). */
function cliCheckOptions(opts: CliOptions): CheckOptions {
  // The Word-only checks' settings are applied by wordFindings; the core knows only its rules.
  const wordIds = new Set(WORD_CHECKS.map((c) => c.id));
  const coreRules = Object.fromEntries(Object.entries(opts.rules).filter(([id]) => !wordIds.has(id)));
  return { ...(opts.stage ? { stage: opts.stage } : {}), rules: coreRules, maxFindingsPerRule: opts.maxFindingsPerRule, ...(opts.documentDate ? { documentDate: opts.documentDate } : {}) };
}

/**
 * --annotate on one .docx, with the project config that applies to it. The draft's own comments and tracked
 * changes are already visible in Word, so they are not annotated again.
 */
function annotate(opts: CliOptions, io: CliIO, colour: boolean): number {
  const problems: InputError[] = [];
  const target = { kind: 'file', path: path.resolve(io.cwd, opts.inputs[0]!) } as const;
  const options = configGate(settingsResolver(cliCheckOptions(opts)), opts.inputs, io, problems)(target);
  if (!options) return problems.length > 0 ? 2 : 0;
  const alreadyInWord = new Set(['word-comments', 'word-tracked-changes']);
  return annotateCommand(opts, io, colour, options, (draft, stage) => wordFindings(draft, stage, opts.rules).filter((f) => !alreadyInWord.has(f.ruleId)));
}

function checkInputs(opts: CliOptions, io: CliIO, colour: boolean): number {
  const { targets, errors: unreadable } = resolveInputs(opts.inputs, io.cwd);
  const problems = [...unreadable];
  const optionsFor = configGate(settingsResolver(cliCheckOptions(opts)), opts.inputs, io, problems);
  const report = (input: string, reason: string) => {
    problems.push({ input, reason });
    io.stderr(`undraft: ${input}: ${reason}\n`);
  };
  for (const u of unreadable) io.stderr(`undraft: ${u.input}: ${u.reason}\n`);

  const results: FileResult[] = [];
  let internalErrors = 0;
  // UNDRAFT_TIMING=1 prints where the time goes (read, fix, check, output) to stderr.
  const timing = io.env.UNDRAFT_TIMING === '1' ? { read: 0, fix: 0, check: 0, output: 0 } : undefined;
  let mark = performance.now();
  const lap = (phase: 'read' | 'fix' | 'check' | 'output') => {
    const now = performance.now();
    if (timing) timing[phase] += now - mark;
    mark = now;
  };
  const dryRunHeaders = opts.fixDryRun && targets.length > 1;
  for (const target of targets) {
    const filePath = target.kind === 'stdin' ? '<stdin>' : target.path;
    const displayPath = target.kind === 'stdin' ? '<stdin>' : display(target.path, io.cwd);
    mark = performance.now();
    const coreOptions = optionsFor(target);
    if (!coreOptions) continue;
    const notFixable = opts.fix && target.kind === 'file' && !isWordPath(target.path) ? whyNotFixable(target.path) : undefined;
    if (notFixable) {
      report(displayPath, notFixable);
      continue;
    }
    const word = target.kind === 'file' && isWordPath(target.path);
    const read: ReadResult | WordRead = word ? readWord(target.path) : target.kind === 'stdin' ? readStdin() : readDraft(target.path);
    lap('read');
    if (!read.ok) {
      report(displayPath, read.reason);
      continue;
    }
    let text = read.text;
    if (opts.printText) {
      io.stdout(text.endsWith('\n') || text === '' ? text : text + '\n');
      continue;
    }
    if ((opts.fix || opts.fixDryRun) && 'locate' in read) {
      // A .docx is checked, not rewritten: its fixes are for Word's own review tools.
      io.stderr(`undraft: ${displayPath}: a Word document is checked but not fixed (--fix and --fix-dry-run write text drafts only)\n`);
    } else if ((opts.fix || opts.fixDryRun) && 'encoding' in read) {
      const fixed = fixText(text, coreOptions, { unsafe: opts.unsafeFixes });
      if (opts.fixDryRun) {
        if (dryRunHeaders) io.stdout(`==> ${displayPath} <==\n`);
        io.stdout(fixed);
      } else if (fixed !== text && target.kind === 'file' && read.stat) {
        const failure = writeDraftAtomically(target.path, fixed, read.encoding, read.stat);
        if (failure) {
          report(displayPath, failure);
          continue;
        }
      }
      text = fixed;
      lap('fix');
    }
    const result = checkDraft(text, coreOptions);
    lap('check');
    for (const w of result.warnings) {
      internalErrors++;
      io.stderr(`undraft: ${displayPath}: ${w}\n`);
    }
    const findings = 'draft' in read ? [...result.findings, ...wordFindings(read.draft, draftStage(result.model, coreOptions), opts.rules)].sort((a, b) => a.range.start - b.range.start) : result.findings;
    results.push({ filePath, displayPath, findings: toCliFindings(findings, result.model.lines, 'locate' in read ? read.locate : undefined) });
  }
  if (opts.printText) return problems.length > 0 ? 2 : 0;

  mark = performance.now();
  const all = countFindings(results);
  const shown = opts.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const output = formatters[opts.format](shown, {
    version: io.version,
    rules: allRules.map((r) => r.meta),
    docsUrl: ruleDocsUrl,
    palette: palette(opts.fixDryRun ? false : colour),
    counts: countFindings(shown),
    fixing: opts.fix || opts.fixDryRun,
    fixingUnsafe: opts.unsafeFixes,
    unreadable: problems,
  });
  // With --fix-dry-run stdout carries the fixed text, so the report goes to stderr.
  if (opts.fixDryRun) io.stderr(output);
  else io.stdout(output);
  if (timing) {
    lap('output');
    const t = timing;
    io.stderr(`undraft timing: read ${t.read.toFixed(1)} ms, fix ${t.fix.toFixed(1)} ms, check ${t.check.toFixed(1)} ms, output ${t.output.toFixed(1)} ms, process up ${(process.uptime() * 1000).toFixed(1)} ms\n`);
  }

  let code = exitCode(all, problems.length + internalErrors, opts.maxWarnings);
  if (code !== 2 && opts.maxWarnings !== undefined && all.warnings > opts.maxWarnings) {
    io.stderr(`undraft: ${all.warnings} warnings, more than --max-warnings ${opts.maxWarnings}.\n`);
    code = 1;
  }
  return code;
}

type WordRead = { readonly ok: true; readonly text: string; readonly locate: WordLocator; readonly draft: WordDraft } | { readonly ok: false; readonly reason: string };

/** The Word-only checks (docx/checks.ts), with `--rule id=level` applied as the engine applies it to rules. */
function wordFindings(draft: WordDraft, stage: 'draft' | 'final', rules: CliOptions['rules']): Finding[] {
  const out: Finding[] = [];
  for (const f of checkWord(draft, stage)) {
    const setting = rules[f.ruleId];
    if (setting === 'off') continue;
    out.push(setting === undefined ? f : { ...f, severity: setting });
  }
  return out;
}

/** A .docx read into its text view, with the map back to Word's paragraphs. */
function readWord(file: string): WordRead {
  const r = readWordFile(file, undefined, describeError);
  if (!r.ok) return r;
  return { ok: true, text: r.draft.view.text, locate: r.draft.view.locate, draft: r.draft };
}

/** Applies the safe fixes (and the unsafe ones when asked) through the core's one fixer, keeping the file's line endings. */
export function fixText(text: string, options: CheckOptions, fixOptions: FixOptions = {}): string {
  const eol = dominantEol(text);
  const check = (t: string): readonly Finding[] => {
    const findings = checkDraft(t, options).findings;
    return eol === '\n' ? findings : findings.map((f) => withEol(f, eol));
  };
  return fixAll(text, check, fixOptions).text;
}

/** The line ending most lines of the text use (`\n` when there is none). */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** The finding with line breaks in its fixes' new text written as `eol`. */
function withEol(f: Finding, eol: string): Finding {
  if (!f.fixes.some((fix) => fix.edits.some((e) => e.newText.includes('\n') || e.newText.includes('\r')))) return f;
  return {
    ...f,
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) })) })),
  };
}
