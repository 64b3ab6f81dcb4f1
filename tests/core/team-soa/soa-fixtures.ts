/**
 * Team SoAs as teams keep them, built as snapshots: an English 2022 SoA under a title row, a German
 * one whose ids a German Excel turned into dates, a 2013 one with a three-row merged header, theme
 * and objective headings and merged cells, and the ids of a 2022 SoA typed into number cells.
 */
import { ANNEX_A_2013_TO_2022, ANNEX_A_2022 } from '../../../core/annex-a/catalogue-data';
import { serialFromIso } from '../../../core/dates';
import { rangeAddress } from '../../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';

export type Row = CellValue[];

export function sheet(name: string, values: readonly Row[], merges: readonly string[] = []): SheetSnapshot {
  return { name, values, ...(merges.length > 0 ? { merges } : {}) };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export const NOTHING_SKIPPED: ReadonlySet<string> = new Set();

/** The 93 controls of 2022, and the 114 distinct controls of 2013 in catalogue order. */
export const IDS_2022: readonly string[] = ANNEX_A_2022.map((c) => c.id);
export const IDS_2013: readonly string[] = [...new Set(ANNEX_A_2013_TO_2022.map((r) => r.id2013))];
const TITLE_2022 = new Map(ANNEX_A_2022.map((c) => [c.id, c.title]));
const TITLE_2013 = new Map(ANNEX_A_2013_TO_2022.map((r) => [r.id2013, r.title2013]));

const THEMES_2022: Readonly<Record<string, string>> = { '5': 'Organizational controls', '6': 'People controls', '7': 'Physical controls', '8': 'Technological controls' };

/** Excluded in the scenarios: outsourced development and secure development (no development in scope). */
export const EXCLUDED_2022: ReadonlySet<string> = new Set(['8.25', '8.30']);

/**
 * An English 2022 SoA: a title row and a blank row, then "Control ID | Control name | Theme |
 * Applicable | Justification | Implementation status | Evidence | Control owner | Last reviewed",
 * with a theme heading row ("5 Organizational controls") before each theme. `ids` picks which
 * controls are listed; `typed` says how each id was typed.
 */
export function englishSoa(ids: readonly string[] = IDS_2022, typed: (id: string) => CellValue = (id) => `A.${id}`): SheetSnapshot {
  const rows: Row[] = [
    ['ACME Ltd. Statement of Applicability (ISO/IEC 27001:2022), version 3, approved 2026-01-15'],
    [],
    ['Control ID', 'Control name', 'Theme', 'Applicable', 'Justification', 'Implementation status', 'Evidence', 'Control owner', 'Last reviewed'],
  ];
  let theme = '';
  for (const id of ids) {
    const t = id.split('.')[0]!;
    if (t !== theme) {
      theme = t;
      rows.push([`${t} ${THEMES_2022[t]}`]);
    }
    const excluded = EXCLUDED_2022.has(id);
    rows.push([
      typed(id),
      TITLE_2022.get(id)!,
      THEMES_2022[t]!.replace(' controls', ''),
      excluded ? 'No' : 'Yes',
      excluded ? 'No software development in scope' : 'Risk assessment',
      excluded ? 'N/A' : 'Implemented',
      excluded ? '' : `POL-${id}`,
      'CISO',
      serialFromIso('2026-01-15'),
    ]);
  }
  return sheet('Statement of Applicability', rows);
}

/** How a German Excel stores "5.1" typed into a cell: 5 January of the year it was typed. */
export function germanDate(id: string, year = 2025): CellValue {
  const [theme, n] = id.split('.').map(Number) as [number, number];
  if (n > 12) return id;
  return serialFromIso(`${year}-${String(n).padStart(2, '0')}-${String(theme).padStart(2, '0')}`);
}

/**
 * A German SoA kept in a German Excel: ids typed as "5.1" became dates wherever they could
 * (5.1 → 5 January, 5.10 → 5 October), the rest stayed text (5.13). Decisions in German.
 */
export function germanSoa(ids: readonly string[] = IDS_2022): SheetSnapshot {
  const rows: Row[] = [
    ['Erklärung zur Anwendbarkeit nach ISO/IEC 27001:2022'],
    ['Stand: 15.01.2026'],
    [],
    ['Nr.', 'Maßnahme', 'Anwendbar', 'Begründung', 'Begründung für Ausschluss', 'Umsetzungsstand', 'Verantwortlich', 'Nachweis', 'Letzte Prüfung'],
  ];
  ids.forEach((id, i) => {
    const excluded = EXCLUDED_2022.has(id);
    rows.push([
      germanDate(id),
      TITLE_2022.get(id)!,
      excluded ? 'Nein' : i % 9 === 4 ? 'Teilweise' : 'Ja',
      excluded ? '' : 'Gesetzlich; Vertraglich',
      excluded ? 'Keine Softwareentwicklung im Anwendungsbereich' : '',
      excluded ? 'entfällt' : 'Umgesetzt',
      'ISB',
      excluded ? '' : `Richtlinie ${i + 1}`,
      serialFromIso('2025-11-30'),
    ]);
  });
  return sheet('SoA', rows);
}

/** The 2013 clause titles of the theme headings. */
const CLAUSES_2013: Readonly<Record<string, string>> = {
  '5': 'Information security policies', '6': 'Organization of information security', '7': 'Human resource security', '8': 'Asset management',
  '9': 'Access control', '10': 'Cryptography', '11': 'Physical and environmental security', '12': 'Operations security', '13': 'Communications security',
  '14': 'System acquisition, development and maintenance', '15': 'Supplier relationships', '16': 'Information security incident management',
  '17': 'Information security aspects of business continuity management', '18': 'Compliance',
};

/** The 2013 controls the scenario excludes, with their reasons. */
export const EXCLUDED_2013: ReadonlyMap<string, string> = new Map([
  ['A.14.2.7', 'No outsourced development'],
  ['A.11.2.7', 'Equipment is destroyed by a certified provider'],
]);

/** Where the 2013 SoA's header ends (0-based) and what its columns hold. */
export const SOA_2013_HEADER_ROW = 4;

/**
 * A 2013 SoA as the classic templates lay it out, with a three-row header:
 *
 *   row 3: Annex A control (A:B)   | Applicability (C:H)                                            | Implementation (I:K)
 *   row 4: Ref | Control           | Applicable (Y/N) | Reasons for selection (D:G) | Justification for exclusion | Status | How implemented | Evidence
 *   row 5:                         |                  | LR | CO | BR/BP | RRA       |
 *
 * under a title merged across the table; each clause starts with a heading row ("A.5 Information
 * security policies") and each objective with its own ("A.5.1 …"), merged across. Evidence and
 * Applicable are merged down over pairs of controls here and there; `typed` says how ids were typed.
 */
export function soa2013(typed: (id: string) => CellValue = (id) => id): SheetSnapshot {
  const rows: Row[] = [
    ['Statement of Applicability – ISO/IEC 27001:2013'],
    [],
    ['Annex A control', null, 'Applicability', null, null, null, null, null, 'Implementation'],
    ['Ref', 'Control', 'Applicable (Y/N)', 'Reasons for selection', null, null, null, 'Justification for exclusion', 'Status', 'How implemented', 'Evidence'],
    [null, null, null, 'LR', 'CO', 'BR/BP', 'RRA'],
  ];
  const merges = ['A1:K1', 'A3:B3', 'C3:H3', 'I3:K3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:G4', 'H4:H5', 'I4:I5', 'J4:J5', 'K4:K5'];
  let clause = '';
  let objective = '';
  const rowOf = new Map<string, number>();
  IDS_2013.forEach((id, i) => {
    const [, c, o] = id.split('.');
    if (c !== clause) {
      clause = c!;
      merges.push(rangeAddress(rows.length, 0, 1, 11));
      rows.push([`A.${c} ${CLAUSES_2013[c!]}`]);
    }
    if (`${c}.${o}` !== objective) {
      objective = `${c}.${o}`;
      merges.push(rangeAddress(rows.length, 1, 1, 10));
      rows.push([`A.${c}.${o}`, 'Objective: see ISO/IEC 27001:2013 Annex A']);
    }
    const exclusion = EXCLUDED_2013.get(id);
    rowOf.set(id, rows.length);
    rows.push([
      typed(id),
      TITLE_2013.get(id)!,
      exclusion ? 'N' : 'Y',
      !exclusion && i % 4 === 0 ? 'x' : null,
      !exclusion && i % 5 === 0 ? 'x' : null,
      null,
      exclusion ? null : 'x',
      exclusion ?? null,
      exclusion ? null : 'Implemented',
      exclusion ? null : `Procedure ${i + 1}`,
      exclusion ? null : `DOC-${i + 1}`,
    ]);
  });
  // One evidence document for both policy controls, and one decision for both of A.9.4's first two.
  for (const [first, second, col] of [['A.5.1.1', 'A.5.1.2', 10], ['A.9.4.1', 'A.9.4.2', 2]] as const) {
    const top = rowOf.get(first)!;
    rows[rowOf.get(second)!]![col] = null;
    merges.push(rangeAddress(top, col, 2, 1));
  }
  return sheet('SoA 2013', rows, merges);
}

/** How a spreadsheet in a day-first locale stores a 2013 id typed without its "A.": 11.2.5 → 11 February 2005. */
export function dayFirstDate2013(id: string): CellValue {
  const [, d, m, y] = id.split('.').map(Number) as [number, number, number, number];
  if (m > 12 || d > 31) return id;
  return serialFromIso(`${2000 + y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}
