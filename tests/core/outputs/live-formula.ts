/**
 * Test helper: what a live cell of a generated sheet shows, computed from a snapshot as a
 * spreadsheet program computes it, for the few shapes those cells take: IF, AND, COUNTIFS with
 * exact criteria, INDEX(name, row, column), `'Sheet'!$A$1`, same-sheet ranges, `&`, `=`, `<>`,
 * `>` and text and number literals. An empty cell reads as "" beside text and as 0 alone, as in
 * Excel and LibreOffice; `=` between texts ignores case. LibreOffice is the referee of the real
 * thing (tests/cli); this lets the core tests say what a person would see after typing. COUNTIF,
 * MATCH (exact) and INDEX over one column serve the Maturity sheet's level.
 */
import { parseCell, parseRange, splitSheetReference } from '../../../core/workbook/a1';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt, findSheet } from '../../../core/workbook/snapshot';

type Value = string | number | boolean | null;
/** What a source cell shows whose formula is not of a shape modelled here. */
export const UNMODELLED = '#UNMODELLED';
/** A block of cells: a sheet and its top-left and size. */
interface Area {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

function plain(v: CellValue): Value {
  if (v !== null && typeof v === 'object') return v.error;
  return v === '' ? null : v;
}

export function evaluate(formula: string, wb: WorkbookSnapshot, onSheet: string): Value {
  const text = formula.replace(/^=/, '');
  let i = 0;
  const peek = (): string => text[i] ?? '';
  const expect = (ch: string): void => {
    if (text[i] !== ch) throw new Error(`expected ${ch} at ${i} in ${text}`);
    i++;
  };
  const valueAt = (sheet: string, row: number, col: number): Value => {
    const s = findSheet(wb, sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    // A formula cell of the source shows what it computes: evaluated in turn, where it is a shape
    // modelled here (the register's scoring formulas are not: LibreOffice checks those).
    const f = s.formulas?.[row]?.[col];
    if (!f) return plain(cellAt(s, row, col));
    try {
      return evaluate(f, wb, sheet);
    } catch {
      return UNMODELLED;
    }
  };
  const named = (name: string): Area => {
    const n = wb.names?.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!n) throw new Error(`no name ${name}`);
    const ref = splitSheetReference(n.reference)!;
    const r = parseRange(ref.range)!;
    return { sheet: ref.sheet, ...r };
  };
  const asText = (v: Value | Area): string => {
    const x = isArea(v) ? single(v) : v;
    return x === null ? '' : typeof x === 'boolean' ? (x ? 'TRUE' : 'FALSE') : String(x);
  };
  const single = (a: Area): Value => valueAt(a.sheet, a.row, a.col);
  const isArea = (v: unknown): v is Area => typeof v === 'object' && v !== null && 'sheet' in v;
  const scalar = (v: Value | Area): Value => (isArea(v) ? single(v) : v);

  function args(): (Value | Area)[] {
    expect('(');
    const out: (Value | Area)[] = [];
    if (peek() === ')') {
      i++;
      return out;
    }
    for (;;) {
      out.push(comparison());
      if (peek() === ',') {
        i++;
        continue;
      }
      expect(')');
      return out;
    }
  }

  function call(name: string): Value | Area {
    if (name === 'IF') {
      const [c, a, b] = args();
      return truthy(scalar(c!)) ? scalar(a!) : b === undefined ? false : scalar(b);
    }
    if (name === 'AND') return args().every((a) => truthy(scalar(a)));
    if (name === 'INDEX') {
      const [area, r, c] = args() as [Area, Value | Area, Value | Area | undefined];
      const col = c === undefined ? 1 : Number(scalar(c));
      return { sheet: area.sheet, row: area.row + Number(scalar(r)) - 1, col: area.col + col - 1, rows: 1, cols: 1 };
    }
    if (name === 'MATCH') {
      const [value, area] = args() as [Value | Area, Area];
      const wanted = asText(scalar(value)).toLowerCase();
      for (let r = 0; r < area.rows; r++) if (asText(valueAt(area.sheet, area.row + r, area.col)).toLowerCase() === wanted) return r + 1;
      return '#N/A';
    }
    if (name === 'COUNTIF') {
      const [area, crit] = args() as [Area, Value | Area];
      const wanted = asText(scalar(crit)).toLowerCase();
      let n = 0;
      for (let r = 0; r < area.rows; r++) if (asText(valueAt(area.sheet, area.row + r, area.col)).toLowerCase() === wanted) n++;
      return n;
    }
    if (name === 'COUNTIFS') {
      const a = args();
      let n = 0;
      const first = a[0] as Area;
      for (let r = 0; r < first.rows; r++) {
        let all = true;
        for (let k = 0; k < a.length; k += 2) {
          const area = a[k] as Area;
          const crit = asText(scalar(a[k + 1]!)).toLowerCase();
          if (asText(valueAt(area.sheet, area.row + r, area.col)).toLowerCase() !== crit) all = false;
        }
        if (all) n++;
      }
      return n;
    }
    throw new Error(`function ${name} is not modelled`);
  }

  function primary(): Value | Area {
    const ch = peek();
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          return s;
        } else s += text[i++];
      }
    }
    if (ch === '(') {
      i++;
      const v = comparison();
      expect(')');
      return v;
    }
    if (/[0-9]/.test(ch)) {
      const m = /^[0-9.]+/.exec(text.slice(i))!;
      i += m[0].length;
      return Number(m[0]);
    }
    if (ch === "'") {
      const end = text.indexOf("'!", i + 1);
      const sheet = text.slice(i + 1, end).replace(/''/g, "'");
      i = end + 2;
      return cellRef(sheet);
    }
    if (ch === '$') return cellRef(onSheet);
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
    if (!m) throw new Error(`unexpected ${ch} at ${i} in ${text}`);
    if (text[i + m[0].length] === '(') {
      i += m[0].length;
      return call(m[0].toUpperCase());
    }
    if (text[i + m[0].length] === '!') {
      i += m[0].length + 1;
      return cellRef(m[0]);
    }
    const ref = /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/.exec(text.slice(i));
    if (ref && ref[0].length >= m[0].length) {
      i += ref[0].length;
      const r = parseRange(ref[0].replace(/\$/g, ''))!;
      return { sheet: onSheet, ...r };
    }
    i += m[0].length;
    return named(m[0]);
  }

  function cellRef(sheet: string): Area {
    const m = /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/.exec(text.slice(i))!;
    i += m[0].length;
    const r = parseRange(m[0].replace(/\$/g, '')) ?? { ...parseCell(m[0].replace(/\$/g, ''))!, rows: 1, cols: 1 };
    return { sheet, ...r };
  }

  function concat(): Value | Area {
    let v = primary();
    while (peek() === '&') {
      i++;
      v = asText(v) + asText(primary());
    }
    return v;
  }

  function comparison(): Value | Area {
    const left = concat();
    const op = text.startsWith('<>', i) ? '<>' : text.startsWith('>=', i) ? '>=' : peek() === '=' || peek() === '>' ? peek() : '';
    if (op === '') return left;
    i += op.length;
    const right = concat();
    const a = scalar(left);
    const b = scalar(right);
    if (op === '>') return Number(a ?? 0) > Number(b ?? 0);
    if (op === '>=') return Number(a ?? 0) >= Number(b ?? 0);
    const same = typeof a === 'number' && typeof b === 'number' ? a === b : asText(a).toLowerCase() === asText(b).toLowerCase();
    return op === '=' ? same : !same;
  }

  const out = comparison();
  if (i !== text.length) throw new Error(`unread ${text.slice(i)} in ${text}`);
  return scalar(out);
}

function truthy(v: Value): boolean {
  return v === true || (typeof v === 'number' && v !== 0);
}

/** What every cell of a sheet shows: its value, or what its formula computes. */
export function shownValues(wb: WorkbookSnapshot, sheetName: string): Value[][] {
  const s = findSheet(wb, sheetName);
  if (!s) throw new Error(`no sheet ${sheetName}`);
  return s.values.map((row, r) => row.map((v, c) => {
    const f = s.formulas?.[r]?.[c];
    return f ? evaluate(f, wb, sheetName) : plain(v);
  }));
}
