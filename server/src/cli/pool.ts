// --concurrency: files checked in worker threads. Jobs go out one at a time to whichever worker is
// free (drafts differ a lot in size, so a fixed split would leave a core idle); outcomes come back in
// any order and the caller puts them back in argument order.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { unchangedSince, type FileJob, type FileOutcome } from './check-file';

/** The worker's script: beside this file, both in dist/ (bundled) and in out/ (compiled). */
export const WORKER_SCRIPT = path.join(__dirname, 'cli-worker.js');

/** `auto`: one worker per core the process may use. */
export function autoConcurrency(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Whether worker threads can be started (the worker's script is there). */
export function workersAvailable(): boolean {
  return fs.existsSync(WORKER_SCRIPT);
}

/**
 * Runs the jobs on `threads` workers and calls `onOutcome(index, outcome)` as each finishes. A worker
 * that dies fails its job with a reason (never a lost file) and the remaining jobs go to the others.
 */
export function runInWorkers(jobs: readonly FileJob[], threads: number, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let done = 0;
    let alive = 0;
    const failed = (reason: string): FileOutcome => ({ stdout: [], problem: reason, warnings: [], fromCache: false, ms: { read: 0, fix: 0, check: 0 } });
    const finish = (index: number, outcome: FileOutcome) => {
      onOutcome(index, outcome);
      if (++done === jobs.length) resolve();
    };
    const start = () => {
      const worker = new Worker(WORKER_SCRIPT);
      alive++;
      let current: number | undefined;
      const feed = () => {
        if (next >= jobs.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, job: jobs[current] });
      };
      worker.on('message', (msg: { id: number; outcome?: FileOutcome; error?: string }) => {
        const index = msg.id;
        current = undefined;
        // Feed first, so the worker is busy again while the main thread prints.
        feed();
        finish(index, msg.outcome ?? failed(`internal error: ${msg.error}`));
      });
      worker.on('error', (e) => {
        if (current !== undefined) finish(current, failed(`internal error in a worker thread: ${e.message}`));
        current = undefined;
      });
      worker.on('exit', () => {
        alive--;
        // A worker gone before the queue is empty: start another for the rest.
        if (next < jobs.length && alive === 0) start();
      });
      feed();
    };
    if (jobs.length === 0) resolve();
    else for (let i = 0; i < Math.min(threads, jobs.length); i++) start();
  });
}

/**
 * Runs every job and calls `emit` for each outcome in job order, as soon as all before it are done.
 * With one thread (or none to start) the jobs run here, one after the other; standard input is
 * always read here.
 */
export async function runOrdered(jobs: readonly FileJob[], threads: number, run: (job: FileJob) => FileOutcome, emit: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const parallel = threads > 1 && jobs.filter((j) => j.path !== undefined).length > 1 && workersAvailable();
  if (!parallel) {
    jobs.forEach((job, i) => emit(i, run(job)));
    return;
  }
  const ready = new Map<number, FileOutcome>();
  let nextToEmit = 0;
  const arrive = (index: number, outcome: FileOutcome) => {
    ready.set(index, outcome);
    while (ready.has(nextToEmit)) {
      const o = ready.get(nextToEmit)!;
      ready.delete(nextToEmit);
      emit(nextToEmit++, o);
    }
  };
  // Standard input, and files whose cached result still stands (a stat tells), are done here.
  const remote: number[] = [];
  jobs.forEach((job, i) => (job.path === undefined || (job.cached && !job.fix && !job.fixDryRun && unchangedSince(job.path, job.cached)) ? arrive(i, run(job)) : remote.push(i)));
  await runInWorkers(
    remote.map((i) => jobs[i]),
    threads,
    (k, outcome) => arrive(remote[k], outcome),
  );
}
