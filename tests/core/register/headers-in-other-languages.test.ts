/**
 * Registers written in the languages ISO 27001 teams commonly write in are read like English ones:
 * every header word, the stage words ("Rest-", "résiduel", "residuo"), with or without accents.
 */
import { locateRegister } from '../../../core/register/locate-register';
import { matchHeader } from '../../../core/register/fields';
import type { Grid } from './fixtures';
import { sheet, workbook } from './fixtures';

const located = (grid: Grid) => locateRegister(workbook(sheet('Register', grid)));

describe('headers in other languages', () => {
  it('reads a German register, compounds with "Rest" included', () => {
    const grid: Grid = [
      [
        'ID', 'Risikotitel', 'Beschreibung', 'Asset / Prozess', 'Bedrohung', 'Schwachstelle', 'Eigentümer', 'Eintrittswahrscheinlichkeit (1-5)',
        'Auswirkung Finanziell', 'Maximale Auswirkung', 'Inhärenter Wert', 'Inhärentes Risikolevel', 'Vorhandene Kontrollen', 'Restwahrscheinlichkeit',
        'Restmaximale Auswirkung', 'Restrisikowert', 'Restrisikolevel', 'Behandlungsentscheidung', 'Status',
      ],
      ['R-001', 'Ransomware', 'Angreifer verschlüsseln', 'Fileserver', 'Ransomware', 'Flaches Netz', 'IT-Leitung', 4, 5, 5, 20, 'Kritisch', 'EDR', 2, 4, 8, 'Mittel', 'Mindern', 'Offen'],
    ];
    const { location } = located(grid);
    expect(location?.mapping).toEqual({
      id: 0, title: 1, description: 2, asset: 3, threat: 4, vulnerability: 5, owner: 6, likelihood: 7, impact: 9, controls: 12,
      residualLikelihood: 13, residualImpact: 14, treatment: 17, status: 18,
    });
    // The team's own score and level columns: compared, never written.
    expect(location?.teamColumns).toEqual({ inherentScore: 10, inherentLevel: 11, residualScore: 15, residualLevel: 16 });
    expect(location?.userColumns).toContain(8);
  });

  it.each([
    ['French', ['Référence', 'Menace', 'Vulnérabilité', 'Probabilité', 'Gravité', 'Propriétaire du risque', 'Traitement', 'Mesures', 'Probabilité résiduelle', 'Impact résiduel']],
    ['Spanish', ['Referencia', 'Amenaza', 'Vulnerabilidad', 'Probabilidad', 'Impacto', 'Responsable del riesgo', 'Tratamiento', 'Controles', 'Probabilidad residual', 'Impacto residual']],
    ['Portuguese', ['Referência', 'Ameaça', 'Vulnerabilidade', 'Probabilidade', 'Impacto', 'Proprietário do risco', 'Tratamento', 'Controlos', 'Probabilidade residual', 'Impacto residual']],
    ['Italian', ['Riferimento', 'Minaccia', 'Vulnerabilità', 'Probabilità', 'Impatto', 'Responsabile del rischio', 'Trattamento', 'Controlli', 'Probabilità residua', 'Impatto residuo']],
    ['Dutch', ['Risiconr.', 'Dreiging', 'Kwetsbaarheid', 'Kans', 'Gevolg', 'Risico-eigenaar', 'Behandeling', 'Maatregelen', 'Restkans', 'Residuele impact']],
  ])('reads a %s register', (_language, headers) => {
    const { location, findings } = located([headers, ['R1', 'x', 'y', 3, 4, 'z', 'Mitigate', '5.1', 2, 3]]);
    expect(findings).toEqual([]);
    expect(location?.mapping).toEqual({
      id: 0, threat: 1, vulnerability: 2, likelihood: 3, impact: 4, owner: 5, treatment: 6, controls: 7, residualLikelihood: 8, residualImpact: 9,
    });
  });

  it.each([
    ['Probabilite', 'likelihood'],
    ['Vulnerabilite', 'vulnerability'],
    ['Massnahmen', 'controls'],
    ['Eintrittswahrscheinlichkeit', 'likelihood'],
    ['Probabilité résiduelle', 'residualLikelihood'],
    ['Niveau de risque résiduel', 'residualLevel'],
    ['Nivel de riesgo residual', 'residualLevel'],
    ['Rischio residuo', 'residualLevel'],
    ['Risque brut', 'inherentLevel'],
    ['Restrisiko', 'residualLevel'],
    ['Nettorisico', 'residualLevel'],
    ['Rest-Eintrittswahrscheinlichkeit', 'residualLikelihood'],
    ['Risiko nach Behandlung', 'residualLevel'],
    ['Fecha de última revisión', 'lastReview'],
    ['Próxima revisão', 'nextReview'],
    ['Intitulé', 'title'],
    ['Genehmigt von', 'approvedBy'],
    ['Date d’approbation', 'approvalDate'],
    ['Vertraulichkeit', 'impactC'],
    ['Auswirkung Verfügbarkeit', 'impactA'],
  ])('reads "%s" as %s, with or without its accents', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });
});
