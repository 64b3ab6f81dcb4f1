/**
 * Wall-clock arithmetic in an IANA time zone, as Sheets does it: a date cell holds a serial number
 * and `getValues` hands it out as the Date of that day's midnight in the spreadsheet's zone.
 */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, f);
  }
  return f;
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
export function zoneOffsetMs(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of format(zone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant whose wall-clock time in `zone` is `wallMs` (read as if it were UTC). */
export function instantOfWallClock(wallMs: number, zone: string): number {
  const guess = wallMs - zoneOffsetMs(wallMs, zone);
  return wallMs - zoneOffsetMs(guess, zone);
}

export function dateOfSerial(serial: number, zone: string): Date {
  return new Date(instantOfWallClock(EPOCH_MS + Math.round(serial * DAY_MS), zone));
}

export function serialOfDate(date: Date, zone: string): number {
  return (date.getTime() + zoneOffsetMs(date.getTime(), zone) - EPOCH_MS) / DAY_MS;
}

export function serialOfYmd(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS;
}
