// --cache: the findings of files already checked, kept between runs. An entry is used only while the
// file's content (its size and time, else its hash), its settings key and undraft's version and build (a hash of the sources) are all unchanged. A cache file that
// cannot be read is ignored with a note (and rewritten), never a reason to fail the run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CachedResult } from './check-file';
import { describeError, replaceFileAtomically } from './files';
import type { CliFinding } from './results';
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
const FORMAT = 4;

/** An entry as stored: findings as tuples (a third of the size of objects with their keys, and faster to read). */
interface Entry {
  readonly key: string;
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly warnings: readonly string[];
  readonly findings: readonly StoredFinding[];
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

interface CacheFile {
  readonly format: number;
  readonly version: string;
  readonly entries: Record<string, Entry>;
}

export class ResultCache {
  private entries: Record<string, Entry> = {};
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
  ) {}

  /** Opens the cache; `note` receives a sentence when the file exists but cannot be used. */
  static open(file: string, version: string, note: (s: string) => void): ResultCache {
    const cache = new ResultCache(file, version);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') note(`the cache ${file} could not be read (${describeError(e)}); checking every file`);
      return cache;
    }
    let data: Partial<CacheFile> | undefined;
    try {
      data = JSON.parse(text) as Partial<CacheFile>;
    } catch {
      data = undefined;
    }
    if (!data || typeof data !== 'object' || data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) {
      note(`the cache ${file} is damaged or from another format; it is ignored and written anew`);
      cache.changed = true;
      return cache;
    }
    // Another version of undraft may judge differently: its entries are dropped, silently (that is expected).
    if (data.version === version) cache.entries = data.entries;
    else cache.changed = true;
    return cache;
  }

  /** The cached result for a file under these settings, for checkFile to compare with the content. */
  lookup(file: string, key: string): CachedResult | undefined {
    const e = this.entries[file];
    if (!e || e.key !== key || typeof e.hash !== 'string' || !Array.isArray(e.findings) || !Array.isArray(e.warnings)) return undefined;
    try {
      return { hash: e.hash, size: e.size, mtimeMs: e.mtimeMs, warnings: e.warnings, findings: e.findings.map(decode) };
    } catch {
      return undefined; // an entry damaged by hand: check the file again
    }
  }

  store(file: string, key: string, result: CachedResult): void {
    // A file a rule failed on is checked again next time: the failure may be the machine's, not the file's.
    if (result.warnings.length > 0) return;
    this.entries[file] = { key, hash: result.hash, size: result.size, mtimeMs: result.mtimeMs, warnings: result.warnings, findings: result.findings.map(encode) };
    this.changed = true;
  }

  /** Writes the cache (atomically) when something changed; returns an error reason or undefined. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const data: CacheFile = { format: FORMAT, version: this.version, entries: this.entries };
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
    } catch (e) {
      return describeError(e);
    }
    return replaceFileAtomically(this.file, Buffer.from(JSON.stringify(data), 'utf8'));
  }
}
