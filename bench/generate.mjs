// Deterministic generator of realistic UN meeting-report drafts for the benchmark.
// Same seed and size, same bytes: a seeded PRNG (mulberry32) picks every word.
// The drafts have a masthead, chapters (roman numerals) with sections (A, B, … restarting in each
// chapter), paragraphs numbered through the whole report, subparagraphs (a), (b) … and (i), (ii) …,
// a provisional agenda list, lists of States, document symbols (plain and as links), square brackets
// and placeholders, quotations and the occasional defect, as in real drafts.
//
//   node bench/generate.mjs <bytes> [seed] > draft.md

import { mulberry32 } from './prng.cjs';

/** The seeded PRNG every generated draft is drawn with (bench/prng.cjs, shared with the tests). */
export const prng = mulberry32;

const STATES = [
  'Algeria', 'Argentina', 'Australia', 'Austria', 'Bangladesh', 'Belgium', 'Bolivia (Plurinational State of)', 'Brazil',
  'Canada', 'Chile', 'China', 'Colombia', 'Costa Rica', 'Czechia', 'Ecuador', 'Egypt', 'El Salvador', 'Finland', 'France',
  'Germany', 'Ghana', 'India', 'Indonesia', 'Iran (Islamic Republic of)', 'Italy', 'Japan', 'Kenya', 'Malaysia', 'Mexico',
  'Morocco', 'Netherlands (Kingdom of the)', 'Nigeria', 'Norway', 'Pakistan', 'Paraguay', 'Peru', 'Philippines', 'Poland',
  'Portugal', 'Republic of Korea', 'Romania', 'Russian Federation', 'Senegal', 'South Africa', 'Spain', 'Sweden',
  'Switzerland', 'Thailand', 'Tunisia', 'Türkiye', 'Ukraine', 'United Kingdom of Great Britain and Northern Ireland',
  'United Republic of Tanzania', 'United States of America', 'Uruguay', 'Venezuela (Bolivarian Republic of)', 'Viet Nam',
];

const SUBJECTS = [
  'Many speakers', 'Several delegations', 'Some experts', 'One speaker', 'A number of participants', 'The representative of the secretariat',
  'Speakers from developing countries', 'The Chair', 'Some delegations', 'Other speakers',
];
const VERBS = [
  'noted', 'stressed', 'highlighted', 'underlined', 'recalled', 'emphasized', 'expressed the view', 'reported', 'acknowledged', 'welcomed the fact',
];
const CLAUSES = [
  'that international cooperation in criminal matters remained essential to address the challenges posed by new technologies',
  'that capacity-building and technical assistance programmes should respond to the needs identified by requesting States',
  'that national legislation needed to be reviewed regularly in the light of evolving trends',
  'that the exchange of information among competent authorities should be strengthened, including through networks of focal points',
  'that the collection of electronic evidence raised questions of jurisdiction and of the protection of personal data',
  'that the private sector and civil society had an important role to play in prevention',
  'that the work of the Expert Group should build on existing instruments and avoid duplication',
  'that mutual legal assistance requests were often delayed by differences in procedural requirements',
  'that training for judges, prosecutors and investigators was a priority',
  'that statistics on reported offences remained incomplete in many regions',
];
const TOPICS = [
  'Legislation and frameworks', 'Criminalization', 'Law enforcement and investigations', 'Electronic evidence and criminal justice',
  'International cooperation', 'Prevention', 'Technical assistance and capacity-building', 'Other matters',
];
const SECTIONS = [
  'Opening of the meeting', 'Statements', 'Adoption of the agenda and other organizational matters', 'Attendance', 'Documentation',
  'General discussion', 'Exchange of national experiences', 'Panel discussion',
];

const ORDINAL = (n) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'][n % 10];
  return `${n}${s}`;
};

const ROMAN = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function roman(n) {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Generates a draft of about `bytes` UTF-8 bytes (it stops at the first paragraph boundary past that size). */
export function generateDraft(bytes, seed = 42) {
  const rnd = prng(seed);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const year = 2018 + Math.floor(rnd() * 7);
  const series = `UNODC/CCPCJ/EG.${1 + Math.floor(rnd() * 9)}/${year}`;
  const symbol = (kind) => `${series}/${kind}`;
  const linkOrPlain = (s) => (rnd() < 0.7 ? `[${s}](https://undocs.org/${s})` : s);
  const parts = [];
  let size = 0;
  const push = (s) => {
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  };

  push(symbol('L.1'));
  push('');
  push('Distr.: Limited');
  push(`3 April ${year}`);
  push('');
  push('Original: English');
  push('');
  push('Expert Group to Conduct a Comprehensive Study on Cybercrime');
  push('');
  push(`Vienna, 3–5 April ${year}`);
  push('');
  push('Draft report');
  push('');

  let paragraph = 0;
  let chapter = 0;
  let meeting = 1;
  const statesList = () => {
    const n = 8 + Math.floor(rnd() * 25);
    const start = Math.floor(rnd() * STATES.length);
    const names = [];
    for (let i = 0; i < n; i++) names.push(STATES[(start + i * 7) % STATES.length]);
    const unique = [...new Set(names)];
    return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  };
  const resolution = () => {
    const r = `${60 + Math.floor(rnd() * 19)}/${100 + Math.floor(rnd() * 200)}`;
    return rnd() < 0.7 ? `[${r}](https://undocs.org/A/RES/${r})` : r;
  };
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}.`;

  while (size < bytes) {
    chapter++;
    push(`${roman(chapter)}. ${pick(TOPICS)}`);
    push('');
    const sections = 2 + Math.floor(rnd() * 4);
    for (let s = 0; s < sections && size < bytes; s++) {
      push(`${String.fromCharCode(65 + s)}. ${pick(SECTIONS)}`);
      push('');
      const paras = 3 + Math.floor(rnd() * 8);
      for (let p = 0; p < paras && size < bytes; p++) {
        paragraph++;
        const r = rnd();
        if (r < 0.12) {
          const day = 3 + Math.floor(rnd() * 3);
          const m = meeting++;
          const bracket = rnd() < 0.3;
          const meetings = bracket ? `[${ORDINAL(m)} and ${ORDINAL(m + 1)}] meetings` : `${ORDINAL(m)} meeting`;
          push(`${paragraph}. At its ${meetings}, on ${day} April ${year}, the Expert Group considered agenda item ${1 + Math.floor(rnd() * 5)}, entitled "${pick(TOPICS)}".`);
        } else if (r < 0.22) {
          push(`${paragraph}. Statements were made by experts of the following States: ${statesList()}.`);
        } else if (r < 0.3) {
          push(`${paragraph}. The Expert Group had before it the following documents:`);
          push('');
          const n = 2 + Math.floor(rnd() * 4);
          for (let i = 0; i < n; i++) {
            const sep = i === n - 1 ? '.' : ';';
            push(`- (${String.fromCharCode(97 + i)}) ${pick(['Provisional agenda', 'Note by the Secretariat', 'Conference room paper', 'List of participants'])} (${linkOrPlain(symbol(pick(['1', '2', 'CRP.1', 'CRP.2', 'INF/1'])))})${sep}`);
          }
        } else if (r < 0.34) {
          push(`${paragraph}. At its ${ORDINAL(meeting)} meeting, on 3 April ${year}, the Expert Group adopted the following provisional agenda:`);
          push('');
          push('1. Organizational matters:');
          push(' - (a) Opening of the meeting;');
          push(' - (b) Adoption of the agenda.');
          for (let i = 2; i <= 5; i++) push(`${i}. ${TOPICS[i - 1]}.`);
        } else if (r < 0.4) {
          push(`${paragraph}. ${sentence()} Recommendations included the following:`);
          push('');
          const n = 2 + Math.floor(rnd() * 3);
          for (let i = 0; i < n; i++) {
            push(`- (${String.fromCharCode(97 + i)}) States should ${pick(['consider', 'strengthen', 'review', 'promote'])} ${pick(['cooperation', 'training', 'legislation', 'data collection'])}${i === n - 1 ? '.' : ';'}`);
            if (rnd() < 0.3) {
              push(`   - (i) including through ${pick(['regional networks', 'joint investigations', 'model laws'])};`);
              push(`   - (ii) and with the support of UNODC${i === n - 1 ? '.' : ';'}`);
            }
          }
        } else if (r < 0.45) {
          push(`${paragraph}. ${sentence()} Statements were also made by representatives of the following non-governmental organizations: [...].`);
        } else {
          const n = 1 + Math.floor(rnd() * 4);
          const body = [];
          for (let i = 0; i < n; i++) body.push(sentence());
          if (rnd() < 0.2) body.push(`Reference was made to General Assembly resolution ${resolution()}.`);
          if (rnd() < 0.15) body.push(`[${sentence()}]`);
          if (rnd() < 0.1) body.push(`In that regard, ${pick(['one', 'another'])} speaker referred to “the need for a balanced approach” (see ${symbol('CRP.' + (1 + Math.floor(rnd() * 3)))}).`);
          push(`${paragraph}. ${body.join(' ')}`);
        }
        push('');
      }
    }
  }
  return parts.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = Number(process.argv[2] ?? 1_000_000);
  const seed = Number(process.argv[3] ?? 42);
  process.stdout.write(generateDraft(bytes, seed));
}
