// Generates server/src/core/data/states.ts from the UNTERM list of Member and observer States
// (un-member-states.tsv: short_name, formal_name, iso3, status, source), so the core needs no file I/O.
// Usage: node scripts/gen-states.mjs [path/to/un-member-states.tsv]
// The output is committed; re-run this script when the list changes.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, '..', 'shared', 'reference', 'un-member-states.tsv');
const output = join(root, 'server', 'src', 'core', 'data', 'states.ts');

// Names that are not in the UNTERM columns but name the same State in UN documents: former short
// names (renamed States) and the current UNTERM short name of the Netherlands (see un-conventions R40).
const ALIASES = {
  CPV: ['Cape Verde'],
  LBY: ['Libyan Arab Jamahiriya'],
  MKD: ['The former Yugoslav Republic of Macedonia'],
  NLD: ['Netherlands (Kingdom of the)'],
  SWZ: ['Swaziland'],
  TUR: ['Turkey'],
};

// The lookup functions are part of the generated file so that the data and its API stay together.
const API = `
/**
 * A comparison key for a State name: case, accents, apostrophe forms, spacing, a leading "the",
 * a trailing UNTERM "(the)" marker, asterisks and final punctuation do not matter.
 * \`normalizeStateName("the  Islamic Republic of Iran")\` = \`normalizeStateName("islamic republic of iran")\`.
 */
export function normalizeStateName(name: string): string {
  // ASCII (the usual case) in one loop without regular expressions; anything else by the general path.
  const n = name.length;
  let clean = true; // single spaces between words only, nothing to drop or replace
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c > 127) return finishKey(normalizeGeneral(name));
    if (c === 42 || c === 96 || (c >= 9 && c <= 13) || (c === 32 && (i === 0 || i === n - 1 || name.charCodeAt(i + 1) === 32))) clean = false;
  }
  if (clean) return finishKey(name.toLowerCase());
  let out = '';
  let space = false; // a blank is pending between two words
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 42) continue;
    if (c === 32 || (c >= 9 && c <= 13)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c === 96 ? "'" : name.charAt(i);
  }
  return finishKey(out);
}

/** Accents, apostrophe forms, asterisks and spacing of any text; the result is trimmed and in lower case. */
function normalizeGeneral(name: string): string {
  let s = name.normalize('NFD').replace(/\\p{M}+/gu, '');
  s = s.replace(/[\\u2018\\u2019\\u02bc\\u0060\\u00b4]/g, "'").replace(/\\*/g, '');
  return s.replace(/\\s+/g, ' ').trim().toLowerCase();
}

/** Final punctuation, a trailing "(the)" and a leading "the" of a trimmed, lower-case name. */
function finishKey(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  if (last === 46 || last === 44 || last === 59 || last === 58) s = s.slice(0, -1).trim();
  if (s.endsWith(' (the)')) s = s.slice(0, -6);
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

let index: Map<string, StateName> | undefined;

/** The State a name denotes, by its short name, formal name or an alias (compared normalized). */
export function lookupState(name: string): StateName | undefined {
  if (name.length > 120) return undefined;
  if (!index) {
    index = new Map();
    for (const s of STATES) {
      for (const n of [s.short, s.formal, ...(s.aliases ?? [])]) index.set(normalizeStateName(n), s);
    }
  }
  return index.get(normalizeStateName(name));
}
`;

const rows = readFileSync(input, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
const header = rows.shift().split('\t');
const col = (name) => {
  const i = header.indexOf(name);
  if (i === -1) throw new Error(`${input}: no "${name}" column`);
  return i;
};
const [iShort, iFormal, iIso, iStatus] = ['short_name', 'formal_name', 'iso3', 'status'].map(col);

const states = rows.map((line, n) => {
  const f = line.split('\t');
  const short = f[iShort].trim();
  const formal = f[iFormal].trim().replace(/^the\s+/, '');
  const iso3 = f[iIso].trim();
  const status = f[iStatus].trim();
  if (!short || !formal || !/^[A-Z]{3}$/.test(iso3) || !['member', 'observer'].includes(status)) {
    throw new Error(`${input}:${n + 2}: unexpected row ${JSON.stringify(line)}`);
  }
  return { short, formal, iso3, status, aliases: ALIASES[iso3] ?? [] };
});
states.sort((a, b) => a.short.localeCompare(b.short, 'en'));
for (const iso of Object.keys(ALIASES)) if (!states.some((s) => s.iso3 === iso)) throw new Error(`alias for unknown ${iso}`);

const q = (s) => JSON.stringify(s);
const body = states
  .map((s) => `  { short: ${q(s.short)}, formal: ${q(s.formal)}, iso3: ${q(s.iso3)}, status: ${q(s.status)}${s.aliases.length ? `, aliases: [${s.aliases.map(q).join(', ')}]` : ''} },`)
  .join('\n');

const ts = `// GENERATED by scripts/gen-states.mjs from un-member-states.tsv; do not edit by hand.
// UN Member States and observer States with their UNTERM short and formal names (formal name
// without its leading "the"), ISO 3166-1 alpha-3 code and status. Source: UN Protocol and Liaison
// Service (UNTERM), via the project's reference list (un-conventions.md R37-R40).
// Aliases are former or alternative names that still denote the same State in UN documents.

export type StateStatus = 'member' | 'observer';

export interface StateName {
  /** UNTERM short name, the form used in lists: \`Iran (Islamic Republic of)\`. */
  readonly short: string;
  /** UNTERM formal name without its leading "the": \`Islamic Republic of Iran\`. */
  readonly formal: string;
  readonly iso3: string;
  readonly status: StateStatus;
  /** Former or alternative names (\`Turkey\`, \`Netherlands (Kingdom of the)\`). */
  readonly aliases?: readonly string[];
}

export const STATES: readonly StateName[] = [
${body}
];
${API}`;
writeFileSync(output, ts);
console.log(`wrote ${output} (${states.length} States)`);
