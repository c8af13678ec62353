// Hover on a problem in a Word draft's read-only view: how to make each of its fixes in Word. VS Code computes no
// code actions for a read-only editor (no light bulb, no Quick Fix in the problem's hover) except by a race, so
// the hover, which it always shows, is where the view says how to fix.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Hover, MarkupKind } from 'vscode-languageserver';
import type { Finding } from '../core/index';
import { annotateCommand } from '../protocol';
import { toRange } from './conversions';

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}

/** The fixes of the findings at `offset`, each said as a step in Word; null where no finding there has a fix. */
export function wordFixHover(doc: TextDocument, findings: readonly Finding[], offset: number, viewPath: string): Hover | null {
  const here = findings.filter((f) => f.range.start <= offset && offset <= f.range.end && f.fixes.some((x) => x.edits.length > 0));
  if (here.length === 0) return null;
  const lines: string[] = [];
  for (const f of here) {
    for (const fix of f.fixes) {
      if (fix.edits.length === 0) continue;
      const safe = fix.safety === 'safe';
      const how = safe
        ? `make it in Word, or run \`${annotateCommand(viewPath, true)}\`: the copy has the safe fixes as tracked changes to accept or reject`
        : `it changes what the text says: decide in Word; \`${annotateCommand(viewPath, false)}\` suggests it in a Word comment`;
      lines.push(`- **How to fix in Word**: ${escapeMarkdown(fix.title)} (${f.ruleId}): ${how}.`);
    }
  }
  let start = here[0].range.start;
  let end = here[0].range.end;
  for (const f of here) {
    start = Math.min(start, f.range.start);
    end = Math.max(end, f.range.end);
  }
  return { contents: { kind: MarkupKind.Markdown, value: ['This view of a Word document is read-only.', '', ...lines].join('\n') }, range: toRange(doc, { start, end }) };
}

/** The .docx path a view URI stands for (`undraft-word:/d/draft.docx?…` → `/d/draft.docx`). */
export function wordViewPath(uri: string): string {
  const rest = uri.slice(uri.indexOf(':') + 1);
  const cut = rest.search(/[?#]/);
  const path = cut === -1 ? rest : rest.slice(0, cut);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A hover's contents as one Markdown string (ours are always MarkupContent). */
export function markdownOf(h: Hover): string {
  const c = h.contents;
  return typeof c === 'object' && 'kind' in c ? c.value : '';
}
