/**
 * Riskbook saves through ExcelJS with patches that only make the save cheaper (exceljs-patches.ts:
 * a part's text kept as bytes, unstyled cells answered from one style entry, Node's zlib instead of
 * JSZip). The file must say exactly what ExcelJS's own save says: every part byte for byte, for a
 * workbook with styles, shared strings, formulas, merges, notes and rules, large enough for its
 * sheet to be written in many chunks.
 */
import type * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readZipDirectory, readZipEntry } from '../../cli/io/zip-directory';
import { ZipWriter } from '../../cli/io/zip-writer';
import { XML_CHUNK_CHARS, XmlText } from '../../cli/xlsx/exceljs-patches';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';

/** ExcelJS as it ships, loaded apart from the copy Riskbook patches. */
function pristineExcelJs(): typeof ExcelJS {
  let pristine: typeof ExcelJS | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second, unpatched copy
    pristine = require('exceljs') as typeof ExcelJS;
  });
  return pristine!;
}

const ROWS = 3000;

/** The same workbook, built into an empty one from either copy of ExcelJS. */
function fillWorkbook(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const when = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
  wb.creator = 'Riskbook tests';
  wb.lastModifiedBy = 'Riskbook tests';
  wb.created = when;
  wb.modified = when;
  const ws = wb.addWorksheet('Risks', { views: [{ state: 'frozen', ySplit: 1 }], properties: { tabColor: { argb: 'FF1F4E79' }, outlineLevelRow: 1 } });
  ws.headerFooter.oddHeader = '&CRisk register';
  ws.pageSetup.orientation = 'landscape';
  ws.columns = [
    { header: 'Id', width: 10 },
    { header: 'Title', width: 40 },
    { header: 'Score', width: 8 },
    { header: 'Due', width: 12 },
    { header: 'Open', width: 8 },
    { header: 'Label' },
    { header: 'Double' },
    { header: 'Owner' },
    { header: 'Reviewed' },
  ];
  const head = { font: { bold: true, color: { argb: 'FFFFFFFF' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } }, alignment: { wrapText: true, vertical: 'middle' }, border: { top: { style: 'thin' }, bottom: { style: 'thin' } } } as Partial<ExcelJS.Style>;
  ws.getRow(1).eachCell((cell) => (cell.style = head));
  const body = { alignment: { vertical: 'top' }, protection: { locked: false } } as Partial<ExcelJS.Style>;
  for (let r = 2; r <= ROWS + 1; r++) {
    const row = ws.getRow(r);
    row.getCell(1).value = `R-${r - 1}`;
    row.getCell(2).value = r % 7 === 0 ? `Supplier "A&B" <${r}> – café, 日本, 😀 ${r % 11}` : `Risk ${r % 97}`;
    row.getCell(2).style = body;
    row.getCell(3).value = (r * 7) % 25;
    row.getCell(4).value = new Date(Date.UTC(2026, r % 12, 1 + (r % 28)));
    row.getCell(4).numFmt = 'yyyy-mm-dd';
    row.getCell(5).value = r % 2 === 0;
    row.getCell(6).value = r === 2 ? { formula: 'C2&"-"&A2', shareType: 'shared', ref: `F2:F${ROWS + 1}` } as ExcelJS.CellFormulaValue : { sharedFormula: 'F2' } as ExcelJS.CellSharedFormulaValue;
    row.getCell(7).value = { formula: `C${r}*2`, result: ((r * 7) % 25) * 2 } as ExcelJS.CellFormulaValue;
    if (r % 50 === 0) row.getCell(8).value = { richText: [{ text: 'Owner ', font: { bold: true } }, { text: `${r}` }] };
    if (r % 100 === 0) row.getCell(8).value = { text: 'Policy', hyperlink: 'https://example.org/policy?a=1&b=2' };
    if (r % 250 === 0) row.getCell(1).note = `Checked on row ${r}\nby the CISO`;
    if (r % 9 === 0) row.outlineLevel = 1;
    // A date without a format of its own takes ExcelJS's date format.
    if (r % 10 === 0) row.getCell(9).value = new Date(Date.UTC(2027, 0, r % 28));
  }
  ws.mergeCells('J1:L1');
  ws.getCell('J1').value = 'Merged heading';
  ws.getCell('C2').dataValidation = { type: 'whole', allowBlank: true, formulae: [1, 25] };
  ws.addConditionalFormatting({ ref: `C2:C${ROWS + 1}`, rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['15'], priority: 1, style: { font: { color: { argb: 'FF9C0006' } } } }] });
  ws.autoFilter = 'A1:H1';
  const lists = wb.addWorksheet('Lists', { state: 'hidden' });
  lists.getColumn(1).values = ['Avoid', 'Reduce', 'Transfer', 'Accept'];
  wb.definedNames.add('Lists!$A$1:$A$4', 'RB_Treatments');
  return wb;
}

async function parts(file: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(file, { checkCRC32: true });
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  }
  return out;
}

describe('a workbook saved through Riskbook’s ExcelJS patches', () => {
  it('has the parts ExcelJS’s own save writes, byte for byte', async () => {
    const ours = await parts(await saveWorkbook(fillWorkbook(newWorkbook())));
    const Pristine = pristineExcelJs();
    const theirs = await parts(Buffer.from(await fillWorkbook(new Pristine.Workbook()).xlsx.writeBuffer()));
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    // Enough text for the sheet to have been written in many pieces.
    expect(theirs.get('xl/worksheets/sheet1.xml')!.length).toBeGreaterThan(10 * XML_CHUNK_CHARS);
    for (const [name, bytes] of theirs) expect({ name, same: ours.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  });

  it('works out each sheet’s model once per save (ExcelJS itself works it out twice)', async () => {
    const wb = fillWorkbook(newWorkbook());
    const modelsOf = new Map<string, number>();
    for (const ws of wb.worksheets) {
      // A sheet's model starts with its validations' model: count the sheets' models by it.
      let validations = (ws as unknown as { dataValidations: { model: unknown } }).dataValidations;
      Object.defineProperty(ws, 'dataValidations', {
        configurable: true,
        get: () => {
          modelsOf.set(ws.name, (modelsOf.get(ws.name) ?? 0) + 1);
          return validations;
        },
        set: (value: { model: unknown }) => (validations = value),
      });
    }
    await saveWorkbook(wb);
    expect(Object.fromEntries(modelsOf)).toEqual({ Risks: 1, Lists: 1 });
    // Outside a save, each reading of a sheet's model is a fresh one, as ExcelJS's own.
    const ws = wb.getWorksheet('Risks')!;
    expect(ws.model).not.toBe(ws.model);
  });

  it('opens again with every value, note and merge', async () => {
    const back = await loadWorkbook(await saveWorkbook(fillWorkbook(newWorkbook())));
    const ws = back.getWorksheet('Risks')!;
    expect(ws.getCell(`A${ROWS + 1}`).value).toBe(`R-${ROWS}`);
    expect(ws.getCell('B14').value).toBe('Supplier "A&B" <14> – café, 日本, 😀 3');
    expect(ws.getCell('A250').note).toBe('Checked on row 250\nby the CISO');
    expect(ws.getCell('K1').isMerged).toBe(true);
    expect(ws.getCell('B2').style.alignment).toEqual({ vertical: 'top' });
  });
});

describe('the zip Riskbook writes', () => {
  it('is read part for part by Riskbook’s own zip reader as by JSZip, every part deflated', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('Risks').getCell('A1').value = 'x';
    const file = await saveWorkbook(wb);
    const directory = readZipDirectory(file);
    if (!directory.ok) throw new Error(directory.problem);
    const expected = await parts(file);
    expect(directory.entries.map((e) => e.name)).toEqual([...expected.keys()]);
    for (const entry of directory.entries) {
      expect(entry.method).toBe(8);
      expect(readZipEntry(file, entry).equals(expected.get(entry.name)!)).toBe(true);
    }
  });

  it('keeps part names outside ASCII, and stores parts uncompressed when asked', async () => {
    for (const store of [false, true]) {
      const zip = new ZipWriter({ store });
      zip.add('données/übersicht.xml', Buffer.from('<a>é</a>', 'utf8'));
      zip.add('pieces.xml', [Buffer.from('<b>'), Buffer.from('text'), Buffer.from('</b>')]);
      const file = await zip.toBuffer();
      expect(Object.fromEntries([...(await parts(file))].map(([name, bytes]) => [name, bytes.toString('utf8')]))).toEqual({
        'données/übersicht.xml': '<a>é</a>',
        'pieces.xml': '<b>text</b>',
      });
      const directory = readZipDirectory(file);
      expect(directory.ok && directory.entries.map((e) => e.method)).toEqual(store ? [0, 0] : [8, 8]);
    }
  });

  it('fails the save, rather than leaving it waiting, when a part cannot be compressed', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('Risks').getCell('A1').value = 'x';
    const options = { zip: { compression: 'DEFLATE', compressionOptions: { level: 42 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
    await expect(wb.xlsx.writeBuffer(options)).rejects.toThrow(/level/);
  });
});

describe('a part’s text kept as bytes', () => {
  /** Runs the same writes on ExcelJS's XmlStream, patched or as it ships. */
  function render(XmlStream: new () => XmlStreamLike, write: (x: XmlStreamLike) => void): string {
    const stream = new XmlStream();
    write(stream);
    return stream.xml;
  }
  type XmlStreamLike = {
    openNode(name: string, attributes?: Record<string, unknown>): void;
    closeNode(): void;
    writeText(text: string): void;
    addRollback(): number;
    rollback(): void;
    commit(): void;
    readonly xml: string;
  };
  const streams = (): { patched: new () => XmlStreamLike; pristine: new () => XmlStreamLike } => {
    newWorkbook();
    let pristine: (new () => XmlStreamLike) | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS's own, unpatched
      pristine = require('exceljs/lib/utils/xml-stream') as new () => XmlStreamLike;
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the copy Riskbook patched
    return { patched: require('exceljs/lib/utils/xml-stream') as new () => XmlStreamLike, pristine: pristine! };
  };

  it('rolls back as ExcelJS does, even past the size at which text becomes bytes', () => {
    const write = (x: XmlStreamLike): void => {
      x.openNode('sheet');
      for (let i = 0; i < 3; i++) {
        x.addRollback();
        x.openNode('block', { n: i });
        for (let k = 0; k < XML_CHUNK_CHARS / 10; k++) x.writeText('0123456789');
        x.closeNode();
        if (i === 1) x.rollback();
        else x.commit();
      }
      x.closeNode();
    };
    const { patched, pristine } = streams();
    const xml = render(patched, write);
    expect(xml).toBe(render(pristine, write));
    expect(xml).toContain('<block n="2">');
    expect(xml).not.toContain('<block n="1">');
  });

  it('never splits a character outside the Basic Multilingual Plane between two pieces of bytes', () => {
    const text = new XmlText({ _rollbacks: [] });
    const pieces = ['a'.repeat(XML_CHUNK_CHARS - 1) + '\ud83d', '\ude00', 'z'];
    for (const piece of pieces) text.push(piece);
    expect(Buffer.concat(text.bytes()).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(text.join('')).toBe(pieces.join(''));
  });
});
