/**
 * Il registro dei rischi di una software house: Italian headers, the risk owner right after the
 * id, 1-5 numeric scales with the team's value (P x I) and class (Basso / Medio / Alto /
 * Molto alto), residual probability, impact and value, treatment words Mitigare / Accettare /
 * Trasferire / Evitare, and both the last and the next review date.
 */
import { band, day, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'Italian register: Italian headers, owner second, 1-5 scales with value and class Basso..Molto alto, last and next review';

const CLASSI = [
  [1, 'Basso'],
  [5, 'Medio'],
  [10, 'Alto'],
  [16, 'Molto alto'],
] as const;

// id, responsabile, asset, minaccia, vulnerabilità, P, I, trattamento, controlli, P residua, I residuo, ultimo riesame
type Row = [string, string, string, string, string, number, number, string, string | null, number, number, string];
const RISCHI: Row[] = [
  ['NS-01', 'Responsabile IT', 'Piattaforma SaaS per i clienti', 'Attacco ransomware', 'Backup non isolati dalla rete di produzione', 3, 5, 'Mitigare', '8.7, 8.13', 2, 4, '2026-09-29'],
  ['NS-02', 'CTO', 'Codice sorgente', 'Furto del codice da parte di un ex dipendente', 'Accessi non revocati all’uscita', 2, 4, 'Mitigare', '5.18, 8.4', 1, 4, '2026-07-15'],
  ['NS-03', 'Responsabile IT', 'Posta elettronica', 'Phishing', 'Assenza di autenticazione a più fattori', 4, 3, 'Mitigare', '8.5, 6.3', 2, 2, '2026-10-20'],
  ['NS-04', 'DPO', 'Dati personali dei clienti', 'Violazione di dati personali (GDPR)', 'Registro dei trattamenti incompleto', 3, 4, 'Mitigare', '5.34, 5.31, 8.11', 2, 3, '2026-06-11'],
  ['NS-05', 'Responsabile amministrativo', 'Sistema contabile', 'Frode sui pagamenti ai fornitori', 'Modifiche IBAN non verificate', 2, 4, 'Mitigare', '5.3, 5.14', 1, 3, '2026-05-06'],
  ['NS-06', 'Responsabile IT', 'Sala server di Padova', 'Allagamento', 'Sala server al piano interrato', 2, 5, 'Trasferire', '7.5', 2, 2, '2026-03-24'],
  ['NS-07', 'CTO', 'Pipeline di rilascio (CI/CD)', 'Compromissione di una dipendenza open source', 'Dipendenze non verificate', 3, 4, 'Mitigare', '8.8, 8.25, 8.28', 2, 3, '2026-09-29'],
  ['NS-08', 'Responsabile IT', 'Vecchio server di posta on-premise', 'Sfruttamento di vulnerabilità note', 'Software fuori supporto', 3, 4, 'Evitare', null, 1, 1, '2026-10-20'],
  ['NS-09', 'Responsabile amministrativo', 'Archivio cartaceo dei contratti', 'Accesso non autorizzato', 'Armadi non chiusi a chiave', 1, 2, 'Accettare', null, 1, 2, '2026-02-18'],
  ['NS-10', 'Responsabile del personale', 'Portatili dei commerciali', 'Furto del portatile', 'Cifratura del disco non attiva', 3, 3, 'Mitigare', '8.1, 8.24', 1, 3, '2026-08-03'],
  ['NS-11', 'CTO', 'Ambiente cloud (Azure)', 'Storage pubblico configurato in modo errato', 'Nessun controllo automatico delle configurazioni', 4, 4, 'Mitigare', '8.9, 8.16, 5.23', 2, 3, '2026-11-09'],
];

const HEADER = 2;
const INTESTAZIONI = [
  'ID rischio',
  'Responsabile del rischio',
  'Asset',
  'Minaccia',
  'Vulnerabilità',
  'Probabilità',
  'Impatto',
  'Valore del rischio',
  'Classe di rischio',
  'Trattamento',
  'Controlli (Allegato A)',
  'Probabilità residua',
  'Impatto residuo',
  'Rischio residuo',
  'Data ultimo riesame',
  'Prossimo riesame',
];

/** Il prossimo riesame cade un anno dopo l'ultimo. */
function traUnAnno(iso: string): Date {
  return day(`${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`);
}

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Registro dei rischi');
  writeTitle(ws, 1, 1, 'Nordest Software S.r.l. – Registro dei rischi per la sicurezza delle informazioni');
  writeRows(ws, HEADER, 1, [INTESTAZIONI]);
  RISCHI.forEach(([id, responsabile, asset, minaccia, vuln, p, i, trattamento, controlli, pr, ir, riesame], k) => {
    const row = HEADER + 1 + k;
    writeRows(ws, row, 1, [[id, responsabile, asset, minaccia, vuln, p, i, p * i, band(p * i, CLASSI), trattamento, controlli, pr, ir, pr * ir, day(riesame), traUnAnno(riesame)]]);
    ws.getCell(row, 15).numFmt = 'dd/mm/yyyy';
    ws.getCell(row, 16).numFmt = 'dd/mm/yyyy';
  });
  styleHeader(ws, HEADER, HEADER, 1, INTESTAZIONI.length);
  styleBody(ws, HEADER + 1, HEADER + RISCHI.length, 1, INTESTAZIONI.length);
  setWidths(ws, [9, 24, 28, 34, 34, 11, 9, 9, 11, 11, 16, 11, 10, 9, 12, 12]);
  return saveWorkbook(wb);
}
