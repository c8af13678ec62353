// Command-line arguments: parsed by hand into CliOptions, or a usage error with a message.

import { DEFAULT_MAX_FINDINGS_PER_RULE, parseDocumentDateOption, type SeveritySetting, type Stage } from '../core/index';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  readonly format: FormatName;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** With --fix or --fix-dry-run: apply unsafe fixes too (they change what the text says). */
  readonly unsafeFixes: boolean;
  readonly stage?: Stage;
  /** `--date YYYY-MM-DD`: the document's date, when the text gives none or gives it wrongly. */
  readonly documentDate?: string;
  /** Per-rule severity settings from `--rule id=severity`, later flags winning. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly maxWarnings?: number;
  /** `--max-findings-per-rule`: undefined means the core's default; 0 means no limit. */
  readonly maxFindingsPerRule?: number;
  readonly quiet: boolean;
  /** Explicit `--color` / `--no-color`; undefined means: decide from the terminal and environment. */
  readonly color?: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly listRules: boolean;
  /** `--print-text`: print each input's text as undraft checks it (a .docx's text view) instead of checking. */
  readonly printText: boolean;
  /** `--serve`: serve the playground page on 127.0.0.1 instead of checking files. */
  readonly serve: boolean;
  /** `--port` for --serve; 0 takes any free port. */
  readonly port: number;
  /** `--init`: write a starting undraft.config.json in the working directory. */
  readonly init: boolean;
  /** `--print-config <file>`: print the configuration that applies to that file. */
  readonly printConfig?: string;
  /** `--annotate`: write a copy of a .docx with the findings as Word comments (to `output`). */
  readonly annotate: boolean;
  /** `--output` for --annotate. */
  readonly output?: string;
  readonly inputs: readonly string[];
  /** Baseline and cache and threads (batch.ts reads these). */
  readonly batch: BatchOptions;
}

export interface BatchOptions {
  /** `--suppress-all`: record every current finding in the suppressions file. */
  readonly suppressAll: boolean;
  /** `--prune-suppressions`: lower the recorded counts to what the run finds. */
  readonly pruneSuppressions: boolean;
  /** `--suppressions-location`; undefined: undraft-suppressions.json in the working directory. */
  readonly suppressionsLocation?: string;
  readonly cache: boolean;
  /** `--cache-location` (a file, or a directory to put .undraftcache in). */
  readonly cacheLocation?: string;
  /** `--concurrency`: number of worker threads; 1 checks in the main thread; 'auto' one per core. */
  readonly concurrency: number | 'auto';
}

export type ParseArgsResult = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly error: string };

export const DEFAULT_SERVE_PORT = 8417;

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export const HELP = `Usage: undraft [options] <files | directories | globs | ->

Checks drafts of UN meeting reports (.md, .txt and Word .docx) against UN drafting conventions.
A .docx is checked as Word shows it (automatic numbers included, tracked changes rejected);
its findings name the paragraph (¶ 21) and the line of its text view (--print-text).
Directories are searched recursively (node_modules, dot-directories and what
.gitignore and .undraftignore exclude are skipped; files named directly are checked);
globs (*, **, ?, [a-z], {a,b}) are expanded by undraft itself, so quote them; - reads stdin.

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif, github, junit
      --fix               Apply the safe fixes to the files in place (they change
                          form, never what the draft says)
      --fix-dry-run       Print the fixed text to stdout instead of writing it
                          (the remaining problems go to stderr)
      --unsafe-fixes      With --fix or --fix-dry-run, apply the unsafe fixes too:
                          accept bracketed text, remove repeated entries, spell out
                          abbreviations, take the closest name (read the result)
      --stage <stage>     draft or final (default: from the masthead; Distr.: General is final)
      --date <YYYY-MM-DD> The document's date (default: from the masthead, the date line
                          or the session's dates; else today): names in use then are right
      --rule <id=level>   Set a rule's severity: off, info, warning or error (repeatable)
      --max-warnings <n>  Exit with 1 when there are more than n warnings
      --max-findings-per-rule <n>
                          List at most n findings per rule and file, then one that
                          counts the rest (default ${DEFAULT_MAX_FINDINGS_PER_RULE}; 0: no limit)
  -q, --quiet             Report errors only
      --suppress-all      Record every current finding, per file and rule, in the
                          suppressions file; later runs report only findings beyond it
      --prune-suppressions
                          Lower the recorded counts to what this run finds (fixed ones go)
      --suppressions-location <file>
                          The suppressions file (default: undraft-suppressions.json)
      --cache             Re-check only files whose content, settings or undraft's
                          version changed since the last run
      --cache-location <path>
                          The cache file, or a directory for it (default: .undraftcache)
      --concurrency <n|auto>
                          Check files in n worker threads (auto: one per core; default 1)
      --color, --no-color Force colour on or off (default: on for a terminal;
                          NO_COLOR and FORCE_COLOR are honoured)
      --print-text        Print each draft's text as undraft reads it (for a .docx, one
                          line a paragraph with Word's numbers) instead of checking it
      --list-rules        List the rules: id, default severity, fixable, description
      --init              Write a starting undraft.config.json here (never overwrites)
      --print-config <file>
                          Print the configuration that applies to a file: the config
                          files merged, the stage, the date, each rule's severity and options
      --serve             Serve the playground page (check a draft in the browser;
                          nothing leaves it) on http://127.0.0.1 and print its URL
      --port <n>          The port for --serve (default ${DEFAULT_SERVE_PORT}; 0: any free port)
      --annotate          With a .docx draft and --output: write a copy with each finding
                          as a Word comment (author "undraft"); with --fix, the safe fixes
                          as tracked changes to accept or reject in Word. The draft itself
                          is never changed.
  -o, --output <file>     Where --annotate writes the annotated copy
  -h, --help              Show this help
  -v, --version           Show the version

Configuration: the nearest undraft.config.json above each draft (up to the folder with
.git) sets rules, options, stage, date, files, ignores and overrides; --rule, --stage
and --date win over it. See docs/configuration.md.

Environment: NO_COLOR, FORCE_COLOR (colour); UNDRAFT_TIMING=1 prints where the time went.

Exit status: 0 no error-severity problem; 1 at least one error (or more warnings
than --max-warnings); 2 usage error or a file that could not be read.`;

/** Parses argv (without `node` and the script). */
export function parseArgs(argv: readonly string[]): ParseArgsResult {
  let format: FormatName = 'stylish';
  let fix = false;
  let fixDryRun = false;
  let unsafeFixes = false;
  let stage: Stage | undefined;
  let documentDate: string | undefined;
  const rules: Record<string, SeveritySetting> = {};
  let maxWarnings: number | undefined;
  let maxFindingsPerRule: number | undefined;
  let quiet = false;
  let color: boolean | undefined;
  let help = false;
  let version = false;
  let listRules = false;
  let printText = false;
  let serve = false;
  let port: number | undefined;
  let init = false;
  let printConfig: string | undefined;
  let annotate = false;
  let output: string | undefined;
  const inputs: string[] = [];
  const batch: Writable<BatchOptions> = { suppressAll: false, pruneSuppressions: false, cache: false, concurrency: 1 };
  const fail = (error: string): ParseArgsResult => ({ ok: false, error });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      for (let k = i + 1; k < argv.length; k++) inputs.push(argv[k]);
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    // `--name=value` or `--name value`
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inlineValue = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const takesValue = ['-f', '--format', '--stage', '--date', '--rule', '--max-warnings', '--max-findings-per-rule', '--port', '--print-config', '-o', '--output', '--suppressions-location', '--cache-location', '--concurrency'].includes(name);
    let value: string | undefined;
    if (takesValue) {
      if (inlineValue !== undefined) value = inlineValue;
      else if (i + 1 < argv.length) value = argv[++i];
      else return fail(`Option ${name} needs a value.`);
    } else if (inlineValue !== undefined) {
      return fail(`Option ${name} takes no value.`);
    }
    switch (name) {
      case '-f':
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value!)) return fail(`Unknown format "${value}"; use one of: ${FORMATS.join(', ')}.`);
        format = value as FormatName;
        break;
      case '--fix':
        fix = true;
        break;
      case '--fix-dry-run':
        fixDryRun = true;
        break;
      case '--unsafe-fixes':
        unsafeFixes = true;
        break;
      case '--stage':
        if (value !== 'draft' && value !== 'final') return fail(`Unknown stage "${value}"; use draft or final.`);
        stage = value;
        break;
      case '--date':
        if (!parseDocumentDateOption(value!)) return fail(`--date expects a date in the form YYYY-MM-DD, got "${value}".`);
        documentDate = value;
        break;
      case '--rule': {
        const at = value!.indexOf('=');
        const id = at >= 0 ? value!.slice(0, at).trim() : '';
        const level = at >= 0 ? value!.slice(at + 1).trim() : '';
        if (id === '' || !SEVERITY_SETTINGS.includes(level as SeveritySetting)) {
          return fail(`--rule expects <rule-id>=<off|info|warning|error>, got "${value}".`);
        }
        rules[id] = level as SeveritySetting;
        break;
      }
      case '--max-warnings': {
        if (!/^\d{1,9}$/.test(value!)) return fail(`--max-warnings expects a whole number, got "${value}".`);
        maxWarnings = Number(value);
        break;
      }
      case '--max-findings-per-rule': {
        if (!/^\d{1,9}$/.test(value!)) return fail(`--max-findings-per-rule expects a whole number (0 for no limit), got "${value}".`);
        maxFindingsPerRule = Number(value);
        break;
      }
      case '-q':
      case '--quiet':
        quiet = true;
        break;
      case '--color':
        color = true;
        break;
      case '--no-color':
        color = false;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      case '--print-text':
        printText = true;
        break;
      case '--list-rules':
        listRules = true;
        break;
      case '--serve':
        serve = true;
        break;
      case '--init':
        init = true;
        break;
      case '--print-config':
        printConfig = value;
        break;
      case '--annotate':
        annotate = true;
        break;
      case '-o':
      case '--output':
        if (value === '') return fail('--output needs a file name.');
        output = value;
        break;
      case '--port': {
        if (!/^\d{1,5}$/.test(value!) || Number(value) > 65535) return fail(`--port expects a port number from 0 to 65535, got "${value}".`);
        port = Number(value);
        break;
      }
      default: {
        const batchResult = parseBatchOption(name, value, batch);
        if (batchResult === 'ok') break;
        if (batchResult !== 'unknown') return fail(batchResult);
        return fail(`Unknown option "${name}". Run undraft --help for the options.`);
      }
    }
  }
  if (annotate || output !== undefined) {
    const problem = annotateProblem(annotate, output, inputs, fixDryRun, unsafeFixes);
    if (problem) return fail(problem);
  }
  if (fix && fixDryRun) return fail('Use either --fix or --fix-dry-run, not both.');
  if (unsafeFixes && !fix && !fixDryRun) return fail('--unsafe-fixes goes with --fix or --fix-dry-run.');
  if (fix && !annotate && inputs.includes('-')) return fail('--fix cannot write back to stdin; use --fix-dry-run to print the fixed text.');
  if (printText && (fix || fixDryRun)) return fail('--print-text prints the text as read; use it without --fix or --fix-dry-run.');
  if (printText && annotate) return fail('--print-text prints the text as read; use it without --annotate.');
  if (port !== undefined && !serve) return fail('--port goes with --serve.');
  if (serve && inputs.length > 0) return fail('--serve checks drafts in the browser; name no files with it.');
  if (batch.suppressAll && batch.pruneSuppressions) return fail('Use either --suppress-all or --prune-suppressions, not both.');
  if ((init || printConfig !== undefined) && inputs.length > 0) return fail(`${init ? '--init' : '--print-config'} takes no drafts to check; run it on its own.`);
  if (!help && !version && !listRules && !serve && !init && printConfig === undefined && inputs.length === 0) {
    return fail('No drafts given. Name files, directories or globs, or - to read stdin.');
  }
  return {
    ok: true,
    options: { format, fix, fixDryRun, unsafeFixes, stage, documentDate, rules, maxWarnings, maxFindingsPerRule, quiet, color, help, version, listRules, printText, serve, port: port ?? DEFAULT_SERVE_PORT, init, ...(printConfig !== undefined ? { printConfig } : {}), inputs, annotate, ...(output !== undefined ? { output } : {}), batch },
  };
}

/** What is wrong with an --annotate command line, if anything. */
function annotateProblem(annotate: boolean, output: string | undefined, inputs: readonly string[], fixDryRun: boolean, unsafeFixes: boolean): string | undefined {
  if (!annotate) return '--output goes with --annotate.';
  if (output === undefined) return '--annotate needs --output <file> (the draft itself is never changed).';
  if (inputs.length !== 1 || inputs[0] === '-') return '--annotate takes exactly one .docx file.';
  if (fixDryRun) return '--annotate writes a copy; use --annotate --fix for the safe fixes as tracked changes.';
  if (unsafeFixes) return '--annotate writes unsafe fixes only as suggestions in the comments; drop --unsafe-fixes.';
  return undefined;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The options of runs over many files (baseline, cache, threads): 'ok', 'unknown', or what is wrong. */
function parseBatchOption(name: string, value: string | undefined, batch: Writable<BatchOptions>): string {
  switch (name) {
    case '--suppress-all':
      batch.suppressAll = true;
      return 'ok';
    case '--prune-suppressions':
      batch.pruneSuppressions = true;
      return 'ok';
    case '--suppressions-location':
      if (value === '') return '--suppressions-location needs a file name.';
      batch.suppressionsLocation = value;
      return 'ok';
    case '--cache':
      batch.cache = true;
      return 'ok';
    case '--cache-location':
      if (value === '') return '--cache-location needs a file or directory name.';
      batch.cacheLocation = value;
      return 'ok';
    case '--concurrency':
      if (value === 'auto') batch.concurrency = 'auto';
      else if (/^\d{1,3}$/.test(value!) && Number(value) >= 1 && Number(value) <= 256) batch.concurrency = Number(value);
      else return `--concurrency expects a number of threads from 1 to 256 or auto, got "${value}".`;
      return 'ok';
    default:
      return 'unknown';
  }
}
