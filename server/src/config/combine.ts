// How the options of an edge (command-line flags, editor settings) and of the project config meet. No Node
// imports: the language server in a Web Worker uses it too.

import type { CheckOptions } from '../core/index';

/**
 * Options of an edge (CLI flags, editor settings) and of the project config together. `projectWins`:
 * the editor's personal settings give way to the project's; the CLI's flags win over the project's.
 */
export function combineOptions(edge: CheckOptions, project: CheckOptions, projectWins: boolean): CheckOptions {
  const [low, high] = projectWins ? [edge, project] : [project, edge];
  const rules = { ...(low.rules ?? {}), ...(high.rules ?? {}) };
  const stage = high.stage ?? low.stage;
  const documentDate = high.documentDate ?? low.documentDate;
  return {
    ...(stage ? { stage } : {}),
    ...(documentDate ? { documentDate } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(project.ruleOptions ? { ruleOptions: project.ruleOptions } : {}),
    ...(edge.only ? { only: edge.only } : {}),
    ...(edge.maxFindingsPerRule !== undefined ? { maxFindingsPerRule: edge.maxFindingsPerRule } : {}),
  };
}
