// Names drafters write for States that are not the UNTERM short name (R37), with the short name to
// use instead, and the year until which a former name was itself the UN short name (so that an old
// report using it is not wrong, only dated). Written for undraft; the short names are those of
// data/states.ts. Compared with `normalizeStateName` (case, accents, apostrophes, "the" ignored).

import { normalizeStateName } from './states';

export interface StateVariant {
  /** What a drafter writes: `Vietnam`, `Turkey`, `UK`. */
  readonly name: string;
  /** The UNTERM short name to write instead. */
  readonly short: string;
  /** Last year in which this was the name the United Nations used, for former names. */
  readonly until?: number;
}

const v = (name: string, short: string, until?: number): StateVariant => (until === undefined ? { name, short } : { name, short, until });

export const STATE_VARIANTS: readonly StateVariant[] = [
  v('Iran', 'Iran (Islamic Republic of)'),
  v('Islamic Republic of Iran', 'Iran (Islamic Republic of)'),
  v('Bolivia', 'Bolivia (Plurinational State of)', 2009),
  v('Plurinational State of Bolivia', 'Bolivia (Plurinational State of)'),
  v('Venezuela', 'Venezuela (Bolivarian Republic of)'),
  v('Bolivarian Republic of Venezuela', 'Venezuela (Bolivarian Republic of)'),
  v('Micronesia', 'Micronesia (Federated States of)'),
  v('Federated States of Micronesia', 'Micronesia (Federated States of)'),
  v('Vietnam', 'Viet Nam'),
  v('Viet-Nam', 'Viet Nam'),
  v('Turkey', 'Türkiye', 2022),
  v('Syria', 'Syrian Arab Republic'),
  v('Russia', 'Russian Federation'),
  v('South Korea', 'Republic of Korea'),
  v('Korea', 'Republic of Korea'),
  v('Korea, Republic of', 'Republic of Korea'),
  v('North Korea', "Democratic People's Republic of Korea"),
  v('DPRK', "Democratic People's Republic of Korea"),
  v('Laos', "Lao People's Democratic Republic"),
  v('Lao PDR', "Lao People's Democratic Republic"),
  v('Moldova', 'Republic of Moldova'),
  v('Tanzania', 'United Republic of Tanzania'),
  v('Czech Republic', 'Czechia', 2016),
  v('Ivory Coast', "Côte d'Ivoire"),
  v('Swaziland', 'Eswatini', 2018),
  v('Macedonia', 'North Macedonia'),
  v('Republic of Macedonia', 'North Macedonia'),
  v('The former Yugoslav Republic of Macedonia', 'North Macedonia', 2019),
  v('Former Yugoslav Republic of Macedonia', 'North Macedonia', 2019),
  v('Cape Verde', 'Cabo Verde', 2013),
  v('UK', 'United Kingdom of Great Britain and Northern Ireland'),
  v('U.K.', 'United Kingdom of Great Britain and Northern Ireland'),
  v('United Kingdom', 'United Kingdom of Great Britain and Northern Ireland'),
  v('Great Britain', 'United Kingdom of Great Britain and Northern Ireland'),
  v('Britain', 'United Kingdom of Great Britain and Northern Ireland'),
  v('USA', 'United States of America'),
  v('U.S.A.', 'United States of America'),
  v('US', 'United States of America'),
  v('U.S.', 'United States of America'),
  v('United States', 'United States of America'),
  v('America', 'United States of America'),
  v('Vatican', 'Holy See'),
  v('Vatican City', 'Holy See'),
  v('Vatican City State', 'Holy See'),
  v('Palestine', 'State of Palestine', 2012),
  v('Burma', 'Myanmar', 1989),
  v('Zaire', 'Democratic Republic of the Congo', 1997),
  v('DRC', 'Democratic Republic of the Congo'),
  v('DR Congo', 'Democratic Republic of the Congo'),
  v('Congo-Kinshasa', 'Democratic Republic of the Congo'),
  v('Congo-Brazzaville', 'Congo'),
  v('Republic of the Congo', 'Congo'),
  v('East Timor', 'Timor-Leste', 2002),
  v('Brunei', 'Brunei Darussalam'),
  v('Libyan Arab Jamahiriya', 'Libya', 2011),
  v('Kyrgyz Republic', 'Kyrgyzstan'),
  v('Slovak Republic', 'Slovakia'),
  v('Holland', 'Netherlands'),
  v('UAE', 'United Arab Emirates'),
  v('Sao Tome', 'Sao Tome and Principe'),
  v('São Tomé and Príncipe', 'Sao Tome and Principe'),
  v('St. Kitts and Nevis', 'Saint Kitts and Nevis'),
  v('St Kitts and Nevis', 'Saint Kitts and Nevis'),
  v('St. Lucia', 'Saint Lucia'),
  v('St Lucia', 'Saint Lucia'),
  v('St. Vincent and the Grenadines', 'Saint Vincent and the Grenadines'),
  v('St Vincent and the Grenadines', 'Saint Vincent and the Grenadines'),
  v('Timor Leste', 'Timor-Leste'),
  v('Guinea Bissau', 'Guinea-Bissau'),
];

/** Other forms that are correct today: the UNTERM short name of the Netherlands changed in 2024. */
export const ACCEPTED_STATE_FORMS: readonly string[] = ['Netherlands (Kingdom of the)'];

/** Entities that stand in lists of States without being Member or observer States. */
export const NON_STATE_PARTICIPANTS: readonly string[] = ['European Union', 'Cook Islands', 'Niue'];

let index: Map<string, StateVariant> | undefined;

/** The variant a name is, compared as `normalizeStateName` compares; abbreviations compared exactly. */
export function lookupStateVariant(name: string): StateVariant | undefined {
  if (name.length > 120) return undefined;
  if (!index) {
    index = new Map();
    for (const s of STATE_VARIANTS) index.set(keyOf(s.name), s);
  }
  return index.get(keyOf(name));
}

function keyOf(name: string): string {
  // "US" and "us" must not meet: all-capital abbreviations keep their case.
  const t = name.trim();
  if (/^[A-Z.]+$/.test(t)) return `#${t}`;
  return normalizeStateName(t).replace(/[\u2019']/g, ' ').replace(/\s+/g, ' ');
}
