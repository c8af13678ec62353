// The README's rules table, built from each rule's metadata so docs never drift from code.

import { allRules } from '../../server/src/core/index';

export function rulesTable(): string {
  const rows = allRules.map((r) => {
    const m = r.meta;
    return `| [\`${m.id}\`](docs/rules/${m.id}.md) | ${m.description} | ${m.defaultSeverity} | ${m.fixable ? 'yes' : 'no'} | ${m.conventions.join(', ')} |`;
  });
  return ['| Rule | What it checks | Default severity | Fixable | UN conventions |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
