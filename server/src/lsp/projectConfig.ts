// The project configuration (undraft.config.json) for a document: the same loader and resolution as
// the CLI, searching from the document's folder up to its workspace folder or repository root. Each
// workspace folder of a multi-root workspace thus has its own. Cleared when a config file changes.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CheckOptions } from '../core/index';
import { ConfigLoader, type ConfigError } from '../config/load';
import { settingsForFile, toCheckOptions } from '../config/resolve';

export interface ProjectSettings {
  /** The options the project config sets for the document. */
  readonly options: CheckOptions;
  readonly configFile?: string;
  /** Why the config leaves the document out, when it does. */
  readonly ignored?: string;
  /** The config is broken: the document is not checked with defaults instead. */
  readonly error?: ConfigError;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

export class ProjectConfigs {
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
    if (found.error) return { options: {}, error: found.error };
    if (!found.config) return undefined;
    const applied = settingsForFile(found.config, file);
    return { options: toCheckOptions(applied.settings), configFile: found.config.file, ...(applied.ignored ? { ignored: applied.ignored } : {}) };
  }
}
