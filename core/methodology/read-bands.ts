/** Reads the Band | Min score | Max score | Colour | Decision table. */
import * as z from 'zod/mini';
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { cellAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import type { BandAnchor, BandsAnchors } from './anchors';
import { cellText, choiceCell, numberCell, parseRow, textCell } from './cells';
import type { SectionSpan } from './locate-sections';
import { BAND_COLS } from './methodology-layout';
import { BAND_HEADER, parseDecision } from './methodology-text';
import { missingSection, tableRows } from './read-scale';
import type { Band } from './types';
import { COLOUR_PATTERN } from '../limits';
import { validateBandRanges, validateBandValues } from './validate-bands';
import { appendAll } from '../arrays';

const BAND_ROW = {
  name: textCell,
  min: numberCell,
  max: numberCell,
  colour: z.pipe(textCell, z.string().check(z.regex(COLOUR_PATTERN))),
  decision: choiceCell(parseDecision),
};

/** Stand-ins that keep a band usable: no fill, and the strictest decision until it is fixed. */
const NO_COLOUR = '#FFFFFF';
const STRICTEST = 'unacceptable';

export interface ReadBands {
  readonly bands: readonly Band[];
  readonly anchors: BandsAnchors;
  readonly findings: Finding[];
  /** True when some band rows could not be used (and gap checks would only echo that). */
  readonly incomplete: boolean;
  /**
   * The team's band rows as RB_BandMins, RB_BandNames and RB_BandDecisions name them: from the
   * first band row to the last, as they stand (the row under the header when there is none).
   * Null without a section.
   */
  readonly rows: { readonly first: number; readonly count: number } | null;
}

/** The first row of a band table that has no band rows: under its header, if it has one. */
function emptyTableStart(sheet: SheetSnapshot, span: SectionSpan): number {
  for (let r = span.start; r < span.end; r++) {
    for (let c = 0; c < 5; c++) if (cellText(cellAt(sheet, r, c)) !== '') return r + 1;
  }
  return span.start;
}

/** The register looks bands up with MATCH(score, RB_BandMins, 1), which needs mins rising down the table. */
function outOfOrder(anchor: BandAnchor, band: string, min: number, above: { name: string; min: number }): Finding {
  return finding('methodology-invalid-value', SHEETS.methodology, anchor.min, {
    setting: `The min score of band "${band}"`,
    value: String(min),
    problem: `band "${above.name}" above it starts higher, and the register's formulas look bands up in rising order`,
    expected: 'the bands from the lowest min score to the highest, top to bottom',
  });
}

/** A blank row between bands is a blank cell in RB_BandMins, which MATCH does not read as the core does. */
function blankRow(row: number): Finding {
  return finding('methodology-invalid-value', SHEETS.methodology, cellAddress(row, BAND_COLS.name), {
    setting: 'A row inside the Risk bands table',
    value: '',
    problem: "it is blank, and the register's formulas read the band rows as one block",
    expected: 'a band on this row, or delete the blank row',
  });
}

interface Row {
  readonly band: Band;
  readonly anchor: BandAnchor;
}

/**
 * Bands come back sorted by min score, as MATCH(score, RB_BandMins, 1) needs. A band without a
 * usable range is dropped with a finding; with none left the default bands stand in.
 * `reachable` is every score the matrix gives, or null to skip the gap check.
 */
export function readBands(sheet: SheetSnapshot, span: SectionSpan | undefined, reachable: readonly number[] | null, fallback: readonly Band[]): ReadBands {
  if (!span) {
    const anchors: BandsAnchors = { heading: 'A1', rows: [] };
    return { bands: fallback, anchors, findings: [missingSection('bands', `its ${BAND_HEADER.join(' | ')} table`)], incomplete: true, rows: null };
  }
  const findings: Finding[] = [];
  const rows: Row[] = [];
  let incomplete = false;
  const sheetRows = tableRows(sheet, span, 5, BAND_HEADER[0]);
  let highest: { name: string; min: number } | null = null;
  for (const [k, r] of sheetRows.entries()) {
    for (let blank = (sheetRows[k - 1] ?? r - 1) + 1; blank < r; blank++) findings.push(blankRow(blank));
    const at = (c: number): string => cellAddress(r, c);
    const anchor: BandAnchor = { name: at(BAND_COLS.name), min: at(BAND_COLS.min), max: at(BAND_COLS.max), colour: at(BAND_COLS.colour), decision: at(BAND_COLS.decision) };
    const cells = {
      name: cellAt(sheet, r, BAND_COLS.name),
      min: cellAt(sheet, r, BAND_COLS.min),
      max: cellAt(sheet, r, BAND_COLS.max),
      colour: cellAt(sheet, r, BAND_COLS.colour),
      decision: cellAt(sheet, r, BAND_COLS.decision),
    };
    const { values, failed } = parseRow(BAND_ROW, cells);
    const name = values.name ?? '';
    for (const field of failed) {
      const value = cellText(cells[field]);
      if (field === 'colour') findings.push(finding('methodology-band-colour', SHEETS.methodology, anchor.colour, { band: name, value }));
      else if (field === 'decision') findings.push(finding('methodology-band-decision', SHEETS.methodology, anchor.decision, { band: name, value }));
      else findings.push(finding('methodology-invalid-value', SHEETS.methodology, anchor[field], {
        setting: `The ${field} score of band "${name}"`, value, problem: 'it is not a number', expected: 'a number',
      }));
    }
    if (values.min !== undefined) {
      if (highest && values.min < highest.min) findings.push(outOfOrder(anchor, name, values.min, highest));
      else highest = { name, min: values.min };
    }
    const band: Band = { name, min: values.min ?? Number.NaN, max: values.max ?? Number.NaN, colour: values.colour ?? NO_COLOUR, decision: values.decision ?? STRICTEST };
    // The rest (blank name, range upside down) is the validator's; skip what was reported above.
    const problems = validateBandValues([band], { heading: anchor.name, rows: [anchor] });
    appendAll(findings, problems.filter((p) => !findings.some((f) => f.cell === p.cell)));
    if (failed.includes('min') || failed.includes('max') || band.min > band.max) incomplete = true;
    else rows.push({ band, anchor });
  }
  rows.sort((a, b) => a.band.min - b.band.min);
  const bands = rows.map((x) => x.band);
  const anchors: BandsAnchors = { heading: cellAddress(span.heading, 0), rows: rows.map((x) => x.anchor) };
  appendAll(findings, validateBandRanges(bands, incomplete ? null : reachable, anchors));
  const first = sheetRows[0] ?? emptyTableStart(sheet, span);
  const named = { first, count: sheetRows.length === 0 ? 1 : sheetRows[sheetRows.length - 1]! - first + 1 };
  if (bands.length === 0) return { bands: fallback, anchors, findings, incomplete: true, rows: named };
  return { bands, anchors, findings, incomplete, rows: named };
}
