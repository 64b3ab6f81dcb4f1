/**
 * The controls a register cell cites, from the cell's value. Text goes to `parseControlList`. A
 * number needs care: a spreadsheet stores `8.10` typed into a number cell as 8.1, and the value
 * alone cannot tell the two apart. It is read as typed (8.1), and marked as possibly the other id
 * unless the rest of the row names one of the two controls by its title.
 */
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';
import { isAnnexA2022Id, knownTitles } from './control-ids';
import { parseControlList } from './control-list';
import type { ControlCatalogue, ControlCitation } from './types';

/** The id a number may have been before the spreadsheet dropped its trailing zero: 8.1 → 8.10. */
function withTrailingZero(id: string): string | null {
  const [theme, n] = id.split('.');
  if (n === undefined || n.length !== 1) return null;
  const longer = `${theme}.${n}0`;
  return isAnnexA2022Id(longer) ? longer : null;
}

/** Which of the ids the row names by title (in another cell), when exactly one. */
function namedInRow(ids: readonly string[], row: readonly CellValue[]): string | null {
  const texts = row.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.toLowerCase());
  const named = ids.filter((id) => knownTitles(id).some((title) => texts.some((t) => t.includes(title))));
  return named.length === 1 ? named[0]! : null;
}

function fromNumber(value: number, catalogue: ControlCatalogue, row: readonly CellValue[]): readonly ControlCitation[] {
  const text = String(value);
  const citations = parseControlList(text, catalogue);
  const only = citations[0];
  if (citations.length !== 1 || only?.kind !== 'control' || !isAnnexA2022Id(only.id)) {
    // A number that is no id (`5`, `12.9`, a date's serial) is a mistyped id, not prose.
    return citations.map((c) => (c.kind === 'free-text' ? { kind: 'unknown', raw: c.raw } : c));
  }
  const longer = withTrailingZero(only.id);
  if (longer === null) return citations;
  const settled = namedInRow([only.id, longer], row);
  if (settled !== null) return [{ kind: 'control', raw: text, id: settled }];
  return [{ kind: 'control', raw: text, id: only.id, orMaybe: longer }];
}

/**
 * The citations of one register cell. `row` is the whole row, whose other cells may settle what
 * a number stands for. Blank cells and error values cite nothing (an error is reported where the
 * row is read).
 */
export function parseControlCell(value: CellValue, catalogue: ControlCatalogue, row: readonly CellValue[] = []): readonly ControlCitation[] {
  if (value === null || isCellError(value)) return [];
  if (typeof value === 'number') return Number.isFinite(value) ? fromNumber(value, catalogue, row) : [];
  if (typeof value === 'boolean') return parseControlList(value ? 'TRUE' : 'FALSE', catalogue);
  return parseControlList(value, catalogue);
}
