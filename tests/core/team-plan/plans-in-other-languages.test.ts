/**
 * Plans kept in German, French, Spanish, Portuguese, Italian and Dutch are read like English ones:
 * "Maßnahme", "Mesure" and "Maatregel" are the action, "Verantwortlich" and "Responsable" its owner,
 * "Termin" and "Échéance" its due date, "Umsetzungsstand" and "Statut" its status. A German plan
 * under a title row, with a banner over a two-row header, is read at its lower header row.
 */
import { findTeamPlan } from '../../../core/team-plan/locate-team-plan';
import type { Grid } from './plan-fixtures';
import { DEC_31, JUNE_30, REGISTER, REGISTER_GRID, REGISTER_RISKS, SKIP_REGISTER, codesAt, planLines, sheetOf, workbookOf } from './plan-fixtures';

const register = sheetOf(REGISTER, REGISTER_GRID);

describe('plans in other languages', () => {
  it('reads a German plan with a title row, a banner over a two-row header and a key merged over two actions', () => {
    const grid: Grid = [
      ['Risikobehandlungsplan 2026', null, null, null, null, null, null],
      ['Stand 15.01.2026, freigegeben durch die Geschäftsführung'],
      ['Risiko', null, 'Maßnahme', null, null, 'Umsetzungsstand', 'Anhang A'],
      ['Nr.', 'Bezeichnung', 'Beschreibung', 'Verantwortlich', 'Termin', null, null],
      ['R-001', 'Ransomware auf Fileservern', 'Offline-Sicherung wöchentlich prüfen', 'IT-Betriebsleitung', JUNE_30, 'in Umsetzung', '8.13'],
      ['R-002', 'Phishing mit Zugangsdatenkompromittierung', 'FIDO2-Schlüssel für alle', 'ISB', DEC_31, 'offen', '5.17'],
      [null, null, 'Phishing-Simulation monatlich', 'ISB', DEC_31, 'offen', '6.3'],
      ['Organisatorische Maßnahmen', null, null, null, null, null, null],
      ['R-003', 'Datenabfluss durch Innentäter', 'DLP-Regel für ausgehende E-Mails', 'ISB', DEC_31, 'offen', '8.12'],
      [],
    ];
    const merges = ['A1:G1', 'A3:B3', 'C3:E3', 'F3:F4', 'G3:G4', 'A6:A7', 'B6:B7', 'A8:G8'];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Maßnahmenplan', grid, { merges })), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan).toMatchObject({ sheet: 'Maßnahmenplan', headerRow: 3, bannerRow: 2, keyedBy: 'id', findings: [] });
    expect(plan?.columns).toEqual({ riskId: 0, riskTitle: 1, action: 2, owner: 3, dueDate: 4, status: 5, controlId: 6 });
    expect(planLines(plan)).toEqual([
      '4: R-001 · 8.13: Offline-Sicherung wöchentlich prüfen',
      '5: R-002 · 5.17: FIDO2-Schlüssel für alle',
      '6: R-002 · 6.3: Phishing-Simulation monatlich',
      '8: R-003 · 8.12: DLP-Regel für ausgehende E-Mails',
    ]);
    // The merged key is read where it was typed.
    expect(plan?.rows[2]?.cells).toMatchObject({ riskId: 'A6', riskTitle: 'B6', action: 'C7', status: 'F7' });
  });

  it('carries a key typed once down to the actions listed under it', () => {
    const grid: Grid = [
      ['Risiko-ID', 'Maßnahme', 'Verantwortlich', 'Fällig', 'Status'],
      ['R-001', 'Netzsegmentierung', 'IT', JUNE_30, 'offen'],
      [null, 'Wiederherstellungstest', 'IT', DEC_31, 'offen'],
      [null, 'Notfallhandbuch'],
      ['Phase 2'],
      [null, 'Awareness-Schulung', 'HR', DEC_31, 'offen'],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Maßnahmen', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    // A heading ends the key carried down: the action under it names no risk.
    expect(planLines(plan)).toEqual(['1: R-001: Netzsegmentierung', '2: R-001: Wiederherstellungstest', '3: R-001: Notfallhandbuch', '5: ?: Awareness-Schulung']);
    expect(plan?.rows[1]?.cells.riskId).toBe('A2');
    expect(codesAt(plan)).toEqual(['team-plan-risk-unknown Maßnahmen!A6']);
  });

  const HEADERS: readonly (readonly [string, readonly string[]])[] = [
    ['French', ['N° du risque', 'Mesure', 'Responsable', 'Échéance', 'Statut']],
    ['Spanish', ['ID del riesgo', 'Acción', 'Responsable', 'Fecha límite', 'Estado']],
    ['Portuguese', ['ID do risco', 'Ação', 'Responsável', 'Prazo', 'Situação']],
    ['Italian', ['ID rischio', 'Azione', 'Responsabile', 'Scadenza', 'Stato']],
    ['Dutch', ['Risico-ID', 'Maatregel', 'Eigenaar', 'Streefdatum', 'Status']],
    ['German', ['Risiko-Nr.', 'Geplante Maßnahme', 'Maßnahmenverantwortlicher', 'Zieltermin', 'Umsetzungsstand']],
    ['English', ['Risk ID', 'Treatment action', 'Action owner', 'Target completion date', 'Progress']],
  ];

  it.each(HEADERS)('reads a plan in %s', (_, headers) => {
    const grid: Grid = [headers, ['R-002', 'FIDO2', 'ISO', DEC_31, 'Open']];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Plan', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.columns).toEqual({ riskId: 0, action: 1, owner: 2, dueDate: 3, status: 4 });
  });
});
