/**
 * A declarative description of the changes to make to a workbook. The core produces it; a
 * host applies it mechanically. Nothing in a plan deletes a user's sheet, row or cell.
 */
import type { SheetRole } from './names';

/**
 * One cell to write.
 * - `null` leaves the cell as it is.
 * - `''` clears it.
 * - A string is always literal text, never a formula, whatever it starts with: hosts must
 *   neutralise a leading `=`, `+`, `-`, `@`, tab or carriage return
 *   (tests/support/risky-text.ts drives every host through each).
 * - `{ formula }` is a live formula in canonical form: English names, commas, A1, leading `=`.
 */
export type PlanCell = string | number | boolean | null | { readonly formula: string };

/** A rectangular block of cells anchored at its top-left cell (A1, no sheet part). */
export interface BlockWrite {
  readonly at: string;
  readonly cells: readonly (readonly PlanCell[])[];
}

/**
 * One formula filled down a column, as a person fills a formula down: the cell `at` holds
 * `formula` as written, and every other cell of `ranges` holds it with its relative references
 * moved by the cell's distance from `at` (absolute references and names stay). One text per
 * column instead of one per row: a file shares it, Google Sheets sets it per range list.
 */
export interface FormulaFill {
  /** Canonical form, as it reads in `at`. */
  readonly formula: string;
  /** The first cell of the first range. */
  readonly at: string;
  /** Bounded ranges of one column, top to bottom, apart from each other and from `writes`. */
  readonly ranges: readonly string[];
}

export type HorizontalAlignment = 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';

export interface FormatSpec {
  /** A bounded A1 range, never a whole column. */
  readonly range: string;
  readonly numberFormat?: string;
  /** `#RRGGBB` */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly verticalAlignment?: VerticalAlignment;
  /** Thin border around every cell of the range. */
  readonly border?: boolean;
  readonly fontSize?: number;
}

/**
 * Cells formatted as another cell of the same sheet is, before the sheet's `formats` apply: what
 * a person's Format Painter copies (fill, font, borders, alignment, number format). The columns
 * Riskbook appends beside a team's table take the team's header style this way, whatever it is.
 */
export interface FormatLikeSpec {
  /** A bounded A1 range. */
  readonly range: string;
  /** The cell whose format is copied: one cell, A1 without a sheet part. */
  readonly like: string;
}

export type ValidationRule =
  /** Values must come from a named range (never an inline list: Excel caps those at 255 characters). */
  | { readonly kind: 'list'; readonly namedRange: string }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'date' };

export interface ValidationSpec {
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  /** `stop` rejects other input; `warning` lets the user keep it after a warning. */
  readonly style: 'stop' | 'warning';
  readonly prompt?: string;
}

export interface ConditionalFormatSpec {
  readonly range: string;
  /** Custom formula, relative to the top-left cell of `range`, canonical form with leading `=`. */
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly stopIfTrue?: boolean;
}

export interface ColumnWidthSpec {
  /** 0-based column index. */
  readonly col: number;
  /** Width in characters of the default font. */
  readonly width: number;
}

export interface SheetProtectionSpec {
  /** Protect the sheet against accidental edits (Sheets: warning only). */
  readonly protected: boolean;
  /** Ranges a person may still edit on a protected sheet. */
  readonly editableRanges?: readonly string[];
}

/**
 * A row height in points. Generated sheets set the rows their wrapped text needs: LibreOffice
 * does not grow rows on opening a file, and a printed SoA must not clip its justifications.
 */
export interface RowHeightSpec {
  /** 0-based row index. */
  readonly row: number;
  readonly height: number;
}

export type PaperSize = 'A4' | 'Letter';

/** A field a printed header or footer fills in on each page. */
export type HeaderFooterField = 'page' | 'pages' | 'sheet';

/** One section of a header or footer: literal text and fields, in order. */
export type HeaderFooterText = readonly (string | { readonly field: HeaderFooterField })[];

/** The three sections of a printed header or footer; a missing one stays empty. */
export interface HeaderFooterSpec {
  readonly left?: HeaderFooterText;
  readonly center?: HeaderFooterText;
  readonly right?: HeaderFooterText;
}

/**
 * How a sheet prints. The core chooses it (workbook/print-layout.ts) so that no text prints
 * below 7 pt: a table too wide for one page is fitted to two pages wide with its first columns
 * repeated, never shrunk until it cannot be read. Margins are `PRINT_MARGINS` for every sheet.
 */
export interface PageSetupSpec {
  readonly orientation: 'portrait' | 'landscape';
  readonly paperSize: PaperSize;
  /**
   * Pages wide the sheet is fitted to, as many tall as it needs; pages are printed across, then
   * down, so the halves of a wide table sit side by side. 0 prints at full size.
   */
  readonly pagesWide: number;
  /**
   * The percentage a sheet more than one page wide prints at, which gives it `pagesWide` pages
   * across; hosts use it instead of fitting. Fitting to several pages makes LibreOffice search
   * for the scale page by page: minutes for a long register.
   */
  readonly scale?: number;
  /** Rows repeated at the top of every printed page, e.g. `1:4`. */
  readonly printTitleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. `A:B`. */
  readonly printTitleColumns?: string;
  /**
   * The columns that print, e.g. `A:S`, every row of them (a print area of whole columns, so rows
   * added later print too); absent, the whole sheet prints.
   */
  readonly printColumns?: string;
  readonly header?: HeaderFooterSpec;
  readonly footer?: HeaderFooterSpec;
  /** 0-based rows that start a new printed page, so a section prints whole (the heatmap's grids). */
  readonly rowBreaks?: readonly number[];
}

/**
 * A cell note: the plain note of Excel ("Note", not a threaded comment) and of Google Sheets.
 * A note never replaces one a person wrote: where the cell has a note, the new text goes below
 * it after a blank line (`withNote` in notes.ts, the rule every host applies).
 */
export interface NoteSpec {
  /** One cell, A1 without a sheet part. */
  readonly cell: string;
  readonly text: string;
}

export interface SheetPlan {
  readonly name: string;
  /**
   * Which of Riskbook's sheets this is. Hosts tell Riskbook's sheets apart by role, never by
   * name: a team may keep a sheet of its own under a name Riskbook would use.
   */
  readonly role?: SheetRole;
  /**
   * `replace`: the sheet's whole content is the plan's content. Hosts build it beside the old
   * sheet and swap it in only when complete, so a failure leaves the previous one intact.
   * `update`: only the listed cells, formats and rules change; everything else stays.
   */
  readonly mode: 'replace' | 'update';
  readonly hidden?: boolean;
  readonly tabColor?: string;
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  readonly columnWidths?: readonly ColumnWidthSpec[];
  readonly rowHeights?: readonly RowHeightSpec[];
  readonly writes: readonly BlockWrite[];
  /** Formula columns, written after `writes` (see workbook/formula-fills.ts). */
  readonly fills?: readonly FormulaFill[];
  /** Copied before `formats`, which may then change part of what was copied. */
  readonly formatsLike?: readonly FormatLikeSpec[];
  readonly formats: readonly FormatSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly merges?: readonly string[];
  readonly autoFilter?: string;
  /**
   * The sheet's print area from now on (as `SheetSnapshot.printArea`), leaving the rest of its page
   * setup alone: the team's register's, reaching over the columns Riskbook appended to it.
   */
  readonly printArea?: string;
  readonly protection?: SheetProtectionSpec;
  readonly pageSetup?: PageSetupSpec;
  /** Notes to add, after the cells are written. */
  readonly notes?: readonly NoteSpec[];
}

export interface NamedRangeSpec {
  readonly name: string;
  readonly sheet: string;
  /** A1 range without `$`; hosts make it absolute. */
  readonly range: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamedRangeSpec[];
  /** The order Riskbook's sheets should take after the team's own, by name. */
  readonly sheetOrder?: readonly string[];
}

export function emptySheetPlan(name: string, mode: SheetPlan['mode']): SheetPlan {
  return { name, mode, writes: [], formats: [], validations: [], conditionalFormats: [] };
}
