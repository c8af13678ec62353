// The engine: parse once, run the enabled rules, apply severities and directive comments.
// This is the core's front door for every edge.

import { parseDirectives, Suppressions } from './directives';
import type { DocumentDate, DraftModel } from './model';
import { parseDraft } from './parse/index';
import type { Report, Rule, RuleContext } from './rule';
import { allRules } from './rules/index';
import { LineIndex } from './text';
import type { CheckOptions, Finding, Severity, Stage } from './types';
import { isPlausibleYear, isValidDate } from './un/dates';

export interface CheckResult {
  readonly model: DraftModel;
  readonly findings: Finding[];
  /** Problems with the run itself (unknown rule ids in options), for the edges to show. */
  readonly warnings: string[];
}

/** The stage a draft is in: the explicit option, else `final` when the masthead says `Distr.: General`. */
export function draftStage(model: DraftModel, options: CheckOptions): Stage {
  if (options.stage) return options.stage;
  const d = model.masthead.distribution;
  return d && d.value.toLowerCase() === 'general' ? 'final' : 'draft';
}

export function checkDraft(text: string, options: CheckOptions = {}, rules: readonly Rule[] = allRules): CheckResult {
  const model = parseDraft(text);
  return checkModel(model, options, rules);
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` as a document date set by the run, or undefined when it is not a real day. */
export function parseDocumentDateOption(s: string): DocumentDate | undefined {
  const m = ISO_DATE_RE.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isPlausibleYear(year) || !isValidDate(day, month, year)) return undefined;
  return { year, month, day, source: 'option' };
}

export function checkModel(parsed: DraftModel, options: CheckOptions = {}, rules: readonly Rule[] = allRules): CheckResult {
  const warnings: string[] = [];
  let model = parsed;
  if (options.documentDate !== undefined) {
    const date = parseDocumentDateOption(options.documentDate);
    if (date) model = { ...parsed, documentDate: date };
    else warnings.push(`The document date "${options.documentDate}" is not a date in the form YYYY-MM-DD; the date in the text is used.`);
  }
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of Object.keys(options.rules ?? {})) if (!known.has(id)) warnings.push(`Unknown rule "${id}" in the rule settings.`);
  for (const id of options.only ?? []) if (!known.has(id)) warnings.push(`Unknown rule "${id}".`);

  const stage = draftStage(model, options);
  // Most drafts have no directive comment: then nothing is suppressed and no line index is needed.
  const directives = parseDirectives(model.comments);
  const suppressions = directives.length > 0 ? new Suppressions(directives, new LineIndex(model.lines), model.text.length) : undefined;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    if (options.only && !options.only.includes(id)) continue;
    const setting = options.rules?.[id];
    if (setting === 'off') continue;
    const reports: Report[] = [];
    const ctx: RuleContext = { text: model.text, model, stage, stageExplicit: !!options.stage, report: (r) => reports.push(r) };
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must not take the other rules' findings down with it.
      warnings.push(`Rule "${id}" failed: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const r of reports) {
      if (suppressions && suppressions.isSuppressed(id, r.range.start)) continue;
      const severity: Severity = setting ?? r.severity ?? rule.meta.defaultSeverity;
      findings.push({ ruleId: id, severity, message: r.message, range: r.range, related: r.related ?? [], fixes: r.fixes ?? [] });
    }
  }
  // Rule ids are lowercase ASCII words and hyphens, so code-unit order is the order localeCompare gave.
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { model, findings, warnings };
}

/** Convenience for edges and tests that only need the findings. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checkDraft(text, options).findings;
}
