// The project configuration (undraft.config.json) for a document: the same loader and resolution as
// the CLI, searching from the document's folder up to its workspace folder or repository root. Each
// workspace folder of a multi-root workspace thus has its own. Cleared when a config file changes.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigLoader, formatConfigError } from '../config/load';
import { WORD_VIEW_SCHEME } from '../protocol';
import type { ProjectConfigSource, ProjectSettings } from './projectSettings';

export type { ProjectSettings };
import { settingsForFile, toCheckOptions } from '../config/resolve';
import { splitWordRules } from '../docx/checks';

export function uriToPath(uri: string): string | undefined {
  // The client's read-only view of a Word draft carries the .docx's own path: it takes that file's config.
  const local = uri.startsWith(`${WORD_VIEW_SCHEME}:`) ? `file:${uri.slice(WORD_VIEW_SCHEME.length + 1)}` : uri;
  if (!local.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(local);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

export class ProjectConfigs implements ProjectConfigSource {
  private readonly loader = new ConfigLoader();

  /** Workspace folders (URIs): the search for a config stops at the folder that holds the document. */
  setFolders(uris: readonly string[]): void {
    const roots = new Set<string>();
    for (const u of uris) {
      const p = uriToPath(u);
      if (p) roots.add(path.resolve(p));
    }
    this.loader.setRoots(roots);
  }

  clear(): void {
    this.loader.clear();
  }

  /** The project settings for a document, or undefined when it is not a file or no config applies. */
  forUri(uri: string): ProjectSettings | undefined {
    const file = uriToPath(uri);
    if (!file) return undefined;
    const found = this.loader.configFor(file);
    if (found.error) {
      const errorReason = formatConfigError(found.error, (f) => path.basename(f));
      return { options: {}, error: found.error, errorReason, errorUri: pathToUri(found.error.file) };
    }
    if (!found.config) return undefined;
    const applied = settingsForFile(found.config, file);
    return { options: splitWordRules(toCheckOptions(applied.settings)).options, configFile: found.config.file, ...(applied.ignored ? { ignored: applied.ignored } : {}) };
  }
}
