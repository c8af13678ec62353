// Abbreviations of common United Nations bodies, instruments and terms, with the full form a report
// spells out at first use (R33), and the titles that are never abbreviated (R34).
// Written for undraft from the bodies' own names; extend by adding entries.

export interface AbbreviationEntry {
  /** The abbreviation as printed: `UNODC`, `COVID-19`. */
  readonly abbr: string;
  /** The full form as spelled out at first use, without the article. */
  readonly full: string;
  /** True when the full form takes "the" in running text ("the Organization of American States"). */
  readonly article: boolean;
  /** The plural form and its full form, for terms such as `ICTs`. */
  readonly plural?: { readonly abbr: string; readonly full: string };
  /**
   * Better known by the abbreviation than by the full name, so it may stand without being spelled
   * out (the Editorial Manual's "Habitat III, UN-Habitat and UN-Women"; UNICEF, UNESCO).
   */
  readonly wellKnown?: boolean;
}

const e = (abbr: string, full: string, article: boolean, extra: Partial<AbbreviationEntry> = {}): AbbreviationEntry => ({ abbr, full, article, ...extra });

export const ABBREVIATIONS: readonly AbbreviationEntry[] = [
  // Crime, drugs and cybercrime
  e('UNODC', 'United Nations Office on Drugs and Crime', true, { wellKnown: true }),
  e('UNTOC', 'United Nations Convention against Transnational Organized Crime', true),
  e('UNCAC', 'United Nations Convention against Corruption', true),
  e('CCPCJ', 'Commission on Crime Prevention and Criminal Justice', true),
  e('CND', 'Commission on Narcotic Drugs', true),
  e('INCB', 'International Narcotics Control Board', true),
  e('CITES', 'Convention on International Trade in Endangered Species of Wild Fauna and Flora', true),
  e('FATF', 'Financial Action Task Force', true),
  e('UNICRI', 'United Nations Interregional Crime and Justice Research Institute', true),
  e('INTERPOL', 'International Criminal Police Organization', true, { wellKnown: true }),
  e('GGE', 'Group of Governmental Experts', true),
  e('OEWG', 'Open-ended Working Group', true),
  e('ITU', 'International Telecommunication Union', true),
  e('ICT', 'information and communications technology', false, { plural: { abbr: 'ICTs', full: 'information and communications technologies' } }),
  // Regional organizations
  e('OAS', 'Organization of American States', true),
  e('AU', 'African Union', true),
  e('ECOWAS', 'Economic Community of West African States', true),
  e('OSCE', 'Organization for Security and Co-operation in Europe', true),
  e('ASEAN', 'Association of Southeast Asian Nations', true),
  e('EU', 'European Union', true, { wellKnown: true }),
  e('NATO', 'North Atlantic Treaty Organization', true, { wellKnown: true }),
  e('OECD', 'Organisation for Economic Co-operation and Development', true),
  // Funds, programmes, offices and agencies
  e('UNDP', 'United Nations Development Programme', true),
  e('UNICEF', "United Nations Children's Fund", true, { wellKnown: true }),
  e('UNESCO', 'United Nations Educational, Scientific and Cultural Organization', true, { wellKnown: true }),
  e('UNAIDS', 'Joint United Nations Programme on HIV/AIDS', true, { wellKnown: true }),
  e('UNFPA', 'United Nations Population Fund', true),
  e('UNOPS', 'United Nations Office for Project Services', true),
  e('UNEP', 'United Nations Environment Programme', true),
  e('UNHCR', 'Office of the United Nations High Commissioner for Refugees', true),
  e('OHCHR', 'Office of the United Nations High Commissioner for Human Rights', true),
  e('UNCTAD', 'United Nations Conference on Trade and Development', true),
  e('UNIDO', 'United Nations Industrial Development Organization', true),
  e('UNITAR', 'United Nations Institute for Training and Research', true),
  e('UNRWA', 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', true),
  e('UNCITRAL', 'United Nations Commission on International Trade Law', true),
  e('WFP', 'World Food Programme', true),
  e('WHO', 'World Health Organization', true),
  e('FAO', 'Food and Agriculture Organization of the United Nations', true),
  e('ILO', 'International Labour Organization', true),
  e('IMO', 'International Maritime Organization', true),
  e('ICAO', 'International Civil Aviation Organization', true),
  e('IAEA', 'International Atomic Energy Agency', true),
  e('IOM', 'International Organization for Migration', true),
  e('WIPO', 'World Intellectual Property Organization', true),
  e('WTO', 'World Trade Organization', true),
  e('IMF', 'International Monetary Fund', true),
  e('OPCW', 'Organisation for the Prohibition of Chemical Weapons', true),
  e('ICJ', 'International Court of Justice', true),
  e('JIU', 'Joint Inspection Unit', true),
  e('OIOS', 'Office of Internal Oversight Services', true),
  // Instruments and processes
  e('UNFCCC', 'United Nations Framework Convention on Climate Change', true),
  e('IPCC', 'Intergovernmental Panel on Climate Change', true),
  e('NPT', 'Treaty on the Non-Proliferation of Nuclear Weapons', true),
  e('TPNW', 'Treaty on the Prohibition of Nuclear Weapons', true),
  e('CEDAW', 'Convention on the Elimination of All Forms of Discrimination against Women', true),
  e('CRPD', 'Convention on the Rights of Persons with Disabilities', true),
  e('UPR', 'universal periodic review', true),
  e('SDG', 'Sustainable Development Goal', false, { plural: { abbr: 'SDGs', full: 'Sustainable Development Goals' } }),
  e('NGO', 'non-governmental organization', false, { plural: { abbr: 'NGOs', full: 'non-governmental organizations' } }),
  e('LDC', 'least developed country', false, { plural: { abbr: 'LDCs', full: 'least developed countries' } }),
  // Terms that need no spelling out
  e('HIV', 'human immunodeficiency virus', false, { wellKnown: true }),
  e('AIDS', 'acquired immunodeficiency syndrome', false, { wellKnown: true }),
  e('COVID-19', 'coronavirus disease', false, { wellKnown: true }),
];

/** Titles the UN never abbreviates (R34): the abbreviation and what to write instead. */
export const NEVER_ABBREVIATED: ReadonlyMap<string, string> = new Map([
  ['UN', 'United Nations'],
  ['U.N.', 'United Nations'],
  ['GA', 'General Assembly'],
  ['UNGA', 'General Assembly'],
  ['UNSC', 'Security Council'],
  ['ECOSOC', 'Economic and Social Council'],
  ['SG', 'Secretary-General'],
  ['S-G', 'Secretary-General'],
  ['UNOV', 'United Nations Office at Vienna'],
  ['UNOG', 'United Nations Office at Geneva'],
  ['UNON', 'United Nations Office at Nairobi'],
]);

/**
 * Names the Organization itself writes with "UN": its news service, magazine, television, photo
 * library and volunteer programme, the Secretary-General's "UN 2.0" vision, "Model UN", and "UN Tourism",
 * the name the World Tourism Organization has used since 24 January 2024 in place of an acronym. They
 * are names, not "United Nations" abbreviated (R34 reports the abbreviation in running text).
 */
export const UN_NAMES_AFTER: readonly string[] = ['News', 'Chronicle', 'Web TV', 'Photo', 'Live', 'Volunteers', '2.0', 'Women', 'Tourism'];
export const UN_NAMES_BEFORE: readonly string[] = ['Model', 'One'];

const BY_ABBR: ReadonlyMap<string, AbbreviationEntry> = (() => {
  const m = new Map<string, AbbreviationEntry>();
  for (const a of ABBREVIATIONS) m.set(a.abbr, a);
  return m;
})();

/** The built-in entry for an abbreviation (singular form), if any. */
export function lookupAbbreviation(abbr: string): AbbreviationEntry | undefined {
  return BY_ABBR.get(abbr);
}
