/**
 * Moving a register's Controls cells from ISO/IEC 27001:2013 ids to their 2022 successors, when a
 * person asks for it. Each 2013 id (or range of 2013 ids) is replaced by its successors, written
 * with the id's own prefix and joined the way the cell already separates its ids; every other
 * character stays as typed (words around the ids, titles, 2022 ids, clauses, line breaks). The
 * text the cell had goes into its note, so nothing a person typed is lost.
 *
 * A cell that cites no 2013 id is not written, nor is one that holds a formula (its text is the
 * formula's result: writing over it would replace the team's formula).
 */
import { cellAddress, rangeAddress } from '../workbook/a1';
import type { NoteSpec, PlanCell, SheetPlan } from '../workbook/plan';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt } from '../workbook/snapshot';
import type { ReferenceSpan } from './control-list';
import { controlReferenceSpans } from './control-list';
import type { ControlCatalogue } from './types';

/** What goes between two successors of one id where the cell shows no separator of its own. */
const DEFAULT_SEPARATOR = ', ';

/** A separator between two ids that can join successors: punctuation or a line break, with its spaces. */
const LIST_SEPARATOR = /^[ \t]*(?:[,;|/]|\r?\n)[ \t]*$/;

/** The note kept on a rewritten cell. */
export function originalTextNote(original: string, date: string): string {
  return `Before the move to Annex A 2022 (Riskbook, ${date}): ${original}`;
}

function is2013(span: ReferenceSpan): boolean {
  return span.citations.length > 0 && span.citations.every((c) => c.kind === 'annex-a-2013');
}

/** The 2022 ids a span of 2013 ids stands for, each once, in the order of the 2013 ids. */
function successorsOf(span: ReferenceSpan): string[] {
  const out: string[] = [];
  for (const c of span.citations) {
    if (c.kind !== 'annex-a-2013') continue;
    for (const id of c.successors) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * How the cell separates its ids: the separator found most often between two ids typed one after
 * the other (the first one on a tie), else a comma.
 */
function cellSeparator(text: string, spans: readonly ReferenceSpan[]): string {
  const counts = new Map<string, number>();
  for (let i = 1; i < spans.length; i++) {
    const gap = text.slice(spans[i - 1]!.end, spans[i]!.start - spans[i]!.prefix.length);
    if (LIST_SEPARATOR.test(gap)) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = DEFAULT_SEPARATOR;
  let most = 0;
  for (const [gap, n] of counts) {
    if (n > most) {
      best = gap;
      most = n;
    }
  }
  return best;
}

/**
 * The cell's text with every 2013 id replaced by its 2022 successors; null when it cites no 2013
 * id. `A.12.6.1` becomes `A.8.8`; `A.18.2.3` (two successors) becomes `A.5.36, A.8.8`; the range
 * `A.12.4.1-A.12.4.3` becomes `A.8.15`.
 */
export function textWith2022Ids(text: string, catalogue: ControlCatalogue): string | null {
  const spans = controlReferenceSpans(text, catalogue);
  if (!spans.some(is2013)) return null;
  const separator = cellSeparator(text, spans);
  let out = '';
  let pos = 0;
  for (const span of spans) {
    if (!is2013(span)) continue;
    const ids = successorsOf(span);
    // The prefix typed before the first id is already in the text; the others repeat it.
    out += text.slice(pos, span.start) + ids.join(`${separator}${span.prefix}`);
    pos = span.end;
  }
  return out + text.slice(pos);
}

export interface RegisterIdsInput {
  readonly sheet: SheetSnapshot;
  /** 0-based column of the register's controls. */
  readonly col: number;
  /** 0-based rows of the register's risks. */
  readonly rows: readonly number[];
  readonly catalogue: ControlCatalogue;
  /** The day of the move, `YYYY-MM-DD`, for the note. */
  readonly date: string;
}

export interface RegisterIdsPlan {
  /** An `update` of the register naming only the rewritten cells and their notes. */
  readonly plan: SheetPlan;
  /** Cells rewritten. */
  readonly moved: number;
  /** Cells that cite a 2013 id through a formula, left as they are. */
  readonly formulas: number;
}

function textOfCell(value: CellValue): string | null {
  return typeof value === 'string' ? value : null;
}

/** The plan that moves the register's Controls cells to 2022 ids, keeping each old text in a note. */
export function registerIdsPlan(input: RegisterIdsInput): RegisterIdsPlan {
  const { sheet, col, catalogue, date } = input;
  const written = new Map<number, string>();
  const notes: NoteSpec[] = [];
  let formulas = 0;
  for (const row of [...new Set(input.rows)].sort((a, b) => a - b)) {
    const before = textOfCell(cellAt(sheet, row, col));
    if (before === null) continue;
    const after = textWith2022Ids(before, catalogue);
    if (after === null) continue;
    if (formulaAt(sheet, row, col) !== null) {
      formulas++;
      continue;
    }
    written.set(row, after);
    notes.push({ cell: cellAddress(row, col), text: originalTextNote(before, date) });
  }
  const rows = [...written.keys()];
  const plan: SheetPlan = {
    name: sheet.name,
    mode: 'update',
    // One block down the column; rows between the rewritten ones are left (null).
    writes:
      rows.length === 0
        ? []
        : [
            {
              at: rangeAddress(rows[0]!, col, 1, 1),
              cells: Array.from({ length: rows[rows.length - 1]! - rows[0]! + 1 }, (_, i): PlanCell[] => [written.get(rows[0]! + i) ?? null]),
            },
          ],
    formats: [],
    validations: [],
    conditionalFormats: [],
    notes,
  };
  return { plan, moved: rows.length, formulas };
}
