/**
 * SoA headers are read in the seven languages of the vocabulary, in any spelling a team types
 * them, and the header words themselves hold no word twice.
 */
import * as fc from 'fast-check';
import { LANGUAGES } from '../../../core/register/header-vocabulary';
import { findTeamSoa, locateTeamSoa } from '../../../core/team-soa/locate-team-soa';
import type { SoaHeaderField } from '../../../core/team-soa/soa-header-words';
import { SOA_FIELD_WORDS, readSoaHeader } from '../../../core/team-soa/soa-header-words';
import type { Row } from './soa-fixtures';
import { IDS_2022, NOTHING_SKIPPED, germanSoa, sheet, workbook } from './soa-fixtures';

const WORDS: readonly (readonly [string, SoaHeaderField])[] = (Object.entries(SOA_FIELD_WORDS) as [SoaHeaderField, (typeof SOA_FIELD_WORDS)[SoaHeaderField]][]).flatMap(
  ([field, table]) => [table.words, table.generic, table.fallback].flatMap((words) => LANGUAGES.flatMap((lang) => (words?.[lang] ?? []).map((w) => [w, field] as const))),
);

/** Five controls in the given header, with decisions in the sheet's language. */
function fiveControls(header: Row, decisions: readonly string[]): Row[] {
  return [header, ...IDS_2022.slice(0, 5).map((id, i) => [`A.${id}`, `Control ${id}`, decisions[i % decisions.length]!, 'Begründung / justification', 'EV-1'])];
}

describe('SoA headers in other languages', () => {
  it('reads a German SoA: Nr. | Maßnahme | Anwendbar | Begründung | Begründung für Ausschluss | Umsetzungsstand | Verantwortlich | Nachweis | Letzte Prüfung', () => {
    const soa = findTeamSoa(workbook(germanSoa()), { skipSheets: NOTHING_SKIPPED });
    expect(soa?.location).toMatchObject({
      headerRow: 3,
      columns: { controlId: 0, title: 1, applicable: 2, justification: 3, exclusionJustification: 4, implementationStatus: 5, owner: 6, evidence: 7, lastReviewed: 8 },
    });
    const byId = new Map(soa!.rows.map((r) => [r.controlId, r]));
    expect(byId.get('5.5')!.applicability).toEqual({ decision: 'yes', partial: true });
    expect(byId.get('8.30')).toMatchObject({ applicability: { decision: 'no' }, applicableText: 'Nein', exclusionJustification: 'Keine Softwareentwicklung im Anwendungsbereich' });
    // "Gesetzlich; Vertraglich" names the reasons.
    expect(byId.get('5.1')!.reasons).toMatchObject({ legal: true, contractual: true, risk: false });
  });

  it.each([
    ['French', ['Réf. annexe A', 'Intitulé de la mesure', 'Applicabilité', 'Justification', 'Preuves'], ['Oui', 'Non', 'Partiellement']],
    ['Spanish', ['Nº de control', 'Nombre del control', 'Aplicable', 'Justificación', 'Evidencias'], ['Sí', 'No', 'Parcialmente']],
    ['Portuguese', ['Nº do controle', 'Nome do controle', 'Aplicável', 'Justificativa', 'Evidências'], ['Sim', 'Não', 'Parcial']],
    ['Italian', ['Rif. allegato A', 'Nome del controllo', 'Applicabile', 'Giustificazione', 'Evidenze'], ['Sì', 'No', 'Parzialmente']],
    ['Dutch', ['Maatregel-ID', 'Naam beheersmaatregel', 'Van toepassing', 'Rechtvaardiging', 'Bewijs'], ['Ja', 'Nee', 'Gedeeltelijk']],
  ])('reads a %s SoA', (_language, header, decisions) => {
    const rows = fiveControls(header, decisions);
    expect(locateTeamSoa(sheet('SoA', rows))).toMatchObject({ columns: { controlId: 0, title: 1, applicable: 2, justification: 3, evidence: 4 } });
    const soa = findTeamSoa(workbook(sheet('SoA', rows)), { skipSheets: NOTHING_SKIPPED });
    expect(soa!.rows.map((r) => r.applicability)).toEqual([
      { decision: 'yes', partial: false }, { decision: 'no', partial: false }, { decision: 'yes', partial: true },
      { decision: 'yes', partial: false }, { decision: 'no', partial: false },
    ]);
  });

  it('reads "Begründung" merged over "Einbeziehung | Ausschluss" as the two justifications', () => {
    const rows: Row[] = [
      ['Nr.', 'Anwendbar', 'Begründung', null],
      [null, null, 'Einbeziehung', 'Ausschluss'],
      ...IDS_2022.slice(0, 5).map((id) => [`A.${id}`, 'Ja', 'Risikoanalyse', null]),
    ];
    expect(locateTeamSoa(sheet('SoA', rows, ['A1:A2', 'B1:B2', 'C1:D1']))).toMatchObject({ headerRow: 1, columns: { controlId: 0, applicable: 1, justification: 2, exclusionJustification: 3 } });
  });

  it('reads every header word of the vocabulary as its field however it is spelled', () => {
    const titleCase = (w: string): string => w.replace(/\p{L}+/gu, (p) => p[0]!.toUpperCase() + p.slice(1).toLowerCase());
    const spelling = fc.constantFrom<(w: string) => string>(
      (w) => w,
      (w) => w.toUpperCase(),
      (w) => w.toLowerCase(),
      titleCase,
      (w) => ` ${w}  `,
      (w) => w.replace(/ /g, '_'),
      (w) => w.normalize('NFD').replace(/\p{M}+/gu, ''),
      (w) => `${w} (see guidance)`,
    );
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), spelling, ([word, field], spell) => {
        expect(readSoaHeader(spell(word))?.field).toBe(field);
      }),
      { numRuns: 2000 },
    );
  });
});
