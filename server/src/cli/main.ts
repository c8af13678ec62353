// The `undraft` command: wires the real process (argv, stdout, stderr, exit status) to run().

// First: V8 flags must be set before the rest of the bundle runs.
import './v8-flags';
import { version } from '../../../package.json';
import { run } from './run';

function main(): void {
  // A closed pipe (`undraft … | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  try {
    process.exitCode = run(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTTY: !!process.stdout.isTTY,
      version,
      stdout: (s) => void process.stdout.write(s),
      stderr: (s) => void process.stderr.write(s),
    });
  } catch (e) {
    process.stderr.write(`undraft: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}

main();
