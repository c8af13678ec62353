// A guard between the client's byte stream and the JSON-RPC library (the --stdio transport): frames are
// checked strictly, a broken stream ends the server with a message on stderr (so the client restarts
// it instead of talking to a server that never answers again), and malformed messages get the error
// codes of the JSON-RPC and LSP specifications instead of silence.

import { paramsProblem } from './protocolParams';

/** No message undraft needs comes near this; a larger Content-Length is a broken stream. */
export const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;
/** A header block longer than this (without its blank line) is not a header. */
export const MAX_HEADER_BYTES = 8 * 1024;

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const INVALID_PARAMS = -32602;

export interface GuardSink {
  /** A well-formed frame (header and body bytes) for the library. */
  forward(frame: Buffer): void;
  /** An answer the guard gives itself (a JSON-RPC error response). */
  reply(message: object): void;
  /** A problem worth a line on stderr; the stream goes on. */
  log(message: string): void;
  /** The stream cannot be read any further. */
  fatal(reason: string): void;
}

const HEADER_LINE_RE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*?)[ \t]*$/;
const HEADER_END = Buffer.from('\r\n\r\n');

/** The body length a header block announces, or why the block is broken. */
export function readHeader(block: string): { length: number } | { error: string } {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const m = HEADER_LINE_RE.exec(line);
    if (!m) return { error: `a header line is not "Name: value": ${JSON.stringify(line.slice(0, 80))}` };
    const name = m[1].toLowerCase();
    const value = m[2];
    if (name === 'content-length') {
      if (!/^\d{1,10}$/.test(value)) return { error: `Content-Length is not a byte count: ${JSON.stringify(value.slice(0, 40))}` };
      const n = Number(value);
      if (n > MAX_CONTENT_LENGTH) return { error: `Content-Length ${n} is larger than ${MAX_CONTENT_LENGTH} bytes` };
      if (length !== undefined && length !== n) return { error: 'two different Content-Length headers' };
      length = n;
    } else if (name === 'content-type') {
      const charset = /charset=([^;\s]+)/i.exec(value)?.[1].toLowerCase();
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return { error: `unsupported charset ${charset}` };
    }
  }
  if (length === undefined) return { error: 'a message has no Content-Length header' };
  return { length };
}

export class ProtocolGuard {
  private chunks: Buffer[] = [];
  private size = 0;
  private header: Buffer | undefined;
  private bodyLength = -1;
  private broken = false;
  private shutDown = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly sink: GuardSink) {}

  /** Bytes from the client, in order. */
  push(chunk: Buffer): void {
    if (this.broken) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.bodyLength < 0 && !this.takeHeader()) return;
      if (this.size < this.bodyLength) return;
      const buf = this.flatten();
      const body = buf.subarray(0, this.bodyLength);
      this.keep(buf.subarray(this.bodyLength));
      const header = this.header as Buffer;
      this.bodyLength = -1;
      this.header = undefined;
      this.message(header, body);
    }
  }

  /** The client closed the stream; a message cut short is worth saying. */
  end(): void {
    if (!this.broken && (this.size > 0 || this.bodyLength >= 0)) this.sink.log('the input ended in the middle of a message');
  }

  private takeHeader(): boolean {
    const buf = this.flatten();
    const end = buf.indexOf(HEADER_END);
    if (end < 0 || end > MAX_HEADER_BYTES) {
      if (end > MAX_HEADER_BYTES || buf.length > MAX_HEADER_BYTES + HEADER_END.length) this.fail(`no end of a message header within ${MAX_HEADER_BYTES} bytes`);
      return false;
    }
    const header = readHeader(buf.subarray(0, end).toString('latin1'));
    if ('error' in header) {
      this.fail(header.error);
      return false;
    }
    this.header = buf.subarray(0, end + HEADER_END.length);
    this.bodyLength = header.length;
    this.keep(buf.subarray(end + HEADER_END.length));
    return true;
  }

  private message(header: Buffer, body: Buffer): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.decoder.decode(body));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.sink.log(`malformed JSON in a message (${reason})`);
      this.sink.reply(errorResponse(null, PARSE_ERROR, `Parse error: the message is not valid JSON in UTF-8 (${reason})`));
      return;
    }
    const verdict = this.judge(parsed);
    if (verdict === 'forward') this.sink.forward(Buffer.concat([header, body]));
  }

  /** Whether a parsed message goes on to the library; answers or logs the ones that do not. */
  private judge(msg: unknown): 'forward' | 'drop' {
    if (!isObject(msg) || msg.jsonrpc !== '2.0') {
      this.sink.log('a message that is not a JSON-RPC 2.0 object');
      this.sink.reply(errorResponse(validId(isObject(msg) ? msg.id : undefined), INVALID_REQUEST, 'Invalid request: expected a JSON-RPC 2.0 message object (batches are not supported)'));
      return 'drop';
    }
    const hasId = 'id' in msg;
    if (!('method' in msg)) return hasId && ('result' in msg || 'error' in msg) ? 'forward' : this.invalid(msg, 'a message needs a method, or a result or error');
    if (typeof msg.method !== 'string') return this.invalid(msg, 'the method is not a string');
    if (hasId && validId(msg.id) === null) return this.invalid(msg, 'the id is not a number or a string');
    const method = msg.method;
    if (this.shutDown && method !== 'exit') {
      if (hasId) this.sink.reply(errorResponse(validId(msg.id), INVALID_REQUEST, `Invalid request: the server is shut down; only "exit" is accepted, not "${method}"`));
      else this.sink.log(`notification "${method}" after shutdown ignored`);
      return 'drop';
    }
    const problem = paramsProblem(method, msg.params);
    if (problem) {
      if (hasId) this.sink.reply(errorResponse(validId(msg.id), INVALID_PARAMS, `Invalid params for ${method}: ${problem}`));
      else this.sink.log(`notification "${method}" with invalid params ignored: ${problem}`);
      return 'drop';
    }
    if (method === 'shutdown' && hasId) this.shutDown = true;
    return 'forward';
  }

  private invalid(msg: Record<string, unknown>, reason: string): 'drop' {
    this.sink.log(`invalid message: ${reason}`);
    if ('id' in msg) this.sink.reply(errorResponse(validId(msg.id), INVALID_REQUEST, `Invalid request: ${reason}`));
    return 'drop';
  }

  private fail(reason: string): void {
    this.broken = true;
    this.chunks = [];
    this.size = 0;
    this.sink.fatal(reason);
  }

  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function validId(id: unknown): number | string | null {
  return (typeof id === 'number' && Number.isInteger(id)) || typeof id === 'string' ? id : null;
}

function errorResponse(id: number | string | null, code: number, message: string): object {
  return { jsonrpc: '2.0', id, error: { code, message } };
}
