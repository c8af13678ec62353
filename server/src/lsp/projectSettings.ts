// What the language server needs from the project configuration (undraft.config.json), as types only: the
// Node entry gives a source that reads the files (projectConfig.ts); a server in a browser has none.

import type { CheckOptions } from '../core/index';
import type { ConfigError } from '../config/errors';

export interface ProjectSettings {
  /** The options the project config sets for the document. */
  readonly options: CheckOptions;
  readonly configFile?: string;
  /** Why the config leaves the document out, when it does. */
  readonly ignored?: string;
  /** The config is broken: the document is not checked with defaults instead. */
  readonly error?: ConfigError;
  /** With `error`: the failure in words, and the config file's URI for a diagnostic on it. */
  readonly errorReason?: string;
  readonly errorUri?: string;
}

/** Finds and resolves the project config of a document (by URI). */
export interface ProjectConfigSource {
  /** Workspace folders (URIs): the search for a config stops at the folder that holds the document. */
  setFolders(uris: readonly string[]): void;
  /** Forgets every config read (one changed on disk). */
  clear(): void;
  forUri(uri: string): ProjectSettings | undefined;
}
