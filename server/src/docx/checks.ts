// Word-specific checks, run at the edge on what only the .docx shows (the core never sees Word):
// tracked changes and comments still in the document (word-tracked-changes, word-comments) and numbers
// typed by hand among automatic ones, or automatic paragraph numbering that starts again (word-numbering).
// They return findings shaped like the core's, on the text view's offsets.

import { checkDraft, draftStage, fillMessage, type CheckOptions, type CheckResult, type Finding, type RuleMeta, type Severity, type SeveritySetting, type Stage } from '../core/index';
import type { WordDraft } from './read';
import type { ViewParagraph } from './text-view';

export interface WordCheckMeta {
  readonly id: string;
  readonly description: string;
  /** The severity when no setting names the check, by the document's stage. */
  readonly severity: { readonly draft: Severity; readonly final: Severity };
  /** Messages by stable id, `{{name}}` filled from a finding's data, as the core rules' meta.messages. */
  readonly messages: Readonly<Record<string, string>>;
}

const TRACKED_TAIL = 'the check reads the text with them rejected. Accept or reject them in Word before the document is issued';
const COMMENT_TAIL = 'resolve and delete it before the document is issued';

export const WORD_CHECKS: readonly WordCheckMeta[] = [
  {
    id: 'word-tracked-changes',
    description: 'Tracked changes left in a Word document (error in a final document, information in a draft)',
    severity: { draft: 'info', final: 'error' },
    messages: {
      remain: `Tracked changes remain in this paragraph ({{changes}} in all: {{insertions}} inserted, {{deletions}} deleted, {{paragraphMarks}} paragraph marks inserted or deleted, {{otherChanges}} other); ${TRACKED_TAIL}`,
      remainBy: `Tracked changes remain in this paragraph ({{changes}} in all: {{insertions}} inserted, {{deletions}} deleted, {{paragraphMarks}} paragraph marks inserted or deleted, {{otherChanges}} other) by {{authors}}; ${TRACKED_TAIL}`,
    },
  },
  {
    id: 'word-comments',
    description: 'Comments left in a Word document (error in a final document, information in a draft)',
    severity: { draft: 'info', final: 'error' },
    messages: {
      remains: `A comment remains here: "{{comment}}"; ${COMMENT_TAIL}`,
      remainsBy: `A comment by {{author}} remains here: "{{comment}}"; ${COMMENT_TAIL}`,
    },
  },
  {
    id: 'word-numbering',
    description: 'Paragraph numbers typed by hand among automatic ones, and automatic paragraph numbering that starts again',
    severity: { draft: 'warning', final: 'warning' },
    messages: {
      typedNumber: '"{{typed}}" is typed by hand among paragraphs Word numbers automatically; it will not follow when paragraphs are added or moved: use the paragraph\'s automatic numbering',
      restart: 'Automatic paragraph numbering starts again at {{number}} here, after {{previous}}; a report\'s paragraphs are numbered on through the whole report (restart the numbering only in an annex)',
    },
  },
];

/**
 * The Word-only checks as rule metadata, for the reports that list every rule (SARIF's tool.driver.rules): the
 * default severity given is a final document's, the one CI gates on.
 */
export const WORD_CHECK_RULES: readonly RuleMeta[] = WORD_CHECKS.map((c) => ({
  id: c.id,
  description: c.description,
  defaultSeverity: c.severity.final,
  fixable: false,
  tags: ['word'],
  conventions: [],
  messages: c.messages,
}));

const META: ReadonlyMap<string, WordCheckMeta> = new Map(WORD_CHECKS.map((c) => [c.id, c]));

/** The ids of the Word-only checks: their settings go to the Word checks, never to the core. */
export const WORD_CHECK_IDS: ReadonlySet<string> = new Set(WORD_CHECKS.map((c) => c.id));

/**
 * Options with the Word-only checks' settings taken out (the core knows only its rules and would call them
 * unknown), and those settings on their own for the edge that runs the Word checks.
 */
export function splitWordRules(options: CheckOptions): { readonly options: CheckOptions; readonly wordRules: Readonly<Record<string, SeveritySetting>> } {
  const entries = Object.entries(options.rules ?? {});
  if (!entries.some(([id]) => WORD_CHECK_IDS.has(id))) return { options, wordRules: {} };
  const { rules: _all, ...rest } = options;
  const core = entries.filter(([id]) => !WORD_CHECK_IDS.has(id));
  return { options: { ...rest, ...(core.length > 0 ? { rules: Object.fromEntries(core) } : {}) }, wordRules: Object.fromEntries(entries.filter(([id]) => WORD_CHECK_IDS.has(id))) };
}

/** A typed paragraph number or subparagraph letter opening a paragraph's text. */
const TYPED_NUMBER = /^(?:\d{1,4}\.|\((?:[a-z]{1,2}|[ivx]{1,5})\))[ \t]/;

/** Line of the text view that starts an annex, after which paragraph numbers may start again. */
const ANNEX = /^Annex(?:es)?(?:[ \t]|$)/;

export function checkWord(draft: WordDraft, stage: Stage): Finding[] {
  const byKey = new Map(draft.view.paragraphs.map((p) => [`${p.part}:${p.ordinal}`, p]));
  return [...trackedChanges(draft, byKey, stage), ...comments(draft, byKey, stage), ...numbering(draft, stage)];
}

/** The Word-only checks with their settings applied (`--rule id=level`, undraft.rules), as the engine applies them to rules. */
export function wordFindings(draft: WordDraft, stage: Stage, rules: Readonly<Record<string, SeveritySetting>>): Finding[] {
  const out: Finding[] = [];
  for (const f of checkWord(draft, stage)) {
    const setting = rules[f.ruleId];
    if (setting === 'off') continue;
    out.push(setting === undefined ? f : { ...f, severity: setting });
  }
  return out;
}

/**
 * A Word draft checked: the core on its text view (its text boxes' lines as asides), then the Word-only checks,
 * the findings in one list by position. What the CLI reports for a .docx, `--annotate` comments and the editor
 * shows on its view. The Word-only checks take the stage the core decided for the draft.
 */
export function checkWordDraft(draft: WordDraft, options: CheckOptions, rules: Readonly<Record<string, SeveritySetting>>): { readonly result: CheckResult; readonly findings: Finding[] } {
  const result = checkDraft(draft.view.text, { ...options, asides: draft.asides });
  const findings = [...result.findings, ...wordFindings(draft, draftStage(result.model, options), rules)].sort((a, b) => a.range.start - b.range.start);
  return { result, findings };
}

type Data = Readonly<Record<string, string | number>>;

function finding(ruleId: string, stage: Stage, messageId: string, data: Data, p: ViewParagraph, start = p.textStart, end = p.textStart + p.textLength): Finding {
  const meta = META.get(ruleId);
  const severity: Severity = meta?.severity[stage] ?? 'warning';
  const template = meta?.messages[messageId] ?? `${ruleId}: ${messageId}`;
  const message = fillMessage(template, data);
  return { ruleId, severity, message, messageId, data, range: { start, end: Math.max(end, start) }, related: [], fixes: [] };
}

function trackedChanges(draft: WordDraft, byKey: Map<string, ViewParagraph>, stage: Stage): Finding[] {
  // One finding per paragraph: the changes in it, counted, and who made them.
  const groups = new Map<string, { ins: number; del: number; marks: number; other: number; authors: Set<string> }>();
  for (const c of draft.changes) {
    const key = `${c.part}:${c.paragraph}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ins: 0, del: 0, marks: 0, other: 0, authors: new Set() }));
    if (c.kind === 'insertion') g.ins++;
    else if (c.kind === 'deletion') g.del++;
    else if (c.kind === 'paragraph-mark-insertion' || c.kind === 'paragraph-mark-deletion') g.marks++;
    else g.other++;
    if (c.author) g.authors.add(c.author);
  }
  const out: Finding[] = [];
  for (const [key, g] of groups) {
    const p = byKey.get(key);
    if (!p) continue;
    const data = { changes: g.ins + g.del + g.marks + g.other, insertions: g.ins, deletions: g.del, paragraphMarks: g.marks, otherChanges: g.other };
    if (g.authors.size === 0) out.push(finding('word-tracked-changes', stage, 'remain', data, p));
    else out.push(finding('word-tracked-changes', stage, 'remainBy', { ...data, authors: [...g.authors].join(', ') }, p));
  }
  return out;
}

function comments(draft: WordDraft, byKey: Map<string, ViewParagraph>, stage: Stage): Finding[] {
  const byId = new Map(draft.comments.map((c) => [c.id, c]));
  const out: Finding[] = [];
  for (const a of draft.anchors) {
    const p = byKey.get(`${a.part}:${a.paragraph}`);
    const c = byId.get(a.commentId);
    if (!p || !c) continue;
    const text = c.text.replace(/\s+/g, ' ').trim();
    const quoted = text.length > 80 ? `${text.slice(0, 77)}…` : text;
    const start = p.textStart + Math.min(a.offset, p.textLength);
    if (c.author) out.push(finding('word-comments', stage, 'remainsBy', { author: c.author, comment: quoted }, p, start, start));
    else out.push(finding('word-comments', stage, 'remains', { comment: quoted }, p, start, start));
  }
  return out;
}

function numbering(draft: WordDraft, stage: Stage): Finding[] {
  // Text boxes are a story of their own, numbered apart from the body (see read.ts): each is checked alone.
  const inBox = new Set(draft.document.paragraphs.filter((p) => p.inTextBox).map((p) => p.ordinal));
  const body = draft.view.paragraphs.filter((p) => p.part === 'document');
  return [...storyNumbering(draft, stage, body.filter((p) => !inBox.has(p.ordinal))), ...storyNumbering(draft, stage, body.filter((p) => inBox.has(p.ordinal)))];
}

function storyNumbering(draft: WordDraft, stage: Stage, body: readonly ViewParagraph[]): Finding[] {
  const out: Finding[] = [];
  const automatic = body.filter((p) => p.label && p.label.format === 'decimal').length;
  const last = new Map<string, number>();
  for (const p of body) {
    const text = draft.view.text.slice(p.textStart, p.textStart + p.textLength);
    if (ANNEX.test(text)) last.clear();
    if (!p.label && !p.continuesLine && automatic >= 3 && TYPED_NUMBER.test(text)) {
      const typed = text.slice(0, text.search(/[ \t]/));
      out.push(finding('word-numbering', stage, 'typedNumber', { typed }, p, p.textStart, p.textStart + typed.length));
    }
    const l = p.label;
    if (!l || l.format !== 'decimal') continue;
    const key = `${l.abstractId}/${l.level}`;
    const before = last.get(key);
    if (before !== undefined && before >= 2 && l.value <= before && l.value === 1) {
      out.push(finding('word-numbering', stage, 'restart', { number: l.text, previous: before }, p, p.lineStart, p.textStart));
    }
    last.set(key, l.value);
  }
  return out;
}
