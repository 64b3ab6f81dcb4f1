/**
 * Writes the workbooks docs/real-host-check.md asks a person to open in a real Excel and a real
 * Google Sheet, each made to show one thing the fakes cannot prove:
 *
 *   register-10000.xlsx              10,000 risks: the ribbon's Recalculate & check on Windows
 *   register-20000-chinese.xlsx      20,000 risks, free text in Chinese: Excel on the web's 5 MB
 *   very-hidden-lists.xlsx           the example recalculated, its lists and settings sheets very hidden
 *   hidden-sheets-out-of-order.xlsx  the example recalculated, its tabs reversed, hidden sheets among them
 *   german-locale-register.xlsx      the example with "Wahr" and "Mär 5" typed as text, for a German-locale sheet
 *
 *   npx tsx scripts/real-host-workbooks.ts [OUTDIR]     (out/real-host/ by default)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readXlsxSnapshot } from '../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../cli/xlsx/workbook-io';
import { respond } from '../core/actions';
import { MemoryWorkbook } from '../core/workbook/memory-workbook';
import { SHEETS } from '../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../core/workbook/snapshot';
import { GENERATED_HEADERS, GENERATED_HEADER_ROW, GENERATED_NOW, generateRegister } from '../tests/support/register-generator';
import { snapshotToXlsx } from '../tests/support/snapshot-xlsx';

const ROOT = resolve(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples/acme-saas-register.xlsx');

/** Free-text columns of a generated register. */
const TEXT_COLUMNS = ['Asset', 'Threat', 'Vulnerability', 'Risk description', 'Notes'].map((h) => GENERATED_HEADERS.indexOf(h as (typeof GENERATED_HEADERS)[number]));
const CHINESE = '供应商数据泄露导致客户个人信息外泄风险评估与控制措施说明';

export interface RealHostSizes {
  /** Risks in the register the ribbon recalculates (10,000). */
  readonly ribbon: number;
  /** Risks in the Chinese register (20,000). */
  readonly chinese: number;
}

function withChineseText(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const [register, ...rest] = snapshot.sheets;
  const values = register!.values.map((row, r): CellValue[] =>
    r <= GENERATED_HEADER_ROW ? [...row] : row.map((v, c) => (TEXT_COLUMNS.includes(c) && typeof v === 'string' && v !== '' ? `${CHINESE}${r}` : v)),
  );
  return { ...snapshot, sheets: [{ ...register!, values }, ...rest] };
}

/** The example as Riskbook leaves it after Recalculate & check. */
async function recalculatedExample(): Promise<WorkbookSnapshot> {
  const before = readXlsxSnapshot(await loadWorkbook(readFileSync(EXAMPLE)));
  const response = respond(before, { kind: 'generate', action: 'recalc' }, { now: GENERATED_NOW });
  const wb = MemoryWorkbook.fromSnapshot(before);
  if (response.plan) wb.apply(response.plan);
  return wb.snapshot();
}

/** `data` with the named sheets very hidden (a state only a file or VBA can set in Excel). */
async function veryHidden(data: Buffer, names: readonly string[]): Promise<Buffer> {
  const wb = await loadWorkbook(data);
  for (const name of names) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    ws.state = 'veryHidden';
  }
  return saveWorkbook(wb);
}

/** Every workbook of the check, by file name. */
export async function realHostWorkbooks(sizes: RealHostSizes = { ribbon: 10000, chinese: 20000 }): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  out.set(`register-${sizes.ribbon}.xlsx`, await snapshotToXlsx(generateRegister({ risks: sizes.ribbon, seed: 2026, gapRate: 0.1 }).snapshot));
  out.set(`register-${sizes.chinese}-chinese.xlsx`, await snapshotToXlsx(withChineseText(generateRegister({ risks: sizes.chinese, seed: 7 }).snapshot)));
  const recalculated = await recalculatedExample();
  out.set('very-hidden-lists.xlsx', await veryHidden(await snapshotToXlsx(recalculated), [SHEETS.lists, SHEETS.settings]));
  out.set('hidden-sheets-out-of-order.xlsx', await snapshotToXlsx({ ...recalculated, sheets: [...recalculated.sheets].reverse() }));
  const example = readXlsxSnapshot(await loadWorkbook(readFileSync(EXAMPLE)));
  const german = example.sheets.map((s) => {
    if (s.name !== 'Risk register') return s;
    // Row 5: its threat reads "Wahr", its owner "Mär 5", both text.
    const values = s.values.map((row, r) => (r === 4 ? row.map((v, c) => (c === 3 ? 'Wahr' : c === 8 ? 'Mär 5' : v)) : [...row]));
    return { ...s, values };
  });
  out.set('german-locale-register.xlsx', await snapshotToXlsx({ ...example, sheets: german }));
  return out;
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? join(ROOT, 'out/real-host'));
  mkdirSync(dir, { recursive: true });
  for (const [name, data] of await realHostWorkbooks()) {
    writeFileSync(join(dir, name), data);
    console.log(`Wrote ${join(dir, name)}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
