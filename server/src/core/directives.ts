// Directive comments that silence rules: the engine honours them, rules never see them.
//   <!-- undraft-disable-next-line duplicate-entry -- reason -->
//   <!-- undraft-disable-line rule-a, rule-b -->
//   <!-- undraft-disable rule-id -->  …  <!-- undraft-enable rule-id -->   (no ids: every rule)
// A directive may run over several lines; `-- reason` ends the rule list.
// The same HTML-comment syntax serves `.md` and `.txt` drafts alike.

import type { Comment } from './model';
import type { LineIndex } from './text';

const DIRECTIVE_RE = /^undraft-(disable-next-line|disable-line|disable|enable)(?:\s+([^]*))?$/;

export interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids; empty means every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly endLine: number;
  readonly offset: number;
}

export function parseDirectives(comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE_RE.exec(c.body);
    if (!m) continue;
    const list = (m[2] ?? '').split('--')[0];
    const rules = list.split(/[\s,]+/).filter((r) => r !== '');
    out.push({ kind: m[1] as Directive['kind'], rules, line: c.line, endLine: c.endLine, offset: c.range.start });
  }
  return out;
}

/** Answers "is rule R silenced at this offset?" for the directives of one draft. */
export class Suppressions {
  private readonly lineRules = new Map<number, Set<string> | 'all'>();
  private readonly blocks: { rule: string; from: number; to: number }[] = [];

  constructor(directives: readonly Directive[], private readonly index: LineIndex, textLength: number) {
    const open = new Map<string, number>();
    for (const d of directives) {
      if (d.kind === 'disable-line') this.addLine(d.line, d.rules);
      else if (d.kind === 'disable-next-line') this.addLine(d.endLine + 1, d.rules);
      else {
        const ids = d.rules.length === 0 ? ['*'] : d.rules;
        for (const id of ids) {
          if (d.kind === 'disable' && !open.has(id)) open.set(id, d.offset);
          else if (d.kind === 'enable' && open.has(id)) {
            this.blocks.push({ rule: id, from: open.get(id) as number, to: d.offset });
            open.delete(id);
          } else if (d.kind === 'enable' && id === '*') {
            for (const [k, from] of open) this.blocks.push({ rule: k, from, to: d.offset });
            open.clear();
          }
        }
      }
    }
    for (const [id, from] of open) this.blocks.push({ rule: id, from, to: textLength + 1 });
  }

  private addLine(line: number, rules: readonly string[]): void {
    if (rules.length === 0) {
      this.lineRules.set(line, 'all');
      return;
    }
    const existing = this.lineRules.get(line);
    if (existing === 'all') return;
    const set = existing ?? new Set<string>();
    for (const r of rules) set.add(r);
    this.lineRules.set(line, set);
  }

  isSuppressed(ruleId: string, offset: number): boolean {
    const entry = this.lineRules.get(this.index.lineAt(offset));
    if (entry === 'all' || (entry && entry.has(ruleId))) return true;
    for (const b of this.blocks) {
      if ((b.rule === ruleId || b.rule === '*') && offset >= b.from && offset < b.to) return true;
    }
    return false;
  }
}
