// The masthead (R1–R4): a distribution line `Distr.: General | Limited | Restricted`, a date
// `3 April 2018`, `Original:` with one of the six official languages, and a distribution that
// agrees with the symbol (`/L.` ↔ `Limited`, R2; this rule owns that cross-check). The report's
// own symbol missing from the masthead is document-symbol's finding; the form of the masthead
// date is this rule's (date-format leaves the masthead date alone). A document dated before 2001 may
// have the masthead of its time: `Distr.` and `GENERAL`, `ORIGINAL: SPANISH`. A document issued in
// one language only says so (`English only`) in place of the `Original:` line, and one version in
// several languages names them (`English/French/Spanish`).

import type { DraftModel, Line } from '../model';
import type { Report, Rule, RuleContext } from '../rule';
import type { Fix, TextRange } from '../types';
import { dateBefore, readDateCell, type DateCell, type DateChange } from '../un/dates';
import { cellsOf, type Cell } from '../parse/masthead';
import { findOwnSymbol } from '../un/own-symbol';
import { parseSymbol, splitDoubleSymbol } from '../un/symbol';

const DISTRIBUTIONS = ['General', 'Limited', 'Restricted'];
const LANGUAGES = ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish'];

/** A distribution cell written another way: `Distribution: limited`, `Distr: Limited`, `DISTR.: LIMITED`. */
const DISTR_VARIANT_RE = /^(?:Distribution[ \t]*:|Distr\.?[ \t]*\.?[ \t]*:?)[ \t]*([A-Za-z]+)$/i;
const ORIGINAL_CELL_RE = /^Original[ \t]*:[ \t]*(.*)$/i;
/**
 * `English only`, `English, French and Spanish only`: the languages a document is issued in; and
 * `English/French/Spanish`: one version holding several languages (lists of participants are issued so).
 */
const ONLY_RE = /^(?:(?:Arabic|Chinese|English|French|Russian|Spanish)(?:(?:, | and )(?:Arabic|Chinese|English|French|Russian|Spanish))* only|(?:Arabic|Chinese|English|French|Russian|Spanish)(?:\/(?:Arabic|Chinese|English|French|Russian|Spanish))+)$/;
/**
 * Mastheads in capitals (`Distr.` above `GENERAL`, `ORIGINAL: ENGLISH`) were the United Nations layout
 * through the 1990s; the mixed-case `Distr.: General` / `Original: English` replaced them by 2001.
 */
const CAPITALIZED_MASTHEAD_UNTIL = '2001-01-01';
/**
 * Documents processed at Geneva kept that layout (`Distr.` above `GENERAL`, `Original: ENGLISH`) until the
 * end of 2009 (A/HRC/10/L.11 of March 2009 has it, A/HRC/12/50 of February 2010 does not); a text
 * export shows where a document was processed by its job number (`GE.08-14662 (E)`).
 */
const GENEVA_CAPITALS_UNTIL = '2010-01-01';
const GENEVA_JOB_RE = /(?:^|[ \t])GE\.\d{2}-\d{5}\b/m;

/** Whether the masthead may have the capitals of its time, given the document's date and where it was processed. */
function oldLayoutFor(text: string, date: DraftModel['documentDate']): boolean {
  return dateBefore(date, CAPITALIZED_MASTHEAD_UNTIL) || (dateBefore(date, GENEVA_CAPITALS_UNTIL) && GENEVA_JOB_RE.test(text));
}

function rangeOf(c: Cell): TextRange {
  return { start: c.start, end: c.start + c.text.length };
}

export const mastheadRule: Rule = {
  meta: {
    id: 'masthead',
    description: 'The masthead gives the distribution, the date and the original language, and its distribution agrees with the symbol',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['masthead'],
    conventions: ['R1', 'R2', 'R3', 'R4'],
    messages: {
      noDistribution: 'The masthead has no distribution line; expected "Distr.: General", "Distr.: Limited" or "Distr.: Restricted"',
      noDistributionLimited: 'The masthead has no distribution line; expected "Distr.: General", "Distr.: Limited" or "Distr.: Restricted" ("Distr.: Limited" for "{{symbol}}")',
      distributionForm: '"{{written}}" is not the masthead form; expected "{{expected}}"',
      notDistributionLine: '"{{written}}" is not a distribution line; expected "Distr.: General", "Distr.: Limited" or "Distr.: Restricted"',
      notDistributionCategory: '"{{value}}" is not a distribution category; expected "General", "Limited" or "Restricted"',
      distributionSpelling: '"Distr.: {{value}}" is written "Distr.: {{expected}}"',
      limitedSymbol: '"Distr.: {{value}}" disagrees with the symbol "{{symbol}}": a symbol with "/L." has limited distribution; expected "Distr.: Limited"',
      limitedWithoutL: '"Distr.: Limited" but the symbol "{{symbol}}" has no "/L." component; limited documents are generally issued with one',
      noOriginal: 'The masthead has no "Original:" line; expected the language the document was drafted in, e.g. "Original: English"',
      noSymbol: 'The masthead has no document symbol; a report is issued under one (e.g. "UNODC/CCPCJ/EG.4/2018/L.1" for a draft)',
      noDate: 'The masthead has no date; expected the date of issue in the form "3 April 2018"',
      dateForm: 'The masthead date "{{date}}" is not in the UN form (the day, the month in full and the year); expected "{{expected}}"',
      dateOrdinal: 'The masthead date "{{date}}" is not in the UN form (no ordinal suffix); expected "{{expected}}"',
      dateLeadingZero: 'The masthead date "{{date}}" is not in the UN form (no leading zero); expected "{{expected}}"',
      dateOf: 'The masthead date "{{date}}" is not in the UN form (no "of"); expected "{{expected}}"',
      dateMonthName: 'The masthead date "{{date}}" is not in the UN form (the month in full with a capital); expected "{{expected}}"',
      dateCommaBeforeYear: 'The masthead date "{{date}}" is not in the UN form (no comma before the year); expected "{{expected}}"',
      dateMonthFirst: 'The masthead date "{{date}}" is not in the UN form (the day comes before the month); expected "{{expected}}"',
      dateMonthInFigures: 'The masthead date "{{date}}" is not in the UN form (the month is written as a word); expected "{{expected}}"',
      dateIso: 'The masthead date "{{date}}" is not in the UN form (the day comes first and the month is written as a word); expected "{{expected}}"',
      dateNoSuchDay: 'The masthead date "{{date}}" is not a date: {{month}} {{year}} has no day {{day}}',
      dateMonthInFiguresAmbiguous: 'The masthead date "{{date}}" writes the month in figures; write it as a word ("{{dayFirst}}" or "{{monthFirst}}"?)',
      originalForm: '"{{written}}" is not the masthead form; expected "Original: {{expected}}"',
      noLanguage: '"Original:" gives no language; expected one of Arabic, Chinese, English, French, Russian or Spanish',
      notOfficialLanguage: '"{{value}}" is not one of the six official languages; "Original:" takes Arabic, Chinese, English, French, Russian or Spanish',
      languageSpelling: '"Original: {{value}}" is written "Original: {{expected}}"',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const m = model.masthead;
    const reach = Math.min(model.lines.length, Math.max(m.frontEndLine, (m.lastLine ?? -1) + 1));
    const cells: Cell[] = [];
    for (let i = 0; i < reach; i++) {
      if (model.lineKinds[i] === 'comment') continue;
      for (const c of cellsOf(model.lines[i])) cells.push(c);
    }

    // Distribution: the parser's field, or a cell that writes it another way.
    let distrCell: Cell | undefined;
    let distrValue: string | undefined;
    let distrValueRange: TextRange | undefined;
    if (m.distribution) {
      distrValue = m.distribution.value;
      distrValueRange = m.distribution.valueRange;
    } else {
      for (const c of cells) {
        const v = DISTR_VARIANT_RE.exec(c.text);
        if (v && !/^Distr\.:/.test(c.text)) {
          distrCell = c;
          distrValue = v[1];
          break;
        }
      }
    }
    // Original: the first cell that starts with it (outside square brackets, which mark an annex),
    // else the parser's field inside a line that holds other fields too.
    const originalCell = cells.find((c) => ORIGINAL_CELL_RE.test(c.text)) ?? (m.original ? { text: m.original.value === '' ? '' : ctx.text.slice(m.original.range.start, m.original.range.end), start: m.original.range.start, line: m.original.line } : undefined);
    if (distrValue === undefined && !originalCell) return; // no masthead (Official Records, informal texts)
    const oldLayout = oldLayoutFor(ctx.text, model.documentDate);

    const symbols = mastheadSymbols(model);
    const own = symbols.length === 0 ? findOwnSymbol(model) : undefined;
    const limitedSymbol = (symbols.length > 0 ? symbols : own ? [own.text] : []).find((s) => parseSymbol(s)?.limited);
    const anchorLine = m.distribution?.line ?? distrCell?.line ?? originalCell?.line ?? 0;

    // R1: the distribution line.
    if (distrValue === undefined) {
      const at = dateInsertionLine(model, cells, anchorLine);
      const fixes: Fix[] = limitedSymbol
        ? [{ title: 'Add "Distr.: Limited" to the masthead', edits: [{ range: { start: model.lines[at].start, end: model.lines[at].start }, newText: 'Distr.: Limited\n' }], safety: 'unsafe' }]
        : [];
      ctx.report({
        ...(limitedSymbol ? { messageId: 'noDistributionLimited', data: { symbol: limitedSymbol } } : { messageId: 'noDistribution' }),
        range: originalCell ? rangeOf(originalCell) : lineRange(model.lines[anchorLine]),
        fixes,
      });
    } else {
      const canonical = DISTRIBUTIONS.find((d) => d.toLowerCase() === distrValue?.toLowerCase());
      if (distrCell) {
        const want = `Distr.: ${canonical ?? distrValue}`;
        ctx.report({
          ...(canonical ? { messageId: 'distributionForm', data: { written: distrCell.text, expected: want } } : { messageId: 'notDistributionLine', data: { written: distrCell.text } }),
          range: rangeOf(distrCell),
          fixes: canonical ? [{ title: `Write "${want}"`, edits: [{ range: rangeOf(distrCell), newText: want }], safety: 'safe' }] : [],
        });
      } else if (m.distribution && distrValueRange) {
        const clean = valueStandsAlone(ctx.text, distrValueRange);
        if (!canonical) {
          ctx.report({
            messageId: 'notDistributionCategory',
            data: { value: m.distribution.value },
            range: distrValueRange,
          });
        } else if (canonical !== distrValue && clean && !(oldLayout && distrValue === canonical.toUpperCase())) {
          ctx.report({
            messageId: 'distributionSpelling',
            data: { value: distrValue, expected: canonical },
            range: distrValueRange,
            fixes: [{ title: `Write "${canonical}"`, edits: [{ range: distrValueRange, newText: canonical }], safety: 'safe' }],
          });
        }
      }
      // R2: `/L.` goes with limited distribution.
      const value = canonical ?? distrValue;
      if (limitedSymbol && (value === 'General' || value === 'Restricted') && distrValueRange) {
        ctx.report({
          messageId: 'limitedSymbol',
          data: { value, symbol: limitedSymbol },
          range: distrValueRange,
          // The symbol may be the wrong one: the distribution is the drafter's to change.
          fixes: valueStandsAlone(ctx.text, distrValueRange) ? [{ title: 'Change the distribution to "Limited"', edits: [{ range: distrValueRange, newText: 'Limited' }], safety: 'unsafe' }] : [],
        });
      } else if (value === 'Limited' && symbols.length > 0 && !limitedSymbol) {
        ctx.report({
          messageId: 'limitedWithoutL',
          data: { symbol: symbols[0] },
          range: distrValueRange ?? (distrCell ? rangeOf(distrCell) : lineRange(model.lines[anchorLine])),
          severity: 'info',
        });
      }
    }

    // R1, R3: the date, in the form `3 April 2018`.
    checkDate(ctx, cells, anchorLine);

    // R1, R4: the original language.
    const issuedIn = cells.some((c) => c.line <= anchorLine + 4 && ONLY_RE.test(c.text));
    if (!originalCell && !issuedIn) {
      ctx.report({
        messageId: 'noOriginal',
        range: lineRange(model.lines[anchorLine]),
      });
    } else if (originalCell) {
      checkOriginal(ctx, originalCell, oldLayout);
    }

    // R1: the symbol. When the text names the report's own symbol, document-symbol reports it.
    if (symbols.length === 0 && !own) {
      ctx.report({
        messageId: 'noSymbol',
        range: lineRange(model.lines[m.firstLine ?? anchorLine]),
        severity: 'info',
      });
    }
  },
};

function lineRange(line: Line): TextRange {
  return { start: line.start, end: line.end };
}

/** Symbol texts of the masthead, double symbols split. */
function mastheadSymbols(model: DraftModel): string[] {
  return model.masthead.symbols.flatMap((s) => splitDoubleSymbol(s.text).map(([, t]) => t));
}

/** True when the value ends its cell or its line: nothing glued after it (`Distr.:Distr.:LimitedGeneral` is not). */
function valueStandsAlone(text: string, r: TextRange): boolean {
  const next = text.charCodeAt(r.end);
  return Number.isNaN(next) || next === 9 || next === 10 || next === 13 || next === 32;
}

/** The line a missing distribution line goes before: the date's line, else the original's. */
function dateInsertionLine(model: DraftModel, cells: readonly Cell[], anchorLine: number): number {
  const d = model.masthead.date;
  const dateCell = d ? undefined : cells.find((c) => Math.abs(c.line - anchorLine) <= 3 && readDateCell(c.text) !== undefined);
  const dateLine = d ? d.line : dateCell ? dateCell.line : anchorLine;
  return Math.min(dateLine, anchorLine);
}

function checkDate(ctx: RuleContext, cells: readonly Cell[], anchorLine: number): void {
  const m = ctx.model.masthead;
  let cell: Cell | undefined;
  if (m.date) cell = { text: m.date.value, start: m.date.range.start, line: m.date.line };
  else cell = cells.find((c) => c.line >= anchorLine - 2 && c.line <= anchorLine + 3 && readDateCell(c.text) !== undefined);
  if (!cell) {
    ctx.report({
      messageId: 'noDate',
      range: lineRange(ctx.model.lines[anchorLine]),
    });
    return;
  }
  const read = readDateCell(cell.text);
  if (!read || read.ok) return;
  ctx.report({
    ...dateMessage(cell.text, read),
    range: rangeOf(cell),
    fixes: read.canonical ? [{ title: `Write "${read.canonical}"`, edits: [{ range: rangeOf(cell), newText: read.canonical }], safety: 'safe' }] : [],
  });
}

/** One change a day-first date needs, by its message id; several take the general `dateForm`. */
const DATE_CHANGE_IDS: Readonly<Record<DateChange, string>> = {
  ordinal: 'dateOrdinal', leadingZero: 'dateLeadingZero', of: 'dateOf', monthName: 'dateMonthName', comma: 'dateCommaBeforeYear',
};

/** The message id and data for a masthead date that is not in the UN form. */
function dateMessage(date: string, read: DateCell): Pick<Report, 'messageId' | 'data'> {
  const p = read.problem;
  const expected = read.canonical ?? '';
  switch (p?.kind) {
    case 'noSuchDay': return { messageId: 'dateNoSuchDay', data: { date, month: p.month, year: p.year, day: p.day } };
    case 'ambiguous': return { messageId: 'dateMonthInFiguresAmbiguous', data: { date, dayFirst: p.dayFirst, monthFirst: p.monthFirst } };
    case 'monthFirst': return { messageId: 'dateMonthFirst', data: { date, expected } };
    case 'monthInFigures': return { messageId: 'dateMonthInFigures', data: { date, expected } };
    case 'iso': return { messageId: 'dateIso', data: { date, expected } };
    default: {
      const changes = p?.kind === 'changes' ? p.changes : [];
      return { messageId: changes.length === 1 ? DATE_CHANGE_IDS[changes[0]] : 'dateForm', data: { date, expected } };
    }
  }
}

function checkOriginal(ctx: RuleContext, cell: Cell, oldLayout: boolean): void {
  const m = ORIGINAL_CELL_RE.exec(cell.text);
  if (!m) return;
  const value = m[1].trim();
  const label = cell.text.slice(0, cell.text.length - m[1].length).trim();
  const valueStart = cell.start + cell.text.length - m[1].length + (m[1].length - m[1].trimStart().length);
  const valueRange = { start: valueStart, end: valueStart + value.length };
  // `ORIGINAL: SPANISH` (New York) or `Original: SPANISH` (Geneva) is the masthead of its time.
  if (oldLayout && (label === 'ORIGINAL:' || label === 'Original:') && value === value.toUpperCase() && normalizeLanguages(value) !== undefined) return;
  if (label !== 'Original:') {
    const fixedValue = normalizeLanguages(value);
    ctx.report({
      messageId: 'originalForm',
      data: { written: cell.text, expected: fixedValue ?? 'English' },
      range: rangeOf(cell),
      fixes: fixedValue ? [{ title: `Write "Original: ${fixedValue}"`, edits: [{ range: rangeOf(cell), newText: `Original: ${fixedValue}` }], safety: 'safe' }] : [],
    });
    return;
  }
  if (value === '') {
    ctx.report({ messageId: 'noLanguage', range: rangeOf(cell) });
    return;
  }
  const fixed = normalizeLanguages(value);
  if (fixed === undefined) {
    ctx.report({
      messageId: 'notOfficialLanguage',
      data: { value },
      range: valueRange,
    });
  } else if (fixed !== value) {
    ctx.report({
      messageId: 'languageSpelling',
      data: { value, expected: fixed },
      range: valueRange,
      fixes: [{ title: `Write "${fixed}"`, edits: [{ range: valueRange, newText: fixed }], safety: 'safe' }],
    });
  }
}

/**
 * The language list in the UN form (`english` → `English`, `English/french` → `English/French`),
 * or undefined when a name is not an official language. `All languages` (a compilation, R4) is kept.
 */
function normalizeLanguages(value: string): string | undefined {
  if (/^all languages$/i.test(value)) return 'All languages';
  const parts = value.split(/(\s*\/\s*|\s*,\s*|\s+and\s+)/);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1) {
      out += parts[i];
      continue;
    }
    const lang = LANGUAGES.find((l) => l.toLowerCase() === parts[i].toLowerCase());
    if (!lang) return undefined;
    out += lang;
  }
  return out;
}
