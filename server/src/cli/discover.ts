// Walking a folder for the CLI's directory and glob arguments. The walk itself is fdir's (the crawler
// tinyglobby is built on); what undraft adds goes through fdir's own hooks: `exclude` prunes folders
// (dot-folders, node_modules, folders .gitignore/.undraftignore exclude, folders no pattern can match)
// so they are never read, `filters` picks files, and a file-system adapter names every folder that
// cannot be read (fdir would drop it silently) and resolves symbolic links (a link to a file is a file;
// a link to a folder is not followed, so there are no cycles). Matching stays glob.ts's (linear time):
// see bench/RESULTS.md "File discovery" for why not picomatch.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fdir, type FSLike } from 'fdir';
import { IgnoreScope } from './ignore-files';

/** Directory names never entered unless asked for (dot-directories are skipped too). */
const SKIPPED_DIRS = new Set(['node_modules']);

export type UnreadableDir = (dir: string, error: unknown) => void;

export interface CrawlRequest {
  /** The folder to walk (absolute). */
  readonly root: string;
  /** A glob's base folder may not exist (no match); a folder named on the command line must. */
  readonly rootMayBeMissing: boolean;
  /** Whether a folder (its path below the root, as segments) may be entered; hidden folders are asked separately. */
  readonly enter: (rel: readonly string[]) => boolean;
  /** Whether a hidden folder or node_modules is asked for by name. */
  readonly named: (name: string) => boolean;
  /** Whether a file (its path below the root, as segments) is wanted. */
  readonly accept: (rel: readonly string[], name: string) => boolean;
  readonly onUnreadable: UnreadableDir;
}

/** The files under `req.root` that `req` accepts, in no particular order. */
export function crawl(req: CrawlRequest): string[] {
  const root = path.resolve(req.root);
  const sep = path.sep;
  const rootSlash = root.endsWith(sep) ? root : root + sep;
  // The ignore rules in force inside each folder read so far (a folder is read before its entries are judged).
  const scopes = new Map<string, IgnoreScope>();
  const relOf = (p: string) => p.slice(rootSlash.length).split(sep).filter((s) => s !== '');
  const scopeOf = (dir: string) => scopes.get(dir) ?? IgnoreScope.above(root);

  const readdirSync = (dirPath: string): fs.Dirent[] => {
    const dir = path.resolve(dirPath);
    let entries: fs.Dirent[];
    try {
      // Through the module object, so that tests counting directory reads see these.
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!(dir === root && req.rootMayBeMissing && (code === 'ENOENT' || code === 'ENOTDIR'))) req.onUnreadable(dir, e);
      throw e; // fdir drops the folder; it has been reported
    }
    scopes.set(dir, (dir === root ? IgnoreScope.above(root) : scopeOf(path.dirname(dir))).enter(dir, entries.map((e) => e.name)));
    return entries.flatMap((e) => (e.isSymbolicLink() ? linkAsFile(dir, e) : [e]));
  };
  // Only readdirSync is called on a synchronous crawl that resolves no links; the rest is node's own.
  const adapter: FSLike = { readdir: fs.readdir, realpath: fs.realpath, realpathSync: fs.realpathSync, stat: fs.stat, statSync: fs.statSync, readdirSync: readdirSync as unknown as FSLike['readdirSync'] };

  const crawler = new fdir({
    fs: adapter,
    includeBasePath: true,
    suppressErrors: true,
    excludeSymlinks: false,
    resolveSymlinks: false,
    exclude: (name, dirPath) => {
      if ((name.startsWith('.') || SKIPPED_DIRS.has(name)) && !req.named(name)) return true;
      const full = dirPath.endsWith(sep) ? dirPath.slice(0, -1) : dirPath;
      if (!req.enter(relOf(full))) return true;
      return scopeOf(path.dirname(full)).ignores(full, true);
    },
    filters: [
      (file, isDirectory) => {
        if (isDirectory) return false;
        const rel = relOf(file);
        return req.accept(rel, rel[rel.length - 1]) && !scopeOf(path.dirname(file)).ignores(file, false);
      },
    ],
  });
  return crawler.crawl(rootSlash).sync() as string[];
}

/** A link as fdir should see it: a plain file when it leads to one, nothing otherwise (broken, or a folder). */
function linkAsFile(dir: string, link: fs.Dirent): fs.Dirent[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path.join(dir, link.name));
  } catch {
    return [];
  }
  if (!stat.isFile()) return [];
  const name = link.name;
  return [{ name, isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false } as fs.Dirent];
}
