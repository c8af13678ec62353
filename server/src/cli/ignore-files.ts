// `.gitignore` and `.undraftignore` when the CLI expands directories and globs (never for a file
// named on the command line, nor inside a folder named there that they exclude). Rules come from
// the `ignore` package (git's own semantics, as ESLint uses it); each file applies below its folder,
// and a deeper file's rules win over a shallower one's, as in git. The files above the walk's root
// are read up to the repository's root (the folder holding `.git`).

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILES: readonly string[] = ['.gitignore', '.undraftignore'];

interface Level {
  readonly dir: string;
  readonly rules: Ignore;
}

/** The ignore files in force in one folder: those of its ancestors, then its own. */
export class IgnoreScope {
  private constructor(private readonly levels: readonly Level[]) {}

  /** The scope for a walk's root: the ignore files of the folders above it, up to the repository's root. */
  static above(root: string): IgnoreScope {
    const start = path.resolve(root);
    let repo: string | undefined;
    for (let here = start; ; here = path.dirname(here)) {
      if (fs.existsSync(path.join(here, '.git'))) {
        repo = here;
        break;
      }
      if (here === path.dirname(here)) break;
    }
    // Outside a repository a .gitignore in a parent folder is not in force: only the walk's own count.
    if (repo === undefined || repo === start) return new IgnoreScope([]);
    const dirs: string[] = [];
    for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
      dirs.unshift(dir);
      if (dir === repo) break;
    }
    let scope = new IgnoreScope([]);
    for (const d of dirs) scope = scope.enter(d, undefined);
    // A folder named on the command line (or as a glob's base) that they exclude was asked for: the
    // files above do not apply inside it, its own ignore files still do.
    return scope.ignores(start, true) ? new IgnoreScope([]) : scope;
  }

  /**
   * The scope inside `dir`. `names` are the folder's entries when already read (so no extra look-up
   * is made for folders without ignore files); undefined means: look.
   */
  enter(dir: string, names: readonly string[] | undefined): IgnoreScope {
    let rules: Ignore | undefined;
    for (const f of IGNORE_FILES) {
      if (names && !names.includes(f)) continue;
      let text: string;
      try {
        text = fs.readFileSync(path.join(dir, f), 'utf8');
      } catch {
        continue; // absent or unreadable: it says nothing
      }
      rules ??= ignore();
      rules.add(text);
    }
    return rules ? new IgnoreScope([...this.levels, { dir, rules }]) : this;
  }

  /** Whether a file or folder (absolute path) is ignored; folders are matched with a trailing slash. */
  ignores(abs: string, isDir: boolean): boolean {
    for (let i = this.levels.length - 1; i >= 0; i--) {
      const { dir, rules } = this.levels[i];
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('..')) continue;
      const r = rules.test(isDir ? `${rel}/` : rel);
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  }
}
