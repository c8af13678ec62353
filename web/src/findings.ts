// The list of findings grouped by rule: the rule's description and page, each finding's place and message,
// a button for its safe fix, and for each unsafe fix a button that first shows the edit, then applies it.

import type { Fix } from '../../server/src/core/index';
import { previewFix, type CheckSummary, type ShownFinding } from './session';

export interface FindingActions {
  /** Go to the finding in the marked text. */
  show(key: number): void;
  apply(fix: Fix): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The rule pages are shipped with the page (rules/<id>.md), so reading one needs no connection. */
function rulePageHref(ruleId: string): string {
  return `rules/${encodeURIComponent(ruleId)}.md`;
}

export function renderFindings(target: HTMLElement, summary: CheckSummary, actions: FindingActions): void {
  const fragment = document.createDocumentFragment();
  if (summary.findings.length === 0) {
    fragment.append(el('p', { className: 'empty' }, summary.text.trim() === '' ? 'Paste a draft or open a file to check it.' : 'No findings: the draft follows the conventions undraft checks.'));
  }
  for (const group of summary.groups) {
    const heading = el('h3', { id: `rule-${group.meta.id}` }, el('code', {}, group.meta.id), ' ', el('span', { className: 'count' }, `${group.findings.length}`));
    const about = el('p', { className: 'rule-about' }, group.meta.description ? `${group.meta.description}. ` : '');
    about.append(el('a', { href: rulePageHref(group.meta.id), target: '_blank', rel: 'noopener' }, `Rule page: ${group.meta.id}`));
    if (group.meta.conventions.length > 0) about.append(el('span', { className: 'conventions' }, ` (UN conventions ${group.meta.conventions.join(', ')})`));
    const list = el('ol', { className: 'findings' });
    for (const f of group.findings) list.append(findingItem(f, summary, actions));
    fragment.append(el('section', { className: 'rule' }, heading, about, list));
  }
  target.replaceChildren(fragment);
}

function findingItem(f: ShownFinding, summary: CheckSummary, actions: FindingActions): HTMLLIElement {
  const place = el('button', { type: 'button', className: 'place' }, `Line ${f.line}, column ${f.column}`);
  place.setAttribute('aria-label', `Show line ${f.line}, column ${f.column} in the draft`);
  place.addEventListener('click', () => actions.show(f.key));
  const item = el('li', { id: `finding-${f.key}`, className: `sev-${f.finding.severity}` }, place, ' ', el('span', { className: 'severity' }, f.finding.severity), ' ', el('span', { className: 'message' }, f.finding.message));
  const buttons = el('div', { className: 'fix-buttons' });
  if (f.safeFix) {
    const safe = el('button', { type: 'button', className: 'fix safe' }, `Fix: ${f.safeFix.title}`);
    const fix = f.safeFix;
    safe.addEventListener('click', () => actions.apply(fix));
    buttons.append(safe);
  }
  f.unsafeFixes.forEach((fix, i) => buttons.append(...unsafeFixControls(f, fix, i, summary, actions)));
  if (buttons.childElementCount > 0) item.append(buttons);
  return item;
}

/** A button that opens the preview of the edit; only the preview's own button applies it. */
function unsafeFixControls(f: ShownFinding, fix: Fix, i: number, summary: CheckSummary, actions: FindingActions): HTMLElement[] {
  const previewId = `preview-${f.key}-${i}`;
  const review = el('button', { type: 'button', className: 'fix unsafe' }, `Review: ${fix.title}…`);
  review.setAttribute('aria-expanded', 'false');
  review.setAttribute('aria-controls', previewId);
  const panel = el('div', { id: previewId, className: 'preview', hidden: true });
  review.addEventListener('click', () => {
    const open = panel.hidden;
    if (open && panel.childElementCount === 0) fillPreview(panel, fix, summary, actions);
    panel.hidden = !open;
    review.setAttribute('aria-expanded', String(open));
    if (open) panel.querySelector<HTMLElement>('button.apply')?.focus();
  });
  return [review, panel];
}

function fillPreview(panel: HTMLElement, fix: Fix, summary: CheckSummary, actions: FindingActions): void {
  panel.append(el('p', { className: 'preview-title' }, `This changes what the draft says. “${fix.title}” makes ${fix.edits.length === 1 ? 'this edit' : `these ${fix.edits.length} edits`}:`));
  for (const p of previewFix(summary.text, fix, summary.index)) {
    const shown = el('pre', { className: 'edit' }, el('span', { className: 'edit-line' }, `Line ${p.line}: `), p.before);
    if (p.removed) shown.append(el('del', { title: 'removed' }, p.removed));
    if (p.inserted) shown.append(el('ins', { title: 'inserted' }, p.inserted));
    shown.append(p.after);
    panel.append(shown);
  }
  const apply = el('button', { type: 'button', className: 'apply' }, 'Apply this change');
  apply.addEventListener('click', () => actions.apply(fix));
  const cancel = el('button', { type: 'button', className: 'cancel' }, 'Cancel');
  cancel.addEventListener('click', () => {
    panel.hidden = true;
    const review = panel.previousElementSibling as HTMLElement | null;
    review?.setAttribute('aria-expanded', 'false');
    review?.focus();
  });
  panel.append(el('div', { className: 'preview-buttons' }, apply, ' ', cancel));
}
