/**
 * The Controls cell as teams really type it: words around ids, ranges, clauses of ISO/IEC 27001,
 * titles instead of ids, measures in words, ids a spreadsheet turned into numbers. Each case is
 * read into citations, and what an auditor would say about the cell is one finding at the cell.
 */
import * as fc from 'fast-check';
import { ANNEX_A_2022 } from '../../../core/annex-a/catalogue-data';
import { ANNEX_A_CATALOGUE, createCatalogue, parseControlCell, parseControlList } from '../../../core/annex-a/catalogue';
import type { ControlCitation } from '../../../core/annex-a/types';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import { riskRules } from '../../../core/rules/risk-rules';
import { registerCellOf } from '../../../core/rules/context';
import type { CellValue } from '../../../core/workbook/snapshot';
import { FIVE_BY_FIVE, sheet, workbook } from '../register/fixtures';
import { NOW, aRisk, contextFor, findingsFor } from '../rules/risk-builder';

const acme = createCatalogue([
  { id: 'ACME-01', title: 'Quarterly access review', theme: 'Custom', annexA: false },
  { id: 'ACME-02', title: 'Vendor security questionnaire', theme: 'Custom', annexA: false },
]);

/** Citations in a short form: `5.17`, `2013:A.9.2.3`, `clause:9.2`, `words`, `?raw`, `5.17 (title)`. */
function read(text: string, catalogue = ANNEX_A_CATALOGUE): string[] {
  return parseControlList(text, catalogue).map(short);
}

function short(c: ControlCitation): string {
  switch (c.kind) {
    case 'control':
      return c.byTitle ? `${c.id} (title)` : c.orMaybe ? `${c.id} or ${c.orMaybe}` : c.id;
    case 'annex-a-2013':
      return `2013:${c.id2013}`;
    case 'clause':
      return `clause:${c.clause}`;
    case 'free-text':
      return 'words';
    case 'unknown':
      return `?${c.raw}`;
  }
}

describe('words around ids are dropped', () => {
  it.each([
    ['Control 7.1, 7.2, 7.3 and 7.4', ['7.1', '7.2', '7.3', '7.4']],
    ['Controls: 5.15; 5.18', ['5.15', '5.18']],
    ['Annex A 8.16 and 8.9', ['8.16', '8.9']],
    ['ISO 27001 A.8.8', ['8.8']],
    ['ISO/IEC 27002:2022 8.24', ['8.24']],
    ['Ctrl. 5.17', ['5.17']],
    ['§ 8.13', ['8.13']],
    ['Control No. 5.1', ['5.1']],
    ['(A.8.7) [8.15]', ['8.7', '8.15']],
    ['5.15/5.18', ['5.15', '5.18']],
  ])('%s', (cell, ids) => {
    expect(read(cell)).toEqual(ids);
  });

  it.each([
    ['Kontrolle 5.1 und 5.2', ['5.1', '5.2']],
    ['Maßnahmen A.8.7, A.8.8', ['8.7', '8.8']],
    ['Anhang A 8.16', ['8.16']],
    ['contrôle 8.8 et 8.9', ['8.8', '8.9']],
    ['mesure 5.1', ['5.1']],
    ['control 8.5 y 8.2', ['8.5', '8.2']],
    ['controle 8.5 e 8.2', ['8.5', '8.2']],
    ['controllo 8.5 e 8.2', ['8.5', '8.2']],
    ['maatregel 8.5 en 8.2', ['8.5', '8.2']],
  ])('in other languages: %s', (cell, ids) => {
    expect(read(cell)).toEqual(ids);
  });

  it('keeps the raw text of each reference for messages, from the id on', () => {
    expect(parseControlList('Annex A 8.16, A.5.17, Control 5.99', ANNEX_A_CATALOGUE).map((c) => c.raw)).toEqual(['8.16', 'A.5.17', '5.99']);
  });

  it('reads "Control" without an id as a word, not as an unknown control', () => {
    expect(read('Control environment review')).toEqual(['words']);
  });
});

describe('ranges', () => {
  const incident = ['5.24', '5.25', '5.26', '5.27', '5.28'];

  it.each(['5.24 to 5.28', 'Control 5.24 to 5.28', '5.24-5.28', '5.24 – 5.28', '5.24 bis 5.28', '5.24 à 5.28', '5.24 a 5.28', '5.24 t/m 5.28', '5.24 tot en met 5.28', 'A.5.24 - A.5.28', '5.28 to 5.24'])(
    '%s cites every control between the ends',
    (cell) => {
      expect(read(cell)).toEqual(incident);
    },
  );

  it('follows the catalogue order, so 5.9 to 5.11 holds 5.10', () => {
    expect(read('A.8.1–A.8.3')).toEqual(['8.1', '8.2', '8.3']);
    expect(read('5.9 to 5.11')).toEqual(['5.9', '5.10', '5.11']);
  });

  it('reads a capital A between two ids as the prefix of the second, not as a range', () => {
    expect(read('5.17 A 8.9')).toEqual(['5.17', '8.9']);
  });

  it('never crosses themes, and a range with an unknown end is one unknown reference', () => {
    expect(read('5.37 to 6.2')).toEqual(['?5.37 to 6.2']);
    expect(read('5.24 to 5.99')).toEqual(['?5.24 to 5.99']);
    const risk = aRisk({ treatment: 'mitigate', controls: parseControlList('8.2, 5.24 to 5.99', ANNEX_A_CATALOGUE) });
    expect(findingsFor('control-unknown', [risk]).map((f) => f.message)).toEqual(['Risk R-1 cites "5.24 to 5.99", which is not a known control.']);
  });

  it('expands a range of 2013 ids within one objective', () => {
    expect(read('A.12.6.1 to A.12.6.2')).toEqual(['2013:A.12.6.1', '2013:A.12.6.2']);
  });

  it('sits beside single ids in one list', () => {
    expect(read('Controls: A.5.15 – A.5.18, A.8.2')).toEqual(['5.15', '5.16', '5.17', '5.18', '8.2']);
  });
});

describe('clauses of ISO/IEC 27001 are clauses, not controls', () => {
  it.each([
    ['Clause 9.2', 'clause:9.2'],
    ['clause 6.1.3', 'clause:6.1.3'],
    ['ISO 27001 clause 8.2', 'clause:8.2'],
    ['Kapitel 9.2', 'clause:9.2'],
    ['Abschnitt 10.1', 'clause:10.1'],
    ['chapitre 6.1.2', 'clause:6.1.2'],
    ['Clause 6.1', 'clause:6.1'],
    ['Clause 10', 'clause:10'],
  ])('%s, introduced by a clause word', (cell, reading) => {
    expect(read(cell)).toEqual([reading]);
  });

  describe('a bare number: Annex A has themes 5 to 8 with two levels, the clauses run from 4 to 10', () => {
    it.each([
      ['6.3', '6.3'],
      ['5.1', '5.1'],
      ['8.2', '8.2'],
      ['7.4', '7.4'],
    ])('%s is the Annex A control (a clause with the same number is far less likely in a Controls cell)', (cell, id) => {
      expect(read(cell)).toEqual([id]);
    });

    it.each([
      ['4.1', 'clause:4.1'],
      ['9.2', 'clause:9.2'],
      ['9.3', 'clause:9.3'],
      ['10.2', 'clause:10.2'],
      ['7.5.1', 'clause:7.5.1'],
      ['9.3.2', 'clause:9.3.2'],
      ['6.1.3', 'clause:6.1.3'],
      ['9.2.1', 'clause:9.2.1'],
    ])('%s is a clause (no 2022 control has that number)', (cell, reading) => {
      expect(read(cell)).toEqual([reading]);
    });

    it('reads 6.1.3 as the 2013 control A.6.1.3 when the cell is written in 2013 ids', () => {
      expect(read('6.1.3, A.12.6.1')).toEqual(['2013:A.6.1.3', '2013:A.12.6.1']);
      expect(read('6.1.3, 8.8')).toEqual(['clause:6.1.3', '8.8']);
    });

    it('reads an id with an "A." prefix or after "Control" as Annex A, never as a clause', () => {
      expect(read('A.6.1.3')).toEqual(['2013:A.6.1.3']);
      expect(read('A.9.2')).toEqual(['?A.9.2']);
      expect(read('Control 9.2')).toEqual(['?9.2']);
    });

    it('is neither a clause nor a control when it is neither (4.9, 9.9)', () => {
      expect(read('4.9, 9.9')).toEqual(['?4.9', '?9.9']);
    });
  });

  it('keeps a run of clauses going after "and" and ",", not past ";"', () => {
    expect(read('Clauses 6.1 and 6.2; 5.17')).toEqual(['clause:6.1', 'clause:6.2', '5.17']);
  });

  it('says so once per cell, as information, and never counts a clause as a control', () => {
    const risk = aRisk({ id: 'R-4', row: 8, treatment: 'mitigate', controls: parseControlList('8.8; Clause 9.2; 6.1.3', ANNEX_A_CATALOGUE) });
    const all = riskRules(contextFor([risk]));
    expect(all.filter((f) => f.code.startsWith('control-'))).toEqual([
      {
        severity: 'info',
        code: 'control-clause-cited',
        sheet: 'Risk register',
        cell: 'K8',
        message: 'Risk R-4 cites ISO/IEC 27001 clause 9.2 and 6.1.3, a requirement of the management system rather than a control.',
        fix: 'Keep the clause if it helps the reader, and cite beside it the Annex A controls that treat the risk.',
      },
    ]);
    expect(all.map((f) => f.code)).not.toContain('control-unknown');
  });

  it('leaves a risk to be mitigated that cites only a clause without a control', () => {
    const risk = aRisk({ treatment: 'mitigate', controls: parseControlList('Clause 8.3', ANNEX_A_CATALOGUE) });
    expect(findingsFor('mitigate-without-controls', [risk])).toHaveLength(1);
    expect(findingsFor('control-clause-cited', [risk])).toHaveLength(1);
  });
});

describe('control titles typed as text', () => {
  it.each([
    ['Information security awareness, education and training', '6.3'],
    ['information security awareness, education & training', '6.3'],
    ['Secure authentication', '8.5'],
    ['secure Authentication', '8.5'],
    ['Clear desk and clear screen', '7.7'],
    ['Labeling of information', '5.13'],
    ['Clock synchronisation', '8.17'],
    ['Physical security perimeter', '7.1'],
    ['Malware protection', '8.7'],
    ['Access control policy', '5.15'],
    ['Information security awareness and training', '6.3'],
  ])('%s names %s', (cell, id) => {
    expect(read(cell)).toEqual([`${id} (title)`]);
  });

  it('reads several titles in one cell, and titles beside ids', () => {
    expect(read('Secure authentication; Information backup, 8.8')).toEqual(['8.5 (title)', '8.13 (title)', '8.8']);
  });

  it('does not guess between two titles equally close', () => {
    // "Authentication" alone is one word of both 5.17 and 8.5.
    expect(read('Authentication')).toEqual(['words']);
  });

  it('suggests the ids in one warning per cell', () => {
    const risk = aRisk({ id: 'R-7', row: 11, controls: parseControlList('Secure authentication; Information backup', ANNEX_A_CATALOGUE) });
    expect(findingsFor('control-title-typed', [risk])).toEqual([
      {
        severity: 'warning',
        code: 'control-title-typed',
        sheet: 'Risk register',
        cell: 'K11',
        message: 'Risk R-7 names controls by title; Riskbook reads "Secure authentication" (8.5), "Information backup" (8.13).',
        fix: 'Type the ids (8.5, 8.13) instead of, or before, the titles.',
      },
    ]);
  });

  it('does not flag a title typed after its id', () => {
    const risk = aRisk({ controls: parseControlList('5.17 Authentication information', ANNEX_A_CATALOGUE) });
    expect(findingsFor('control-title-typed', [risk])).toEqual([]);
  });
});

describe('2013 ids keep their reading', () => {
  it.each([
    ['A.12.6.1', ['2013:A.12.6.1']],
    ['ISO 27001:2013 A.12.6.1', ['2013:A.12.6.1']],
    ['Control A.9.2.3 and A.12.4.1', ['2013:A.9.2.3', '2013:A.12.4.1']],
    ['9.2.3', ['2013:A.9.2.3']],
  ])('%s', (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it('still names the successors', () => {
    const risk = aRisk({ controls: parseControlList('Control A.12.6.1', ANNEX_A_CATALOGUE) });
    expect(findingsFor('control-2013-id', [risk]).map((f) => f.fix)).toEqual(['Replace A.12.6.1 with 8.8, or have Riskbook move every 2013 id at once (Move to 2022 ids, or riskbook move-register-ids): each cell keeps its old text in a note.']);
  });
});

describe('measures in words are never split into fake ids', () => {
  it.each([
    'Monthly Patch Management',
    'DLP + CASB Integration',
    'EDR, MFA on admin accounts, offline backups, partial network segmentation',
    'Files older than 12 months are not business-critical and can be re-created or are available from agency partners',
    'Patch within 7.5 days of release and reboot after 1.5 hours',
    'Internal audit per clause 9.2',
  ])('%s is one free-text reference, the whole cell', (cell) => {
    const citations = parseControlList(cell, ANNEX_A_CATALOGUE);
    expect(citations).toEqual([expect.objectContaining({ kind: 'free-text', raw: cell })]);
  });

  it('reads "N/A" and its kin as no control at all', () => {
    for (const cell of ['N/A', 'n/a', 'None', '-', 'N/A — risk eliminated by design', 'keine', 'aucun', 'TBD']) {
      expect(parseControlList(cell, ANNEX_A_CATALOGUE)).toEqual([]);
    }
  });

  it('gives one warning for the cell, naming the controls its words suggest', () => {
    const risk = aRisk({ id: 'R-001', row: 2, treatment: 'mitigate', controls: parseControlList('EDR, MFA on admin accounts, offline backups', ANNEX_A_CATALOGUE) });
    const all = riskRules(contextFor([risk]));
    expect(all.filter((f) => f.code.startsWith('control-') || f.code === 'mitigate-without-controls')).toEqual([
      {
        severity: 'warning',
        code: 'control-free-text',
        sheet: 'Risk register',
        cell: 'K2',
        message: 'Risk R-001 names its controls in words only ("EDR, MFA on admin accounts, offline backups"), so its treatment does not trace to any Annex A control.',
        fix:
          'Type the Annex A 2022 ids these measures implement (its words suggest 8.7 Protection against malware, 8.5 Secure authentication and 8.2 Privileged access rights), or add them to the Controls sheet as your own controls and cite their ids.',
      },
    ]);
  });

  it('suggests nothing when no word points to a control, and cuts a long cell in the message', () => {
    const long = 'Files older than twelve months are not business-critical and can be re-created or are available from agency partners';
    const [f] = findingsFor('control-free-text', [aRisk({ controls: parseControlList(long, ANNEX_A_CATALOGUE) })]);
    expect(f?.fix).toBe('Type the Annex A 2022 ids these measures implement, or add them to the Controls sheet as your own controls and cite their ids.');
    expect(f?.message).toContain('("Files older than twelve months are not business-critical and can be re-created…")');
  });

  it('cites the ids of a cell that mixes ids and words, and says nothing about the words', () => {
    expect(read('5.17 MFA for admins; quarterly review')).toEqual(['5.17']);
    expect(read('Firewall rules reviewed (8.20)')).toEqual(['8.20']);
    const risk = aRisk({ treatment: 'mitigate', controls: parseControlList('5.17 MFA for admins; quarterly review', ANNEX_A_CATALOGUE) });
    expect(riskRules(contextFor([risk])).filter((f) => f.code.startsWith('control-'))).toEqual([]);
  });

  it('still reports a fragment that looks like a mistyped id', () => {
    expect(read('5.17 MFA; 5.99')).toEqual(['5.17', '?5.99']);
    expect(read('quarterly review, A.15.3')).toEqual(['?A.15.3']);
    expect(read('AC-2, 8.5')).toEqual(['?AC-2', '8.5']);
  });

  it('reads numbers inside a sentence as prose, an id standing apart as an id', () => {
    expect(read('1.5 + monthly review')).toEqual(['words']);
    expect(read('1.2, 5.17')).toEqual(['?1.2', '5.17']);
    expect(read('Patch within 7.5 days')).toEqual(['words']);
    expect(read('Patch management - 8.8')).toEqual(['8.8']);
    expect(read('Central logs per Annex A 8.15 for all hosts')).toEqual(['8.15']);
    expect(read('Logging (8.15)')).toEqual(['8.15']);
  });

  it('keeps a team\'s own control ids working, also inside words', () => {
    expect(read('ACME-01, ACME-02 Vendor security questionnaire', acme)).toEqual(['ACME-01', 'ACME-02']);
    expect(read('Quarterly review per ACME-01', acme)).toEqual(['ACME-01']);
    expect(read('Control ACME-02 and 8.5', acme)).toEqual(['ACME-02', '8.5']);
  });
});

describe('ids a spreadsheet turned into numbers', () => {
  it('reads a number as the id it spells, unambiguous when no other id drops to it', () => {
    expect(parseControlCell(8.16, ANNEX_A_CATALOGUE).map(short)).toEqual(['8.16']);
    expect(parseControlCell(5.37, ANNEX_A_CATALOGUE).map(short)).toEqual(['5.37']);
  });

  it.each([
    [8.1, '8.1 or 8.10'],
    [5.3, '5.3 or 5.30'],
    [5.2, '5.2 or 5.20'],
    [7.1, '7.1 or 7.10'],
  ])('marks %s as possibly the id with a trailing zero', (value, reading) => {
    expect(parseControlCell(value, ANNEX_A_CATALOGUE).map(short)).toEqual([reading]);
  });

  it('lets the row settle it when another cell names one of the two controls', () => {
    const row: CellValue[] = ['R-3', 'Old laptops', 'Information deletion before disposal', 8.1];
    expect(parseControlCell(8.1, ANNEX_A_CATALOGUE, row).map(short)).toEqual(['8.10']);
    expect(parseControlCell(8.1, ANNEX_A_CATALOGUE, ['R-4', 'User endpoint devices', 8.1]).map(short)).toEqual(['8.1']);
  });

  it('reads a number that is no id as a mistyped id, never as words', () => {
    expect(parseControlCell(12.9, ANNEX_A_CATALOGUE).map(short)).toEqual(['?12.9']);
    expect(parseControlCell(5, ANNEX_A_CATALOGUE).map(short)).toEqual(['?5']);
  });

  it('reads text as typed: "8.10" stays 8.10, "8.1" is 8.1 with no doubt', () => {
    expect(parseControlCell('8.10', ANNEX_A_CATALOGUE).map(short)).toEqual(['8.10']);
    expect(parseControlCell('8.1', ANNEX_A_CATALOGUE).map(short)).toEqual(['8.1']);
  });

  it('warns once at the cell, through the register reader', () => {
    const header = ['Risk ID', 'Asset', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls'];
    const snapshot = workbook(
      sheet('Risks', [
        header,
        ['R-1', 'Laptops', 'Theft', 'Likely', 'Major', 'IT', 'Mitigate', 8.1],
        ['R-2', 'Laptops', 'Information deletion fails', 'Likely', 'Major', 'IT', 'Mitigate', 8.1],
        ['R-3', 'CRM', 'Phishing', 'Likely', 'Major', 'IT', 'Mitigate', 8.16],
      ]),
    );
    const { location } = locateRegister(snapshot);
    const { risks } = readRisks(snapshot, location!, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
    // R-2's threat names 8.10 by its title: the row settles it.
    expect(risks.map((r) => r.controls.map(short))).toEqual([['8.1 or 8.10'], ['8.10'], ['8.16']]);
    const ctx = { risks, methodology: FIVE_BY_FIVE, sheet: 'Risks', cellOf: registerCellOf(location!), now: NOW };
    expect(riskRules(ctx).filter((f) => f.code === 'control-number-ambiguous')).toEqual([
      {
        severity: 'warning',
        code: 'control-number-ambiguous',
        sheet: 'Risks',
        cell: 'H2',
        message: 'Risk R-1 cites the number 8.1, read as control 8.1; it may be 8.10 stored as a number.',
        fix: 'Format the cell as text and type the id again (8.1 or 8.10).',
      },
    ]);
  });
});

describe('the reading is general', () => {
  const ids2022 = ANNEX_A_2022.map((c) => c.id);
  const separators = [', ', '; ', '\n', ' and ', ' und ', ' et ', ' & ', ' / ', ' '];
  const leads = ['', 'Control ', 'Annex A ', 'A.', 'ISO 27002 ', 'Kontrolle ', 'Ctrl '];

  it('reads any list of 2022 ids, whatever the separators and the words before them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids2022), fc.constantFrom(...leads), fc.constantFrom(...separators)), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const text = parts.map(([id, lead], i) => `${i === 0 ? '' : parts[i - 1]![2]}${lead}${id}`).join('');
          const expected = [...new Set(parts.map(([id]) => id))];
          expect(read(text)).toEqual(expected);
        },
      ),
    );
  });

  it('reads prose without ids as one free-text reference, whatever its words and separators', () => {
    const words = ['monthly', 'patch', 'review', 'admin', 'accounts', 'backups', 'offline', 'EDR', 'MFA', 'vendor', 'checklist', 'for', 'the', 'and', 'within', '12', 'days', 'v2', 'TLS', '1.5'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '; ', ' + ', '\n')), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => `${w}${s}`).join('').trim();
        // A cell of numbers only ("1.5") holds a mistyped id, not prose.
        // "and" separates ids like a comma does: "1.5 and" is a number alone, not prose.
        fc.pre(parts.some(([w]) => /[a-z]/i.test(w) && w !== 'and'));
        const citations = parseControlList(text, ANNEX_A_CATALOGUE);
        expect(citations.filter((c) => c.kind !== 'free-text')).toEqual([]);
        expect(citations.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays linear on a long cell of prose', () => {
    const text = Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 'and 7.5 days,' : 'monthly patch review')).join(' ');
    const started = performance.now();
    expect(parseControlList(text, ANNEX_A_CATALOGUE)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stays linear on a cell of hundreds of ranges and clauses', () => {
    const text = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? 'Control 5.24 to 5.28' : 'Clause 9.2')).join(', ');
    const started = performance.now();
    expect(parseControlList(text, ANNEX_A_CATALOGUE)).toHaveLength(6);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('an Annex A theme is not a control', () => {
  it.each([['A.8'], ['A.5 A.8'], ['Annex A 8'], ['A.5/A.8']])('"%s" gives one warning for the cell naming the themes, and no unknown control', (cell) => {
    const risk = aRisk({ id: 'R-001', row: 2, treatment: 'mitigate', controls: parseControlList(cell, ANNEX_A_CATALOGUE) });
    const found = riskRules(contextFor([risk])).filter((f) => f.code.startsWith('control-'));
    expect(found.map((f) => f.code)).toEqual(['control-theme-cited']);
    expect(found[0]!.message).toMatch(/^Risk R-001 cites the themes? A\.[58] \((Organizational|Technological)\)/);
  });

  it('leaves controls of a theme (A.8.7) and ranges alone', () => {
    const risk = aRisk({ id: 'R-001', row: 2, treatment: 'mitigate', controls: parseControlList('A.8.7, A.8.8', ANNEX_A_CATALOGUE) });
    expect(riskRules(contextFor([risk])).filter((f) => f.code.startsWith('control-'))).toEqual([]);
  });
});
