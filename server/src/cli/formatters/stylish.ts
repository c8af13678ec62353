// --format stylish (default): findings grouped by file, aligned columns, a summary line.

import { wordParagraphLabel } from '../results';
import type { Formatter } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const formatStylish: Formatter = (results, ctx) => {
  const c = ctx.palette;
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    // A finding in a .docx says the paragraph as Word numbers it, then the line of the text view.
    const rows = r.findings.map((f) => [f.word ? `${wordParagraphLabel(f.word)} (line ${f.line}:${f.column})` : `${f.line}:${f.column}`, f.severity, f.message.replace(/\r\n|\r|\n/g, ' '), f.ruleId]);
    // A loop rather than spreading the rows into Math.max: 100,000 arguments overflow the stack.
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    for (const row of rows) {
      w0 = Math.max(w0, row[0].length);
      w1 = Math.max(w1, row[1].length);
      w2 = Math.max(w2, row[2].length);
    }
    out.push(c.underline(r.displayPath));
    for (let i = 0; i < rows.length; i++) {
      const [pos, sev, msg, id] = rows[i];
      const sevColoured = sev === 'error' ? c.red(sev.padEnd(w1)) : sev === 'warning' ? c.yellow(sev.padEnd(w1)) : c.blue(sev.padEnd(w1));
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${sevColoured}  ${msg.padEnd(w2)}  ${c.dim(id)}`.trimEnd());
    }
    out.push('');
  }
  const { errors, warnings, infos, fixable, unsafeFixable } = ctx.counts;
  const total = errors + warnings + infos;
  if (total === 0) return out.join('\n');
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  const paint = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  out.push(c.bold(paint(summary)));
  if (fixable > 0 && !ctx.fixing) out.push(c.bold(paint(`  ${fixable} fixable with --fix`)));
  // Unsafe fixes change what the draft says: named apart, so nobody applies them unawares.
  if (unsafeFixable > 0 && !ctx.fixingUnsafe) {
    const more = fixable > 0 && !ctx.fixing ? 'more' : 'fixable';
    out.push(c.bold(paint(`  ${unsafeFixable} ${more} with --fix --unsafe-fixes`)));
  }
  return out.join('\n') + '\n';
};
