// Starts the built CLI's `--serve` on a free loopback port for the playground test and stops it again.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';

export interface Served {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): void;
}

export function startServe(repo: string, timeoutMs = 20_000): Promise<Served> {
  const child = spawn(process.execPath, [path.join(repo, 'dist', 'cli.js'), '--serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`undraft --serve printed no URL within ${timeoutMs} ms: ${out}${err}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], child, stop });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`undraft --serve ended (exit ${code}) before printing its URL: ${out}${err}`));
    });
  });
}
