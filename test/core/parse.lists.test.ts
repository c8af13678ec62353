// The one list reader (parse/lists.ts): lists of names in the model with their head, entries,
// ranges and entry types; lists headed by States split at State names.

import * as assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/index';
import type { DraftModel, ListEntry } from '../../server/src/core/index';
import { listHead } from '../../server/src/core/parse/lists';

const TEXT = `1. Experts of the following States attended: Brazil, the Islamic Republic of Iran, China and Chile.

2. The following organizations were represented: Asia Info Network (AIN), Friends of the Sea UK and Care International.

3. Statements were made by the following panellists: Mr. Jean Dupont (Chile); Ms. Ana Pérez (Peru); and Lu Chuanying (China).

4. The voting was as follows:

In favour:
Albania, Andorra and Antigua and Barbuda.
`;

function shown(model: DraftModel, entries: readonly ListEntry[]): string[] {
  return entries.map((e) => `${model.text.slice(e.range.start, e.range.end)}=${e.type}${e.state ? `:${e.state}` : ''}`);
}

describe('lists in the model', () => {
  const model = parseDraft(TEXT);

  it('reads each list once with its head and the line it stands on', () => {
    assert.deepEqual(
      model.lists.map((l) => [l.form, l.head.kind, l.head.text, l.line]),
      [
        ['inline', 'attendance', 'following States attended:', 0],
        ['inline', 'organizations', 'organizations were represented:', 2],
        ['inline', 'speakers', 'the following panellists:', 4],
        ['inline', 'vote', 'In favour:', 9],
      ],
    );
  });

  it('types every entry: States resolved to the UNTERM list, people with their State, organizations', () => {
    assert.deepEqual(shown(model, model.lists[0].entries), ['Brazil=state:BRA', 'the Islamic Republic of Iran=state:IRN', 'China=state:CHN', 'Chile=state:CHL']);
    assert.deepEqual(shown(model, model.lists[1].entries), ['Asia Info Network (AIN)=organization', 'Friends of the Sea UK=organization', 'Care International=organization']);
    assert.deepEqual(shown(model, model.lists[2].entries), ['Mr. Jean Dupont (Chile)=person:CHL', 'Ms. Ana Pérez (Peru)=person:PER', 'Lu Chuanying (China)=person:CHN']);
    // "Antigua and Barbuda" is one State, not two entries.
    assert.deepEqual(shown(model, model.lists[3].entries), ['Albania=state:ALB', 'Andorra=state:AND', 'Antigua and Barbuda=state:ATG']);
  });

  it('keeps the lists headed by States or a vote, with the line of their first entry', () => {
    assert.deepEqual(
      model.stateLists.map((l) => [l.head.kind, l.line, l.firstLine, l.entries.map((e) => model.text.slice(e.range.start, e.range.end)).join(', ')]),
      [
        ['attendance', 0, 0, 'Brazil, the Islamic Republic of Iran, China, Chile'],
        ['vote', 8, 9, 'Albania, Andorra, Antigua and Barbuda'],
      ],
    );
  });

  it('reads the names under a State head that the list of names refuses: the names country-name judges', () => {
    const m = parseDraft(
      "1. The following States were represented: Cape Verde, the former Yugoslav Republic of Macedonia, Cote d'ivoire and Zaire.\n\n" +
        'Abstaining:\nUruguay.\n\n' +
        '2. Representatives of the following States attended:\nAlbania\tIreland\nAngola\tJapan\n',
    );
    const names = (l: { entries: readonly { range: { start: number; end: number } }[] }): string[] => l.entries.map((e) => m.text.slice(e.range.start, e.range.end));
    // Lowercase words are no name to duplicate-entry and list-order, one name is no list, a row of a table is one line.
    assert.deepEqual(m.lists.map((l) => [l.form, names(l)]), [['lines', ['Albania\tIreland', 'Angola\tJapan']]]);
    assert.deepEqual(m.stateLists.map(names), [
      ['Cape Verde', 'the former Yugoslav Republic of Macedonia', "Cote d'ivoire", 'Zaire'],
      ['Uruguay'],
      ['Albania', 'Ireland', 'Angola', 'Japan'],
    ]);
  });

  it('gives each entry of a list of States the name that is judged', () => {
    const m = parseDraft('1. The following States attended: Brazil (on behalf of the Group of 77), Venezuela (Bolivarian Republic), Mr. Jean Dupont (Chile)\tPeru,1 Chile.\n');
    const entries = m.stateLists[0].entries.map((e) => [m.text.slice(e.range.start, e.range.end), e.name, e.attribution]);
    assert.deepEqual(entries, [
      // A note in parentheses is no part of the name.
      ['Brazil', 'Brazil', false],
      // A garbled parenthesis of the name's own stays in the entry (a fix replaces it whole); the name before it is judged.
      ['Venezuela (Bolivarian Republic)', 'Venezuela', false],
      // A person with the State in parentheses: only the State, as an attribution.
      ['Chile', 'Chile', true],
      // A tab separates cells as a comma does; a footnote figure after a comma is no part of the next name.
      ['Peru', 'Peru', false],
      ['Chile', 'Chile', false],
    ]);
  });

  it('reads a list of States one name a line up to where it ends, and a run of names wrapped onto the next line as before', () => {
    const m = parseDraft(
      '1. The following States joined the consensus:\n\n- Brazil;\n\n- Japan2; and\n- Mr. Jean Dupont (Chile).\nThe Committee thanked them.\n\n' +
        '2. The following States were represented:\nPeru\nColumbia\nUruguay\nGeneral Debate\nClosing Remarks\n\n' +
        '3. The following States were represented:\nBosnia and\nHerzegovina, Chile and Peru.\n\n' +
        '4. The following States were represented:\nColumbia\nSwizerland\nThe Committee thanked them.\n',
    );
    // The text each entry replaces, a line break shown as a space.
    const entries = m.stateLists.map((l) => l.entries.map((e) => [m.text.slice(e.range.start, e.range.end).replace('\n', ' '), e.attribution]));
    assert.deepEqual(entries, [
      // A bullet, a footnote figure and the final "and" are no part of a name; a person's State is an attribution.
      [['Brazil', false], ['Japan', false], ['Chile', true]],
      // A bare line that is not a State is read between two of the list's names, not as the title after them.
      [['Peru', false], ['Columbia', false], ['Uruguay', false]],
      // One name with a separator and none on the next line: the run of names is read over the wrapped lines.
      [['Bosnia and Herzegovina', false], ['Chile', false], ['Peru', false]],
      // Short lines without a separator end where the author ended them: they are not joined into one name.
      [['Columbia', false]],
    ]);
    // The list covers its lines only: the sentence after it is not in its ranges.
    const covered = m.stateLists[0].ranges.map((r) => m.text.slice(r.start, r.end));
    assert.deepEqual(covered, ['Brazil;', 'Japan2; and', 'Mr. Jean Dupont (Chile).']);
  });

  it('gives a placeholder no key, so it is never compared', () => {
    const m = parseDraft('1. The following States spoke: Brazil, [...], China and [...].\n');
    assert.deepEqual(m.lists[0].entries.map((e) => [e.type, e.key === undefined]), [['state', false], ['placeholder', true], ['state', false], ['placeholder', true]]);
  });

  it('tells what a head announces from the words before its colon', () => {
    const kinds = ['following States:', 'Against:', 'Latin American and Caribbean States:', 'and Caribbean States:', 'organizations were represented:', 'Statements were made by:', 'had before it the following documents:', 'agenda as follows:', ''].map((t) => listHead(t).kind);
    assert.deepEqual(kinds, ['states', 'vote', 'regional-group', 'regional-group', 'organizations', 'speakers', 'documents', 'other', 'none']);
  });

  it('tells an alphabetical list from a list in speaking, sponsoring or stated order by the whole clause of its head', () => {
    const heads: Array<[string, string]> = [
      ['The following 59 States Parties participated in the Meeting:', 'states-parties'],
      ['The following 31 States attended the Meeting as observers:', 'observers'],
      ['The Special Committee currently consists of the following 157 members:', 'members'],
      ['Representatives of the following States members of the Board attended the session:', 'attendance'],
      // A statement mentioned on the way is not a list of speakers: the credentials came from these States.
      ['As updated by the statement of the representative of the Office of Legal Affairs, credentials had been submitted to the Secretary-General by the following 72 States:', 'states'],
      ['Statements were made by the representatives of the following States:', 'speakers'],
      ['The following States took the floor:', 'speakers'],
      ['The draft resolution was sponsored by the following States:', 'sponsors'],
      ['The following States aligned themselves with the statement:', 'sponsors'],
      ['The States Parties, in the order of receipt of the reports, are:', 'stated-order'],
      ['the following States Parties (listed in the order of receipt of the reports):', 'stated-order'],
    ];
    const words = (clause: string): string => clause.split(' ').slice(-3).join(' ');
    assert.deepEqual(heads.map(([clause]) => listHead(words(clause), clause).kind), heads.map(([, kind]) => kind));
  });

  it('takes the title line above a line of State names as its head, and only for a line that is nothing but names', () => {
    const m = parseDraft('List of participants\n\nStates Members of the United Nations\nAngola, Chad, Peru, Zambia\n\nStatements\nThe representatives of Angola, Chad and Peru spoke.\n');
    assert.deepEqual(m.lists.map((l) => [l.head.kind, l.head.text, l.entries.length]), [['members', 'States Members of the United Nations', 4], ['none', '', 3]]);
  });

  it('reads the head of an inline list from the start of its sentence', () => {
    const m = parseDraft('7. The States Parties, in the order of receipt of the reports, are: Peru, Rwanda and Chile.\n');
    assert.deepEqual(m.lists.map((l) => [l.head.kind, l.head.text]), [['stated-order', 'are:']]);
  });
});
