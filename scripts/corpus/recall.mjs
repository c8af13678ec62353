// Recall on the corpus: of the genuine defects that reading found (test/corpus/known-defects.tsv, from the
// notes of SOURCES.tsv), how many the rules find. A defect counts as found when a finding of the rule that
// covers it is on its line. Defects whose rule is not written yet, or that no rule covers, are told apart.

import { CorpusInputError, lineNumber, readTsv } from './tsv.mjs';

export const NO_RULE = '-';

/** The known defects: file, line, the rule that covers it ("-" when none does) and a short description. */
export function readDefects(file) {
  return readTsv(file, ['file', 'line', 'rule', 'defect'], 'the list of known defects').map((row) => {
    const line = lineNumber(row, 'a known defect');
    if (row.file === '' || row.rule === '') throw new CorpusInputError(`${row.at}: a known defect needs a file and a rule ("${NO_RULE}" when no rule covers it)`);
    return { file: row.file, line, rule: row.rule, defect: row.defect };
  });
}

/**
 * Sorts the defects of the checked documents into: covered by a registered rule (found or missed),
 * awaiting a rule not written yet, and covered by no rule. `results` is [{ doc, findings }].
 */
export function measureRecall(defects, results, registeredRules) {
  const findingsOf = new Map(results.map((r) => [r.doc.name, r.findings]));
  const covered = [];
  const planned = [];
  const uncovered = [];
  for (const d of defects) {
    const findings = findingsOf.get(d.file);
    if (findings === undefined) continue;
    if (d.rule === NO_RULE) uncovered.push(d);
    else if (!registeredRules.has(d.rule)) planned.push(d);
    else covered.push({ ...d, found: findings.some((f) => f.line === d.line && f.ruleId === d.rule) });
  }
  return { covered, planned, uncovered };
}

/** The recall lines of the report. */
export function describeRecall({ covered, planned, uncovered }) {
  const found = covered.filter((d) => d.found).length;
  const place = (d) => `${d.file}:${d.line} ${d.rule}: ${d.defect}`;
  const out = [`recall: ${found} of ${covered.length} genuine defects a rule covers are found`];
  for (const d of covered.filter((c) => !c.found)) out.push(`  missed  ${place(d)}`);
  if (planned.length > 0) {
    const perRule = new Map();
    for (const d of planned) perRule.set(d.rule, (perRule.get(d.rule) ?? 0) + 1);
    const counts = [...perRule.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `${r} ${n}`).join(', ');
    out.push(`${planned.length} more await rules not written yet (${counts}); ${found} of ${covered.length + planned.length} that a written or planned rule covers are found`);
    for (const d of planned) out.push(`  waiting ${place(d)}`);
  }
  if (uncovered.length > 0) {
    out.push(`${uncovered.length} no rule covers yet`);
    for (const d of uncovered) out.push(`  no rule ${d.file}:${d.line}: ${d.defect}`);
  }
  return out;
}
