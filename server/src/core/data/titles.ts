// Titles that open a person's name in UN reports, in one place for every reader of names: titles of address
// ("Mr. Ali Mohamed", "H.E. Ms. Tran", "Ambassador Hassan") and titles of office that open an entry of a list of
// persons ("Minister …", "Permanent Representative …").

/** Titles of address, without a closing dot (`Mr` stands for `Mr` and `Mr.`). Not "Justice" or "Prince", words of the names of bodies. */
export const ADDRESS_TITLES: readonly string[] = ['Mr', 'Ms', 'Mrs', 'Mme', 'Dr', 'Prof', 'Sir', 'Madam', 'Dame', 'H.E', 'Professor', 'Ambassador', 'Judge', 'Senator', 'Sheikh', 'Sheikha'];

/** Titles of office that open an entry naming a person in a list of participants or officers. */
export const OFFICE_TITLES: readonly string[] = [
  'Minister', 'Deputy', 'Director', 'Chair', 'Chairperson', 'President', 'Secretary', 'Head', 'Counsellor', 'Adviser', 'Advisor', 'Rapporteur',
  'Coordinator', 'Commissioner', 'Under-Secretary-General', 'Assistant', 'Permanent Representative', 'Permanent Observer', 'Chargé',
];

/** The titles as alternatives of a regular expression (literal words: no backtracking beyond one word). */
export function titleAlternatives(titles: readonly string[]): string {
  return titles.map((t) => t.replace(/\./g, '\\.')).join('|');
}
