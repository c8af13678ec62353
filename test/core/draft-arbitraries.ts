// fast-check arbitraries for the property tests: drafts built from the pieces of a UN report
// (masthead lines, headings, numbered paragraphs, subparagraphs, lists of States, brackets, symbols,
// quotations, dates, figures, abbreviations, non-ASCII text) with LF, CRLF or CR line ends and an
// optional BOM; and random mutations of a real draft (cuts, insertions, repeated lines, line ends).

import fc from 'fast-check';

const STATES = [
  'Brazil', 'China', 'Ghana', 'Islamic Republic of Iran', 'Iran', 'Iran (Islamic Rep. of)', 'Venezuela (Bolivarian Republic)',
  'Bolivia (Plurinational State)', 'Micronesia (Federated States)', 'Venezuela', 'Türkiye', 'Turkey', 'Côte d’Ivoire', "Cote d'Ivoire",
  'Viet Nam', 'Vietnam', 'Chna', 'the Netherlands', 'Netherlands (Kingdom of the)', 'United Kingdom of Great Britain and Northern Ireland',
  'Swaziland', 'Korea', 'Antigua and Barbuda', 'Bosnia and Herzegovina', 'Peru*', 'Japan2', 'Chile (on behalf of the Group of 77)',
];

const WORDS = [
  'the', 'Expert', 'Group', 'expert group', 'meeting', 'adopted', 'its', 'report', 'speakers', 'data', 'of', 'and', 'in', 'on',
  '[agreed text]', '[...]', '[', ']', '[1]', '[alternative A] [alternative B]', '“quoted”', '"quoted"', '"', '“', '‘single’',
  '3', '7', '12', '3 intergovernmental', '7 per cent', '5%', 'one per cent', 'percent', '(a)', '(iv)', 'para. 3', 'paragraph 21',
  'UNODC', 'GA', 'UN', 'U.N.', 'ECOSOC', 'ICT’s', 'Organization of American States (OAS)', 'OAS',
  'resolution 65/230', 'res. 65/230', 'GA res. 78/228', 'resolution No. 65/230', 'decision 2011.15/1', 'resolution 65.230A',
  'E/CN 15/2011/19', 'E/CN.15/11/19', 'UNODC\\CCPCJ\\EG.4\\2018\\L.1', 'UNODC/CCPCJ/EG.4/2018/L/1', 'A/RES/65/230', 'A/79/437 Add.1',
  '[A/RES/65/230](#)', '[E/CN.15/2011/19](https://undocs.org/E/CN.15/2011/18)',
  '3-5 April 2018', '3 – 5 April 2018', 'April 3, 2018', '14th May 2022', 'from 4-6 March 2021', '12/05/2022', '3 April 2018',
  'Chairman', 'Vice-Chairmen', 'agenda item, entitled “Data collection”', 'agenda item 9, entitled “Data collection”',
  'naïve', 'Zürich', '東京', '😀', '—', '–', '\u00a0', '\u200b', '<!-- note -->', '<!-- undraft-disable-next-line duplicate-entry -->',
];

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'X', 'XIV'];
const LETTERS = ['A', 'B', 'C', 'D', 'a', 'b', 'c', 'e', 'i', 'ii', 'iv'];

/** Characters that stress the scanners: brackets, quotes, comment markers, line ends, surrogates. */
const TRICKY = ['[', ']', '(', ')', '"', '“', '”', '<', '!', '-', '>', '.', ':', ',', ' ', '\t', '\r', '\n', '\uFEFF', 'é', '😀', '\ud83d', '1', 'A', 'a'];

const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 6 }) });
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const stateList = fc
  .array(fc.constantFrom(...STATES), { minLength: 1, maxLength: 8 })
  .map((s) => (s.length === 1 ? s[0] : `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`));

const mastheadLine = fc.oneof(
  fc.constantFrom('Distr.: Limited', 'Distr.: General', 'Distr: general', 'Distr.: Restricted', 'DISTR.', 'GENERAL', 'Original: English', 'Original: english', 'ORIGINAL: SPANISH'),
  fc.constantFrom('3 April 2018', 'April 3, 2018', '14 Oct. 2024', '3rd April 2018', '04/03/2018', '[30 April 2025]', 'Distr.: General 3 April 2018 Original: English'),
  fc.constantFrom('UNODC/CCPCJ/EG.4/2018/L.1', 'E/CN.15/2011/19', 'A/AC.105/L.330', 'UNODC/CCPCJ/EG.4/2018/l/1', 'Expert Group on Statistics', 'Draft report'),
);

const line = fc.oneof(
  { weight: 2, arbitrary: mastheadLine },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...ROMANS), fc.constantFrom('. ', ' ', '.'), sentence).map(([r, sep, t]) => `${r}${sep}${t.slice(0, 40)}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LETTERS), sentence).map(([l, t]) => `${l.toUpperCase()}. ${t.slice(0, 30)}`) },
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('. ', ' ', '.'), sentence).map(([n, sep, t]) => `${n}${sep}${t}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...LETTERS), sentence).map(([l, t]) => `(${l}) ${t}`) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 30 }), stateList).map(([n, s]) => `${n}. Statements were made by experts of the following States: ${s}.`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('In favour:', 'Against:', 'Abstaining:'), stateList).map(([h, s]) => `${h}\n${s}.`) },
  { weight: 1, arbitrary: stateList.map((s) => `Lu Chuanying (${s.split(' and ')[0]}) made a statement.`) },
  { weight: 3, arbitrary: sentence },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const EOLS = ['\n', '\r\n', '\r'] as const;

/** A draft: lines of report pieces, one line-end style (or, sometimes, a mix), maybe a BOM. */
export function draftArbitrary(): fc.Arbitrary<string> {
  return fc
    .record({
      bom: fc.boolean(),
      eol: fc.constantFrom(...EOLS),
      mixed: fc.boolean(),
      lines: fc.array(fc.tuple(line, fc.constantFrom(...EOLS)), { minLength: 1, maxLength: 24 }),
      trailing: fc.boolean(),
    })
    .map(({ bom, eol, mixed, lines, trailing }) => {
      const body = lines.map(([l, own], i) => (i < lines.length - 1 || trailing ? l.replace(/\n/g, eol) + (mixed ? own : eol) : l.replace(/\n/g, eol))).join('');
      return (bom ? '\uFEFF' : '') + body;
    });
}

type Mutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'repeat-line'; at: number }
  | { kind: 'line-ends'; eol: string }
  | { kind: 'bom' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(word, sentence, line, fc.constantFrom(...EOLS)) }),
  fc.record({ kind: fc.constant('repeat-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('line-ends' as const), eol: fc.constantFrom(...EOLS) }),
  fc.constant({ kind: 'bom' as const }),
);

/** Moves an offset off the second half of a surrogate pair, so that cuts keep characters whole. */
function whole(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'cut': {
      const at = whole(text, m.at % (text.length + 1));
      const end = whole(text, Math.min(text.length, at + m.length));
      return text.slice(0, at) + text.slice(end);
    }
    case 'insert': {
      const at = whole(text, m.at % (text.length + 1));
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'repeat-line': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'line-ends':
      return text.replace(/\r\n|\r|\n/g, m.eol);
    case 'bom':
      return text.charCodeAt(0) === 0xfeff ? text : `\uFEFF${text}`;
  }
}

/** The draft changed by one to five random mutations. */
export function mutatedArbitrary(draft: string): fc.Arbitrary<string> {
  return fc.array(mutation, { minLength: 1, maxLength: 5 }).map((ms) => ms.reduce(mutate, draft));
}
