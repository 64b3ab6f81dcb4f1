/** Reads a Value | Label | Description table into a scale. */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { cellAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import type { LevelAnchor, ScaleAnchors } from './anchors';
import { cellText, parseRow, textCell, wholeNumberCell } from './cells';
import type { SectionSpan } from './locate-sections';
import { SCALE_COLS } from './methodology-layout';
import { HEADINGS, SCALE_HEADER, sameText } from './methodology-text';
import type { ScaleLevel } from './types';
import type { ScaleName } from './validate-scale';
import { validateScaleLabels, validateScaleOrder, validateScaleSize } from './validate-scale';
import { appendAll } from '../arrays';

const SCALE_ROW = { value: wholeNumberCell, label: textCell, description: textCell };

export interface ReadScale {
  readonly scale: readonly ScaleLevel[];
  readonly anchors: ScaleAnchors;
  readonly findings: Finding[];
  /** True when the sheet's scale could not be used and the default stands in. */
  readonly fellBack: boolean;
}

/** Rows of a table section that hold anything in its first `width` columns, header row excluded. */
export function tableRows(sheet: SheetSnapshot, span: SectionSpan, width: number, header: string): number[] {
  const rows: number[] = [];
  let first = true;
  for (let r = span.start; r < span.end; r++) {
    let blank = true;
    for (let c = 0; c < width; c++) if (cellText(cellAt(sheet, r, c)) !== '') blank = false;
    if (blank) continue;
    // Only the first filled row can be the header: a band may well be called "Band".
    const isHeader = first && sameText(cellText(cellAt(sheet, r, 0)), header);
    first = false;
    if (!isHeader) rows.push(r);
  }
  return rows;
}

export function missingSection(key: keyof typeof HEADINGS, expected: string): Finding {
  return finding('methodology-invalid-value', SHEETS.methodology, 'A1', {
    setting: `The "${HEADINGS[key]}" section`,
    value: '',
    problem: 'its heading row was not found',
    expected: `a row whose first cell reads "${HEADINGS[key]}", followed by ${expected}`,
  });
}

/**
 * Label problems are reported but the scale is kept: it still scores. Values that are missing, not
 * whole or not rising, or a scale of the wrong size, make it unusable and the default is used.
 */
export function readScale(sheet: SheetSnapshot, name: ScaleName, span: SectionSpan | undefined, fallback: readonly ScaleLevel[]): ReadScale {
  if (!span) {
    return {
      scale: fallback,
      anchors: { heading: 'A1', levels: [] },
      findings: [missingSection(name, `its ${SCALE_HEADER.join(' | ')} table`)],
      fellBack: true,
    };
  }
  const findings: Finding[] = [];
  const levels: ScaleLevel[] = [];
  const levelAnchors: LevelAnchor[] = [];
  let unreadable = false;
  for (const r of tableRows(sheet, span, 3, SCALE_HEADER[0])) {
    const at = (c: number): string => cellAddress(r, c);
    levelAnchors.push({ value: at(SCALE_COLS.value), label: at(SCALE_COLS.label), description: at(SCALE_COLS.description) });
    const cells = {
      value: cellAt(sheet, r, SCALE_COLS.value),
      label: cellAt(sheet, r, SCALE_COLS.label),
      description: cellAt(sheet, r, SCALE_COLS.description),
    };
    const { values } = parseRow(SCALE_ROW, cells);
    if (values.value === undefined) {
      unreadable = true;
      findings.push(finding('methodology-scale-order', SHEETS.methodology, at(SCALE_COLS.value), { scale: name, value: cellText(cells.value) }));
    }
    // NaN marks an unreadable value: the order check then skips it instead of reporting it twice.
    levels.push({ value: values.value ?? Number.NaN, label: values.label ?? '', description: values.description ?? '' });
  }
  const anchors: ScaleAnchors = { heading: cellAddress(span.heading, 0), levels: levelAnchors };
  const structural = [
    ...validateScaleSize(name, levels, anchors),
    ...validateScaleOrder(name, levels, anchors).filter((f) => !findings.some((g) => g.cell === f.cell)),
  ];
  appendAll(findings, [...structural, ...validateScaleLabels(name, levels, anchors)]);
  if (unreadable || structural.length > 0) return { scale: fallback, anchors, findings, fellBack: true };
  return { scale: levels, anchors, findings, fellBack: false };
}
