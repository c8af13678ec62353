// The language server's protocol guard under random input: valid messages split at any points come
// through whole and in order; arbitrary bytes never throw, they end in replies, logs or a fatal error.

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ProtocolGuard, type GuardSink } from '../../server/src/lsp/protocolGuard';

interface Collected {
  forwarded: Buffer[];
  replies: object[];
  failures: string[];
  logs: string[];
}

function collecting(): GuardSink & Collected {
  const got: Collected = { forwarded: [], replies: [], failures: [], logs: [] };
  return {
    ...got,
    forward: (b) => void got.forwarded.push(b),
    reply: (m) => void got.replies.push(m),
    log: (m) => void got.logs.push(m),
    fatal: (r) => void got.failures.push(r),
  };
}

function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('fuzz: protocol guard', () => {
  it('passes valid messages through whole and in order, however the bytes are split', () => {
    const message = fc.record({ id: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 50 }) }).map(({ id, text }) =>
      JSON.stringify({ jsonrpc: '2.0', id, method: 'undraft/rules', params: { text } }),
    );
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (bodies, cuts) => {
        const sink = collecting();
        const guard = new ProtocolGuard(sink);
        const frames = bodies.map(frame);
        for (const chunk of split(Buffer.concat(frames), cuts)) guard.push(chunk);
        assert.deepEqual(sink.failures, []);
        assert.deepEqual(sink.replies, []);
        assert.deepEqual(sink.forwarded.map((b) => b.toString('utf8')), frames.map((b) => b.toString('utf8')));
      }),
      { numRuns: 200, seed: 20260601 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    const chunk = fc.oneof(fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)), fc.string({ maxLength: 40 }).map((s) => frame(s)), fc.constant(Buffer.from('Content-Length: 3\r\n\r\n')));
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 10 }), (chunks) => {
        const sink = collecting();
        const guard = new ProtocolGuard(sink);
        for (const c of chunks) guard.push(c);
        guard.end();
        assert.ok(sink.failures.length <= 1);
      }),
      { numRuns: 300, seed: 20260601 },
    );
  });
});
