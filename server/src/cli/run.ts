// One CLI run: arguments in, text on stdout/stderr and an exit status out. File system access goes
// through files.ts; the core is called only with text and returns findings with offsets.

import * as path from 'node:path';
import { allRules, ruleDocsUrl, type CheckOptions } from '../core/index';
import { annotateCommand } from './annotate';
import { HELP, parseArgs, type CliOptions } from './args';
import { openBatch } from './batch';
import { checkFile, type FileJob, type FileOutcome } from './check-file';
import { palette, useColor } from './color';
import { configGate, initConfig, printConfig, settingsResolver } from './config';
import { displayPath as display, resolveInputs, type InputError } from './files';
import { formatters } from './formatters/index';
import { runOrdered } from './pool';
import { countFindings, exitCode, withFindings, type FileResult } from './results';
import { listRules } from './list-rules';
import { serve } from './serve';
import { splitWordRules, WORD_CHECK_RULES } from '../docx/checks';
import { WORD_CHECK_IDS } from './word-job';

export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY: boolean;
  readonly version: string;
  /**
   * What tells this build from another of the same version (a hash of the sources, set by the bundler):
   * cached findings from another build are not served, though the version is the same.
   */
  readonly buildId?: string;
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Runs the CLI and returns its exit status (0, 1 or 2). */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
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
  const known = new Set([...allRules.map((r) => r.meta.id), ...WORD_CHECK_IDS]);
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
  // The Word-only checks' settings stay in (so they win over the config's and count in the cache key);
  // splitWordRules takes them out for the Word-only checks before the core sees the options.
  return { ...(opts.stage ? { stage: opts.stage } : {}), rules: { ...opts.rules }, maxFindingsPerRule: opts.maxFindingsPerRule, ...(opts.documentDate ? { documentDate: opts.documentDate } : {}) };
}

/**
 * --annotate on one .docx, with the project config that applies to it. The draft's own comments and tracked
 * changes are already visible in Word, so they are not annotated again.
 */
function annotate(opts: CliOptions, io: CliIO, colour: boolean): number {
  const problems: InputError[] = [];
  const target = { kind: 'file', path: path.resolve(io.cwd, opts.inputs[0]!) } as const;
  const settings = configGate(settingsResolver(cliCheckOptions(opts)), opts.inputs, io, problems)(target);
  if (!settings) return problems.length > 0 ? 2 : 0;
  const { options, wordRules } = splitWordRules(settings.options);
  // The draft's own comments and tracked changes are in Word already: they are not annotated again.
  return annotateCommand(opts, io, colour, options, { ...wordRules, 'word-comments': 'off', 'word-tracked-changes': 'off' });
}

async function checkInputs(opts: CliOptions, io: CliIO, colour: boolean): Promise<number> {
  const { targets, errors: unreadable } = resolveInputs(opts.inputs, io.cwd);
  const problems = [...unreadable];
  const settingsFor = configGate(settingsResolver(cliCheckOptions(opts)), opts.inputs, io, problems);
  const report = (input: string, reason: string) => {
    problems.push({ input, reason });
    io.stderr(`undraft: ${input}: ${reason}\n`);
  };
  for (const u of unreadable) io.stderr(`undraft: ${u.input}: ${u.reason}\n`);
  const opened = openBatch(opts.batch, io.cwd, io.buildId === undefined ? io.version : `${io.version}+${io.buildId}`, (note) => io.stderr(`undraft: ${note}\n`));
  if (!opened.ok) {
    io.stderr(`undraft: ${opened.error}\n`);
    return 2;
  }
  const batch = opened.batch;

  // UNDRAFT_TIMING=1 prints where the time goes (read, fix, check, output) to stderr; with worker
  // threads read, fix and check add up the threads' times.
  const timing = io.env.UNDRAFT_TIMING === '1' ? { read: 0, fix: 0, check: 0, output: 0 } : undefined;
  const dryRunHeader = opts.fixDryRun && targets.length > 1;
  const keys: string[] = [];
  const jobs: FileJob[] = [];
  for (const target of targets) {
    const settings = settingsFor(target);
    if (!settings) continue; // a broken config (reported) or a file the config leaves out
    const filePath = target.kind === 'stdin' ? undefined : target.path;
    keys.push(settings.key);
    const { options, wordRules } = splitWordRules(settings.options);
    const job: FileJob = { path: filePath, displayPath: filePath === undefined ? '<stdin>' : display(filePath, io.cwd), options, fix: opts.fix, fixDryRun: opts.fixDryRun, unsafeFixes: opts.unsafeFixes, dryRunHeader, printText: opts.printText, wordRules };
    jobs.push(batch.withCache(job, settings.key));
  }
  const results: FileResult[] = [];
  let internalErrors = 0;
  await runOrdered(jobs, batch.threads, checkFile, (i, outcome) => {
    const job = jobs[i];
    if (timing) for (const k of ['read', 'fix', 'check'] as const) timing[k] += outcome.ms[k];
    for (const s of outcome.stdout) io.stdout(s);
    for (const n of outcome.notes ?? []) io.stderr(`undraft: ${n}\n`);
    if (outcome.problem !== undefined || (!outcome.findings && !outcome.cached)) {
      report(job.displayPath, outcome.problem ?? 'could not be checked');
      return;
    }
    for (const w of outcome.warnings) {
      internalErrors++;
      io.stderr(`undraft: ${job.displayPath}: ${w}\n`);
    }
    batch.remember(job, keys[i], outcome);
    results.push(fileResult(job.path ?? '<stdin>', job.displayPath, outcome));
  });
  if (opts.printText) return problems.length > 0 ? 2 : 0;
  const finished = batch.finish(results);
  for (const note of finished.notes) io.stderr(`undraft: ${note}\n`);

  const mark = performance.now();
  const all = countFindings(finished.results);
  const shown = opts.quiet ? finished.results.map((r) => withFindings(r, r.findings.filter((f) => f.severity === 'error'))) : finished.results;
  const output = formatters[opts.format](shown, {
    version: io.version,
    rules: [...allRules.map((r) => r.meta), ...WORD_CHECK_RULES],
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
    const t = timing;
    t.output = performance.now() - mark;
    io.stderr(`undraft timing: read ${t.read.toFixed(1)} ms, fix ${t.fix.toFixed(1)} ms, check ${t.check.toFixed(1)} ms, output ${t.output.toFixed(1)} ms, process up ${(process.uptime() * 1000).toFixed(1)} ms\n`);
  }

  let code = exitCode(all, problems.length + internalErrors, opts.maxWarnings);
  if (code !== 2 && opts.maxWarnings !== undefined && all.warnings > opts.maxWarnings) {
    io.stderr(`undraft: ${all.warnings} warnings, more than --max-warnings ${opts.maxWarnings}.\n`);
    code = 1;
  }
  // With a baseline in force, anything beyond it (an error or a warning) fails the run: that is its point.
  if (code === 0 && finished.beyondBaseline > 0) code = 1;
  return code;
}

/** A file's result; one served from the cache decodes its findings only when something reads them. */
function fileResult(filePath: string, displayPath: string, outcome: FileOutcome): FileResult {
  const stored = outcome.cached;
  if (!stored) return { filePath, displayPath, findings: outcome.findings ?? [] };
  return {
    filePath,
    displayPath,
    get findings() {
      return stored.findings;
    },
    cached: stored,
  };
}

export { dominantEol, fixText } from './check-file';
