// Finds, in a VS Code snippets file (JSON with comments), the prefix of the snippet that inserts the
// "Organization of the meeting" chapter. Used by the in-editor suite and by the UI test; no `vscode` import.

export const EXPECTED_ORGANIZATION_PREFIX = 'un-organization';

interface SnippetEntry {
  prefix?: string | string[];
  body?: string | string[];
  description?: string;
}

/** Removes // and /* *\/ comments and trailing commas outside strings, so that JSON.parse accepts the text. */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += text.slice(start, i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] !== '}' && text[j] !== ']') out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export interface OrganizationSnippet {
  name: string;
  prefix: string;
  body: string;
}

/**
 * The snippet whose body has the "Organization of the meeting" heading; when several prefixes are possible the
 * expected one (`un-organization`) is preferred. Returns undefined when no snippet inserts that chapter.
 */
export function findOrganizationSnippet(snippetsFileText: string): OrganizationSnippet | undefined {
  const parsed = JSON.parse(stripJsonComments(snippetsFileText)) as Record<string, SnippetEntry>;
  const candidates: OrganizationSnippet[] = [];
  for (const [name, entry] of Object.entries(parsed)) {
    const body = Array.isArray(entry.body) ? entry.body.join('\n') : (entry.body ?? '');
    if (!/Organization of the meeting/.test(body)) continue;
    const prefixes = Array.isArray(entry.prefix) ? entry.prefix : entry.prefix ? [entry.prefix] : [];
    for (const prefix of prefixes) candidates.push({ name, prefix, body });
  }
  return (
    candidates.find((c) => c.prefix === EXPECTED_ORGANIZATION_PREFIX) ??
    candidates.find((c) => /organi[sz]ation/i.test(c.prefix)) ??
    candidates[0]
  );
}
