// One report, one way of writing each term (R31–R32): a body named with initial capitals is not
// also written in lower case, a known body's name is written as listed (term-consistency/known-names.ts),
// straight double quotation marks are not mixed with the curly ones UN documents print (R17), and
// "Chairman" gives way to "Chair". Quotations and titles of documents are left as published.

import type { DraftModel } from '../model';
import { inQuotation, inRanges, isProseLine, opaqueRanges, titleLines } from '../prose';
import type { Rule, RuleContext } from '../rule';
import type { TextRange } from '../types';
import { checkOwnTerms, ownTermKeys } from './term-consistency/own-terms';
import { checkKnownNames, KNOWN_NAME_MESSAGES } from './term-consistency/known-names';

/** Nouns that end the name of a body: "the Expert Group", "the Special Committee". */
const BODY_NOUNS =
  'Group|Committee|Commission|Council|Board|Conference|Meeting|Bureau|Panel|Forum|Assembly|Subcommittee|Sub-Commission|Mechanism|Team|Unit|Office|Network|Platform|Body|Authority|Tribunal|Court|Agency|Fund|Programme|Entity|Task Force';
// `the` + one to three capitalized words + a body noun. Each word is a capital, then word characters,
// then one run of spaces: the pieces cannot overlap, so matching stays linear.
const CAPITALIZED_RE = new RegExp(`\\b[Tt]he ((?:[A-Z][A-Za-z-]* ){1,3}(?:${BODY_NOUNS}))\\b`, 'g');
const LOWER_RE = new RegExp(`\\bthe ((?:[a-z][a-z-]* ){1,3}(?:${BODY_NOUNS.toLowerCase()}))\\b`, 'g');
/** "expert group meeting": the lower-case words name a kind of meeting, not the body. */
const COMPOUND_AFTER_RE = /^ (?:meetings?|members?|sessions?|process(?:es)?|model|format)\b/;
/** "the expert group that had overseen …": a relative clause describes which group, the words are not its name. */
const DESCRIBED_AFTER_RE = /^ (?:that|which|who|whose)\b/;
/**
 * A body introduced without its name: "a working group of the Commission", "its working group on
 * climate", "a dedicated expert group". Later "the working group" refers back to it in lower case.
 */
const INTRODUCED_RE = new RegExp(`\\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|[Oo]ne) ((?:[a-z][a-z-]* ){0,3}(?:${BODY_NOUNS.toLowerCase()}))\\b`, 'g');

/** The last of the ascending offsets `at` before `pos`, or undefined. */
function lastBefore(at: readonly number[] | undefined, pos: number): number | undefined {
  if (!at) return undefined;
  let lo = 0;
  let hi = at.length; // binary search: the first offset at or after pos
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? at[lo - 1] : undefined;
}

/** Where unnamed bodies are introduced: every ending of the introducing phrase, with its offsets in order. */
function introducedBodies(model: DraftModel, prose: readonly number[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const i of prose) {
    const line = model.lines[i];
    INTRODUCED_RE.lastIndex = 0;
    for (let m = INTRODUCED_RE.exec(line.text); m !== null; m = INTRODUCED_RE.exec(line.text)) {
      const words = m[1].split(' ');
      for (let k = 0; k < words.length; k++) {
        const key = words.slice(k).join(' ');
        const list = out.get(key);
        if (list) list.push(line.start + m.index);
        else out.set(key, [line.start + m.index]);
      }
    }
  }
  return out;
}

const CHAIRMAN_RE = /\b(Vice-|vice-)?([Cc])hair(man|men|woman|women)(?:-([Rr])apporteur)?\b/g;

interface QuotePair {
  open: number;
  close: number;
  curly: boolean;
}

function quotePairs(model: DraftModel, opaque: readonly TextRange[]): QuotePair[] {
  const out: QuotePair[] = [];
  for (let i = 0; i < model.lines.length; i++) {
    const kind = model.lineKinds[i];
    if (kind === 'comment' || kind === 'blank') continue;
    const line = model.lines[i];
    const t = line.text;
    // Most lines have no double quotation mark at all: indexOf says so faster than the loop below.
    if (t.indexOf('"') === -1 && t.indexOf('\u201c') === -1 && t.indexOf('\u201d') === -1) continue;
    let curlyOpen = -1;
    let straightOpen = -1;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c !== 0x201c && c !== 0x201d && c !== 34) continue;
      if (inRanges(opaque, line.start + k)) continue;
      if (c === 0x201c) {
        if (curlyOpen === -1) curlyOpen = k;
      } else if (c === 0x201d) {
        if (curlyOpen !== -1) {
          out.push({ open: line.start + curlyOpen, close: line.start + k, curly: true });
          curlyOpen = -1;
        }
      } else if (straightOpen === -1) straightOpen = k;
      else {
        out.push({ open: line.start + straightOpen, close: line.start + k, curly: false });
        straightOpen = -1;
      }
    }
  }
  out.sort((a, b) => a.open - b.open);
  return out;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

/**
 * Mixed straight and curly double quotation marks: United Nations documents are printed with curly
 * ones (R17), so each straight pair is reported and fixed to “…”, whichever style is used more.
 */
function checkQuotes(ctx: RuleContext, opaque: readonly TextRange[]): void {
  const pairs = quotePairs(ctx.model, opaque);
  const curly = pairs.filter((p) => p.curly).length;
  const straight = pairs.length - curly;
  if (curly === 0 || straight === 0) return;
  for (const p of pairs) {
    if (p.curly) continue;
    const quoted = ctx.text.slice(p.open, p.close + 1);
    ctx.report({
      messageId: 'straightQuotes',
      data: { quoted: clip(quoted, 50), curly, straight },
      range: { start: p.open, end: p.close + 1 },
      fixes: [
        {
          title: 'Use curly quotation marks',
          edits: [
            { range: { start: p.open, end: p.open + 1 }, newText: '“' },
            { range: { start: p.close, end: p.close + 1 }, newText: '”' },
          ],
          safety: 'safe',
        },
      ],
    });
  }
}

function checkCapitalization(ctx: RuleContext, opaque: readonly TextRange[], titles: Uint8Array): void {
  const { model } = ctx;
  // Established names: the capitalized phrase written at least twice.
  const counts = new Map<string, { phrase: string; first: number; n: number; at: number[] }>();
  const prose: number[] = [];
  for (let i = 0; i < model.lines.length; i++) {
    if (!isProseLine(model, i) || titles[i]) continue;
    prose.push(i);
    const line = model.lines[i];
    CAPITALIZED_RE.lastIndex = 0;
    for (let m = CAPITALIZED_RE.exec(line.text); m !== null; m = CAPITALIZED_RE.exec(line.text)) {
      const start = line.start + m.index + 4;
      if (inQuotation(model, start)) continue;
      const key = m[1].toLowerCase();
      const e = counts.get(key);
      if (e) {
        e.n++;
        e.at.push(start);
      } else counts.set(key, { phrase: m[1], first: start, n: 1, at: [start] });
    }
  }
  const introduced = introducedBodies(model, prose);
  const own = ownTermKeys(ctx); // checked by checkOwnTerms
  for (const i of prose) {
    const line = model.lines[i];
    LOWER_RE.lastIndex = 0;
    for (let m = LOWER_RE.exec(line.text); m !== null; m = LOWER_RE.exec(line.text)) {
      const est = counts.get(m[1]);
      if (!est || est.n < 2 || own.has(m[1])) continue;
      const start = line.start + m.index + 4;
      const end = start + m[1].length;
      if (inQuotation(model, start) || inRanges(opaque, start)) continue;
      const rest = line.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (COMPOUND_AFTER_RE.test(rest) || DESCRIBED_AFTER_RE.test(rest)) continue;
      // "the working group" after "a working group of the Commission", with no "the Working Group" between:
      // the unnamed body, not the named one.
      const intro = lastBefore(introduced.get(m[1]), start);
      const named = lastBefore(est.at, start);
      if (intro !== undefined && (named === undefined || named < intro)) continue;
      ctx.report({
        messageId: 'lowerCase',
        data: { written: m[1], name: est.phrase },
        range: { start, end },
        related: [{ range: { start: est.first, end: est.first + est.phrase.length }, message: `"${est.phrase}" is written with capitals here` }],
        // Lower case may mean a group in general, not this body.
        fixes: [{ title: `Write "${est.phrase}" (if it names the body)`, edits: [{ range: { start, end }, newText: est.phrase }], safety: 'unsafe' }],
      });
    }
  }
}

function checkChairman(ctx: RuleContext, opaque: readonly TextRange[], titles: Uint8Array): void {
  const { model } = ctx;
  for (let i = 0; i < model.lines.length; i++) {
    if (!isProseLine(model, i) || titles[i]) continue;
    const line = model.lines[i];
    CHAIRMAN_RE.lastIndex = 0;
    for (let m = CHAIRMAN_RE.exec(line.text); m !== null; m = CHAIRMAN_RE.exec(line.text)) {
      const start = line.start + m.index;
      if (inQuotation(model, start) || inRanges(opaque, start)) continue;
      const plural = m[3] === 'men' || m[3] === 'women';
      const replacement = `${m[1] ?? ''}${m[2]}hair${plural ? 's' : ''}${m[4] ? `-${m[4]}apporteur` : ''}`;
      ctx.report({
        messageId: 'chairman',
        data: { written: m[0], expected: replacement },
        range: { start, end: start + m[0].length },
        // An office of another organization keeps its own title.
        fixes: [{ title: `Write "${replacement}" (unless it is another body's title)`, edits: [{ range: { start, end: start + m[0].length }, newText: replacement }], safety: 'unsafe' }],
      });
    }
  }
}

export const termConsistencyRule: Rule = {
  meta: {
    id: 'term-consistency',
    description: 'A body keeps its capitals and its name as listed, straight quotation marks give way to curly ones when both are used and "Chair" replaces "Chairman"',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial', 'terminology'],
    conventions: ['R17', 'R31', 'R32'],
    messages: {
      lowerCase: '"the {{written}}" is written "the {{name}}" elsewhere in the report; write the body\'s name with the same capitals',
      ownTerm: '"{{written}}": the project\'s terms write "{{term}}"; write it with the same capitals',
      straightQuotes: '{{quoted}} uses straight quotation marks; the report also uses curly ones ({{curly}} curly, {{straight}} straight pairs): use curly quotation marks “…” throughout',
      chairman: '"{{written}}": use the gender-neutral "{{expected}}"',
      ...KNOWN_NAME_MESSAGES,
    },
    options: [
      {
        name: 'terms',
        description: 'The body\'s own terms with their capitals (`["the Expert Group", "Member States"]`): each is written with those capitals throughout, from its first use. A lower-case form after "a", "its", "another" and the like, or before "meeting" or "that", is a group in general and is left alone.',
        type: 'string[]',
        default: [],
      },
    ],
  },
  check(ctx) {
    const opaque = opaqueRanges(ctx.model);
    const titles = titleLines(ctx.model);
    checkCapitalization(ctx, opaque, titles);
    checkOwnTerms(ctx, opaque, titles);
    checkQuotes(ctx, opaque);
    checkChairman(ctx, opaque, titles);
    checkKnownNames(ctx, opaque, titles);
  },
};
