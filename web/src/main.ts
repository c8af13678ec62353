// The playground page: reads a pasted or opened draft, checks it in the page with the core, shows the marked
// text and the findings, applies fixes and offers the corrected text for download. It makes no request.

import type { Fix, Stage } from '../../server/src/core/index';
import { renderFindings } from './findings';
import { firstMark, renderMarkedText } from './marks';
import { applyOneFix, applySafeFixes, checkForPage, type CheckSummary } from './session';
import { readDraftFile } from './open-file';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page lacks #${id}`);
  return node as T;
}

const draft = byId<HTMLTextAreaElement>('draft');
const fileInput = byId<HTMLInputElement>('open-file');
const stageSelect = byId<HTMLSelectElement>('stage');
const checkButton = byId<HTMLButtonElement>('check');
const fixSafeButton = byId<HTMLButtonElement>('fix-safe');
const downloadButton = byId<HTMLButtonElement>('download');
const status = byId<HTMLElement>('status');
const notice = byId<HTMLElement>('notice');
const marked = byId<HTMLElement>('marked');
const findingsList = byId<HTMLElement>('findings');

let fileName = 'draft.md';
let current: CheckSummary | undefined;
let pending: number | undefined;

function stage(): Stage | undefined {
  const v = stageSelect.value;
  return v === 'draft' || v === 'final' ? v : undefined;
}

function say(message: string): void {
  notice.textContent = message;
}

function recheck(): void {
  if (pending !== undefined) window.clearTimeout(pending);
  pending = undefined;
  const started = performance.now();
  const summary = checkForPage(draft.value, { stage: stage() });
  renderMarkedText(marked, summary.text, summary.findings);
  renderFindings(findingsList, summary, { show: showFinding, apply: applyFix });
  current = summary;
  const total = performance.now() - started;
  const rules = summary.groups.length;
  status.textContent = `${summary.findings.length} finding${summary.findings.length === 1 ? '' : 's'} in ${rules} rule${rules === 1 ? '' : 's'}; ${summary.safeFixable} with a safe fix. Checked in ${Math.round(summary.elapsedMs)} ms, shown in ${Math.round(total)} ms.`;
  status.dataset.checkMs = summary.elapsedMs.toFixed(1);
  status.dataset.totalMs = total.toFixed(1);
  status.dataset.findings = String(summary.findings.length);
  fixSafeButton.disabled = summary.safeFixable === 0;
  fixSafeButton.textContent = `Apply all safe fixes (${summary.safeFixable})`;
  downloadButton.disabled = summary.text === '';
}

/** Typing re-checks after a pause, so a long report does not slow each keystroke. */
function recheckSoon(): void {
  if (pending !== undefined) window.clearTimeout(pending);
  pending = window.setTimeout(recheck, 300);
}

function showFinding(key: number): void {
  const mark = firstMark(marked, key);
  if (!mark) return;
  marked.querySelectorAll('mark.current').forEach((m) => m.classList.remove('current'));
  marked.querySelectorAll(`mark[data-key="${key}"]`).forEach((m) => m.classList.add('current'));
  // Scroll the text pane only (it is positioned, so offsetTop is within it): the findings list stays put.
  marked.scrollTop = Math.max(0, mark.offsetTop - marked.clientHeight / 3);
  if (marked.getBoundingClientRect().top < 0) marked.scrollIntoView({ block: 'start' });
  mark.tabIndex = -1;
  mark.focus({ preventScroll: true });
}

/** Replaces the text as an edit the person can undo (Ctrl+Z in the text box), then re-checks. */
function replaceDraft(text: string): void {
  draft.focus({ preventScroll: true });
  draft.select();
  if (!document.execCommand('insertText', false, text) || draft.value !== text) draft.value = text;
  draft.setSelectionRange(0, 0);
  recheck();
}

function applyFix(fix: Fix): void {
  if (!current) return;
  replaceDraft(applyOneFix(current.text, fix));
  say(`Applied: ${fix.title}.`);
  fixSafeButton.focus();
}

function applyAllSafe(): void {
  const result = applySafeFixes(draft.value, { stage: stage() });
  if (result.text === draft.value) {
    say('No safe fix to apply.');
    return;
  }
  replaceDraft(result.text);
  say(`Applied ${result.fixesApplied} safe fix${result.fixesApplied === 1 ? '' : 'es'}. Unsafe fixes wait for you to review them.`);
}

function download(): void {
  const blob = new Blob([draft.value], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = correctedName(fileName);
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(`Downloaded ${link.download}.`);
}

function correctedName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-corrected${name.slice(dot)}` : `${name}-corrected.md`;
}

async function openFile(): Promise<void> {
  const file = fileInput.files?.[0];
  if (!file) return;
  const read = await readDraftFile(file);
  fileInput.value = '';
  if (!read.ok) {
    say(read.reason);
    return;
  }
  fileName = file.name;
  draft.value = read.text;
  say(read.note ?? `Opened ${file.name}.`);
  recheck();
}

draft.addEventListener('input', recheckSoon);
checkButton.addEventListener('click', recheck);
stageSelect.addEventListener('change', recheck);
fixSafeButton.addEventListener('click', applyAllSafe);
downloadButton.addEventListener('click', download);
fileInput.addEventListener('change', () => void openFile());
marked.addEventListener('click', (e) => {
  const key = (e.target as HTMLElement).closest('mark')?.dataset.key;
  const item = key === undefined ? null : document.getElementById(`finding-${key}`);
  if (!item) return;
  item.scrollIntoView({ block: 'nearest' });
  item.querySelector<HTMLElement>('button.place')?.focus({ preventScroll: true });
});
recheck();
