/**
 * Het risicoregister van een zorgorganisatie: Dutch headers under a merged title row, a short
 * risk title beside asset, threat and vulnerability, 1-5 scales (kans, impact) with the team's
 * score and level (Laag / Midden / Hoog / Zeer hoog), residual kans and impact with a residual
 * level, and treatment words Verminderen / Accepteren / Overdragen / Vermijden.
 */
import { band, day, merge, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'Dutch register: Dutch headers, merged title row, 1-5 scales with score and level Laag..Zeer hoog, residual level';

const NIVEAUS = [
  [1, 'Laag'],
  [5, 'Midden'],
  [10, 'Hoog'],
  [16, 'Zeer hoog'],
] as const;

// nr, risico, bedrijfsmiddel, dreiging, kwetsbaarheid, kans, impact, eigenaar, behandeling, maatregelen, restkans, restimpact, status, laatst beoordeeld
type Row = [string, string, string, string, string, number, number, string, string, string | null, number, number, string, string];
const RISICOS: Row[] = [
  ['ZL-01', 'Ransomware op het ECD', 'Elektronisch cliëntendossier (ECD)', 'Ransomware', 'Verouderde patches op werkplekken', 3, 5, 'Manager ICT', 'Verminderen', '8.7, 8.8, 8.13', 2, 4, 'In behandeling', '2026-10-13'],
  ['ZL-02', 'Inzage zonder behandelrelatie', 'Elektronisch cliëntendossier (ECD)', 'Onbevoegde inzage door medewerkers', 'Logging wordt niet gecontroleerd', 4, 4, 'Functionaris gegevensbescherming', 'Verminderen', '5.15, 8.15, 8.16', 2, 3, 'Open', '2026-09-08'],
  ['ZL-03', 'Uitval zorgdomotica', 'Zorgdomotica en alarmering', 'Storing bij de leverancier', 'Geen uitwijkvoorziening', 2, 5, 'Manager Facilitair', 'Overdragen', '5.20, 5.22, 5.30', 2, 3, 'Open', '2026-06-30'],
  ['ZL-04', 'Phishing bij zorgmedewerkers', 'E-mail en Microsoft 365', 'Phishing', 'Geen MFA voor flexmedewerkers', 4, 3, 'Security officer', 'Verminderen', '8.5, 6.3', 2, 2, 'Afgerond', '2026-11-02'],
  ['ZL-05', 'Verlies van tablets', 'Tablets wijkverpleging', 'Verlies of diefstal', 'Geen mobile device management', 3, 3, 'Manager ICT', 'Verminderen', '8.1, 7.9', 1, 3, 'In behandeling', '2026-10-13'],
  ['ZL-06', 'Dossiers op de gang', 'Papieren cliëntdossiers', 'Onbevoegde inzage', 'Dossierkasten niet afgesloten', 2, 3, 'Teamleider zorg', 'Verminderen', '7.7', 1, 2, 'Afgerond', '2026-04-22'],
  ['ZL-07', 'Oude declaratieserver', 'Declaratiesysteem (on-premise)', 'Misbruik van bekende kwetsbaarheden', 'Besturingssysteem niet meer ondersteund', 3, 4, 'Manager Financiën', 'Vermijden', null, 1, 1, 'In behandeling', '2026-08-18'],
  ['ZL-08', 'Stroomuitval serverruimte', 'Serverruimte locatie Amersfoort', 'Stroomuitval', 'Noodstroom niet getest', 2, 2, 'Manager Facilitair', 'Accepteren', null, 2, 2, 'Afgerond', '2026-06-30'],
  ['ZL-09', 'Datalek bij salarisverwerker', 'Salarisadministratie (extern)', 'Datalek bij de verwerker', 'Verwerkersovereenkomst verouderd', 2, 4, 'Manager HR', 'Verminderen', '5.19, 5.20, 5.34', 1, 4, 'Open', '2026-05-12'],
  ['ZL-10', 'Gedeelde wachtwoorden', 'Werkplekken op de afdelingen', 'Misbruik van gedeelde accounts', 'Gedeelde inlogaccounts per afdeling', 4, 3, 'Manager ICT', 'Verminderen', '5.16, 5.17', 2, 2, 'In behandeling', '2026-10-13'],
  ['ZL-11', 'Back-ups niet terug te zetten', 'Back-upvoorziening', 'Mislukte herstelactie', 'Herstel is nooit getest', 2, 4, 'Manager ICT', 'Verminderen', '8.13, 5.30', 1, 4, 'Open', '2026-10-13'],
];

const HEADER = 3;
const KOPPEN = [
  'Risiconr.',
  'Risico',
  'Bedrijfsmiddel',
  'Dreiging',
  'Kwetsbaarheid',
  'Kans',
  'Impact',
  'Risicoscore',
  'Risiconiveau',
  'Eigenaar',
  'Behandeling',
  'Beheersmaatregelen',
  'Restkans',
  'Restimpact',
  'Restrisico',
  'Status',
  'Laatst beoordeeld',
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risicoregister');
  writeTitle(ws, 1, 1, 'Risicoregister informatiebeveiliging (ISO 27001 / NEN 7510) – Zorggroep De Linde');
  merge(ws, 1, 1, 1, KOPPEN.length);
  writeRows(ws, HEADER, 1, [KOPPEN]);
  RISICOS.forEach(([nr, risico, middel, dreiging, kwetsbaarheid, kans, impact, eigenaar, behandeling, maatregelen, rk, ri, status, beoordeeld], k) => {
    const row = HEADER + 1 + k;
    writeRows(ws, row, 1, [[nr, risico, middel, dreiging, kwetsbaarheid, kans, impact, kans * impact, band(kans * impact, NIVEAUS), eigenaar, behandeling, maatregelen, rk, ri, band(rk * ri, NIVEAUS), status, day(beoordeeld)]]);
    ws.getCell(row, 17).numFmt = 'd-m-yyyy';
  });
  styleHeader(ws, HEADER, HEADER, 1, KOPPEN.length);
  styleBody(ws, HEADER + 1, HEADER + RISICOS.length, 1, KOPPEN.length);
  setWidths(ws, [9, 26, 28, 28, 32, 7, 8, 9, 11, 26, 12, 16, 9, 10, 10, 13, 12]);
  return saveWorkbook(wb);
}
