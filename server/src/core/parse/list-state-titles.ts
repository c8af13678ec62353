// A title line over a run of State names, as lists of participants are set (`States Members of the
// United Nations represented by observers` / `Australia, Austria, Belgium, …`): the title heads the
// list of States under it, as `the following States:` would.

import type { ModelBase } from '../model';

/** Longer than this, a line is running text, not a title. */
const MAX_TITLE = 200;

/** A line that names States and ends without punctuation: `Non-member States represented by observers`. */
const STATES_TITLE_RE = /\bStates\b/;

/**
 * The line of the run of names under line `i` when line `i` is a title naming States (no final
 * punctuation, no comma or tab, no colon) and the next line, after one blank line at most, opens a run
 * of names separated by commas; -1 otherwise. Whether the run is made of States is the caller's to judge.
 */
export function runUnderStatesTitle(model: ModelBase, i: number): number {
  const kind = model.lineKinds[i];
  if (kind !== 'text' && kind !== 'front') return -1;
  const t = model.lines[i].text.trim();
  if (t.length > MAX_TITLE || !STATES_TITLE_RE.test(t) || /[.;:!?,)\]]$/.test(t) || t.indexOf(',') !== -1 || t.indexOf('\t') !== -1) return -1;
  let j = i + 1;
  if (j < model.lines.length && model.lineKinds[j] === 'blank') j++;
  if (j >= model.lines.length || (model.lineKinds[j] !== 'text' && model.lineKinds[j] !== 'front')) return -1;
  const next = model.lines[j].text;
  const commas = next.split(', ').length - 1;
  return commas >= 2 ? j : -1;
}
