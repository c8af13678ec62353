// Who issued a cited resolution (R14–R16): the body named before the number (`General Assembly
// resolution 65/230`), after it (`resolution 65/230 of the General Assembly`), or through "its"
// (`In its resolution 65/230, the General Assembly …`, `… the General Assembly in its resolution
// 70/174`). Used by resolution-citation (is a body named?) and by document-symbol (which symbol
// does a placeholder link `[65/230](#)` stand for?). Inputs are bounded slices of one line.

/** Principal organs whose resolutions have a symbol we can build: `A/RES/65/230`, `E/RES/2010/18`. */
export type PrincipalOrgan = 'General Assembly' | 'Economic and Social Council' | 'Security Council' | 'Human Rights Council';

/**
 * Names that identify an issuing body in running text: the organs written in full, and the
 * capitalized short forms a report uses once the body is named (`the Commission`, `Council
 * resolution 1979/81`). Abbreviations are listed too: resolution-citation reports them on their own.
 */
const BODY_RE =
  /\b(General Assembly|Economic and Social Council|Security Council|Human Rights Council|Trusteeship Council|Sub-Commission|Subcommission|Council|Commission|Assembly|Conference|Committee|Board|Meeting|Congress|Forum|Parties|UNGA|GA|ECOSOC|UNSC|HRC|CND|CCPCJ)\b/g;

const PRINCIPAL: ReadonlySet<string> = new Set(['General Assembly', 'Economic and Social Council', 'Security Council', 'Human Rights Council']);

export interface BodyMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Body names in `s` (offsets relative to `s`), in order. */
export function bodyMentions(s: string): BodyMention[] {
  const out: BodyMention[] = [];
  BODY_RE.lastIndex = 0;
  for (let m = BODY_RE.exec(s); m !== null; m = BODY_RE.exec(s)) out.push({ name: m[1], start: m.index, end: m.index + m[0].length });
  return out;
}

const BEFORE_LIST_RE =
  /(General Assembly|Economic and Social Council|Security Council|Human Rights Council) resolutions? (?:\[?(?:E?S-)?\d{1,4}\/\d{1,4}(?: [A-Z])?\]?(?:\([^()\s]{0,200}\))?(?:, and |, | and )){0,20}\[?$/;
const AFTER_RE = /^(?:\]\([^()\s]{0,500}\))?,? of the (General Assembly|Economic and Social Council|Security Council|Human Rights Council)\b/;
const ITS_BEFORE_RE = /\b(?:its|their) resolutions? \[?$/;

/**
 * The principal organ that issued the resolution whose number starts at `numStart` and ends at
 * `numEnd` in `sentence` (offsets relative to it), or undefined when it is not certain.
 */
export function resolutionOrgan(sentence: string, numStart: number, numEnd: number): PrincipalOrgan | undefined {
  const before = sentence.slice(Math.max(0, numStart - 400), numStart);
  const b = BEFORE_LIST_RE.exec(before);
  if (b) return b[1] as PrincipalOrgan;
  const after = sentence.slice(numEnd, numEnd + 600);
  const a = AFTER_RE.exec(after);
  if (a) return a[1] as PrincipalOrgan;
  const its = ITS_BEFORE_RE.exec(before);
  if (!its) return undefined;
  const itsStart = before.length - its[0].length + (numStart - before.length);
  const bodies = bodyMentions(sentence);
  // `… by the General Assembly in its resolution 70/174`: the body just before "its".
  let prev: BodyMention | undefined;
  for (const m of bodies) if (m.end <= itsStart) prev = m;
  if (prev && itsStart - prev.end <= 12) return PRINCIPAL.has(prev.name) ? (prev.name as PrincipalOrgan) : undefined;
  // `In its resolution 65/230, the General Assembly …`: the first body after the citation.
  if (/^\s*(?:In|By|Under|Through|With|Also in|Further,? in)\s+(?:its|their)\b/.test(sentence.slice(0, itsStart + 5))) {
    const next = bodies.find((m) => m.start >= numEnd);
    if (next) return PRINCIPAL.has(next.name) ? (next.name as PrincipalOrgan) : undefined;
  }
  return undefined;
}

/** The symbol of a resolution of a principal organ, when its number has that organ's form. */
export function resolutionSymbol(organ: PrincipalOrgan, number: string): string | undefined {
  if (organ === 'General Assembly' && /^(?:(?:E?S-)?\d{1,2}|\d{2,3})\/\d{1,4}$/.test(number)) return `A/RES/${number}`;
  if (organ === 'Economic and Social Council' && /^(?:19[7-9]\d|2\d{3})\/\d{1,4}$/.test(number)) return `E/RES/${number}`;
  if (organ === 'Human Rights Council' && /^(?:S-)?\d{1,2}\/\d{1,4}$/.test(number)) return `A/HRC/RES/${number}`;
  return undefined;
}

/**
 * Bodies outside the United Nations numbering whose resolutions take a dot: the World Health Assembly
 * numbers its resolutions by session and number, `WHA76.16`, cited `World Health Assembly resolution
 * 76.16`; so do the Conferences of the Parties to CITES (`Resolution Conf. 12.4`), to the Convention on
 * Migratory Species (`Resolution 12.22`) and to the Ramsar Convention (`Resolution XIII.20`). Named before a
 * citation in its sentence, they make the dot right.
 */
export const DOT_NUMBERING_BODY_RE =
  /\b(?:World Health Assembly|World Health Organization|WHA|WHO|CITES|Endangered Species of Wild Fauna and Flora|Migratory Species(?: of Wild Animals)?|CMS|Ramsar)\b/;

/**
 * True when the document is one of the General Assembly's own series (`A/80/150`, `A/C.3/79/4`): a bare
 * `resolution 79/301` there is an Assembly resolution, as the Assembly's agendas and reports cite them.
 */
export function isGeneralAssemblySymbol(symbol: string): boolean {
  return /^A\/(?:C\.\d\/)?\d{1,3}\//.test(symbol);
}
