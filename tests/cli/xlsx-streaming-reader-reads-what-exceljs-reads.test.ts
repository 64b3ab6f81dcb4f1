/**
 * `check` and `map` read a workbook with the streaming reader, the other commands through
 * ExcelJS. Both must see the same workbook: for public registers, the example, every
 * command-line scenario, the hostile corpus, a generated register and recalculated outputs, the
 * streaming snapshot is the ExcelJS one, value for value. Where ExcelJS loses what the file says,
 * the streaming reader keeps it: each such case is listed below with what ExcelJS reads instead,
 * so that an ExcelJS that learns better shows up here. Damaged files get the same one line from
 * both.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readInputSnapshot, readInputWorkbook } from '../../cli/io/read-input';
import { readZipDirectory } from '../../cli/io/zip-directory';
import { SILENT } from '../../cli/output/progress';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { streamXlsxSnapshot } from '../../cli/xlsx/stream-xlsx-snapshot';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { generate } from '../../core/engine';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { hostileCorpus } from '../support/hostile-corpus';
import { requires } from '../support/prerequisite';
import { GENERATED_NOW, generateRegister } from '../support/register-generator';
import { snapshotToXlsx } from '../support/snapshot-xlsx';
import type { Scenario } from './fixtures';
import { REGISTER_SHEET, SCENARIOS } from './fixtures';
import { runCli, tempDir } from './support/cli-build';

const ROOT = path.resolve(__dirname, '../..');
const SHARED_CORPUS = path.resolve(ROOT, '../shared/corpus/public-registers');

async function exceljsReads(data: Buffer): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(data));
}

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The snapshot without the notes of its sheets, for files whose notes ExcelJS misreads. */
function withoutNotes(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.map(({ notes: _notes, ...sheet }) => sheet) };
}

/**
 * Public files on which ExcelJS is wrong. opsenex_rr_it writes each note as one `<t>` with no
 * runs, which is valid OOXML and how Excel shows it; ExcelJS reads only runs and gives each note
 * an empty text. The streaming reader reads the text.
 */
const EXCELJS_WRONG: Record<string, (exceljs: WorkbookSnapshot, streamed: WorkbookSnapshot) => void> = {
  'opsenex_rr_it.xlsx': (exceljs, streamed) => {
    const notes = (s: WorkbookSnapshot) => s.sheets.flatMap((sheet) => (sheet.notes ?? []).map((n) => ({ sheet: sheet.name, ...n })));
    expect(notes(exceljs).map((n) => n.text)).toEqual(['', '', '', '', '']);
    expect(notes(streamed).map(({ sheet, cell }) => ({ sheet, cell }))).toEqual(notes(exceljs).map(({ sheet, cell }) => ({ sheet, cell })));
    expect(notes(streamed)[0]!.text).toBe('Template:\nDerived metric per Appendix B.');
    expect(withoutNotes(streamed)).toStrictEqual(withoutNotes(exceljs));
  },
};

async function expectSameReading(file: string): Promise<void> {
  const data = readFileSync(file);
  const exceljs = await exceljsReads(data);
  const streamed = await streamXlsxSnapshot(data);
  const wrong = EXCELJS_WRONG[path.basename(file)];
  if (wrong) wrong(exceljs, streamed);
  else expect(streamed).toStrictEqual(exceljs);
}

const shared = requires(
  'the streaming reader on the shared public registers',
  existsSync(SHARED_CORPUS) ? null : `${SHARED_CORPUS} is missing (the workspace's shared corpus)`,
);

describe('the streaming reader reads what ExcelJS reads', () => {
  shared.describe('public registers (shared corpus)', () => {
    it.each(existsSync(SHARED_CORPUS) ? xlsxFiles(SHARED_CORPUS).map((f) => [path.basename(f), f]) : [['none', '']])('%s', async (_name, file) => {
      await expectSameReading(file);
    });
  });

  it.each(xlsxFiles(path.join(ROOT, 'tests/corpus/public')).map((f) => [path.basename(f), f]))('public register %s (adoption corpus)', async (_name, file) => {
    await expectSameReading(file);
  });

  it.each(xlsxFiles(path.join(ROOT, 'examples')).map((f) => [path.basename(f), f]))('example %s', async (_name, file) => {
    await expectSameReading(file);
  });

  it.each(Object.keys(SCENARIOS) as Scenario[])('command-line scenario %s', async (scenario) => {
    const data = await saveWorkbook(SCENARIOS[scenario]());
    expect(await streamXlsxSnapshot(data)).toStrictEqual(await exceljsReads(data));
  });

  // Broken and hostile content: control characters, 50,000-character cells, error values,
  // sheet names with quotes and bangs, a million-row used range.
  it.each(hostileCorpus().filter((c) => !c.notInXlsx).map((c) => [c.name, c.snapshot] as const))('hostile workbook %s', async (_name, snapshot) => {
    const data = await snapshotToXlsx(snapshot);
    expect(await streamXlsxSnapshot(data)).toStrictEqual(await exceljsReads(data));
  });

  // Written as scripts/bench-xlsx.ts writes the registers it times.
  async function generatedRegister(risks: number): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    for (const s of generateRegister({ risks, seed: 2026, gapRate: 0.05 }).snapshot.sheets) {
      const ws = wb.addWorksheet(s.name);
      s.values.forEach((row, r) => row.forEach((v, c) => {
        if (v !== null && typeof v !== 'object') ws.getCell(r + 1, c + 1).value = v;
      }));
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** A `recalc` of `input`, as the command writes it. */
  async function recalculated(input: Buffer): Promise<Buffer> {
    const workbook = await loadWorkbook(input);
    const result = generate(readXlsxSnapshot(workbook), 'recalc', { now: GENERATED_NOW });
    await applyPlanToXlsx(workbook, result.plan);
    return saveWorkbook(workbook);
  }

  it('a generated register of 2,000 risks', async () => {
    const data = await generatedRegister(2000);
    expect(await streamXlsxSnapshot(data)).toStrictEqual(await exceljsReads(data));
  });

  it('a recalculated register: shared formulas, notes, hidden sheets and rows, merges, names', async () => {
    const wb = SCENARIOS['register-merged-cells']();
    const ws = wb.getWorksheet(REGISTER_SHEET)!;
    ws.getCell('B4').note = 'Agreed with the auditor';
    ws.getCell('C5').note = { texts: [{ text: 'Dana:', font: { bold: true } }, { text: '\nSee the pen test' }] };
    ws.getRow(6).hidden = true;
    const data = await recalculated(await saveWorkbook(wb));
    const exceljs = await exceljsReads(data);
    // The file has what the test is about.
    const parts = await JSZip.loadAsync(data);
    const register = await parts.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(register).toContain('t="shared"');
    const sheet = exceljs.sheets.find((s) => s.name === REGISTER_SHEET)!;
    expect(sheet.notes).toHaveLength(2);
    expect(sheet.hiddenRows).toEqual([6]);
    expect(sheet.merges!.length).toBeGreaterThan(0);
    expect(exceljs.sheets.some((s) => s.hidden)).toBe(true);
    expect(exceljs.names!.length).toBeGreaterThan(0);
    expect(await streamXlsxSnapshot(data)).toStrictEqual(exceljs);
  });

  it('a recalculated generated register, with its formula columns shared down 500 rows', async () => {
    const data = await recalculated(await generatedRegister(500));
    expect(await streamXlsxSnapshot(data)).toStrictEqual(await exceljsReads(data));
  });

  it('notes in parts named from the package root, as some generators name them', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('Risks');
    ws.getCell('A1').value = 'Risk ID';
    ws.getCell('A1').note = 'One row per risk';
    const data = await renamed(await saveWorkbook(wb), {
      'xl/comments1.xml': 'xl/comments/comment1.xml',
      'xl/drawings/vmlDrawing1.vml': 'xl/drawings/commentsDrawing1.vml',
    });
    const streamed = await streamXlsxSnapshot(data);
    expect(streamed.sheets[0]!.notes).toEqual([{ cell: 'A1', text: 'One row per risk' }]);
    expect(streamed).toStrictEqual(await exceljsReads(data));
  });
});

/**
 * `data` with parts moved to other names, the relationships that point at them pointing from the
 * package root (`/xl/comments/comment1.xml`), as the generators that rename parts write them.
 */
async function renamed(data: Buffer, moves: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  for (const [from, to] of Object.entries(moves)) {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
  }
  for (const rels of Object.keys(zip.files).filter((f) => f.endsWith('.rels'))) {
    let xml = await zip.file(rels)!.async('string');
    for (const [from, to] of Object.entries(moves)) {
      const name = from.split('/').pop()!;
      xml = xml.replace(new RegExp(`Target="[^"]*/?${name.replace('.', '\\.')}"`), `Target="/${to}"`);
    }
    zip.file(rels, xml);
  }
  for (const [from, to] of Object.entries(moves)) {
    if (!from.startsWith('xl/worksheets/')) continue;
    // The sheet's own relationships live beside it, under its name.
    const rels = `xl/worksheets/_rels/${from.split('/').pop()}.rels`;
    if (zip.file(rels)) {
      zip.file(`xl/worksheets/_rels/${to.split('/').pop()}.rels`, await zip.file(rels)!.async('uint8array'));
      zip.remove(rels);
    }
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet package written by hand: `sheetData` and anything else as the file would hold it. */
async function handWritten(parts: {
  sheet: string;
  workbookPr?: string;
  definedNames?: string;
  styles?: string;
  sharedStrings?: string;
  sheetRels?: string;
  extra?: Record<string, string>;
  sheetPart?: string;
}): Promise<Buffer> {
  const zip = new JSZip();
  const sheetPart = parts.sheetPart ?? 'worksheets/sheet1.xml';
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="${sheetPart}"/>`];
  if (parts.styles) rels.push(`<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`);
  if (parts.sharedStrings) rels.push(`<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0"?><workbook ${MAIN}>${parts.workbookPr ?? ''}<sheets><sheet name="Risks" sheetId="1" r:id="rId1"/></sheets>${parts.definedNames ? `<definedNames>${parts.definedNames}</definedNames>` : ''}</workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file(`xl/${sheetPart}`, parts.sheet.startsWith('<?xml') ? parts.sheet : `<?xml version="1.0"?><worksheet ${MAIN}>${parts.sheet}</worksheet>`);
  if (parts.styles) zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet ${MAIN.split(' ')[0]}>${parts.styles}</styleSheet>`);
  if (parts.sharedStrings) zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst ${MAIN.split(' ')[0]}>${parts.sharedStrings}</sst>`);
  if (parts.sheetRels) {
    zip.file(`xl/worksheets/_rels/${sheetPart.split('/').pop()}.rels`, `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheetRels}</Relationships>`);
  }
  for (const [name, xml] of Object.entries(parts.extra ?? {})) zip.file(name, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Cell styles 0 (General) and 1 (a date format). */
const DATE_STYLE = '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>';

describe('where ExcelJS loses what the file says, the streaming reader keeps it', () => {
  it('a note on a cell the file has no <c> for (an empty cell without a style): ExcelJS drops it', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('Risks').getCell('C5').note = 'on an empty cell';
    const data = await saveWorkbook(wb);
    expect((await exceljsReads(data)).sheets[0]).not.toHaveProperty('notes');
    expect((await streamXlsxSnapshot(data)).sheets[0]!.notes).toEqual([{ cell: 'C5', text: 'on an empty cell' }]);
  });

  it('a date-formatted formula whose result is text or an error: ExcelJS turns it into an invalid date, read as nothing', async () => {
    const data = await handWritten({
      styles: DATE_STYLE,
      sheet: '<sheetData><row r="1"><c r="A1" s="1" t="str"><f>IF(B1="","none",B1+30)</f><v>none</v></c><c r="C1" s="1" t="e"><f>B1+"x"</f><v>#VALUE!</v></c><c r="D1" s="1"><f>45000+0.5</f><v>45000.5</v></c></row></sheetData>',
    });
    expect((await exceljsReads(data)).sheets[0]!.values).toEqual([[null, null, null, 45000.5]]);
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([['none', null, { error: '#VALUE!' }, 45000.5]]);
  });

  it('a formula in a cell that also links somewhere: ExcelJS keeps the link and loses the formula', async () => {
    const data = await handWritten({
      sheet: '<sheetData><row r="1"><c r="A1" t="str"><f>"Policy "&amp;B1</f><v>Policy P-7</v></c><c r="B1" t="str"><v>P-7</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
      sheetRels: `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://intranet.example/p7" TargetMode="External"/>`,
    });
    expect((await exceljsReads(data)).sheets[0]!.formulas).toEqual([[null, null]]);
    const streamed = (await streamXlsxSnapshot(data)).sheets[0]!;
    expect(streamed.values).toEqual([['Policy P-7', 'P-7']]);
    expect(streamed.formulas).toEqual([['="Policy "&B1', null]]);
  });

  it('a worksheet part not named sheetN.xml: ExcelJS leaves the sheet out', async () => {
    const data = await handWritten({ sheetPart: 'worksheets/register.xml', sheet: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Risk ID</t></is></c></row></sheetData>' });
    expect((await exceljsReads(data)).sheets).toEqual([]);
    expect((await streamXlsxSnapshot(data)).sheets.map((s) => [s.name, s.values])).toEqual([['Risks', [['Risk ID']]]]);
  });

  it('escapes (_x000D_) in an inline string: ExcelJS decodes them in shared strings only', async () => {
    const data = await handWritten({ sheet: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>line one_x000D_</t></is></c></row></sheetData>' });
    expect((await exceljsReads(data)).sheets[0]!.values).toEqual([['line one_x000D_']]);
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([['line one\r']]);
  });

  it('a date stored as ISO 8601 text (t="d"): ExcelJS reads its year as a number', async () => {
    const data = await handWritten({ sheet: '<sheetData><row r="1"><c r="A1" t="d"><v>2025-03-31T00:00:00</v></c></row></sheetData>' });
    expect((await exceljsReads(data)).sheets[0]!.values).toEqual([[2025]]);
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([[45747]]);
  });

  it('the 1904 date system written date1904="true" (as XML allows): ExcelJS knows only "1"', async () => {
    const data = await handWritten({ workbookPr: '<workbookPr date1904="true"/>', styles: DATE_STYLE, sheet: '<sheetData><row r="1"><c r="A1" s="1"><v>44285</v></c></row></sheetData>' });
    expect((await exceljsReads(data)).sheets[0]!.values).toEqual([[44285]]);
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([[44285 + 1462]]);
  });

  it('a number in the default style (no s, or s="0") when that style is a date format: ExcelJS never reads style 0', async () => {
    const data = await handWritten({
      workbookPr: '<workbookPr date1904="1"/>',
      styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="1"><xf numFmtId="164"/></cellXfs>',
      sheet: '<sheetData><row r="1"><c r="A1"><v>44285</v></c><c r="B1" s="0"><v>44285</v></c></row></sheetData>',
    });
    expect((await exceljsReads(data)).sheets[0]!.values).toEqual([[44285, 44285]]);
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([[44285 + 1462, 44285 + 1462]]);
  });

  it('text typed as a formula-less string cell (t="str") is unescaped once: ExcelJS unescapes it twice', async () => {
    const data = await handWritten({ sheet: '<sheetData><row r="1"><c r="A1" t="str"><v>R&amp;amp;D</v></c></row></sheetData>' });
    expect((await exceljsReads(data)).sheets[0]!.values).toEqual([['R&D']]);
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([['R&amp;D']]);
  });

  it('a name defined for the workbook and again for one sheet: the workbook\'s; ExcelJS takes whichever comes last', async () => {
    const data = await handWritten({
      definedNames: '<definedName name="Owners">Risks!$A$1:$A$5</definedName><definedName name="Owners" localSheetId="0">Risks!$B$1:$B$5</definedName>',
      sheet: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
    });
    expect((await exceljsReads(data)).names).toEqual([{ name: 'Owners', reference: "'Risks'!$B$1:$B$5" }]);
    expect((await streamXlsxSnapshot(data)).names).toEqual([{ name: 'Owners', reference: "'Risks'!$A$1:$A$5" }]);
  });

  it('rows and cells without a reference, each following the one before: ExcelJS fails on the file', async () => {
    const data = await handWritten({ sheet: '<sheetData><row><c t="inlineStr"><is><t>Risk ID</t></is></c><c><v>4</v></c></row><row><c><v>5</v></c></row></sheetData>' });
    await expect(exceljsReads(data)).rejects.toThrow();
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([['Risk ID', 4], [5]]);
  });

  it('elements with a namespace prefix (<x:c>, as the .NET Open XML SDK writes): ExcelJS fails on the file', async () => {
    const data = await handWritten({
      sheet: '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    });
    await expect(exceljsReads(data)).rejects.toThrow();
    expect((await streamXlsxSnapshot(data)).sheets[0]!.values).toEqual([[7]]);
  });
});

describe('check and map read through the streaming reader', () => {
  const dir = tempDir('streaming-reader');

  /** The three-risk register with its sheet part under a name ExcelJS does not look for. */
  async function registerExcelJsCannotSee(): Promise<string> {
    const data = await renamed(await saveWorkbook(SCENARIOS['register-three-risks']()), { 'xl/worksheets/sheet1.xml': 'xl/worksheets/register.xml' });
    expect((await exceljsReads(data)).sheets).toEqual([]);
    const file = path.join(dir, 'register-part-renamed.xlsx');
    writeFileSync(file, data);
    return file;
  }

  it('check finds the register', async () => {
    const run = runCli(['check', await registerExcelJsCannotSee(), '--json', '--now', '2025-04-01T09:00:00Z']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).summary).toMatchObject({ registerSheet: REGISTER_SHEET, risks: 3 });
  });

  it('map finds the register', async () => {
    const run = runCli(['map', await registerExcelJsCannotSee(), '--json', '--now', '2025-04-01T09:00:00Z']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).sheet).toBe(REGISTER_SHEET);
  });

  it('recalc plans from the same snapshot, and refuses in one line a copy that would lose the sheet', async () => {
    const file = await registerExcelJsCannotSee();
    const before = readFileSync(file);
    const run = runCli(['recalc', file, '--in-place', '--now', '2025-04-01T09:00:00Z']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toBe(`riskbook: cannot write a copy of "${file}": its sheet "${REGISTER_SHEET}" cannot be copied (stored in a way Riskbook's writer does not support); riskbook check still reads it\n`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a damaged workbook gets the same one line from both readers', () => {
  const dir = tempDir('streaming-reader-damage');

  async function messages(name: string, data: Buffer): Promise<{ exceljs: string; streamed: string }> {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    const failure = async (read: () => Promise<unknown>): Promise<string> => read().then(() => 'read', (err: Error) => err.message);
    return { exceljs: await failure(() => readInputWorkbook(file, SILENT)), streamed: await failure(() => readInputSnapshot(file, SILENT)) };
  }

  async function register(): Promise<Buffer> {
    return saveWorkbook(SCENARIOS['register-three-risks']());
  }

  /** `data` with bytes of one part's compressed data, or of its local header, overwritten. */
  function damaged(data: Buffer, part: string, where: 'data' | 'header'): Buffer {
    const dir = readZipDirectory(data);
    if (!dir.ok) throw new Error('not a zip');
    const entry = dir.entries.find((e) => e.name === part)!;
    const out = Buffer.from(data);
    const p = entry.localHeaderOffset;
    const start = where === 'header' ? p : p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28) + Math.floor(entry.compressedSize / 2);
    for (let i = 0; i < (where === 'header' ? 4 : 64); i++) out[start + i]! ^= 0x5a;
    return out;
  }

  async function withPart(part: string, edit: (xml: string) => string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await register());
    zip.file(part, edit(await zip.file(part)!.async('string')));
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it.each([
    ['corrupt compressed data in the sheet', async () => damaged(await register(), 'xl/worksheets/sheet1.xml', 'data'), /its compressed data is corrupt/],
    ['corrupt compressed data in the shared strings', async () => damaged(await register(), 'xl/sharedStrings.xml', 'data'), /its compressed data is corrupt/],
    ['a broken local header', async () => damaged(await register(), 'xl/workbook.xml', 'header'), /its compressed data is corrupt/],
    ['broken XML in the sheet', () => withPart('xl/worksheets/sheet1.xml', (xml) => xml.replace('</row>', '</rox>')), /damaged and cannot be opened \(\d+:\d+: unmatched closing tag/],
    ['broken XML in the workbook part', () => withPart('xl/workbook.xml', (xml) => xml.replace('<sheets>', '<sheets><<')), /damaged and cannot be opened \(\d+:\d+: disallowed character/],
    ['text where the sheet XML should be', () => withPart('xl/worksheets/sheet1.xml', () => 'hello'), /damaged and cannot be opened \(1:\d+: text data outside of root node/],
  ] as const)('%s', async (name, build, expected) => {
    const { exceljs, streamed } = await messages(`${name.replace(/\W+/g, '-')}.xlsx`, await build());
    expect(streamed).toMatch(expected);
    expect(streamed).toBe(exceljs);
  });

  // ExcelJS fails on a sheet whose XML stops half-way with a message about its own internals
  // ("Cannot set properties of undefined (setting 'sheetNo')"); the streaming reader names the part.
  it('a sheet whose XML stops half-way: damaged, and the part named', async () => {
    const { exceljs, streamed } = await messages('cut-short.xlsx', await withPart('xl/worksheets/sheet1.xml', (xml) => xml.slice(0, xml.length / 2)));
    expect(exceljs).toMatch(/the workbook is damaged and cannot be opened \(/);
    expect(streamed).toMatch(/the workbook is damaged and cannot be opened \(xl\/worksheets\/sheet1\.xml is cut short\)$/);
  });
});
