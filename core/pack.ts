/**
 * `auditPack`: the plan that turns a copy of the workbook into the audit pack (outputs/audit-pack.ts
 * says what it holds). The host applies it to a copy, prints the copy once to learn where each
 * section starts, writes those pages into the contents and prints it again.
 */
import type { EngineOptions } from './engine';
import { planned } from './engine';
import type { FindingSummary } from './findings/finding';
import { COVER_SHEET, CONTENTS_SHEET, contentsSheet, coverSheet, registerPackLayout, registerPackSetup, type PackSection } from './outputs/audit-pack';
import { maxOf } from './arrays';
import { printedColumnsOf } from './register/register-sheet-plan';
import { parseRange } from './workbook/a1';
import type { BlockWrite, SheetPlan, WorkbookPlan } from './workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './workbook/snapshot';
import { stampLine } from './workbook/stamp';

export type { PackSection };
export { COVER_SHEET, CONTENTS_SHEET };

/** Riskbook's sheets in the pack, in its order, with the titles the contents give them. */
const PACKED: readonly { readonly role: string; readonly title: string }[] = [
  { role: 'methodology', title: 'Risk assessment methodology' },
  { role: 'register', title: 'Risk register' },
  { role: 'rtp', title: 'Risk treatment plan' },
  { role: 'soa', title: 'Statement of Applicability' },
  { role: 'teamSoa', title: 'Statement of Applicability' },
  { role: 'controlView', title: 'Each control: its risks, actions, SoA decision and evidence' },
  { role: 'heatmap', title: 'Heatmap' },
  { role: 'dashboard', title: 'Dashboard' },
  { role: 'maturity', title: 'Maturity of risk management' },
  { role: 'checks', title: 'Checks: what an auditor would raise' },
];

/** The widest title column still repeated on each page across. */
const SHORT_TITLE_WIDTH = 30;

/** Excel's width of a column nobody sized, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;

export interface AuditPack {
  /** The recalculation plus the cover, the register's print setup, every other sheet hidden and the pack's order. */
  readonly plan: WorkbookPlan;
  readonly sections: readonly PackSection[];
  /** The contents sheet, with the page each section starts on once they are known. */
  readonly contents: (pages?: ReadonlyMap<string, number>) => SheetPlan;
  readonly summary: FindingSummary;
  readonly riskCount: number;
  /** The team's register, laid out for Calibri's widths (hosts print it in that typeface). */
  readonly registerSheet: string;
}

export interface PackHostFacts {
  /** The sheets of the workbook as they stand, in tab order. */
  readonly sheetNames: readonly string[];
  /** The width of each column of a sheet as the file has it, in characters (0 when hidden). */
  readonly columnWidths: (sheet: string) => readonly number[];
  /** The smallest text size a sheet's cells use, in points, where the host can tell. */
  readonly smallestFont?: (sheet: string) => number | undefined;
  /** The largest text size a sheet's cells use from a row (0-based) down, in points, where the host can tell. */
  readonly largestFont?: (sheet: string, fromRow: number) => number | undefined;
}

/** The sheet's values with a plan's plain values written over them (formulas are left out). */
function withWrites(sheet: SheetSnapshot, writes: readonly BlockWrite[]): SheetSnapshot {
  if (writes.length === 0) return sheet;
  const values: CellValue[][] = sheet.values.map((row) => [...row]);
  for (const w of writes) {
    const at = parseRange(w.at);
    if (!at) continue;
    w.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (typeof cell !== 'string' && typeof cell !== 'number') return;
        const row = (values[at.row + r] ??= []);
        while (row.length < at.col + c) row.push(null);
        row[at.col + c] = cell;
      }),
    );
  }
  return { ...sheet, values };
}

/** The audit pack's plan; null when the workbook has no register to make it from. */
export function auditPack(snapshot: WorkbookSnapshot, options: EngineOptions, host: PackHostFacts): AuditPack | null {
  const { plan, final, print } = planned(snapshot, 'recalc', options);
  if (!final.location || !print) return null;
  const location = final.location;
  const registerSheet = location.sheet;
  const roleSheet = new Map<string, string>(plan.sheets.flatMap((sp) => (sp.role ? [[sp.role, sp.name] as const] : [])));
  const teamSoa = final.soa.kind === 'team' ? final.soa.team.location.sheet : undefined;
  const sections: PackSection[] = PACKED.flatMap(({ role, title }) => {
    const sheet = role === 'register' ? registerSheet : role === 'teamSoa' ? teamSoa : roleSheet.get(role);
    return sheet !== undefined ? [{ sheet, title }] : [];
  });

  const inferred = final.findings.some((f) => f.code === 'methodology-inferred-unapproved');
  const cover = coverSheet(
    {
      now: options.now,
      document: print.document,
      registerSheet,
      riskCount: final.risks.length,
      methodologyVersion: print.stamp.methodologyVersion,
      methodologyHash: print.stamp.methodologyHash,
      methodologyStatus: inferred ? 'read off the register, awaiting the owner\'s approval' : final.methodologyFound ? 'as written on the Methodology sheet' : 'Riskbook\'s default method',
      soaVersion: final.soa.sheet?.version ?? null,
      summary: final.summary,
      stampLine: stampLine(print.stamp),
    },
    print,
  );

  // The team's register prints legibly in the copy: its id and title columns repeated across.
  // The file's widths, and those of the columns the recalculation appends or sizes.
  const widths = [...host.columnWidths(registerSheet)];
  const registerPlan = plan.sheets.find((sp) => sp.name.toLowerCase() === registerSheet.toLowerCase());
  for (const c of registerPlan?.columnWidths ?? []) {
    while (widths.length < c.col) widths.push(DEFAULT_COLUMN_WIDTH);
    widths[c.col] = c.width;
  }
  // The id repeats on every page across, and the title too when it is a short column: a long
  // scenario repeated on each page would make every page as tall as the longest text.
  const id = location.mapping.id;
  const title = location.mapping.title;
  const keyCols = [id, title !== undefined && (widths[title] ?? DEFAULT_COLUMN_WIDTH) <= SHORT_TITLE_WIDTH ? title : undefined].filter((c): c is number => c !== undefined);
  // Repeated only when they lead the table: print titles repeat from column A.
  const lastKey = maxOf(keyCols);
  const keyColumns = keyCols.length > 0 && lastKey < 4 ? lastKey + 1 : 0;
  // Riskbook's rating keys ("L4/I5") are for formulas, not readers: left out when they come last.
  const printed = printedColumnsOf(location.mapping, widths.length - 1);
  const teamSheet = snapshot.sheets.find((s) => s.name.toLowerCase() === registerSheet.toLowerCase());
  // Laid out as it prints: with the headers the recalculation appends.
  const wrapped = teamSheet ? registerPackLayout(withWrites(teamSheet, registerPlan?.writes ?? []), location.headerRow, widths.slice(0, printed), host.largestFont?.(registerSheet, location.headerRow)) : null;
  const registerPage = registerPackSetup(wrapped?.widths ?? widths.slice(0, printed), keyColumns, location.headerRow, print, host.smallestFont?.(registerSheet), printed < widths.length ? printed : undefined);
  const laidOut = (sp: SheetPlan): SheetPlan => ({
    ...sp,
    pageSetup: registerPage,
    formats: [...sp.formats, ...(wrapped?.formats ?? [])],
    rowHeights: [...(sp.rowHeights ?? []), ...(wrapped?.rowHeights ?? [])],
    columnWidths: [...(sp.columnWidths ?? []), ...(wrapped?.columnWidths ?? [])],
  });

  const shown = new Set([COVER_SHEET, CONTENTS_SHEET, ...sections.map((s) => s.sheet)].map((n) => n.toLowerCase()));
  const inPlan = new Set(plan.sheets.map((sp) => sp.name.toLowerCase()));
  const sheets: SheetPlan[] = plan.sheets.map((sp) => {
    const key = sp.name.toLowerCase();
    if (key === registerSheet.toLowerCase()) return laidOut(sp);
    return shown.has(key) ? sp : { ...sp, hidden: true };
  });
  if (!inPlan.has(registerSheet.toLowerCase())) sheets.push(laidOut({ name: registerSheet, mode: 'update', writes: [], formats: [], validations: [], conditionalFormats: [] }));
  for (const name of host.sheetNames) {
    const key = name.toLowerCase();
    if (!shown.has(key) && !inPlan.has(key)) sheets.push({ name, mode: 'update', hidden: true, writes: [], formats: [], validations: [], conditionalFormats: [] });
  }
  sheets.push(cover);
  const order = [COVER_SHEET, CONTENTS_SHEET, ...sections.map((s) => s.sheet), ...(plan.sheetOrder ?? []).filter((n) => !shown.has(n.toLowerCase()))];
  return {
    plan: { ...plan, sheets, sheetOrder: order },
    sections,
    contents: (pages) => contentsSheet(sections, pages, print),
    summary: final.summary,
    riskCount: final.risks.length,
    registerSheet,
  };
}
