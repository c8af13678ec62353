// A grammar of UN document symbols (R5–R13 of the reference notes) for the document-symbol and
// masthead rules and the language server's hover: `parseSymbol` splits a symbol into components
// and says what each one means; `symbolProblems` finds the near misses a drafter types
// (`…/L/1`, `…/INF.1`, `…/ADD.1`, `…/Add1`, `CN15/`, a two-digit year in an ECOSOC series).
// Pure functions, no I/O; every function is linear in the length of its input.

export type SymbolComponentKind =
  /** `A`, `E`, `UNODC`: the organ or series the document belongs to. */
  | 'organ'
  /** `CN.15`, `C.2`, `AC.182`, `EG.4`, `CCPCJ`, `HRC`: a subsidiary body. */
  | 'body'
  /** `79` in `A/79/437`: the session of the organ. */
  | 'session'
  /** `2018` in `E/CN.15/2018/12`: the year. */
  | 'year'
  /** `L.1`, `CRP.1`, `WP.2`, `PV.3`, `SR.4`, `R.1`: the nature of the document, with its number. */
  | 'special'
  /** `INF/`, `RES/`, `NGO/`, `PET/`, `PRST/`, `DEC/`: a series of documents. */
  | 'series'
  /** `12` in `E/CN.15/2018/12`: the document's number. */
  | 'serial'
  /** `Add.1`, `Corr.1`, `Rev.1`, `Amend.1`, `Summary`: a change to the text. */
  | 'change'
  /** Anything the grammar does not know (`ALB` in a UPR symbol, `OzL.Pro.28`). */
  | 'other';

export interface SymbolComponent {
  readonly text: string;
  readonly kind: SymbolComponentKind;
  /** Offsets of the component inside the symbol text. */
  readonly start: number;
  readonly end: number;
  /** What the component means, in plain language. */
  readonly explanation: string;
}

export interface ParsedSymbol {
  readonly text: string;
  readonly components: readonly SymbolComponent[];
  readonly organ: string;
  /** A four-digit year component, when there is one. */
  readonly year?: number;
  /** A session-number component (GA, Human Rights Council, functional commissions' resolutions). */
  readonly session?: number;
  /** Has an `L.` component: limited distribution, generally a draft. */
  readonly limited: boolean;
  /** The components before the year or session: `UNODC/CCPCJ/EG.4` of `UNODC/CCPCJ/EG.4/2018/L.1`. */
  readonly seriesPrefix: string;
  /** One line: what the document is. */
  readonly summary: string;
}

const ORGANS: Readonly<Record<string, string>> = {
  A: 'General Assembly',
  S: 'Security Council',
  E: 'Economic and Social Council',
  T: 'Trusteeship Council',
  ST: 'Secretariat',
  UNODC: 'United Nations Office on Drugs and Crime',
  UNEP: 'United Nations Environment Programme',
  TD: 'United Nations Conference on Trade and Development',
  DP: 'Executive Board of UNDP, UNFPA and UNOPS',
  UNW: 'Executive Board of UN-Women',
  CRC: 'Committee on the Rights of the Child',
  CEDAW: 'Committee on the Elimination of Discrimination against Women',
  CERD: 'Committee on the Elimination of Racial Discrimination',
  CCPR: 'Human Rights Committee',
  CAT: 'Committee against Torture',
  FCCC: 'United Nations Framework Convention on Climate Change',
  ICCD: 'United Nations Convention to Combat Desertification',
  TPNW: 'Treaty on the Prohibition of Nuclear Weapons',
  JIU: 'Joint Inspection Unit',
  CTOC: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  CAC: 'Conference of the States Parties to the United Nations Convention against Corruption',
};

const COMMISSIONS: Readonly<Record<number, string>> = {
  3: 'Statistical Commission',
  4: 'Commission on Human Rights (until 2006)',
  5: 'Commission for Social Development',
  6: 'Commission on the Status of Women',
  7: 'Commission on Narcotic Drugs',
  9: 'Commission on Population and Development',
  15: 'Commission on Crime Prevention and Criminal Justice',
  16: 'Commission on Science and Technology for Development',
};

const MAIN_COMMITTEES = ['', 'First Committee', 'Second Committee', 'Third Committee', 'Fourth Committee', 'Fifth Committee', 'Sixth Committee'];

/** Body prefixes that take a number after a dot (R6). */
const NUMBERED_BODIES: Readonly<Record<string, string>> = {
  CN: 'functional commission',
  C: 'committee',
  AC: 'ad hoc or other committee',
  CONF: 'conference',
  GC: 'governing council',
  PC: 'preparatory committee',
  SC: 'sub-committee',
  Sub: 'sub-commission',
  WG: 'working group',
  EG: 'expert group',
};

const NAMED_BODIES: Readonly<Record<string, string>> = {
  HRC: 'Human Rights Council',
  CCPCJ: 'Commission on Crime Prevention and Criminal Justice',
  CND: 'Commission on Narcotic Drugs',
  INCB: 'International Narcotics Control Board',
  ICEF: 'Executive Board of UNICEF',
  MSP: 'Meeting of States Parties',
  CP: 'Conference of the Parties',
  CMA: 'Conference of the Parties serving as the meeting of the Parties to the Paris Agreement',
  CMP: 'Conference of the Parties serving as the meeting of the Parties to the Kyoto Protocol',
  SBSTA: 'Subsidiary Body for Scientific and Technological Advice',
  SBI: 'Subsidiary Body for Implementation',
};

/** Dot-type special components (R7). */
export const DOT_SPECIALS: Readonly<Record<string, string>> = {
  L: 'limited distribution (generally a draft)',
  CRP: 'conference room paper',
  WP: 'working paper',
  PV: 'verbatim record of a meeting',
  SR: 'summary record of a meeting',
  R: 'restricted distribution',
};

/** Slash-type special components (R7). */
export const SLASH_SPECIALS: Readonly<Record<string, string>> = {
  INF: 'information series (for example a list of participants)',
  NGO: 'statement by a non-governmental organization',
  PET: 'petition',
  PRST: 'presidential statement of the Security Council',
  RES: 'resolution',
  DEC: 'decision',
};

/** Final components recording changes to the text (R8). */
export const CHANGES: Readonly<Record<string, string>> = {
  Add: 'addendum',
  Amend: 'amendment',
  Corr: 'corrigendum (a correction)',
  Rev: 'revision (replaces the earlier text)',
};

const ORGAN_RE = /^[A-Z]{1,10}$/;
const DOT_COMP_RE = /^([A-Z][A-Za-z]{0,9})\.(\d{1,5})$/;
const CHANGE_RE = /^(Add|Amend|Corr|Rev)\.(\d{1,3})$/;
const NUM_RE = /^\d{1,5}$/;

function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * Parses a UN document symbol such as `E/CN.15/2011/19`, `UNODC/CCPCJ/EG.4/2018/INF/1`,
 * `A/C.2/79/L.21/Rev.1` or `S/RES/1440 (2002)`. Returns undefined for text that is not a symbol
 * (no slash, no upper-case organ, no digit). Components the grammar does not know are kept as
 * `other`, so any real symbol parses. Of a double symbol (`E/2025/28-E/CN.7/2025/11`) the first
 * is parsed; `splitDoubleSymbol` gives both.
 */
export function parseSymbol(text: string): ParsedSymbol | undefined {
  let core = text.trim();
  if (core.length <= 240 && core.indexOf('-') !== -1) core = splitDoubleSymbol(core)[0][1];
  let parenYear: number | undefined;
  const paren = /^(.*\S) \((\d{4})\)$/.exec(core);
  if (paren) {
    core = paren[1];
    parenYear = Number(paren[2]);
  }
  if (core.length > 120 || core.indexOf('/') === -1 || !/\d/.test(core)) return undefined;
  const parts = core.split('/');
  if (!ORGAN_RE.test(parts[0]) || parts.some((p) => p === '')) return undefined;
  const comps: SymbolComponent[] = [];
  const organ = parts[0];
  const organName = ORGANS[organ];
  let pos = 0;
  let year: number | undefined = parenYear;
  let session: number | undefined;
  let limited = false;
  let seriesEnd = -1;
  let kindWord = '';
  let seriesWord = '';
  const bodies: string[] = [];
  const changes: string[] = [];
  const push = (i: number, kind: SymbolComponentKind, explanation: string): void => {
    comps.push({ text: parts[i], kind, start: pos, end: pos + parts[i].length, explanation });
  };
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i];
    if (i > 0) pos += 1;
    let m: RegExpExecArray | null;
    const rest = parts.length - i - 1;
    if (i === 0) {
      push(i, 'organ', organName ?? `series symbol of the issuing organ or body (${c})`);
    } else if ((m = CHANGE_RE.exec(c))) {
      push(i, 'change', `${CHANGES[m[1]]}, No. ${m[2]}`);
      changes.push(`${CHANGES[m[1]].replace(/ \(.*\)$/, '')} ${m[2]}`);
    } else if (c === 'Summary') {
      push(i, 'change', 'summarized version');
      changes.push('summary');
    } else if ((m = DOT_COMP_RE.exec(c)) && DOT_SPECIALS[m[1]] && (rest === 0 || !NUM_RE.test(parts[i + 1]))) {
      push(i, 'special', `${DOT_SPECIALS[m[1]]}, No. ${m[2]}`);
      if (m[1] === 'L') limited = true;
      kindWord = kindWord || DOT_SPECIALS[m[1]].replace(/ \(.*\)$/, '');
      if (seriesEnd === -1) seriesEnd = i;
    } else if (SLASH_SPECIALS[c] && rest > 0) {
      push(i, 'series', SLASH_SPECIALS[c]);
      seriesWord = seriesWord || SLASH_SPECIALS[c].replace(/ \(.*\)$/, '');
      if (seriesEnd === -1 && i > 1) seriesEnd = i;
    } else if (/^\d{4}$/.test(c) && Number(c) >= 1946 && Number(c) <= 2199 && rest > 0 && year === undefined) {
      push(i, 'year', `year ${c}`);
      year = Number(c);
      if (seriesEnd === -1) seriesEnd = i;
    } else if ((m = /^(S|ES)-(\d{1,3})$/.exec(c))) {
      push(i, 'session', `${m[1] === 'S' ? 'special' : 'emergency special'} session ${m[2]}`);
      if (seriesEnd === -1) seriesEnd = i;
    } else if (NUM_RE.test(c)) {
      const n = Number(c);
      const nextIsNumberOrSpecial = rest > 0 && (NUM_RE.test(parts[i + 1]) || isSpecialComp(parts[i + 1]) || SLASH_SPECIALS[parts[i + 1]] !== undefined);
      if (session === undefined && year === undefined && n < 200 && nextIsNumberOrSpecial) {
        session = n;
        push(i, 'session', `${ordinal(n)} session`);
        if (seriesEnd === -1) seriesEnd = i;
      } else {
        push(i, 'serial', seriesWord ? `${seriesWord} No. ${c}` : `document No. ${c}`);
        if (seriesEnd === -1) seriesEnd = i;
      }
    } else if ((m = /^([A-Z][A-Za-z]{0,9})(?:\.(\d{1,4}))?$/.exec(c))) {
      const name = bodyName(m[1], m[2] !== undefined ? Number(m[2]) : undefined, organ);
      if (name) bodies.push(name);
      push(i, 'body', name ?? `subsidiary body or series (${c})`);
    } else {
      push(i, 'other', `component not in the symbol grammar (${c})`);
    }
    pos += c.length;
  }
  const seriesPrefix = parts.slice(0, seriesEnd === -1 ? parts.length : seriesEnd).join('/');
  const what = capitalize(kindWord || seriesWord || 'document') + (changes.length > 0 ? ` (${changes.join(', ')})` : '');
  const when = year !== undefined ? `year ${year}` : session !== undefined ? `${ordinal(session)} session` : '';
  const from = [organName ?? organ, ...bodies, when].filter((x) => x !== '').join(', ');
  return {
    text: core, components: comps, organ, ...(year !== undefined ? { year } : {}), ...(session !== undefined ? { session } : {}),
    limited, seriesPrefix, summary: `${what}: ${from}`,
  };
}

function isSpecialComp(c: string): boolean {
  const m = DOT_COMP_RE.exec(c);
  return !!m && DOT_SPECIALS[m[1]] !== undefined;
}

function bodyName(prefix: string, num: number | undefined, organ: string): string | undefined {
  if (prefix === 'CN' && num !== undefined && organ === 'E') return COMMISSIONS[num] ?? `functional commission ${num}`;
  if (prefix === 'C' && num !== undefined && organ === 'A' && MAIN_COMMITTEES[num]) return MAIN_COMMITTEES[num];
  const numbered = NUMBERED_BODIES[prefix];
  if (numbered) return num !== undefined ? `${numbered} ${num}` : numbered;
  return NAMED_BODIES[prefix];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A malformed component of a symbol, with the text that should replace it when that is certain. */
export interface SymbolProblem {
  /** Offsets inside the symbol text. */
  readonly start: number;
  readonly end: number;
  readonly found: string;
  readonly expected?: string;
  /** What is wrong, for messages: see `SymbolProblemKind`. */
  readonly kind: SymbolProblemKind;
  /** The special component (`L`, `INF`) or the change's word (`Add`), for `dotNumber`, `slashNumber` and `change`. */
  readonly component?: string;
  /** What a special component means (`limited distribution`), for `dotNumber` and `slashNumber`. */
  readonly meaning?: string;
  /** The series before a two-digit year (`E/C.12`), for `seriesYear`. */
  readonly series?: string;
  /** The expected text is inferred from other symbols (a year's century), not read from this one. */
  readonly guessed?: boolean;
}

/**
 * `dotNumber`: a special component takes its number after a dot (`L/1`); `slashNumber`: one is followed
 * by a slash (`INF.1`); `change`: a change is written `Add.1`; `bodyNumber`: a subsidiary body is its
 * prefix, a dot and its number (`CN15`); a year of two digits in an ECOSOC, a Security Council or another series.
 */
export type SymbolProblemKind = 'dotNumber' | 'slashNumber' | 'change' | 'bodyNumber' | 'ecosocYear' | 'securityCouncilYear' | 'seriesYear';

const CHANGE_CASE_RE = /^(add|amend|corr|rev)\.?(\d{1,3})$/i;
const BODY_NO_DOT_RE = /^(CN|AC|CONF|WG|EG)(\d{1,3})$/;
const SLASH_AS_DOT_RE = /^(INF|RES|NGO|PET|PRST)\.(\d{1,5})$/;
/**
 * Series whose information documents take their number after a dot, as their secretariats issue them:
 * UNFCCC (`FCCC/CP/2030/INF.1`), UNCTAD (`TD/B/INF.250`) and UNCCD (`ICCD/COP(16)/INF.1`).
 */
const DOT_INF_SERIES: ReadonlySet<string> = new Set(['FCCC', 'TD', 'ICCD']);

/**
 * The malformed components of a slash-separated symbol (R6–R9): `L/1`, `CRP/1`, `PV/3`, `SR/4`
 * (and `WP/2` after a year or session) written with a slash; `INF.1`, `RES.44` with a dot; `ADD.1`,
 * `add.1`, `Add1` for `Add.1`; `CN15` for `CN.15`; a two-digit year in an ECOSOC or Security
 * Council series (`E/CN.15/11/19`), or in a series whose other symbols in the document have four
 * (`seriesYears` gives the four-digit years seen for a series prefix such as `UNODC/CCPCJ/EG.4`;
 * the one ending in the same two digits becomes the replacement; a number that ends none of them is
 * a session number).
 */
export function symbolProblems(symbol: string, seriesYears?: (prefix: string) => readonly number[] | undefined): SymbolProblem[] {
  const out: SymbolProblem[] = [];
  const parts = symbol.split('/');
  if (parts.length < 2 || !ORGAN_RE.test(parts[0])) return out;
  const starts: number[] = [];
  let p = 0;
  for (const c of parts) {
    starts.push(p);
    p += c.length + 1;
  }
  let sawYearOrSession = false;
  for (let i = 1; i < parts.length; i++) {
    const c = parts[i];
    const next = parts[i + 1];
    let m: RegExpExecArray | null;
    if ((c === 'L' || c === 'CRP' || c === 'PV' || c === 'SR' || (c === 'WP' && sawYearOrSession)) && next !== undefined && NUM_RE.test(next)) {
      out.push({
        start: starts[i], end: starts[i + 1] + next.length, found: `${c}/${next}`, expected: `${c}.${next}`,
        kind: 'dotNumber', component: c, meaning: DOT_SPECIALS[c].replace(/ \(.*\)$/, ''),
      });
      i++;
      continue;
    }
    if ((m = SLASH_AS_DOT_RE.exec(c)) && !(m[1] === 'INF' && DOT_INF_SERIES.has(parts[0]))) {
      out.push({
        start: starts[i], end: starts[i] + c.length, found: c, expected: `${m[1]}/${m[2]}`,
        kind: 'slashNumber', component: m[1], meaning: SLASH_SPECIALS[m[1]].replace(/ \(.*\)$/, ''),
      });
      continue;
    }
    if (i >= 2 && (m = CHANGE_CASE_RE.exec(c)) && !CHANGE_RE.test(c)) {
      const word = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
      out.push({
        start: starts[i], end: starts[i] + c.length, found: c, expected: `${word}.${m[2]}`,
        kind: 'change', component: word,
      });
      continue;
    }
    if (i === 1 || i === 2) {
      if ((m = BODY_NO_DOT_RE.exec(c)) || (parts[0] === 'A' && i === 1 && (m = /^(C)([1-6])$/.exec(c)))) {
        out.push({
          start: starts[i], end: starts[i] + c.length, found: c, expected: `${m[1]}.${m[2]}`,
          kind: 'bodyNumber',
        });
        continue;
      }
    }
    if (/^\d{4}$/.test(c) || /^(S|ES)-\d{1,3}$/.test(c)) sawYearOrSession = true;
    if (/^\d{2}$/.test(c) && !sawYearOrSession && next !== undefined && (NUM_RE.test(next) || isSpecialComp(next) || SLASH_SPECIALS[next] !== undefined)) {
      sawYearOrSession = true;
      // ECOSOC (since 1978) and the Security Council (since 1994) number by year; their
      // subsidiary series write all four digits. A session number belongs to the GA and others.
      const prefix = parts.slice(0, i).join('/');
      // Only where that is certain: `E/25/…`, `E/CN.15/11/…` (functional commissions) and `S/25/…`.
      // Regional commissions number by session (`E/ESCAP/80/1` is right).
      const yearSeries = (parts[0] === 'E' && (i === 1 || (i === 2 && /^CN\.\d{1,2}$/.test(parts[1])))) || (parts[0] === 'S' && i === 1);
      const years = seriesYears ? seriesYears(prefix) : undefined;
      const matching = years ? years.filter((y) => y % 100 === Number(c)) : [];
      const full = matching.length === 1 ? matching[0] : undefined;
      // Elsewhere a two-digit component is a year only when it ends a year the document writes for
      // the series: treaty bodies number some documents by session (`E/C.12/75/1` beside `E/C.12/2024/3`).
      if (yearSeries || full !== undefined) {
        out.push({
          start: starts[i], end: starts[i] + c.length, found: c, ...(full !== undefined ? { expected: String(full), guessed: true } : {}),
          ...(yearSeries ? { kind: parts[0] === 'E' ? 'ecosocYear' : 'securityCouncilYear' } : { kind: 'seriesYear', series: prefix }),
        });
      }
    }
  }
  return out;
}

/**
 * Splits a double symbol such as `E/CN.7/2025/2-E/CN.15/2025/2` or `E/2025/28-E/CN.7/2025/11`
 * at the hyphens that start another symbol; returns [offset, text] pairs.
 */
export function splitDoubleSymbol(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== 45 /* - */) continue;
    // `-E/…`: an upper-case organ and a slash right after the hyphen.
    let j = i + 1;
    while (j < text.length && j - i <= 10 && text.charCodeAt(j) >= 65 && text.charCodeAt(j) <= 90) j++;
    if (j > i + 1 && text.charCodeAt(j) === 47) {
      out.push([start, text.slice(start, i)]);
      start = i + 1;
    }
  }
  out.push([start, text.slice(start)]);
  return out;
}
