/**
 * Een gemeentelijk ISMS-werkboek: a Dutch risk register and, beside it, the team's own SoA on a
 * sheet called exactly "Statement of Applicability" (the English name is what Dutch auditors ask
 * for), with Dutch headers, ids typed "A 5.1" with a space, Ja / Nee / Gedeeltelijk, reasons for
 * inclusion and exclusion, status, evidence and owner. Riskbook uses that name for its own SoA;
 * here the sheet is the team's and has to be read, never rewritten.
 */
import { CONTROLS_2022 } from './annex-a-lists';
import { band, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'Dutch register + team SoA on a sheet named exactly "Statement of Applicability" (ids "A 5.1", Ja/Nee/Gedeeltelijk)';

const NIVEAUS = [
  [1, 'Laag'],
  [5, 'Midden'],
  [10, 'Hoog'],
  [16, 'Zeer hoog'],
] as const;

const KOPPEN = ['Nr.', 'Risico', 'Bedrijfsmiddel', 'Dreiging', 'Kans', 'Impact', 'Risicoscore', 'Risiconiveau', 'Eigenaar', 'Behandeling', 'Beheersmaatregelen'];

// nr, risico, bedrijfsmiddel, dreiging, kans, impact, eigenaar, behandeling, maatregelen
type Risico = [string, string, string, string, number, number, string, string, string | null];
const RISICOS: Risico[] = [
  ['GR-1', 'Datalek basisregistratie personen', 'BRP-koppeling', 'Onbevoegde raadpleging', 3, 5, 'CISO', 'Verminderen', '5.15, 8.15, 8.16'],
  ['GR-2', 'Ransomware op het zaaksysteem', 'Zaaksysteem', 'Ransomware', 3, 5, 'Manager I&A', 'Verminderen', '8.7, 8.13, 5.30'],
  ['GR-3', 'Phishing bij medewerkers', 'E-mail', 'Phishing', 4, 3, 'CISO', 'Verminderen', '6.3, 8.5'],
  ['GR-4', 'Storing bij de hostingpartij', 'Hosting (extern)', 'Uitval leverancier', 2, 4, 'Manager I&A', 'Overdragen', '5.19, 5.22'],
  ['GR-5', 'Verlies van een laptop', 'Laptops', 'Verlies of diefstal', 3, 2, 'Teamleider ICT', 'Verminderen', '8.1, 8.24'],
  ['GR-6', 'Verouderde parkeerapplicatie', 'Parkeervergunningen', 'Misbruik van bekende kwetsbaarheden', 2, 3, 'Teamleider ICT', 'Vermijden', null],
];

/** Controls the municipality excludes, and controls it has only partly in place. */
const UITGESLOTEN: Readonly<Record<string, string>> = {
  '8.30': 'Geen uitbestede ontwikkeling',
  '8.28': 'Geen eigen softwareontwikkeling',
  '7.6': 'Geen beveiligde ruimten buiten de serverruimte van de hostingpartij',
};
const GEDEELTELIJK: ReadonlySet<string> = new Set(['5.7', '8.16', '8.12']);

const SOA_KOPPEN = ['Nr.', 'Beheersmaatregel', 'Van toepassing', 'Reden opname', 'Reden uitsluiting', 'Status', 'Bewijs', 'Eigenaar'];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();

  const reg = wb.addWorksheet('Risicoregister');
  writeTitle(reg, 1, 1, 'Risicoregister informatiebeveiliging (BIO) \u2013 Gemeente Oosterwolde');
  writeRows(reg, 3, 1, [KOPPEN]);
  RISICOS.forEach(([nr, risico, middel, dreiging, kans, impact, eigenaar, behandeling, maatregelen], k) => {
    writeRows(reg, 4 + k, 1, [[nr, risico, middel, dreiging, kans, impact, kans * impact, band(kans * impact, NIVEAUS), eigenaar, behandeling, maatregelen]]);
  });
  styleHeader(reg, 3, 3, 1, KOPPEN.length);
  styleBody(reg, 4, 3 + RISICOS.length, 1, KOPPEN.length);
  setWidths(reg, [7, 34, 22, 30, 7, 8, 10, 12, 16, 13, 18]);

  const soa = wb.addWorksheet('Statement of Applicability');
  writeRows(soa, 1, 1, [SOA_KOPPEN]);
  CONTROLS_2022.forEach((c, k) => {
    const uit = UITGESLOTEN[c.id];
    const deels = GEDEELTELIJK.has(c.id);
    const status = uit ? null : deels ? 'Deels ge\u00efmplementeerd' : k % 8 === 6 ? 'Gepland' : 'Ge\u00efmplementeerd';
    const opname = uit ? null : k % 2 === 0 ? 'Risicoanalyse' : 'BIO-verplichting';
    const bewijs = status === 'Ge\u00efmplementeerd' ? `Verantwoordingsmap ${c.id}` : null;
    writeRows(soa, 2 + k, 1, [[`A ${c.id}`, c.title, uit ? 'Nee' : deels ? 'Gedeeltelijk' : 'Ja', opname, uit ?? null, status, bewijs, 'CISO']]);
  });
  styleHeader(soa, 1, 1, 1, SOA_KOPPEN.length);
  styleBody(soa, 2, 1 + CONTROLS_2022.length, 1, SOA_KOPPEN.length);
  setWidths(soa, [8, 48, 14, 18, 36, 20, 24, 10]);
  return saveWorkbook(wb);
}
