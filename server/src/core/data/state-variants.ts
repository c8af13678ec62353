// Names drafters write for States that are not the UNTERM short name (R37), with the short name to
// use instead, and, for a former United Nations name, the day the new name took effect at the United
// Nations: a document dated before that day is right to use the old one. Written for undraft; the
// short names are those of data/states.ts. Compared with `normalizeStateName` (case, accents,
// apostrophes, "the" ignored).
//
// The days of the changes, as the United Nations recorded them (Member States page of un.org,
// "on the record" notes; UN spokesperson for Türkiye, S33): Burma became Myanmar on 18 June 1989;
// Zaire the Democratic Republic of the Congo on 17 May 1997; Kazakstan is the spelling of United
// Nations documents until 1997; East Timor became independent as Timor-Leste on 20 May 2002; the
// Plurinational State of Bolivia from 2009; the Libyan Arab Jamahiriya became Libya on 16 September
// 2011; the State of Palestine is the designation from 17 December 2012 (after resolution 67/19);
// Cape Verde asked to be called Cabo Verde on 24 October 2013; the Czech Republic's short name became
// Czechia in July 2016; Swaziland became Eswatini on 19 April 2018; the former Yugoslav Republic of
// Macedonia became North Macedonia on 14 February 2019; Turkey became Türkiye on 1 June 2022.

import { dateBefore, type PartialDate } from '../un/dates';
import { normalizeStateName } from './states';

export interface StateVariant {
  /** What a drafter writes: `Vietnam`, `Turkey`, `UK`. */
  readonly name: string;
  /** The UNTERM short name to write instead. */
  readonly short: string;
  /** For a former United Nations name: the day (`YYYY-MM-DD`) the new name took effect. */
  readonly renamed?: string;
  /**
   * The name can mean another State or place (Korea: either Korea; Macedonia: also a region of Greece; America:
   * a continent; Great Britain: an island, not the United Kingdom; Vatican City: the territory, not the Holy See
   * the United Nations knows), so taking it for `short` is a person's decision: the fix is offered, never applied.
   */
  readonly guess?: true;
}

const v = (name: string, short: string, renamed?: string): StateVariant => (renamed === undefined ? { name, short } : { name, short, renamed });
/** A variant that may mean something else (see StateVariant.guess). */
const g = (name: string, short: string): StateVariant => ({ name, short, guess: true });

export const STATE_VARIANTS: readonly StateVariant[] = [
  v('Iran', 'Iran (Islamic Republic of)'),
  v('Islamic Republic of Iran', 'Iran (Islamic Republic of)'),
  v('Bolivia', 'Bolivia (Plurinational State of)', '2010-01-01'),
  v('Plurinational State of Bolivia', 'Bolivia (Plurinational State of)'),
  v('Venezuela', 'Venezuela (Bolivarian Republic of)'),
  v('Bolivarian Republic of Venezuela', 'Venezuela (Bolivarian Republic of)'),
  v('Micronesia', 'Micronesia (Federated States of)'),
  v('Federated States of Micronesia', 'Micronesia (Federated States of)'),
  v('Vietnam', 'Viet Nam'),
  v('Viet-Nam', 'Viet Nam'),
  v('Turkey', 'Türkiye', '2022-06-01'),
  v('Syria', 'Syrian Arab Republic'),
  v('Russia', 'Russian Federation'),
  v('South Korea', 'Republic of Korea'),
  g('Korea', 'Republic of Korea'),
  v('Korea, Republic of', 'Republic of Korea'),
  v('North Korea', "Democratic People's Republic of Korea"),
  v('DPRK', "Democratic People's Republic of Korea"),
  v('Laos', "Lao People's Democratic Republic"),
  v('Lao PDR', "Lao People's Democratic Republic"),
  v('Moldova', 'Republic of Moldova'),
  v('Tanzania', 'United Republic of Tanzania'),
  v('Czech Republic', 'Czechia', '2016-07-01'),
  v('Ivory Coast', "Côte d'Ivoire"),
  v('Swaziland', 'Eswatini', '2018-04-19'),
  g('Macedonia', 'North Macedonia'),
  v('Republic of Macedonia', 'North Macedonia'),
  v('The former Yugoslav Republic of Macedonia', 'North Macedonia', '2019-02-14'),
  v('Former Yugoslav Republic of Macedonia', 'North Macedonia', '2019-02-14'),
  v('Cape Verde', 'Cabo Verde', '2013-10-24'),
  v('UK', 'United Kingdom of Great Britain and Northern Ireland'),
  v('U.K.', 'United Kingdom of Great Britain and Northern Ireland'),
  v('United Kingdom', 'United Kingdom of Great Britain and Northern Ireland'),
  g('Great Britain', 'United Kingdom of Great Britain and Northern Ireland'),
  g('Britain', 'United Kingdom of Great Britain and Northern Ireland'),
  v('USA', 'United States of America'),
  v('U.S.A.', 'United States of America'),
  v('US', 'United States of America'),
  v('U.S.', 'United States of America'),
  v('United States', 'United States of America'),
  g('America', 'United States of America'),
  g('Vatican', 'Holy See'),
  g('Vatican City', 'Holy See'),
  g('Vatican City State', 'Holy See'),
  v('Palestine', 'State of Palestine', '2012-12-17'),
  v('Burma', 'Myanmar', '1989-06-18'),
  v('Zaire', 'Democratic Republic of the Congo', '1997-05-17'),
  v('DRC', 'Democratic Republic of the Congo'),
  v('DR Congo', 'Democratic Republic of the Congo'),
  v('Congo-Kinshasa', 'Democratic Republic of the Congo'),
  v('Congo-Brazzaville', 'Congo'),
  v('Republic of the Congo', 'Congo'),
  v('East Timor', 'Timor-Leste', '2002-05-20'),
  v('Brunei', 'Brunei Darussalam'),
  v('Libyan Arab Jamahiriya', 'Libya', '2011-09-16'),
  v('Kazakstan', 'Kazakhstan', '1997-01-01'),
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

/**
 * Other forms that are correct today: the UNTERM short name of the Netherlands changed in 2024, and
 * the United Nations writes the Bahamas with its capital article in parentheses, "Bahamas (The)",
 * as in the Protocol and Liaison Service's list of Member States and in lists of sponsors.
 */
export const ACCEPTED_STATE_FORMS: readonly string[] = ['Netherlands (Kingdom of the)', 'Bahamas (The)'];

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

/**
 * True when `variant` was still the United Nations name on the document's date (see `dateBefore`:
 * a date known only to the year counts from its first day; no date means the document is current).
 */
export function inUseOn(variant: StateVariant, date: PartialDate | undefined): boolean {
  return variant.renamed !== undefined && dateBefore(date, variant.renamed);
}
