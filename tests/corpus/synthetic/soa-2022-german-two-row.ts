/**
 * Die Erklärung zur Anwendbarkeit eines Maschinenbau-Zulieferers: German headers under a title,
 * a two-row header whose "Begründung" banner is merged over "Einbeziehung" (why a control is in)
 * and "Ausschluss" (why it is out), every other header merged down over both rows. All 93
 * controls as 'A.5.1', applicability Ja / Nein / Teilweise and one "offen" still undecided,
 * statuses umgesetzt / teilweise umgesetzt / geplant, evidence, owner and the date of the last
 * review. The control titles stay in English, as in the edition of the standard the group licenses.
 */
import { CONTROLS_2022 } from './annex-a-lists';
import { day, merge, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'German SoA: "Begründung" banner merged over Einbeziehung | Ausschluss, other headers merged down, all 93 controls as A.5.1, Ja/Nein/Teilweise';

/** No software of its own is developed: the development controls are out, as is home working. */
const AUSSCHLUSS: Readonly<Record<string, string>> = {
  '6.7': 'Keine Telearbeit: Fertigung und Verwaltung arbeiten ausschließlich vor Ort',
  '8.4': 'Kein eigener Quellcode',
  '8.11': 'Keine Test- oder Entwicklungsumgebungen mit Produktionsdaten',
  '8.25': 'Keine eigene Softwareentwicklung',
  '8.28': 'Keine eigene Softwareentwicklung',
  '8.29': 'Keine eigene Softwareentwicklung',
  '8.30': 'Keine ausgelagerte Entwicklung',
};
const TEILWEISE: ReadonlySet<string> = new Set(['5.7', '5.23', '8.12', '8.16']);
const OFFEN = '5.21';

const GRUENDE = ['Ergebnis der Risikoanalyse', 'Kundenanforderung (TISAX)', 'Gesetzliche Anforderung (DSGVO)', 'Stand der Technik'] as const;

function owner(theme: string): string {
  if (theme === 'People') return 'Personalabteilung';
  if (theme === 'Physical') return 'Haustechnik';
  if (theme === 'Technological') return 'IT-Leitung';
  return 'ISB';
}

const HEADER_TOP = 4;
const FIRST = HEADER_TOP + 2;

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Anwendbarkeitserklärung');
  writeTitle(ws, 1, 1, 'Erklärung zur Anwendbarkeit (SoA) \u2013 ISO/IEC 27001:2022', 14);
  writeRows(ws, 2, 1, [['Stand: 14.03.2026 \u00b7 freigegeben durch die Geschäftsführung \u00b7 Version 4']]);

  const down: [number, string][] = [
    [1, 'Nr.'],
    [2, 'Maßnahme'],
    [3, 'Anwendbar'],
    [6, 'Umsetzungsstatus'],
    [7, 'Nachweis'],
    [8, 'Verantwortlich'],
    [9, 'Letzte Prüfung'],
  ];
  for (const [col, text] of down) {
    writeRows(ws, HEADER_TOP, col, [[text]]);
    merge(ws, HEADER_TOP, col, HEADER_TOP + 1, col);
  }
  writeRows(ws, HEADER_TOP, 4, [['Begründung']]);
  merge(ws, HEADER_TOP, 4, HEADER_TOP, 5);
  writeRows(ws, HEADER_TOP + 1, 4, [['Einbeziehung', 'Ausschluss']]);

  CONTROLS_2022.forEach((c, k) => {
    const out = AUSSCHLUSS[c.id];
    const open = c.id === OFFEN;
    const partial = TEILWEISE.has(c.id);
    const anwendbar = open ? 'offen' : out ? 'Nein' : partial ? 'Teilweise' : 'Ja';
    const status = open ? null : out ? 'nicht relevant' : partial ? 'teilweise umgesetzt' : k % 11 === 4 ? 'geplant' : 'umgesetzt';
    const einbeziehung = out || open ? null : k % 3 === 0 ? null : GRUENDE[k % GRUENDE.length]!;
    const nachweis = status === 'umgesetzt' && k % 7 !== 2 ? `ISMS-Handbuch, Kap. ${c.id}` : null;
    const pruefung = open ? null : day(k % 2 === 0 ? '2026-02-20' : '2026-03-06');
    writeRows(ws, FIRST + k, 1, [[`A.${c.id}`, c.title, anwendbar, einbeziehung, out ?? null, status, nachweis, owner(c.theme), pruefung]]);
    ws.getCell(FIRST + k, 9).numFmt = 'dd.mm.yyyy';
  });

  styleHeader(ws, HEADER_TOP, HEADER_TOP + 1, 1, 9);
  styleBody(ws, FIRST, FIRST + CONTROLS_2022.length - 1, 1, 9);
  setWidths(ws, [8, 46, 11, 30, 34, 18, 28, 18, 13]);
  return saveWorkbook(wb);
}
