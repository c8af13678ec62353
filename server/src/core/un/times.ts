// Times of day with a.m. and p.m. as UN documents write them (R30): `10 a.m.`, `3.30 p.m.`, `3–6 p.m.`,
// `10 a.m.–1 p.m.`, `9 a.m.–noon` — and a reader of the forms drafters write instead (`10am`, `10 AM`,
// `10:30 a.m.`, `10.00 a.m.`, `3-6 p.m.`), with the UN form of each. Only a figure of an hour (1–12) followed by
// a.m. or p.m., or the first figure of a range whose second one has it, is read as a time: `15:00`, `1500 hours`
// and `2.5 pm` are not. Pure functions; a reader moves forward over a few characters from where it starts.

/** `a.m.`, `PM`, `a. m.`: what follows the figure, with the space before it. */
export interface Meridiem {
  readonly start: number;
  readonly end: number;
  readonly pm: boolean;
  /** At least one full stop (`a.m.`, `a.m`, `am.`): never anything but a time after a figure. */
  readonly dotted: boolean;
  readonly upper: boolean;
  /** The space written between the figure and the letters: '', ' ' or a no-break space. */
  readonly space: string;
}

/** `10`, `3.30`, `10:30 a.m.`: an hour, its minutes and its a.m. or p.m. */
export interface ClockTime {
  readonly start: number;
  /** After the meridiem when there is one, else after the figures. */
  readonly end: number;
  readonly hour: number;
  readonly hourText: string;
  readonly minutes?: string;
  readonly minuteSep?: string;
  readonly meridiem?: Meridiem;
  /** `noon` or `midnight` ending a range (`9 a.m.–noon`). */
  readonly word?: string;
}

/** One time, or a range of two joined by a dash, `to` or `and`. */
export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  readonly times: readonly ClockTime[];
  readonly joiner?: string;
}

const NBSP = 0xa0;

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

/** What may follow `a.m` without its final stop and still be read as a time (`at 10 a.m, the…`). */
const AFTER_OPEN_MERIDIEM = new Set([' ', '\t', '\u00a0', ',', ';', ':', ')', ']', '–', '-', '"', '”', '’', "'", '*']);

/** `a.m.`, `am`, `AM`, `A.M.`, `a. m.`, `p.m` at `j` (a space first, or none), or undefined. */
export function readMeridiem(s: string, j: number): Meridiem | undefined {
  let k = j;
  let space = '';
  const first = s.charCodeAt(k);
  if (first === 32 || first === NBSP) {
    space = s[k];
    k++;
  }
  const letter = s[k];
  if (letter !== 'a' && letter !== 'p' && letter !== 'A' && letter !== 'P') return undefined;
  const upper = letter === 'A' || letter === 'P';
  k++;
  let dots = 0;
  if (s[k] === '.') {
    dots++;
    k++;
    if (s[k] === ' ' && s[k + 1] === (upper ? 'M' : 'm')) k++;
  }
  if (s[k] !== (upper ? 'M' : 'm')) return undefined;
  k++;
  let final = false;
  if (s[k] === '.') {
    dots++;
    final = true;
    k++;
  }
  const next = s[k];
  if (isLetterOrDigit(next)) return undefined;
  // `p.m` without its final stop is read only where nothing could continue it.
  if (dots === 1 && !final && next !== undefined && next !== '\n' && next !== '\r' && !AFTER_OPEN_MERIDIEM.has(next)) return undefined;
  return { start: j, end: k, pm: letter === 'p' || letter === 'P', dotted: dots > 0, upper, space };
}

/**
 * The time whose figure starts at `i`, or undefined: an hour of one or two figures (1–12), its minutes after
 * `.` or `:` (00–59), then a.m. or p.m. if written. A figure that goes on (`2.5`, `1,000`, `10.12.2024`, `10:30:15`)
 * is no time.
 */
export function readClock(s: string, i: number): ClockTime | undefined {
  let j = i;
  while (j < s.length && j - i < 3 && isDigitCode(s.charCodeAt(j))) j++;
  if (j === i || j - i > 2) return undefined;
  const hourText = s.slice(i, j);
  const hour = Number(hourText);
  if (hour < 1 || hour > 12) return undefined;
  let minutes: string | undefined;
  let minuteSep: string | undefined;
  const sep = s[j];
  if ((sep === '.' || sep === ':' || sep === ',') && isDigitCode(s.charCodeAt(j + 1))) {
    if (sep === ',' || !isDigitCode(s.charCodeAt(j + 2)) || isDigitCode(s.charCodeAt(j + 3))) return undefined;
    minutes = s.slice(j + 1, j + 3);
    if (Number(minutes) > 59) return undefined;
    minuteSep = sep;
    j += 3;
    if ((s[j] === '.' || s[j] === ':') && isDigitCode(s.charCodeAt(j + 1))) return undefined;
  }
  const meridiem = readMeridiem(s, j);
  return { start: i, end: meridiem ? meridiem.end : j, hour, hourText, minutes, minuteSep, meridiem };
}

/** `noon` or `midnight` at `k`, ending a range. */
function readWordTime(s: string, k: number): ClockTime | undefined {
  for (const word of ['noon', 'midnight']) {
    if (s.startsWith(word, k) && !isLetterOrDigit(s[k + word.length])) return { start: k, end: k + word.length, hour: 12, hourText: '', word };
  }
  return undefined;
}

/** The joiner of a range after the first time: a dash, spaced or not, or ` to ` / ` and ` before a figure. */
function readJoiner(s: string, k: number, firstHasMeridiem: boolean): string | undefined {
  const c = s[k];
  if (c === '-' || c === '–') return c;
  if (c === ' ' && (s[k + 1] === '-' || s[k + 1] === '–') && s[k + 2] === ' ') return s.slice(k, k + 3);
  // `from 3 to 6 p.m.`: a bare figure is a time only as the first of a range; `10 a.m. to 1 p.m.` is two times.
  if (!firstHasMeridiem) for (const w of [' to ', ' and ']) if (s.startsWith(w, k)) return w;
  return undefined;
}

/**
 * The time or range of times whose first figure is at `i`, or undefined when none is there: a range's first
 * figure needs no a.m. or p.m. (`3–6 p.m.`), its second one does (or is `noon` or `midnight` after a time that has one).
 */
export function readTimeExpression(s: string, i: number): TimeExpression | undefined {
  const first = readClock(s, i);
  if (!first) return undefined;
  const joiner = readJoiner(s, first.end, first.meridiem !== undefined);
  if (joiner !== undefined) {
    const at = first.end + joiner.length;
    const dash = joiner.trim() !== 'to' && joiner.trim() !== 'and';
    const second = isDigitCode(s.charCodeAt(at)) ? readClock(s, at) : dash && first.meridiem ? readWordTime(s, at) : undefined;
    if (second && (second.meridiem || second.word)) return { start: i, end: second.end, times: [first, second], joiner };
  }
  return first.meridiem ? { start: i, end: first.end, times: [first] } : undefined;
}

/** The kinds of departure from the UN form an expression shows, in the order the messages name them. */
export type TimeDefect = 'meridiem' | 'colon' | 'zeroMinutes' | 'leadingZero' | 'hyphenRange' | 'fromWithDash';

export const DEFECT_ORDER: readonly TimeDefect[] = ['meridiem', 'colon', 'zeroMinutes', 'leadingZero', 'hyphenRange', 'fromWithDash'];

/** Whether a range's joiner is a dash (`–`, `-`, ` – `), not `to` or `and`. */
export function isDashJoiner(joiner: string | undefined): boolean {
  return joiner !== undefined && (joiner.includes('-') || joiner.includes('–'));
}

/**
 * The UN form of each time of an expression and of its joiner, and what differs from it. `capitals`: the line
 * is set in capitals (old mastheads, titles), whose `AM` or `A.M.` follows the line's typography: left as written.
 */
export function unTimeForm(s: string, e: TimeExpression, capitals: boolean): { parts: string[]; joiner: string; defects: Set<TimeDefect> } {
  const defects = new Set<TimeDefect>();
  // `3.00–4.30 p.m.`: a full hour beside one with minutes keeps them, so that the two read alike.
  const minutesBeside = e.times.some((t) => t.minutes !== undefined && t.minutes !== '00');
  const parts = e.times.map((t) => {
    if (t.word) return t.word;
    let out = String(t.hour);
    if (t.hourText.length === 2 && t.hourText[0] === '0') defects.add('leadingZero');
    if (t.minutes !== undefined) {
      if (t.minutes === '00' && !minutesBeside) defects.add('zeroMinutes');
      else {
        out += `.${t.minutes}`;
        if (t.minuteSep === ':') defects.add('colon');
      }
    }
    const m = t.meridiem;
    if (m && capitals && m.upper) out += s.slice(m.start, m.end);
    else if (m) {
      const want = `${m.space === '\u00a0' ? m.space : ' '}${m.pm ? 'p.m.' : 'a.m.'}`;
      if (s.slice(m.start, m.end) !== want) defects.add('meridiem');
      out += want;
    }
    return out;
  });
  let joiner = e.joiner ?? '';
  if (joiner.includes('-')) {
    defects.add('hyphenRange');
    joiner = '–';
  }
  return { parts, joiner, defects };
}
