/** Dates in the core are spreadsheet serial numbers (days since 1899-12-30, UTC). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export function serialFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

export function isoFromSerial(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

export const DATE_FORMAT = 'yyyy-mm-dd';
