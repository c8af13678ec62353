// The part of .gitignore the workspace check needs: which files and folders under a .gitignore's
// folder it excludes. Patterns are matched with the CLI's glob matcher (linear, no regular expressions);
// the last matching line wins, so `!keep.md` re-includes a file.

import { compileGlob, matchPath, type CompiledGlob } from '../cli/glob';

interface IgnoreRule {
  readonly glob: CompiledGlob;
  /** The literal leading segments of the pattern, matched before the glob's own segments. */
  readonly base: readonly string[];
  readonly negate: boolean;
  readonly dirOnly: boolean;
}

/** The rules of one .gitignore, for paths relative to its folder. */
export class IgnoreFile {
  private readonly rules: IgnoreRule[] = [];

  constructor(content: string) {
    for (const raw of content.split(/\r?\n/)) {
      let line = trimEndOf(raw, ' \t');
      if (line === '' || line.startsWith('#')) continue;
      const negate = line.startsWith('!');
      if (negate) line = line.slice(1);
      if (line.startsWith('\\')) line = line.slice(1);
      const dirOnly = line.endsWith('/');
      if (dirOnly) line = trimEndOf(line, '/');
      if (line === '') continue;
      // A pattern with a slash before its end is anchored to the .gitignore's folder; otherwise it
      // names a file or folder at any depth.
      const anchored = line.includes('/');
      const pattern = anchored ? trimStartOf(line, '/') : `**/${line}`;
      const glob = compileGlob(pattern);
      this.rules.push({ glob, base: glob.base === '' ? [] : glob.base.split('/'), negate, dirOnly });
    }
  }

  /** Whether the path (segments relative to the .gitignore's folder) is excluded; undefined when no line says. */
  verdict(rel: readonly string[], isDir: boolean): boolean | undefined {
    let ignored: boolean | undefined;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      if (rel.length < r.base.length || r.base.some((b, i) => b !== rel[i])) continue;
      if (matchPath(r.glob, rel.slice(r.base.length))) ignored = !r.negate;
    }
    return ignored;
  }
}

/** Without trailing characters from `chars` (a loop: an anchored-at-end regular expression can be quadratic). */
function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

function trimStartOf(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start])) start++;
  return s.slice(start);
}

/** The .gitignore files in force in one folder: each with the folder it sits in (as segments from the root). */
export type IgnoreStack = readonly { readonly at: readonly string[]; readonly file: IgnoreFile }[];

/** Whether a path (segments from the walk's root) is excluded by the .gitignore files above it. */
export function isIgnored(stack: IgnoreStack, rel: readonly string[], isDir: boolean): boolean {
  let ignored = false;
  for (const { at, file } of stack) {
    const v = file.verdict(rel.slice(at.length), isDir);
    if (v !== undefined) ignored = v;
  }
  return ignored;
}
