// The draft as read-only text with each finding's range marked: one linear sweep over the starts and ends of
// the ranges, so a 200 KB report with thousands of findings renders in one pass. Overlapping ranges split
// into segments; a segment belongs to the innermost (latest started) finding that covers it.

import type { ShownFinding } from './session';

interface Boundary {
  readonly at: number;
  readonly key: number;
  readonly opens: boolean;
}

function boundaries(findings: readonly ShownFinding[]): Boundary[] {
  const list: Boundary[] = [];
  for (const f of findings) {
    list.push({ at: f.finding.range.start, key: f.key, opens: true });
    // An empty range (something missing) is a point: it opens nothing that would need closing.
    if (f.finding.range.end > f.finding.range.start) list.push({ at: f.finding.range.end, key: f.key, opens: false });
  }
  // Closings before openings at one offset, so touching ranges stay apart.
  return list.sort((a, b) => a.at - b.at || Number(a.opens) - Number(b.opens));
}

/** Builds the marked text into `target`, replacing what was there. */
export function renderMarkedText(target: HTMLElement, text: string, findings: readonly ShownFinding[]): void {
  const byKey = new Map(findings.map((f) => [f.key, f] as const));
  const fragment = document.createDocumentFragment();
  const active: number[] = [];
  let pos = 0;
  const flush = (to: number) => {
    if (to <= pos) return;
    const piece = text.slice(pos, to);
    const owner = active.length > 0 ? byKey.get(active[active.length - 1]) : undefined;
    fragment.append(owner ? markFor(owner, piece, false) : document.createTextNode(piece));
    pos = to;
  };
  for (const b of boundaries(findings)) {
    flush(b.at);
    const f = byKey.get(b.key);
    if (b.opens && f && f.finding.range.start === f.finding.range.end) {
      fragment.append(markFor(f, '', true));
    } else if (b.opens) {
      active.push(b.key);
    } else {
      const i = active.lastIndexOf(b.key);
      if (i >= 0) active.splice(i, 1);
    }
  }
  flush(text.length);
  target.replaceChildren(fragment);
}

function markFor(f: ShownFinding, piece: string, point: boolean): HTMLElement {
  const mark = document.createElement('mark');
  mark.className = `finding sev-${f.finding.severity}${point ? ' point' : ''}`;
  mark.dataset.key = String(f.key);
  mark.dataset.start = String(f.finding.range.start);
  mark.dataset.end = String(f.finding.range.end);
  mark.title = `${f.finding.ruleId}: ${f.finding.message}`;
  mark.textContent = piece;
  return mark;
}

/** The first mark of a finding (a range split by another finding has several). */
export function firstMark(container: HTMLElement, key: number): HTMLElement | null {
  return container.querySelector<HTMLElement>(`mark[data-key="${key}"]`);
}
