// Word's automatic numbers as Word draws them: numbering.xml's abstract definitions (w:abstractNum) and
// instances (w:num) with their overrides, numbering that comes from a paragraph style, and the counters,
// kept per abstract definition so that every instance of one definition continues the same count.

import { toRoman } from '../core/parse/numerals';
import type { Styles } from './styles';
import { child, childVal, children, isOn, parseTree, type XmlElement } from './xml';

export interface LevelDef {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly isLgl: boolean;
  /** w:lvlRestart: undefined = restart after the level above; 0 = never; n = after a level of 1-based index ≤ n. */
  readonly restart?: number;
  readonly suffix: '\t' | ' ' | '';
  /** The paragraph style tied to this level (w:pStyle), if any. */
  readonly style?: string;
}

interface NumDef {
  readonly abstractId: string;
  /** Levels replaced whole by a w:lvlOverride/w:lvl. */
  readonly levels: ReadonlyMap<number, LevelDef>;
  readonly startOverrides: ReadonlyMap<number, number>;
}

export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, readonly (LevelDef | undefined)[]>;
  readonly nums: ReadonlyMap<string, NumDef>;
}

/** The number a paragraph shows. */
export interface ListLabel {
  /** As drawn, e.g. `1.`, `(a)`, `IV.`, `1.2` (empty for format none). */
  readonly text: string;
  /** What follows it: a tab, a space or nothing (w:suff). */
  readonly suffix: '\t' | ' ' | '';
  readonly numId: string;
  readonly level: number;
  readonly abstractId: string;
  readonly format: string;
  /** The counter's value at this paragraph. */
  readonly value: number;
}

/** The numbering properties a paragraph has of its own (w:pPr/w:numPr) and its style. */
export interface ParagraphNumbering {
  readonly styleId?: string;
  readonly numId?: string;
  readonly ilvl?: number;
}

export function readNumbering(xml: string | undefined, styles: Styles, part = 'word/numbering.xml'): NumberingDefinitions {
  const abstracts = new Map<string, (LevelDef | undefined)[]>();
  const nums = new Map<string, NumDef>();
  if (xml === undefined) return { abstracts, nums };
  const root = parseTree(xml, part);
  const links = new Map<string, string>();
  for (const a of children(root, 'w:abstractNum')) {
    const id = a.attrs.get('w:abstractNumId');
    if (id === undefined) continue;
    const levels: (LevelDef | undefined)[] = [];
    for (const lvl of children(a, 'w:lvl')) {
      const i = Number(lvl.attrs.get('w:ilvl'));
      if (Number.isInteger(i) && i >= 0 && i < 9) levels[i] = readLevel(lvl);
    }
    abstracts.set(id, levels);
    const link = childVal(a, 'w:numStyleLink');
    if (link !== undefined) links.set(id, link);
  }
  for (const n of children(root, 'w:num')) {
    const id = n.attrs.get('w:numId');
    const abstractId = childVal(n, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const levels = new Map<number, LevelDef>();
    const startOverrides = new Map<number, number>();
    for (const o of children(n, 'w:lvlOverride')) {
      const i = Number(o.attrs.get('w:ilvl'));
      if (!Number.isInteger(i) || i < 0 || i >= 9) continue;
      const start = childVal(o, 'w:startOverride');
      if (start !== undefined && Number.isFinite(Number(start))) startOverrides.set(i, Number(start));
      const lvl = child(o, 'w:lvl');
      if (lvl) levels.set(i, readLevel(lvl));
    }
    nums.set(id, { abstractId, levels, startOverrides });
  }
  // An abstract definition that only links to a numbering style takes the definition that style's list uses.
  for (const [id, styleId] of links) {
    const numId = styles.numIdOfNumberingStyle(styleId);
    const target = numId === undefined ? undefined : nums.get(numId)?.abstractId;
    if (target === undefined || target === id || links.has(target)) continue;
    for (const [numKey, num] of nums) if (num.abstractId === id) nums.set(numKey, { ...num, abstractId: target });
  }
  return { abstracts, nums };
}

function readLevel(lvl: XmlElement): LevelDef {
  const start = Number(childVal(lvl, 'w:start') ?? '0');
  const restartVal = childVal(lvl, 'w:lvlRestart');
  const suff = childVal(lvl, 'w:suff');
  const style = childVal(lvl, 'w:pStyle');
  return {
    start: Number.isFinite(start) ? start : 0,
    format: childVal(lvl, 'w:numFmt') ?? 'decimal',
    text: childVal(lvl, 'w:lvlText') ?? '',
    isLgl: isOn(child(lvl, 'w:isLgl')),
    ...(restartVal !== undefined && Number.isFinite(Number(restartVal)) ? { restart: Number(restartVal) } : {}),
    suffix: suff === 'space' ? ' ' : suff === 'nothing' ? '' : '\t',
    ...(style !== undefined ? { style } : {}),
  };
}

/**
 * Counts paragraphs in document order and gives each numbered one its label. One counter per abstract
 * definition (shared by all its instances); an instance's w:startOverride sets the level's counter the
 * first time that instance is used at that level.
 */
export class NumberingCounter {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly overridden = new Set<string>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styles: Styles,
  ) {}

  /** The label of the next paragraph with these properties, or undefined when it has no number. */
  next(p: ParagraphNumbering): ListLabel | undefined {
    const styleId = p.styleId ?? this.styles.defaultParagraphStyle;
    const fromStyle = styleId === undefined ? undefined : this.styles.numberingOf(styleId);
    const numId = p.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const num = this.defs.nums.get(numId);
    const abstract = num && this.defs.abstracts.get(num.abstractId);
    if (!num || !abstract) return undefined;
    const level = p.ilvl ?? (p.numId === undefined ? fromStyle?.ilvl ?? levelOfStyle(abstract, styleId) : undefined) ?? 0;
    const def = levelDef(num, abstract, level);
    if (!def) return undefined;
    const counts = this.countsOf(num.abstractId);
    // Levels above that never counted take their start value, so their next paragraph counts on from it:
    // a list opening at (i) and going on at level (a) shows (b) there, as Word draws it.
    for (let above = 0; above < level; above++) if (counts[above] === undefined) counts[above] = levelDef(num, abstract, above)?.start ?? 0;
    const overrideKey = `${numId}/${level}`;
    const override = num.startOverrides.get(level);
    if (override !== undefined && !this.overridden.has(overrideKey)) {
      this.overridden.add(overrideKey);
      counts[level] = override;
    } else {
      counts[level] = (counts[level] ?? def.start - 1) + 1;
    }
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const d = levelDef(num, abstract, deeper);
      const restart = d?.restart ?? deeper;
      if (restart !== 0 && level < restart) counts[deeper] = undefined;
    }
    const text = def.format === 'bullet' ? def.text : expandLevelText(def, level, (k) => {
      const kd = levelDef(num, abstract, k);
      return { value: counts[k] ?? kd?.start ?? 0, format: def.isLgl ? 'decimal' : kd?.format ?? 'decimal' };
    });
    return { text, suffix: def.suffix, numId, level, abstractId: num.abstractId, format: def.format, value: counts[level]! };
  }

  private countsOf(abstractId: string): (number | undefined)[] {
    let c = this.counts.get(abstractId);
    if (!c) this.counts.set(abstractId, (c = []));
    return c;
  }
}

function levelDef(num: NumDef, abstract: readonly (LevelDef | undefined)[], level: number): LevelDef | undefined {
  return num.levels.get(level) ?? abstract[level];
}

/** A paragraph numbered through its style sits at the level tied to that style (w:lvl/w:pStyle), else 0. */
function levelOfStyle(abstract: readonly (LevelDef | undefined)[], styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  const i = abstract.findIndex((l) => l?.style === styleId);
  return i >= 0 ? i : undefined;
}

/** `%1.%2.` with each `%k` replaced by level k-1's value in its format; `%%`-free text kept as it is. */
export function expandLevelText(def: LevelDef, level: number, valueOf: (k: number) => { value: number; format: string }): string {
  let out = '';
  const t = def.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    const d = t.charCodeAt(i + 1) - 48;
    if (c === '%' && d >= 1 && d <= 9) {
      const k = d - 1;
      // A placeholder for a level below this one shows nothing, as in Word.
      if (k <= level) {
        const { value, format } = valueOf(k);
        out += formatNumber(value, format);
      }
      i++;
    } else out += c;
  }
  return out;
}

/** A counter's value in a w:numFmt format (unknown formats in decimal, as a reader would still read them). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    default:
      return String(n);
  }
}

/** Word's letters: a…z, then aa…zz (the letter repeated), then aaa… */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Word draws 0, negative numbers and 4000 and above in decimal under a roman format. */
function roman(n: number): string {
  return n <= 0 || n >= 4000 ? String(n) : toRoman(n);
}

function ordinalSuffix(n: number): string {
  const h = n % 100;
  if (h >= 11 && h <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
