// --format github: GitHub Actions workflow commands, one annotation per finding.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

import { wordParagraphLabel } from '../results';
import type { Formatter } from './types';

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (also `:` and `,`, which separate properties). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const formatGithub: Formatter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const props = [
        `file=${escapeProperty(r.displayPath)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`undraft ${f.ruleId}`)}`,
      ];
      const where = f.word ? ` [${wordParagraphLabel(f.word)}]` : '';
      out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.message} (${f.ruleId})${where}`)}`);
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
};
