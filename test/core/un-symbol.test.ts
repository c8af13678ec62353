// The symbol grammar (core/un/symbol.ts) and the date reader (core/un/dates.ts) that document-symbol,
// masthead, date-format and meeting-dates share, and that the language server's hover reuses.

import * as assert from 'node:assert/strict';
import { parseSymbol, splitDoubleSymbol, symbolProblems } from '../../server/src/core/un/symbol';
import { readDateCell, readDatePhrase } from '../../server/src/core/un/dates';

const kinds = (s: string): string => (parseSymbol(s)?.components ?? []).map((c) => `${c.text}:${c.kind}`).join(' ');

describe('parseSymbol', () => {
  it('splits a UNODC expert-group symbol and explains each component', () => {
    const s = parseSymbol('UNODC/CCPCJ/EG.4/2018/L.1');
    assert.ok(s);
    assert.equal(kinds('UNODC/CCPCJ/EG.4/2018/L.1'), 'UNODC:organ CCPCJ:body EG.4:body 2018:year L.1:special');
    assert.equal(s.year, 2018);
    assert.equal(s.limited, true);
    assert.equal(s.seriesPrefix, 'UNODC/CCPCJ/EG.4');
    assert.deepEqual(s.components.map((c) => c.explanation), [
      'United Nations Office on Drugs and Crime',
      'Commission on Crime Prevention and Criminal Justice',
      'expert group 4',
      'year 2018',
      'limited distribution (generally a draft), No. 1',
    ]);
    assert.equal(s.summary, 'Limited distribution: United Nations Office on Drugs and Crime, Commission on Crime Prevention and Criminal Justice, expert group 4, year 2018');
    // Offsets point into the symbol text.
    for (const c of s.components) assert.equal('UNODC/CCPCJ/EG.4/2018/L.1'.slice(c.start, c.end), c.text);
  });

  it('reads sessions, series, changes and years in parentheses', () => {
    assert.equal(kinds('E/CN.15/2011/19'), 'E:organ CN.15:body 2011:year 19:serial');
    assert.equal(parseSymbol('E/CN.15/2011/19')?.components[1].explanation, 'Commission on Crime Prevention and Criminal Justice');
    assert.equal(kinds('A/79/437'), 'A:organ 79:session 437:serial');
    assert.equal(kinds('A/C.2/79/L.21/Rev.1'), 'A:organ C.2:body 79:session L.21:special Rev.1:change');
    assert.equal(parseSymbol('A/C.2/79/L.21/Rev.1')?.components[1].explanation, 'Second Committee');
    assert.equal(kinds('UNODC/CCPCJ/EG.4/2018/INF/1'), 'UNODC:organ CCPCJ:body EG.4:body 2018:year INF:series 1:serial');
    assert.equal(kinds('TPNW/MSP/2025/NGO/34'), 'TPNW:organ MSP:body 2025:year NGO:series 34:serial');
    assert.equal(kinds('A/HRC/RES/59/25'), 'A:organ HRC:body RES:series 59:session 25:serial');
    assert.equal(kinds('FCCC/CP/2015/10/Add.1'), 'FCCC:organ CP:body 2015:year 10:serial Add.1:change');
    const sc = parseSymbol('S/RES/1440 (2002)');
    assert.equal(sc?.year, 2002);
    assert.equal(kinds('A/RES/ES-10/21'), 'A:organ RES:series ES-10:session 21:serial');
    assert.equal(parseSymbol('E/2025/28-E/CN.7/2025/11')?.text, 'E/2025/28');
    assert.equal(parseSymbol('65/230'), undefined);
    assert.equal(parseSymbol('and/or'), undefined);
  });
});

describe('symbolProblems', () => {
  const fixed = (s: string, years?: Record<string, number[]>): string[] =>
    symbolProblems(s, years ? (p) => years[p] : undefined).map((p) => `${p.found}->${p.expected ?? '?'}`);

  it('finds the near misses of R6–R9', () => {
    assert.deepEqual(fixed('UNODC/CCPCJ/EG.4/2018/L/1'), ['L/1->L.1']);
    assert.deepEqual(fixed('UNODC/CCPCJ/EG.4/2018/CRP/1'), ['CRP/1->CRP.1']);
    assert.deepEqual(fixed('UNODC/CCPCJ/EG.4/2018/INF.1'), ['INF.1->INF/1']);
    assert.deepEqual(fixed('A/RES.44/25'), ['RES.44->RES/44']);
    assert.deepEqual(fixed('UNODC/CCPCJ/EG.4/2018/L.1/ADD.1'), ['ADD.1->Add.1']);
    assert.deepEqual(fixed('UNODC/CCPCJ/EG.4/2018/L.1/Add1'), ['Add1->Add.1']);
    assert.deepEqual(fixed('E/CN15/2011/19'), ['CN15->CN.15']);
    assert.deepEqual(fixed('E/CN.15/11/19'), ['11->?']);
    assert.deepEqual(fixed('UNODC/CCPCJ/EG.4/18/CRP.1', { 'UNODC/CCPCJ/EG.4': [2017, 2018] }), ['18->2018']);
  });

  it('accepts real symbols of every shape in the corpus', () => {
    for (const s of [
      'E/CN.15/2011/19', 'A/79/437', 'A/79/437/Add.4', 'A/C.2/79/L.21/Rev.1', 'A/HRC/13/6', 'A/HRC/WG.6/6/L.5', 'A/HRC/WG.6/6/ALB/1',
      'A/HRC/RES/59/25', 'TPNW/MSP/2025/NGO/34', 'TPNW/MSP/2025/INF/5/Rev.1', 'FCCC/CP/2015/10/Add.1', 'FCCC/PA/CMA/2021/10/Add.1',
      'UNEP/EA.5/Res.11', 'UNEP/OzL.Pro.28/12', 'JIU/NOTE/2022/1/Rev.1', 'E/C.12/1/Add.1', 'TD/B/WP/316', 'A/RES/ES-10/21',
      'A/AC.182/L.162', 'E/ESCAP/80/1', 'E/ESCWA/30/L.1', 'ECE/TRANS/WP.29/2024/1', 'CBD/COP/DEC/14/1', 'E/CN.7/2025/L.6/Rev.1', 'UNW/2025/CRP.1/Rev.2', 'E/INCB/2024/1', 'S/RES/1440', 'S/PRST/2002/1',
    ]) assert.deepEqual(fixed(s), [], s);
  });

  it('splits double symbols at the hyphen that starts another symbol', () => {
    assert.deepEqual(splitDoubleSymbol('E/CN.7/2025/2-E/CN.15/2025/2'), [[0, 'E/CN.7/2025/2'], [14, 'E/CN.15/2025/2']]);
    assert.deepEqual(splitDoubleSymbol('A/RES/ES-10/21'), [[0, 'A/RES/ES-10/21']]);
  });
});

describe('readDatePhrase and readDateCell', () => {
  it('reads lists and spans, carrying months and years backwards', () => {
    assert.deepEqual(readDatePhrase('3 and 4 April 2018, the Expert Group'), {
      days: [{ d: 3, m: 4, y: 2018 }, { d: 4, m: 4, y: 2018 }], span: false, length: 18,
    });
    assert.deepEqual(readDatePhrase('30 November to 11 December 2009.')?.days, [{ d: 30, m: 11, y: 2009 }, { d: 11, m: 12, y: 2009 }]);
    assert.equal(readDatePhrase('3–5 April')?.span, true);
    assert.deepEqual(readDatePhrase('26 November, the Committee')?.days, [{ d: 26, m: 11 }]);
    assert.deepEqual(readDatePhrase('6 December 2024 and 10–14 March 2025')?.days, [{ d: 6, m: 12, y: 2024 }]);
    assert.equal(readDatePhrase('3 delegations'), undefined);
  });

  it('reads a masthead date cell in any form and says what the UN form is', () => {
    assert.deepEqual(readDateCell('3 April 2018'), { ok: true });
    assert.equal(readDateCell('April 3, 2018')?.canonical, '3 April 2018');
    assert.equal(readDateCell('3rd April 2018')?.canonical, '3 April 2018');
    assert.equal(readDateCell('14 Oct. 2024')?.canonical, '14 October 2024');
    assert.equal(readDateCell('13/04/2018')?.canonical, '13 April 2018');
    assert.equal(readDateCell('03/04/2018')?.canonical, undefined);
    assert.equal(readDateCell('2018-04-03')?.canonical, '3 April 2018');
    assert.equal(readDateCell('31 April 2018')?.ok, false);
    assert.equal(readDateCell('Vienna, 3–5 April 2018'), undefined);
  });
});
