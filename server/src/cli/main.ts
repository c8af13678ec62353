// The `undraft` command: wires the real process (argv, stdout, stderr, exit status) to run().

// First: V8 flags must be set before the rest of the bundle runs.
import './v8-flags';
import { version } from '../../../package.json';
import { describeError } from './files';
import { run } from './run';

/** Set by scripts/build.mjs (a hash of the sources); absent when the compiled sources run unbundled. */
declare const UNDRAFT_BUILD_ID: string | undefined;

/**
 * Output that cannot be written (a full disk, /dev/full) ends the run with exit 2 and one line on
 * stderr; a closed pipe (`undraft … | head`) is no error worth a word. Writes to files fail
 * synchronously, writes to pipes later through the stream's 'error' event: both come here.
 */
function outputFailed(stream: 'stdout' | 'stderr', e: unknown): never {
  if ((e as NodeJS.ErrnoException)?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (stream === 'stdout') {
    try {
      process.stderr.write(`undraft: could not write the output: ${describeError(e)}\n`);
    } catch {
      // stderr is gone too; the exit status has to say it.
    }
  }
  process.exit(2);
}

function writer(name: 'stdout' | 'stderr'): (s: string) => void {
  const stream = process[name];
  stream.on('error', (e) => outputFailed(name, e));
  return (s) => {
    try {
      stream.write(s);
    } catch (e) {
      outputFailed(name, e);
    }
  };
}

async function main(): Promise<void> {
  const stdout = writer('stdout');
  const stderr = writer('stderr');
  try {
    const code = await run(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTTY: !!process.stdout.isTTY,
      version,
      buildId: typeof UNDRAFT_BUILD_ID === 'string' ? UNDRAFT_BUILD_ID : undefined,
      stdout,
      stderr,
    });
    // Something that failed while run() was awaited (--serve's port in use) has set 2 already: keep the worse.
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  } catch (e) {
    process.stderr.write(`undraft: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}

void main();
