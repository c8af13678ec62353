// Child processes of the e2e harness: each long-lived one runs in its own process group, and every group is
// stopped at the end — normally, on failure, on SIGINT/SIGTERM/SIGHUP and (with SIGKILL) on process exit.
import { ChildProcess, spawn, spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';

export interface GroupProcess {
  name: string;
  child: ChildProcess;
  /** Process group id (= pid of the leader, started with detached: true). */
  pgid: number;
  exited: Promise<number | null>;
  hasExited(): boolean;
  stop(): Promise<void>;
}

const live = new Set<GroupProcess>();
const interruptCleanups: (() => Promise<void> | void)[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

/**
 * Registers work to do on a signal (normal ends do it themselves): `interrupt` work runs at once, with the
 * process groups being stopped (e.g. closing the browser); `exit` work runs only if the run has not ended by
 * itself 30 s later (e.g. removing the temporary folder, which the run still uses while it reports).
 */
export function onCleanup(fn: () => Promise<void> | void, when: 'interrupt' | 'exit' = 'exit'): void {
  (when === 'interrupt' ? interruptCleanups : cleanups).push(fn);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Pids of all descendants of `pid` (read from /proc), to catch children that left the group. */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...; comm may contain spaces and parentheses: parse after the last ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(rest[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift() as number;
    for (const [child, parent] of parentOf) {
      if (parent === current && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function killQuietly(target: number, signal: NodeJS.Signals): void {
  try {
    process.kill(target, signal);
  } catch {
    // Already gone.
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

/** Starts `command` as the leader of a new process group, with stdout and stderr appended to `logFile`. */
export function startGroup(name: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string }): GroupProcess {
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error(`${name} did not start (${command})`);
  const pgid = child.pid;
  let exitedFlag = false;
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      exitedFlag = true;
      resolve(code);
    });
    child.on('error', () => {
      exitedFlag = true;
      resolve(null);
    });
  });
  const proc: GroupProcess = {
    name,
    child,
    pgid,
    exited,
    hasExited: () => exitedFlag,
    stop: async () => {
      if (!live.has(proc)) return;
      const strays = descendants(pgid);
      killQuietly(-pgid, 'SIGTERM');
      for (const pid of strays) killQuietly(pid, 'SIGTERM');
      const stopped = await waitUntil(() => !groupAlive(pgid) && strays.every((p) => !pidAlive(p)), 10_000);
      if (!stopped) {
        killQuietly(-pgid, 'SIGKILL');
        for (const pid of strays) killQuietly(pid, 'SIGKILL');
        await waitUntil(() => !groupAlive(pgid) && strays.every((p) => !pidAlive(p)), 10_000);
      }
      live.delete(proc);
      if (groupAlive(pgid)) throw new Error(`process group ${pgid} (${name}) survived SIGKILL`);
    },
  };
  live.add(proc);
  return proc;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie is dead for our purposes.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 160);
  } catch {
    return '?';
  }
}

/**
 * The last check of a run: no process started by this one (directly or not) is left. Waits up to `timeoutMs` for
 * descendants to finish, then kills the rest and returns their descriptions (empty when all was clean).
 */
export async function reapDescendants(timeoutMs = 10_000): Promise<string[]> {
  const alive = (): number[] => descendants(process.pid).filter(pidAlive);
  await waitUntil(() => alive().length === 0, timeoutMs);
  const left = alive();
  const described = left.map((pid) => `${pid} ${commandLine(pid)}`);
  for (const pid of left) killQuietly(pid, 'SIGKILL');
  return described;
}

export async function stopAll(): Promise<void> {
  const errors: string[] = [];
  for (const proc of [...live]) {
    try {
      await proc.stop();
    } catch (err) {
      errors.push(String(err));
    }
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
}

let handlersInstalled = false;
let interruption: { signal: NodeJS.Signals; code: number } | undefined;

/** The signal that interrupted the run, if any, and the exit code that goes with it. */
export function interruptedBy(): { signal: NodeJS.Signals; code: number } | undefined {
  return interruption;
}

/**
 * On SIGINT/SIGTERM/SIGHUP: stop every process group at once (the run then fails fast and reports), and if the
 * run has not ended 30 s later, run the cleanups, kill leftovers and exit 128+n. A second signal exits at once.
 * On exit: SIGKILL whatever group is still there.
 */
export function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const signal of Object.keys(codes) as NodeJS.Signals[]) {
    process.on(signal, () => {
      const code = codes[signal];
      if (interruption) process.exit(code);
      interruption = { signal, code };
      process.exitCode = code;
      console.error(`\n[e2e] ${signal}: stopping every process the e2e started`);
      void stopAll().catch(() => undefined);
      for (const fn of interruptCleanups) void Promise.resolve().then(fn).catch(() => undefined);
      setTimeout(() => {
        void (async () => {
          for (const fn of cleanups) {
            try {
              await fn();
            } catch {
              // Keep going with the rest.
            }
          }
          await reapDescendants(5000).catch(() => undefined);
          process.exit(code);
        })();
      }, 30_000).unref();
    });
  }
  process.on('exit', () => {
    for (const proc of live) {
      for (const pid of descendants(proc.pgid)) killQuietly(pid, 'SIGKILL');
      killQuietly(-proc.pgid, 'SIGKILL');
    }
  });
}

/** A TCP port that was free on 127.0.0.1 a moment ago (a start-up retry covers the race). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Runs a short command to completion; throws with its output on failure. */
export function runChecked(command: string, args: string[], options: SpawnSyncOptions & { what: string }): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw new Error(`${options.what}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${options.what} failed (exit ${result.status ?? result.signal}):\n${output.slice(-4000)}`);
  }
  return output;
}
