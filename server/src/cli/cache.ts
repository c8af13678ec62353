// --cache: the findings of files already checked, kept between runs. An entry is used only while the
// file's content hash, its settings key and undraft's version are all unchanged. A cache file that
// cannot be read is ignored with a note (and rewritten), never a reason to fail the run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CachedResult } from './check-file';
import { describeError } from './files';
import type { CliFinding } from './results';

export const DEFAULT_CACHE_FILE = '.undraftcache';
const FORMAT = 1;

interface Entry extends CachedResult {
  readonly key: string;
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
    return e;
  }

  store(file: string, key: string, hash: string, findings: readonly CliFinding[], warnings: readonly string[]): void {
    // A file a rule failed on is checked again next time: the failure may be the machine's, not the file's.
    if (warnings.length > 0) return;
    this.entries[file] = { key, hash, findings, warnings };
    this.changed = true;
  }

  /** Writes the cache (atomically) when something changed; returns an error reason or undefined. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const data: CacheFile = { format: FORMAT, version: this.version, entries: this.entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify(data));
      fs.renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* nothing to clean up */
      }
      return describeError(e);
    }
  }
}
