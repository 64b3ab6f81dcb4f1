/**
 * Control ids a spreadsheet mangled as they were typed, read back. A spreadsheet takes `5.30` for
 * the number 5.3 (so 5.3 may be 5.3 or 5.30), and in a locale whose dates use dots it takes
 * `11.2.5` for 11 February 2005 and `5.10` for 5 October. Such a cell holds a number or a date
 * serial; every id it may have been typed as is a candidate (the number as shown and with its
 * trailing zero back; the date's day and month in both orders, with the year's last digits for a
 * 2013 id), and only candidates that are controls of the sheet's edition are kept.
 *
 * SoAs list their controls in catalogue order, so where a cell still has several candidates the
 * rows around it settle it: a candidate is kept when the ids can still rise through it from the
 * last settled id above to the next settled id below. A cell is read only when exactly one
 * candidate is left; a number left undecided is read as it shows, a date left undecided not at all.
 */
import { compareControlIds } from '../annex-a/control-ids';
import { isoFromSerial } from '../dates';
import { PHRASES } from '../findings/catalogue';
import { fillTemplate } from '../findings/report';
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';
import { idAtStart, isControlOf } from './control-id-text';
import type { RecoveredId, SoaEdition } from './types';

export interface IdCell {
  /** 0-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

export interface IdReadings {
  /** 'text': the id as typed; 'number' or 'date': what a spreadsheet made of it. */
  readonly kind: 'text' | 'number' | 'date';
  /** Ids of the edition it may be, canonical; one for text. */
  readonly ids: readonly string[];
  /** For a number, the id it shows as (5.3), '' when that is no control. */
  readonly literal: string;
}

/** The smallest serial read as a date (1901-01-01): below it a number is a number. */
const FIRST_DATE_SERIAL = 367;
/** Ids have at most two digits before the dot: a larger number is neither an id nor a date. */
const MAX_ID_NUMBER = 100;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** 5.3 → '5.3'; a float's noise (5.300000001) is dropped; null when it has no decimals. */
function dottedOfNumber(n: number): string | null {
  const hundredths = Math.round(n * 100);
  if (Math.abs(n * 100 - hundredths) > 1e-6 || hundredths % 100 === 0) return null;
  return (hundredths / 100).toString();
}

function numberReadings(n: number, edition: SoaEdition): IdReadings | null {
  const dotted = dottedOfNumber(n);
  // A three-level 2013 id is never a number; two levels in a 2013 SoA are objectives, not controls.
  if (dotted === null || edition === '2013') return null;
  const [theme, num] = dotted.split('.') as [string, string];
  const typed = [dotted, ...(num.length === 1 ? [`${theme}.${num}0`] : [])];
  const ids = typed.filter((id) => isControlOf(id, edition));
  return ids.length > 0 ? { kind: 'number', ids, literal: isControlOf(dotted, edition) ? dotted : '' } : null;
}

function dateReadings(serial: number, edition: SoaEdition): IdReadings | null {
  const [y, m, d] = isoFromSerial(Math.floor(serial)).split('-').map(Number) as [number, number, number];
  const yy = y % 100;
  const typed =
    edition === '2022'
      ? [`${d}.${m}`, `${m}.${d}`]
      : yy === 0
        ? []
        : [`A.${d}.${m}.${yy}`, `A.${m}.${d}.${yy}`];
  const ids = unique(typed.filter((id) => isControlOf(id, edition)));
  return ids.length > 0 ? { kind: 'date', ids, literal: '' } : null;
}

/** Every id of the edition a cell may have been typed as; null when none. */
export function idReadings(value: CellValue, edition: SoaEdition): IdReadings | null {
  if (value === null || typeof value === 'boolean' || isCellError(value)) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    if (value < MAX_ID_NUMBER) return numberReadings(value, edition);
    return value >= FIRST_DATE_SERIAL ? dateReadings(value, edition) : null;
  }
  const id = idAtStart(value);
  return id !== null && isControlOf(id, edition) ? { kind: 'text', ids: [id], literal: id } : null;
}

export interface ReadIds {
  /** Row (0-based) → canonical id, for every cell read as a control. */
  readonly ids: ReadonlyMap<number, string>;
  /** Cells read as an id other than the one they show. */
  readonly recovered: readonly RecoveredId[];
}

interface Slot {
  readonly cell: IdCell;
  readonly reading: IdReadings;
}

const below = (a: string, b: string): boolean => compareControlIds(a, b) < 0;

/**
 * Which candidates of a run of unsettled cells, between two settled ids (null: the sheet's start
 * or end), let the ids rise through the whole run; per cell.
 */
function viableInRun(run: readonly Slot[], lower: string | null, upper: string | null): string[][] {
  const forward: string[][] = [];
  run.forEach((slot, i) => {
    const prev = i === 0 ? null : forward[i - 1]!;
    forward.push(slot.reading.ids.filter((c) => (prev === null ? lower === null || below(lower, c) : prev.some((p) => below(p, c)))));
  });
  const backward: string[][] = new Array<string[]>(run.length);
  for (let i = run.length - 1; i >= 0; i--) {
    const next = i === run.length - 1 ? null : backward[i + 1]!;
    backward[i] = run[i]!.reading.ids.filter((c) => (next === null ? upper === null || below(c, upper) : next.some((n) => below(c, n))));
  }
  return run.map((_, i) => forward[i]!.filter((c) => backward[i]!.includes(c)));
}

/** The words of `{basis}`: the settled ids on either side of a cell settled by them. */
function basisOf(before: string | null, after: string | null): string {
  if (before !== null && after !== null) return fillTemplate(PHRASES.idBetween, { before, after });
  if (before !== null) return fillTemplate(PHRASES.idAfter, { before });
  return after !== null ? fillTemplate(PHRASES.idBefore, { after }) : '';
}

/**
 * The ids of an SoA's id column, in sheet order, with the mangled ones read back. `cells` are the
 * column's cells below the header (any order; blanks and words are skipped).
 */
export function recoverIds(cells: readonly IdCell[], edition: SoaEdition): ReadIds {
  const slots: Slot[] = [...cells]
    .sort((a, b) => a.row - b.row)
    .flatMap((cell) => {
      const reading = idReadings(cell.value, edition);
      return reading ? [{ cell, reading }] : [];
    });
  const settled: (string | null)[] = slots.map((s) => (s.reading.ids.length === 1 ? s.reading.ids[0]! : null));
  const byNeighbours = new Set<number>();

  for (let i = 0; i < slots.length; ) {
    if (settled[i] !== null) {
      i++;
      continue;
    }
    let end = i;
    while (end < slots.length && settled[end] === null) end++;
    const lower = i > 0 ? settled[i - 1]! : null;
    const upper = end < slots.length ? settled[end]! : null;
    viableInRun(slots.slice(i, end), lower, upper).forEach((viable, k) => {
      if (viable.length === 1) {
        settled[i + k] = viable[0]!;
        byNeighbours.add(i + k);
      }
    });
    i = end;
  }

  const ids = new Map<number, string>();
  const recovered: RecoveredId[] = [];
  slots.forEach((slot, i) => {
    const { cell, reading } = slot;
    const id = settled[i] ?? (reading.literal !== '' ? reading.literal : null);
    if (id === null) return;
    ids.set(cell.row, id);
    if (reading.kind === 'text' || id === reading.literal) return;
    let basis = '';
    if (byNeighbours.has(i)) {
      const before = settled.slice(0, i).reverse().find((s) => s !== null) ?? null;
      const after = settled.slice(i + 1).find((s) => s !== null) ?? null;
      basis = basisOf(before, after);
    }
    recovered.push({ row: cell.row, col: cell.col, typed: cell.value, kind: reading.kind, id, basis });
  });
  return { ids, recovered };
}
