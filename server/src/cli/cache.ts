// --cache: the findings of files already checked, kept between runs. An entry is used only while the
// file's content (its size and time, else its hash), its settings key and undraft's version and build (a hash
// of the sources) are all unchanged. A cache file that cannot be read is ignored with a note (and rewritten),
// never a reason to fail the run.
// The file is a one-line JSON index followed by the entries' bodies as raw bytes: each file's findings (tuples,
// as JSON) and the JSON formatter's text of them. A run that finds every file unchanged reads the index and
// copies the formatter's text out, decoding findings only for what needs them one by one (other formats, a
// baseline, --quiet): parsing 13 MB of findings and formatting them again was most of a cached run's time.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import type { CachedResult } from './check-file';
import { describeError, replaceFileAtomically } from './files';
import { countOf, type CliFinding, type Counts } from './results';
import { findingsJson } from './formatters/json';
import { allRules, fillMessage } from '../core/index';
import { WORD_CHECK_RULES } from '../docx/checks';

/** Every rule's message templates by rule id: a message its template gives is not stored, only its id and data. */
const TEMPLATES: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map(
  [...allRules.map((r) => r.meta), ...WORD_CHECK_RULES].map((m) => [m.id, m.messages ?? {}]),
);

/** The message a finding's id and data give, or undefined when it has no id or its rule no such template. */
function templated(ruleId: string, messageId: string | undefined, data: CliFinding['data']): string | undefined {
  const template = messageId === undefined ? undefined : TEMPLATES.get(ruleId)?.[messageId];
  return template === undefined ? undefined : fillMessage(template, data);
}

export const DEFAULT_CACHE_FILE = '.undraftcache';
const FORMAT = 5;

/** Where a body is in the bytes after the index: offset and length. */
type Span = [offset: number, length: number];

/** An entry of the index. Its findings are tuples (a third of the size of objects with their keys). */
interface Entry {
  readonly key: string;
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly warnings: readonly string[];
  readonly counts: [errors: number, warnings: number, infos: number, fixable: number, unsafeFixable: number];
  /** The findings as JSON tuples, and the JSON formatter's text of them, in the bodies. */
  readonly findings: Span;
  readonly json: Span;
}

type StoredPos = [line: number, column: number, endLine: number, endColumn: number];
type StoredFinding = [
  ruleId: string,
  severity: CliFinding['severity'],
  // '' when the message is its template filled with the data (a third of the cache's size otherwise).
  message: string,
  ...pos: StoredPos,
  flags: number,
  fixes: [title: string, safety: CliFinding['fixes'][number]['safety'], replacements: [...StoredPos, newText: string][]][],
  related: [message: string, ...pos: StoredPos][],
  // What only some findings carry (a message id and its data, a Word location), kept whole: a cached run
  // must print exactly what a fresh one prints.
  extra?: Pick<CliFinding, 'messageId' | 'data' | 'word'>,
];

const pos = (p: { line: number; column: number; endLine: number; endColumn: number }): StoredPos => [p.line, p.column, p.endLine, p.endColumn];
const unpos = (a: readonly unknown[], i: number) => ({ line: a[i] as number, column: a[i + 1] as number, endLine: a[i + 2] as number, endColumn: a[i + 3] as number });

function encode(f: CliFinding): StoredFinding {
  const stored: StoredFinding = [
    f.ruleId,
    f.severity,
    templated(f.ruleId, f.messageId, f.data) === f.message ? '' : f.message,
    ...pos(f),
    (f.fixable ? 1 : 0) | (f.unsafeFixable ? 2 : 0),
    f.fixes.map((x) => [x.title, x.safety, x.replacements.map((r) => [...pos(r), r.newText] as [...StoredPos, string])]),
    f.related.map((r) => [r.message, ...pos(r)] as [string, ...StoredPos]),
  ];
  if (f.messageId !== undefined || f.word !== undefined) stored.push({ messageId: f.messageId, data: f.data, word: f.word });
  return stored;
}

function decode(t: StoredFinding): CliFinding {
  const extra = t[10];
  // Keys in the order results.ts gives them, so that a cached run's JSON is byte for byte a fresh one's.
  return {
    ruleId: t[0],
    severity: t[1],
    message: t[2] !== '' ? t[2] : (templated(t[0], extra?.messageId, extra?.data) ?? ''),
    ...(extra?.messageId !== undefined ? { messageId: extra.messageId, ...(extra.data ? { data: extra.data } : {}) } : {}),
    ...unpos(t, 3),
    fixable: (t[7] & 1) !== 0,
    unsafeFixable: (t[7] & 2) !== 0,
    fixes: t[8].map(([title, safety, reps]) => ({ title, safety, replacements: reps.map((r) => ({ newText: r[4], ...unpos(r, 0) })) })),
    related: t[9].map((r) => ({ message: r[0], ...unpos(r, 1) })),
    ...(extra?.word !== undefined ? { word: extra.word } : {}),
  };
}

interface CacheIndex {
  readonly format: number;
  readonly version: string;
  /** A checksum of the bodies: a cache changed by hand or cut short is not served. */
  readonly check: string;
  readonly entries: Record<string, Entry>;
}

/** A cached file's findings: their counts and JSON text at hand, the findings themselves decoded when first read. */
export interface CachedFindings {
  readonly counts: Counts;
  readonly json: string;
  readonly findings: readonly CliFinding[];
}

function checksum(bytes: Uint8Array): string {
  // zlib.crc32 (Node 20.15 and later) reads 30 MB in a few milliseconds; a hash where it is missing.
  return typeof zlib.crc32 === 'function' ? zlib.crc32(bytes).toString(16) : createHash('sha1').update(bytes).digest('hex');
}

/** The index and bodies of a cache file's bytes, or undefined when they are not a cache of this format. */
export function parseCache(bytes: Buffer): { index: CacheIndex; bodies: Buffer } | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  let index: Partial<CacheIndex>;
  try {
    index = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<CacheIndex>;
  } catch {
    return undefined;
  }
  const bodies = bytes.subarray(newline + 1);
  if (!index || typeof index !== 'object' || index.format !== FORMAT || typeof index.entries !== 'object' || index.entries === null || typeof index.version !== 'string') return undefined;
  if (index.check !== checksum(bodies)) return undefined;
  return { index: index as CacheIndex, bodies };
}

/** A cache file's bytes for an index (its check set here) and bodies. */
export function serializeCache(index: Omit<CacheIndex, 'check'>, bodies: Buffer): Buffer {
  return Buffer.concat([Buffer.from(JSON.stringify({ ...index, check: checksum(bodies) }) + '\n', 'utf8'), bodies]);
}

const isSpan = (s: unknown, total: number): s is Span =>
  Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] >= 0 && s[0] + s[1] <= total;

/** Bodies that are new this run (kept as strings until the cache is written). */
interface NewBodies {
  readonly findings: string;
  readonly json: string;
}

export class ResultCache {
  private entries: Record<string, Entry> = {};
  private bodies: Buffer = Buffer.alloc(0);
  private readonly fresh = new Map<string, NewBodies>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
  ) {}

  /** Opens the cache; `note` receives a sentence when the file exists but cannot be used. */
  static open(file: string, version: string, note: (s: string) => void): ResultCache {
    const cache = new ResultCache(file, version);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') note(`the cache ${file} could not be read (${describeError(e)}); checking every file`);
      return cache;
    }
    const parsed = parseCache(bytes);
    if (!parsed) {
      note(`the cache ${file} is damaged or from another format; it is ignored and written anew`);
      cache.changed = true;
      return cache;
    }
    // Another version of undraft may judge differently: its entries are dropped, silently (that is expected).
    if (parsed.index.version === version) {
      cache.entries = parsed.index.entries;
      cache.bodies = parsed.bodies;
    } else cache.changed = true;
    return cache;
  }

  /** The cached result for a file under these settings, for checkFile to compare with the content. */
  lookup(file: string, key: string): CachedResult | undefined {
    const e = this.entries[file];
    const total = this.bodies.length;
    if (!e || e.key !== key || typeof e.hash !== 'string' || !Array.isArray(e.warnings) || !Array.isArray(e.counts) || !isSpan(e.findings, total) || !isSpan(e.json, total)) return undefined;
    const bodies = this.bodies;
    const [errors, warnings, infos, fixable, unsafeFixable] = e.counts;
    let findings: readonly CliFinding[] | undefined;
    let json: string | undefined;
    // Getters, not methods: a job carrying this result to a worker thread is cloned, which reads them.
    const stored: CachedFindings = {
      counts: { errors, warnings, infos, fixable, unsafeFixable },
      get json() {
        return (json ??= bodies.toString('utf8', e.json[0], e.json[0] + e.json[1]));
      },
      get findings() {
        return (findings ??= (JSON.parse(bodies.toString('utf8', e.findings[0], e.findings[0] + e.findings[1])) as StoredFinding[]).map(decode));
      },
    };
    return { hash: e.hash, size: e.size, mtimeMs: e.mtimeMs, warnings: e.warnings, stored };
  }

  /** Keeps a fresh result. */
  store(file: string, key: string, result: FreshResult): void {
    // A file a rule failed on is checked again next time: the failure may be the machine's, not the file's.
    if (result.warnings.length > 0) return;
    const c = countOf(result.findings);
    this.entries[file] = { key, hash: result.hash, size: result.size, mtimeMs: result.mtimeMs, warnings: result.warnings, counts: [c.errors, c.warnings, c.infos, c.fixable, c.unsafeFixable], findings: [0, 0], json: [0, 0] };
    this.fresh.set(file, { findings: JSON.stringify(result.findings.map(encode)), json: findingsJson(result.findings) });
    this.changed = true;
  }

  /** Keeps a cached result under the file's new time (touched, not changed): its bodies stay as they are. */
  restamp(file: string, size: number, mtimeMs: number): void {
    const e = this.entries[file];
    if (!e || (e.size === size && e.mtimeMs === mtimeMs)) return;
    this.entries[file] = { ...e, size, mtimeMs };
    this.changed = true;
  }

  /** Writes the cache (atomically) when something changed; returns an error reason or undefined. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const parts: Buffer[] = [];
    let offset = 0;
    const put = (b: Buffer): Span => {
      parts.push(b);
      offset += b.length;
      return [offset - b.length, b.length];
    };
    const entries: Record<string, Entry> = {};
    for (const [file, e] of Object.entries(this.entries)) {
      const fresh = this.fresh.get(file);
      const body = (text: string | undefined, span: Span) => put(text !== undefined ? Buffer.from(text, 'utf8') : this.bodies.subarray(span[0], span[0] + span[1]));
      entries[file] = { ...e, findings: body(fresh?.findings, e.findings), json: body(fresh?.json, e.json) };
    }
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
    } catch (e) {
      return describeError(e);
    }
    return replaceFileAtomically(this.file, serializeCache({ format: FORMAT, version: this.version, entries }, Buffer.concat(parts)));
  }
}

/** What a fresh check gives to keep. */
export interface FreshResult {
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly warnings: readonly string[];
  readonly findings: readonly CliFinding[];
}
