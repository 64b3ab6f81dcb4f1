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
import { COLOUR_PATTERN, validateBandRanges, validateBandValues } from './validate-bands';

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
    return { bands: fallback, anchors, findings: [missingSection('bands', `its ${BAND_HEADER.join(' | ')} table`)], incomplete: true };
  }
  const findings: Finding[] = [];
  const rows: Row[] = [];
  let incomplete = false;
  for (const r of tableRows(sheet, span, 5, BAND_HEADER[0])) {
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
    const band: Band = { name, min: values.min ?? Number.NaN, max: values.max ?? Number.NaN, colour: values.colour ?? NO_COLOUR, decision: values.decision ?? STRICTEST };
    // The rest (blank name, range upside down) is the validator's; skip what was reported above.
    const problems = validateBandValues([band], { heading: anchor.name, rows: [anchor] });
    findings.push(...problems.filter((p) => !findings.some((f) => f.cell === p.cell)));
    if (failed.includes('min') || failed.includes('max') || band.min > band.max) incomplete = true;
    else rows.push({ band, anchor });
  }
  rows.sort((a, b) => a.band.min - b.band.min);
  const bands = rows.map((x) => x.band);
  const anchors: BandsAnchors = { heading: cellAddress(span.heading, 0), rows: rows.map((x) => x.anchor) };
  findings.push(...validateBandRanges(bands, incomplete ? null : reachable, anchors));
  if (bands.length === 0) return { bands: fallback, anchors, findings, incomplete: true };
  return { bands, anchors, findings, incomplete };
}
