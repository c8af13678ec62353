// The engine: parse once, run the enabled rules, apply severities and directive comments.
// This is the core's front door for every edge.

import { parseDirectives, Suppressions } from './directives';
import type { DocumentDate, DraftModel } from './model';
import { parseDraft } from './parse/index';
import { findingInDraft, readingText } from './reading-text';
import { fillMessage, type Report, type Rule, type RuleContext } from './rule';
import { validateRuleOptions } from './rule-options';
import { allRules } from './rules/index';
import { LineIndex } from './text';
import type { CheckOptions, Finding, Fix, Severity, Stage } from './types';
import { isPlausibleYear, isValidDate } from './un/dates';

/**
 * A draft with more findings of one rule than this is broken input (200,000 stray brackets, say):
 * listing them all costs hundreds of megabytes in every edge and helps nobody.
 */
export const DEFAULT_MAX_FINDINGS_PER_RULE = 3000;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

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

/**
 * Checks a draft. The rules read its reading text (`reading-text.ts`: no soft hyphens or zero-width spaces inside
 * words and symbols); when that differs from the draft, the findings are placed back in the draft and the model
 * returned is the draft's own, so that the edges' lines, outline and navigation match the text they show.
 */
export function checkDraft(text: string, options: CheckOptions = {}, rules: readonly Rule[] = allRules): CheckResult {
  const reading = readingText(text);
  if (!reading) return checkModel(parseDraft(text, options.asides), options, rules);
  const asides = options.asides?.map((r) => ({ start: reading.inReading(r.start), end: reading.inReading(r.end) }));
  const result = checkModel(parseDraft(reading.text, asides), options, rules);
  const model = { ...parseDraft(text, options.asides), documentDate: result.model.documentDate };
  return { model, findings: result.findings.map((f) => findingInDraft(f, reading)), warnings: result.warnings };
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
  for (const id of Object.keys(options.ruleOptions ?? {})) if (!known.has(id)) warnings.push(`Unknown rule "${id}" in the rule options.`);

  const stage = draftStage(model, options);
  // Most drafts have no directive comment: then nothing is suppressed and no line index is needed.
  const directives = parseDirectives(model.comments);
  const suppressions = directives.length > 0 ? new Suppressions(directives, new LineIndex(model.lines), model.text.length) : undefined;
  const limit = options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
  const findings: Finding[] = [];
  const bom = model.text.charCodeAt(0) === 0xfeff;
  for (const rule of rules) {
    const id = rule.meta.id;
    if (options.only && !options.only.includes(id)) continue;
    const setting = options.rules?.[id];
    if (setting === 'off') continue;
    const validated = validateRuleOptions(rule.meta, options.ruleOptions?.[id]);
    for (const p of validated.problems) warnings.push(p);
    const severityOf = (r: Report): Severity => setting ?? r.severity ?? rule.meta.defaultSeverity;
    // Reports past the limit are counted, not kept, so a rule's memory stays bounded too.
    const reports: Report[] = [];
    let omitted: { first: Report; count: number; severity: Severity } | undefined;
    const report = (r: Report) => {
      if (suppressions && suppressions.isSuppressed(id, r.range.start)) return;
      if (limit <= 0 || reports.length < limit) reports.push(r);
      else if (!omitted) omitted = { first: r, count: 1, severity: severityOf(r) };
      else {
        omitted.count++;
        const s = severityOf(r);
        if (SEVERITY_RANK[s] > SEVERITY_RANK[omitted.severity]) omitted.severity = s;
      }
    };
    const ctx: RuleContext = { text: model.text, model, stage, stageExplicit: !!options.stage, options: validated.options, report };
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must not take the other rules' findings down with it.
      warnings.push(`Rule "${id}" failed: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const r of reports) {
      const fixes = r.fixes ?? [];
      const ids = r.messageId !== undefined ? { messageId: r.messageId, ...(r.data ? { data: r.data } : {}) } : {};
      findings.push({ ruleId: id, severity: severityOf(r), message: messageOf(rule, r), ...ids, range: r.range, related: r.related ?? [], fixes: bom ? fixes.map(keepBom) : fixes });
    }
    if (omitted) {
      const message = `${omitted.count} more ${id} findings in this document are not listed (at most ${limit} per rule are)`;
      findings.push({ ruleId: id, severity: omitted.severity, message, range: omitted.first.range, related: [], fixes: [] });
    }
  }
  // Rule ids are lowercase ASCII words and hyphens, so code-unit order is the order localeCompare gave.
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { model, findings, warnings };
}

/** A report's message: written out, or the rule's message template for its id filled with its data. */
function messageOf(rule: Rule, r: Report): string {
  if (r.messageId === undefined) return r.message ?? '';
  const template = rule.meta.messages?.[r.messageId];
  if (template === undefined) return r.message ?? `${rule.meta.id}: message "${r.messageId}"`;
  return fillMessage(template, r.data);
}

/**
 * A byte-order mark is no part of the draft a fix rewrites: an edit that starts at the very front
 * (a line inserted above the masthead, the first line rewritten) starts after it, so it stays first.
 */
function keepBom(fix: Fix): Fix {
  if (!fix.edits.some((e) => e.range.start === 0)) return fix;
  return { ...fix, edits: fix.edits.map((e) => (e.range.start === 0 ? { ...e, range: { start: 1, end: Math.max(1, e.range.end) } } : e)) };
}

/** Convenience for edges and tests that only need the findings. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checkDraft(text, options).findings;
}
