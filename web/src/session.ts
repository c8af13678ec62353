// The playground's state without the DOM: the current text, its findings grouped by rule, and the fixes a
// person may apply. Every change of text goes through the core's fixer, as it does in the CLI and the editor.

import { allRules, checkDraft, chosenFix, fixAll, LineIndex, applyEdits, type Finding, type Fix, type RuleMeta, type Stage } from '../../server/src/core/index';

/** One finding as the page shows it: 1-based line and column, and the fixes split by safety. */
export interface ShownFinding {
  readonly key: number;
  readonly finding: Finding;
  readonly line: number;
  readonly column: number;
  readonly safeFix?: Fix;
  readonly unsafeFixes: readonly Fix[];
}

export interface RuleGroup {
  readonly meta: RuleMeta;
  readonly findings: readonly ShownFinding[];
}

export interface CheckSummary {
  readonly text: string;
  readonly findings: readonly ShownFinding[];
  readonly groups: readonly RuleGroup[];
  readonly safeFixable: number;
  readonly elapsedMs: number;
  readonly index: LineIndex;
}

export interface PageOptions {
  /** undefined: the masthead decides, as in the CLI. */
  readonly stage?: Stage;
}

const metaById = new Map(allRules.map((r) => [r.meta.id, r.meta] as const));

function metaFor(ruleId: string): RuleMeta {
  return metaById.get(ruleId) ?? { id: ruleId, description: '', defaultSeverity: 'warning', fixable: false, tags: [], conventions: [] };
}

/** Checks the text and arranges the findings for the page; rules appear in the registry's order. */
export function checkForPage(text: string, options: PageOptions): CheckSummary {
  const started = performance.now();
  const result = checkDraft(text, { stage: options.stage });
  const index = new LineIndex(result.model.lines);
  const findings = result.findings.map((finding, key): ShownFinding => {
    const pos = index.positionAt(finding.range.start);
    return {
      key,
      finding,
      line: pos.line + 1,
      column: pos.column + 1,
      safeFix: chosenFix(finding),
      unsafeFixes: finding.fixes.filter((f) => f.safety === 'unsafe' && f.edits.length > 0),
    };
  });
  const byRule = new Map<string, ShownFinding[]>();
  for (const f of findings) {
    const list = byRule.get(f.finding.ruleId);
    if (list) list.push(f);
    else byRule.set(f.finding.ruleId, [f]);
  }
  const order = allRules.map((r) => r.meta.id);
  const groups = [...byRule.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b))
    .map(([id, list]) => ({ meta: metaFor(id), findings: list }));
  const safeFixable = findings.filter((f) => f.safeFix !== undefined).length;
  return { text, findings, groups, safeFixable, elapsedMs: performance.now() - started, index };
}

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}

/** Every safe fix, repeated until the text settles (the same passes as `undraft --fix`). */
export function applySafeFixes(text: string, options: PageOptions): { text: string; fixesApplied: number } {
  const result = fixAll(text, (t) => checkDraft(t, { stage: options.stage }).findings);
  return { text: result.text, fixesApplied: result.fixesApplied };
}

/** One fix the person chose (safe or unsafe), applied as the core's fixer applies edits. */
export function applyOneFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits).text;
}

/** What an edit does, with a little context either side, for a person to read before applying it. */
export interface EditPreview {
  readonly before: string;
  readonly removed: string;
  readonly inserted: string;
  readonly after: string;
  readonly line: number;
}

const CONTEXT = 40;

export function previewFix(text: string, fix: Fix, index: LineIndex): EditPreview[] {
  return fix.edits.map((e) => {
    // Context stays within the edit's own lines, so the preview reads as one passage.
    const from = Math.max(0, e.range.start - CONTEXT, text.lastIndexOf('\n', e.range.start - 1) + 1);
    const lineEnd = text.indexOf('\n', e.range.end);
    const to = Math.min(text.length, e.range.end + CONTEXT, lineEnd < 0 ? text.length : lineEnd);
    const cutBefore = from > 0 && text[from - 1] !== '\n';
    const cutAfter = to < text.length && text[to] !== '\n' && text[to] !== '\r';
    return {
      before: (cutBefore ? '…' : '') + text.slice(from, e.range.start),
      removed: text.slice(e.range.start, e.range.end),
      inserted: e.newText,
      after: text.slice(e.range.end, to) + (cutAfter ? '…' : ''),
      line: index.lineAt(e.range.start) + 1,
    };
  });
}
