// The arguments of the server's commands, checked before anything is done with them: a wrong shape is
// the client's error (-32602 with what was expected), and only rule pages undraft knows are opened.
// No Node here (the Web Worker server shares it): what needs Node's URL rules is passed in by the Node entry.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { findRule, ruleDocsUrl } from '../core/index';
import type { DocumentArg } from './commands';

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

/** `[uri, version?]` or `[{ uri, version? }]`: the document a command acts on. */
export function documentArg(command: string, args: unknown): DocumentArg | ResponseError {
  const expected = `${command} expects the arguments [uri, version?] or [{ uri, version? }]`;
  if (!Array.isArray(args) || args.length === 0 || args.length > 2) return invalid(expected);
  const [first, second] = args as unknown[];
  const isVersion = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v));
  if (typeof first === 'string' && first !== '' && isVersion(second)) return { uri: first, version: second as number | undefined };
  if (args.length === 1 && typeof first === 'object' && first !== null) {
    const { uri, version } = first as { uri?: unknown; version?: unknown };
    if (typeof uri === 'string' && uri !== '' && isVersion(version)) return { uri, version: version as number | undefined };
  }
  return invalid(expected);
}

/**
 * `[]` (the workspace folders) or `[[folderUri, …]]`; a URI that cannot be read is refused. `checkFileUrl`
 * throws for a `file:` URL that names no local path (Node's fileURLToPath, given by the Node entry).
 */
export function folderArgs(command: string, args: unknown, checkFileUrl: (url: URL) => void): readonly string[] | undefined | ResponseError {
  if (args === undefined || (Array.isArray(args) && args.length === 0)) return undefined;
  const expected = `${command} expects no arguments or [[folderUri, …]]`;
  if (!Array.isArray(args) || args.length !== 1 || !Array.isArray(args[0])) return invalid(expected);
  const uris = args[0] as unknown[];
  for (const uri of uris) {
    if (typeof uri !== 'string') return invalid(expected);
    try {
      const url = new URL(uri);
      if (url.protocol === 'file:') checkFileUrl(url);
    } catch (e) {
      return invalid(`${command}: "${uri.slice(0, 200)}" is not a valid folder URI (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return uris as string[];
}

/**
 * `[ruleId, url?]`: the page to show, which is always one of the rule's known pages: its documentation URL or
 * the copy `localPage` names (the page bundled beside the Node server; none in a browser).
 */
export function ruleDocsArgs(command: string, args: unknown, localPage?: (ruleId: string) => string): { ruleId: string; url: string } | ResponseError {
  const expected = `${command} expects the arguments [ruleId, url?]`;
  if (!Array.isArray(args) || args.length === 0 || args.length > 2 || typeof args[0] !== 'string') return invalid(expected);
  const [ruleId, url] = args as [string, unknown];
  if (!findRule(ruleId)) return invalid(`${command}: there is no rule "${ruleId.slice(0, 100)}"`);
  if (url === undefined) return { ruleId, url: ruleDocsUrl(ruleId) };
  if (typeof url !== 'string' || (url !== ruleDocsUrl(ruleId) && url !== localPage?.(ruleId))) {
    return invalid(`${command} opens only undraft's own page for ${ruleId} (${ruleDocsUrl(ruleId)}), not ${JSON.stringify(url).slice(0, 200)}`);
  }
  return { ruleId, url };
}
