// --list-rules: the registered rules as a table (or JSON with --format json).

import { allRules, ruleDocsUrl } from '../core/index';
import type { FormatName } from './args';
import type { Palette } from './color';

export function listRules(format: FormatName, c: Palette): string {
  const metas = allRules.map((r) => r.meta);
  if (format === 'json' || format === 'sarif') {
    return JSON.stringify(
      metas.map((m) => ({ id: m.id, defaultSeverity: m.defaultSeverity, fixable: m.fixable, description: m.description, docs: ruleDocsUrl(m.id) })),
      null,
      2,
    ) + '\n';
  }
  if (metas.length === 0) return 'No rules are registered.\n';
  const rows = [['Rule', 'Default', 'Fixable', 'Description'], ...metas.map((m) => [m.id, m.defaultSeverity, m.fixable ? 'yes' : 'no', m.description])];
  const w = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  return (
    rows
      .map((r, i) => {
        const line = `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`;
        return i === 0 ? c.bold(line) : line;
      })
      .join('\n') + '\n'
  );
}
