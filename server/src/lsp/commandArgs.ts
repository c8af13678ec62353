// The arguments of the server's commands, checked before anything is done with them: a wrong shape is
// the client's error (-32602 with what was expected), and only rule pages undraft knows are opened.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
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

/** `[]` (the workspace folders) or `[[folderUri, …]]`; a URI that cannot be read is refused. */
export function folderArgs(command: string, args: unknown): readonly string[] | undefined | ResponseError {
  if (args === undefined || (Array.isArray(args) && args.length === 0)) return undefined;
  const expected = `${command} expects no arguments or [[folderUri, …]]`;
  if (!Array.isArray(args) || args.length !== 1 || !Array.isArray(args[0])) return invalid(expected);
  const uris = args[0] as unknown[];
  for (const uri of uris) {
    if (typeof uri !== 'string') return invalid(expected);
    try {
      const url = new URL(uri);
      if (url.protocol === 'file:') fileURLToPath(url);
    } catch (e) {
      return invalid(`${command}: "${uri.slice(0, 200)}" is not a valid folder URI (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return uris as string[];
}

/** The pages undraft can show for a rule: its documentation URL and the copy bundled beside the server. */
export function knownRulePages(ruleId: string): string[] {
  return [ruleDocsUrl(ruleId), pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).href];
}

/** `[ruleId, url?]`: the page to show, which is always one of the rule's known pages. */
export function ruleDocsArgs(command: string, args: unknown): { ruleId: string; url: string } | ResponseError {
  const expected = `${command} expects the arguments [ruleId, url?]`;
  if (!Array.isArray(args) || args.length === 0 || args.length > 2 || typeof args[0] !== 'string') return invalid(expected);
  const [ruleId, url] = args as [string, unknown];
  if (!findRule(ruleId)) return invalid(`${command}: there is no rule "${ruleId.slice(0, 100)}"`);
  if (url === undefined) return { ruleId, url: ruleDocsUrl(ruleId) };
  if (typeof url !== 'string' || !knownRulePages(ruleId).includes(url)) {
    return invalid(`${command} opens only undraft's own page for ${ruleId} (${ruleDocsUrl(ruleId)}), not ${JSON.stringify(url).slice(0, 200)}`);
  }
  return { ruleId, url };
}
