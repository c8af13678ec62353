// The entry of a --concurrency worker thread: checks the files the main thread sends, one at a time,
// and posts each outcome back. Bundled as dist/cli-worker.js beside dist/cli.js.

import { parentPort } from 'node:worker_threads';
import { checkFile, type FileJob } from './check-file';

parentPort?.on('message', (msg: { readonly id: number; readonly job: FileJob }) => {
  let reply: unknown;
  try {
    reply = { id: msg.id, outcome: checkFile(msg.job) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
