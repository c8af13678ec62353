// Numbers in words and the words around figures in UN running text (R25–R27): labels before a
// figure (`article 6`), units and currencies around it, and month names.

export const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–99 in words (`twenty-one`); undefined outside that range. */
export function numberWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 10) return UNITS[n];
  if (n < 20) return TEENS[n - 10];
  const t = TENS[Math.floor(n / 10)];
  return n % 10 === 0 ? t : `${t}-${UNITS[n % 10]}`;
}

export const WORD_VALUES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let n = 1; n <= 99; n++) m.set(numberWords(n) as string, n);
  return m;
})();

/** Words after which a figure is a label or a reference number: `article 6`, `item 1 (c)`, `Goal 5`. */
export const LABELS = new Set(
  (
    'article articles art arts rule rules paragraph paragraphs para paras subparagraph subparagraphs item items sub-item sub-items subitem ' +
    'chapter chapters chap ch chs annex annexes appendix appendices table tables footnote footnotes note notes figure figures fig figs ' +
    'section sections sect sec secs subsection subsections part parts resolution resolutions decision decisions goal goals sdg sdgs target targets ' +
    'indicator indicators option options alternative alternatives alt step steps phase phases stage stages level levels tier tiers ' +
    'category categories type types class grade version versions volume volumes vol vols no nos number numbers page pages p pp line lines ' +
    'box boxes schedule schedules principle principles recommendation recommendations module modules round rounds cycle cycles window ' +
    'track tracks pillar pillars objective objectives priority priorities outcome outcomes output outputs component components protocol ' +
    'amendment amendments question questions cluster clusters segment segments element elements criterion criteria scenario scenarios ' +
    'row rows column columns clause clauses regulation regulations session sessions meeting meetings workshop room conference ' +
    'supplement supplements issue issues edition editions bis ter subprogramme subprogrammes programme programmes workstream workstreams ' +
    'work-stream stream streams round-table roundtable panel dialogue group'
  ).split(' '),
);

/** Names of currencies (plural and singular), besides dollars and euros: a sum of money is written in figures. */
export const CURRENCY_WORDS = new Set(
  (
    'dollar dollars euro euros cent cents franc francs yen yuan renminbi pound pounds sterling rupee rupees rouble roubles ruble rubles ' +
    'peso pesos rand shilling shillings dinar dinars dirham dirhams riyal riyals rial rials naira cedi cedis kwacha birr baht ' +
    'krone kroner krona kronor zloty lira lire taka rupiah ringgit leone leones lempira quetzal bolivar bolivars manat som tenge lari dram'
  ).split(' '),
);

/** Words after a figure that make it a measurement, money, time or percentage. */
export const UNIT_WORDS = new Set(
  (
    'per percent percentage km kilometre kilometres kilometer kilometers m metre metres meter meters cm mm kg kilogram kilograms g gram grams ' +
    't tonne tonnes ton tons mt gt ha hectare hectares l litre litres liter liters ml mw gw kw kwh twh mwh gwh v kv hz ' +
    'degree degrees °c °f a.m. p.m. a.m p.m am pm million millions billion billions trillion thousand hundred dollars dollar euros euro ' +
    'usd eur chf gbp mile miles nautical ft foot feet inch inches yard yards acre acres sq ' +
    // Units of staff time that budgets cost resources in: `6 work-months of general temporary assistance`.
    'work-month work-months person-month person-months person-day person-days person-year person-years'
  )
    .split(' ')
    .concat([...CURRENCY_WORDS]),
);

/** Units of measurement built from a metric prefix and a unit (`megawatts`, `kilolitres`, `gigawatt-hours`) or named in full. */
const PREFIXED_UNIT_RE =
  /^(?:kilo|mega|giga|tera|peta|milli|micro|nano|centi|deci|hecto)?(?:metre|meter|litre|liter|gram|gramme|tonne|ton|watt|joule|hertz|byte|bit|volt|ampere|calorie|barrel|carat|knot|gallon|bushel|decibel|pascal)s?(?:-hours?)?$/;
/** Unit symbols, lower-cased: `5 mg`, `2 µg`, `6 km2`, `4 MB`, `8 Mbps`, `2 ppm`, `3 MtCO2e`. */
const UNIT_SYMBOLS = new Set(
  (
    'mg µg μg ng kg mm cm km m2 m3 km2 km3 cm2 cm3 ml cl dl kl hl kw tw kb mb gb tb kbps mbps gbps ppm ppb ' +
    'tco2 tco2e tco2eq mtco2 mtco2e mtco2eq gtco2 gtco2e gtco2eq kcal db mph kph km/h'
  ).split(' '),
);

/** Whether a word after a figure (lower case) makes it a measurement, money, time of day or percentage. */
export function isUnitWord(lower: string): boolean {
  return UNIT_WORDS.has(lower) || UNIT_SYMBOLS.has(lower) || (lower.length >= 3 && PREFIXED_UNIT_RE.test(lower));
}

/** Words that qualify a unit of measurement: `3 metric tons`, `2 cubic metres`, `4 square kilometres`. */
export const UNIT_QUALIFIERS = new Set(['metric', 'cubic', 'square', 'nautical', 'short', 'long', 'troy', 'imperial']);

export const CURRENCY_BEFORE = new Set(['$', 'US$', 'USD', 'EUR', '€', '£', '¥', 'CHF', 'GBP', 'JPY', 'CAD', 'AUD', 'SwF', 'Sw']);

export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
