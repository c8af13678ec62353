// Names of United Nations bodies, offices and groups of States as they are officially written, each with
// its source, for term-consistency's check of misspelled names (R31, R32). A name is listed only when it
// is the body's own (no generic phrase such as "least developed countries", no name shared by many
// offices such as "Office of the Ombudsperson"). Sources: the body's own site, the Organization's pages
// (https://www.un.org/en/about-us/main-bodies, the DGACM page on regional groups) and practice in issued
// documents (symbols of the ../shared/corpus reports that write the name so). The sites were not read
// again from this machine (no network): verify against UNTERM (https://unterm.un.org) before a release,
// as the reference notes ask for State names. Extend by adding entries; never list two spellings of one body.

export interface BodyName {
  /** The name as printed, with its capitals and curly apostrophe: `United Nations Children’s Fund`. */
  readonly name: string;
  /** Where the spelling comes from. */
  readonly source: string;
}

const b = (name: string, source: string): BodyName => ({ name, source });

export const BODY_NAMES: readonly BodyName[] = [
  // Principal organs and their subsidiary bodies
  b('Economic and Social Council', 'https://www.un.org/en/about-us/main-bodies; practice E/2025/28'),
  b('Human Rights Council', 'https://www.ohchr.org/en/hr-bodies/hrc; practice A/HRC/13/6'),
  b('Peacebuilding Commission', 'https://www.un.org/peacebuilding/commission; practice A/80/39'),
  b('International Court of Justice', 'https://www.icj-cij.org; practice A/AC.182/2025/L.1'),
  b('International Law Commission', 'https://legal.un.org/ilc/; practice A/80/150'),
  b('Statistical Commission', 'https://unstats.un.org/UNSDWebsite/statcom; practice E/2025/24'),
  b('Commission on the Status of Women', 'https://www.unwomen.org/en/csw; practice E/2025/27'),
  b('Commission on Narcotic Drugs', 'https://www.unodc.org/unodc/en/commissions/CND/; practice E/2025/28'),
  b('Commission on Crime Prevention and Criminal Justice', 'https://www.unodc.org/unodc/en/commissions/CCPCJ/; practice E/2025/43'),
  b('Commission for Social Development', 'https://social.desa.un.org/csocd; practice E/2025/26'),
  b('Commission on Population and Development', 'https://www.un.org/development/desa/pd/; practice CEB/2025/4'),
  b('Permanent Forum on Indigenous Issues', 'https://social.desa.un.org/issues/indigenous-peoples/unpfii; practice E/2025/43'),
  b('Committee for Development Policy', 'https://www.un.org/development/desa/dpad/cdp; practice E/2025/33'),
  b('Committee for Programme and Coordination', 'https://www.un.org/en/ga/cpc/; practice A/80/150'),
  b('Committee on Information', 'https://www.un.org/en/ga/coi/; practice A/80/21'),
  b('Special Committee on Peacekeeping Operations', 'https://www.un.org/en/ga/c34/; practice A/79/19'),
  b('Advisory Committee on Administrative and Budgetary Questions', 'https://www.un.org/ga/acabq/; practice A/80/150'),
  b('Board of Auditors', 'https://www.un.org/en/auditors/board/; practice A/80/21'),
  b('High-level Committee on South-South Cooperation', 'https://unsouthsouth.org; practice A/80/39'),
  b('Committee of Experts on International Cooperation in Tax Matters', 'https://financing.desa.un.org/un-tax-committee; practice E/2025/45/Add.1'),
  b('Intergovernmental Panel on Climate Change', 'https://www.ipcc.ch; practice A/79/437/Add.4'),
  b('Conference of the Parties', 'https://unfccc.int/process/bodies/supreme-bodies/conference-of-the-parties-cop; practice A/79/437/Add.4'),
  // Regional commissions
  b('Economic Commission for Africa', 'https://www.uneca.org; practice E/2025/26'),
  b('Economic Commission for Europe', 'https://unece.org; practice E/2025/27'),
  b('Economic Commission for Latin America and the Caribbean', 'https://www.cepal.org/en; practice E/2025/24'),
  b('Economic and Social Commission for Asia and the Pacific', 'https://www.unescap.org; practice E/2025/26'),
  b('Economic and Social Commission for Western Asia', 'https://www.unescwa.org; practice E/2025/26'),
  // Treaty bodies (https://www.ohchr.org/en/treaty-bodies)
  b('Committee on Economic, Social and Cultural Rights', 'https://www.ohchr.org/en/treaty-bodies/cescr; practice E/2025/22'),
  b('Committee on the Rights of the Child', 'https://www.ohchr.org/en/treaty-bodies/crc; practice A/HRC/13/6'),
  b('Committee on the Elimination of Discrimination against Women', 'https://www.ohchr.org/en/treaty-bodies/cedaw; practice E/2025/27'),
  b('Committee on the Elimination of Racial Discrimination', 'https://www.ohchr.org/en/treaty-bodies/cerd'),
  b('International Narcotics Control Board', 'https://www.incb.org; practice E/2025/9/Add.12'),
  // Departments and offices of the Secretariat
  b('Office of Legal Affairs', 'https://legal.un.org/ola/; practice A/AC.182/2025/L.1, A/CONF.230/2025/15'),
  b('Office for Disarmament Affairs', 'https://disarmament.unoda.org; practice TPNW/MSP/2025/11/Rev.1'),
  b('Office for the Coordination of Humanitarian Affairs', 'https://www.unocha.org; practice CEB/2025/4'),
  b('Office of Internal Oversight Services', 'https://oios.un.org; practice A/80/21'),
  b('Office of the United Nations High Commissioner for Human Rights', 'https://www.ohchr.org; practice E/2025/28'),
  b(
    'Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States',
    'https://www.un.org/ohrlls/; practice E/2025/33',
  ),
  b('Department of Economic and Social Affairs', 'https://www.un.org/en/desa; practice E/2025/26'),
  b('Department of Global Communications', 'https://www.un.org/en/department-global-communications; practice A/80/21'),
  b('Department of Political and Peacebuilding Affairs', 'https://dppa.un.org; practice A/80/21'),
  b('Department of Peace Operations', 'https://peacekeeping.un.org; practice A/79/19'),
  b('Department of Operational Support', 'https://operationalsupport.un.org; practice A/79/19'),
  b('Department for General Assembly and Conference Management', 'https://www.un.org/dgacm/; practice A/80/21'),
  b('Department of Safety and Security', 'https://www.un.org/en/safety-and-security; practice A/80/21'),
  b('Department of Management Strategy, Policy and Compliance', 'https://www.un.org/management/; practice A/79/19'),
  // Funds, programmes, entities and offices away from Headquarters
  b('United Nations Office on Drugs and Crime', 'https://www.unodc.org; practice E/2025/28'),
  b('United Nations Office for South-South Cooperation', 'https://unsouthsouth.org; practice A/80/39'),
  b('United Nations Office for Disaster Risk Reduction', 'https://www.undrr.org; practice E/2025/33'),
  b('United Nations Office for Project Services', 'https://www.unops.org; practice UNW/2025/1'),
  b('United Nations Office for Outer Space Affairs', 'https://www.unoosa.org'),
  b('United Nations Conference on Trade and Development', 'https://unctad.org; practice E/2025/24'),
  b('Trade and Development Board', 'https://unctad.org/tdb; practice A/80/15 (Part I)'),
  b('United Nations Entity for Gender Equality and the Empowerment of Women', 'https://www.unwomen.org; practice UNW/2025/1'),
  b('United Nations Development Programme', 'https://www.undp.org; practice E/2025/28'),
  b('United Nations Environment Programme', 'https://www.unep.org; practice A/79/437/Add.4'),
  b('United Nations Children’s Fund', 'https://www.unicef.org; practice E/2025/34 (Part I)'),
  b('United Nations Population Fund', 'https://www.unfpa.org; practice UNW/2025/1'),
  b('World Food Programme', 'https://www.wfp.org; practice A/80/39'),
  b('Chief Executives Board for Coordination', 'https://unsceb.org; practice CEB/2025/4'),
  b('High-level Committee on Programmes', 'https://unsceb.org/hlcp; practice CEB/2025/4'),
  b('High-level Committee on Management', 'https://unsceb.org/hlcm; practice CEB/2025/4'),
  // Groups of States
  b('Alliance of Small Island States', 'https://www.aosis.org; practice A/80/39'),
  b('Group of 77 and China', 'https://www.g77.org; practice E/2025/28'),
  b('Non-Aligned Movement', 'practice A/AC.182/2025/L.1, A/AC.109/2025/L.13'),
  b('Group of African States', 'https://www.un.org/dgacm/en/content/regional-groups; practice E/2025/28'),
  b('Group of Asia-Pacific States', 'https://www.un.org/dgacm/en/content/regional-groups; practice E/2025/28'),
  b('Group of Eastern European States', 'https://www.un.org/dgacm/en/content/regional-groups; practice E/2025/28'),
  b('Group of Latin American and Caribbean States', 'https://www.un.org/dgacm/en/content/regional-groups; practice E/2025/28'),
];
