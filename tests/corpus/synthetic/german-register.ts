/**
 * Das Risikoregister eines Maschinenbauers: German headers, four-level word scales
 * (selten … häufig, gering … sehr hoch), a risk level from the team's 4 x 4 matrix, treatment
 * words Reduzieren / Akzeptieren / Übertragen / Vermeiden, controls as "A.8.7; A.8.13", a
 * residual level only, and dates typed the German way.
 */
import { day, lookup, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'German register: German headers, word scales selten..häufig / gering..sehr hoch, level from a 4 x 4 matrix';

type Wahrscheinlichkeit = 'selten' | 'möglich' | 'wahrscheinlich' | 'häufig';
type Ausmass = 'gering' | 'mittel' | 'hoch' | 'sehr hoch';
const W: readonly Wahrscheinlichkeit[] = ['selten', 'möglich', 'wahrscheinlich', 'häufig'];
const A: readonly Ausmass[] = ['gering', 'mittel', 'hoch', 'sehr hoch'];
// Rows: Eintrittswahrscheinlichkeit, columns: Schadensausmaß (the team's matrix on the "Methodik" page of its handbook).
const MATRIX = [
  ['niedrig', 'niedrig', 'mittel', 'mittel'],
  ['niedrig', 'mittel', 'hoch', 'hoch'],
  ['mittel', 'hoch', 'hoch', 'kritisch'],
  ['mittel', 'hoch', 'kritisch', 'kritisch'],
] as const;

// Nr., Asset, Bedrohung, Schwachstelle, W, A, Eigentümer, Behandlung, Maßnahmen, Restrisiko, Status, letzte Überprüfung
type Row = [string, string, string, string, Wahrscheinlichkeit, Ausmass, string, string, string | null, string, string, string];
const RISKS: Row[] = [
  ['RI-001', 'ERP-System (SAP S/4HANA)', 'Ransomware-Angriff', 'Veraltete Patches auf den Applikationsservern', 'wahrscheinlich', 'sehr hoch', 'Leiter IT', 'Reduzieren', 'A.8.7; A.8.8; A.8.13', 'mittel', 'in Umsetzung', '2026-09-10'],
  ['RI-002', 'CAD-Konstruktionsdaten', 'Abfluss von Know-how durch Innentäter', 'Keine Protokollierung von Datenexporten', 'möglich', 'hoch', 'Leiterin Konstruktion', 'Reduzieren', 'A.8.12; A.8.15; A.6.6', 'mittel', 'offen', '2026-07-22'],
  ['RI-003', 'Fertigungsnetz (OT)', 'Schadsoftware über den Fernwartungszugang', 'Fernwartung ohne Zwei-Faktor-Authentisierung', 'möglich', 'sehr hoch', 'Leiter Instandhaltung', 'Reduzieren', 'A.5.19; A.8.5; A.8.22', 'mittel', 'in Umsetzung', '2026-08-05'],
  ['RI-004', 'E-Mail (Exchange Online)', 'Phishing und CEO-Fraud', 'Mitarbeitende nicht ausreichend sensibilisiert', 'häufig', 'mittel', 'ISB', 'Reduzieren', 'A.6.3; A.5.14', 'mittel', 'umgesetzt', '2026-10-01'],
  ['RI-005', 'Personaldaten (HR-Laufwerk)', 'Unbefugter Zugriff durch Administratoren', 'Zu weitreichende Berechtigungen', 'selten', 'hoch', 'Leiterin Personal', 'Reduzieren', 'A.5.15; A.8.2; A.5.18', 'niedrig', 'umgesetzt', '2026-06-17'],
  ['RI-006', 'Serverraum Standort Kiel', 'Brand im Serverraum', 'Keine Brandfrüherkennung', 'selten', 'sehr hoch', 'Leiter IT', 'Übertragen', 'A.7.5; A.8.14', 'niedrig', 'umgesetzt', '2026-03-30'],
  ['RI-007', 'Notebooks Außendienst', 'Verlust oder Diebstahl', 'Festplattenverschlüsselung nicht überall aktiv', 'wahrscheinlich', 'mittel', 'Leiter IT', 'Reduzieren', 'A.8.1; A.8.24', 'niedrig', 'in Umsetzung', '2026-09-10'],
  ['RI-008', 'Alte Zeiterfassung (Windows Server 2008)', 'Ausnutzung bekannter Schwachstellen', 'Keine Sicherheitsupdates mehr', 'wahrscheinlich', 'mittel', 'Leiterin Personal', 'Vermeiden', null, 'niedrig', 'in Umsetzung', '2026-06-17'],
  ['RI-009', 'Besucherempfang', 'Unbefugter Zutritt zu Büroflächen', 'Besucher werden nicht begleitet', 'möglich', 'gering', 'Facility Management', 'Akzeptieren', null, 'niedrig', 'umgesetzt', '2026-02-12'],
  ['RI-010', 'Webshop Ersatzteile', 'DDoS-Angriff', 'Kein DDoS-Schutz beim Hoster', 'möglich', 'mittel', 'Leiter Vertrieb', 'Übertragen', 'A.5.21; A.5.22', 'niedrig', 'offen', '2026-11-04'],
  ['RI-011', 'Backup-System', 'Wiederherstellung schlägt fehl', 'Rücksicherungen werden nicht getestet', 'möglich', 'hoch', 'Leiter IT', 'Reduzieren', 'A.8.13; A.5.30', 'niedrig', 'offen', '2026-09-10'],
  ['RI-012', 'Lieferantenportal', 'Übernahme von Lieferantenkonten', 'Lieferanten nutzen gemeinsame Konten', 'selten', 'mittel', 'Leiter Einkauf', 'Akzeptieren', null, 'niedrig', 'umgesetzt', '2026-05-08'],
];

const HEADER = 4;
const HEADERS = [
  'Nr.',
  'Asset',
  'Bedrohung',
  'Schwachstelle',
  'Eintrittswahrscheinlichkeit',
  'Schadensausmaß',
  'Risikostufe',
  'Risikoeigentümer',
  'Behandlung',
  'Maßnahmen (Anhang A)',
  'Restrisiko',
  'Status',
  'Letzte Überprüfung',
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risikoregister');
  writeTitle(ws, 1, 1, 'Risikoregister ISMS (ISO/IEC 27001:2022) – Hansen Maschinenbau GmbH');
  writeRows(ws, 2, 1, [['Stand: 04.11.2026 · Version 3.1 · Verantwortlich: Informationssicherheitsbeauftragter (ISB)']]);
  writeRows(ws, HEADER, 1, [HEADERS]);
  RISKS.forEach(([id, asset, bedrohung, schwachstelle, w, a, owner, behandlung, massnahmen, rest, status, geprueft], k) => {
    const row = HEADER + 1 + k;
    writeRows(ws, row, 1, [[id, asset, bedrohung, schwachstelle, w, a, lookup(MATRIX, W.indexOf(w), A.indexOf(a)), owner, behandlung, massnahmen, rest, status, day(geprueft)]]);
    ws.getCell(row, 13).numFmt = 'dd.mm.yyyy';
  });
  styleHeader(ws, HEADER, HEADER, 1, HEADERS.length);
  styleBody(ws, HEADER + 1, HEADER + RISKS.length, 1, HEADERS.length);
  setWidths(ws, [8, 28, 30, 36, 16, 14, 11, 20, 12, 22, 10, 12, 12]);
  return saveWorkbook(wb);
}
