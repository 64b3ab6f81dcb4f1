/**
 * scripts/real-host-workbooks.ts writes the workbooks docs/real-host-check.md has a person open in
 * a real Excel and a real Google Sheet; each must show what its check is about. The document names
 * every one of them, and the README's "what has and has not run" points to it.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { SHEETS } from '../../core/workbook/names';
import { realHostWorkbooks } from '../../scripts/real-host-workbooks';
import { ROOT } from '../support/excel-addin-build';

jest.setTimeout(120000);

let books: Map<string, Buffer>;
beforeAll(async () => {
  books = await realHostWorkbooks({ ribbon: 60, chinese: 40 });
});

function sheetNames(wb: Awaited<ReturnType<typeof loadWorkbook>>): string[] {
  return wb.worksheets.map((ws) => ws.name);
}

describe('the real-host workbooks', () => {
  it('are the five the check names', () => {
    expect([...books.keys()]).toEqual(['register-60.xlsx', 'register-40-chinese.xlsx', 'very-hidden-lists.xlsx', 'hidden-sheets-out-of-order.xlsx', 'german-locale-register.xlsx']);
  });

  it('give the Chinese register its free text in Chinese', async () => {
    const wb = await loadWorkbook(books.get('register-40-chinese.xlsx')!);
    expect(String(wb.worksheets[0]!.getCell('D5').value)).toMatch(/^供应商/);
  });

  it('make the lists and settings sheets very hidden', async () => {
    const wb = await loadWorkbook(books.get('very-hidden-lists.xlsx')!);
    expect(wb.getWorksheet(SHEETS.lists)?.state).toBe('veryHidden');
    expect(wb.getWorksheet(SHEETS.settings)?.state).toBe('veryHidden');
  });

  it('reverse the tabs with the hidden sheets among them', async () => {
    const wb = await loadWorkbook(books.get('hidden-sheets-out-of-order.xlsx')!);
    const names = sheetNames(wb);
    expect(names[names.length - 1]).toBe('Risk register');
    expect(wb.getWorksheet(SHEETS.lists)?.state).toBe('hidden');
    expect(names.indexOf(SHEETS.lists)).toBeLessThan(names.indexOf(SHEETS.methodology));
  });

  it('type "Wahr" and "Mär 5" as text into the German register', async () => {
    const wb = await loadWorkbook(books.get('german-locale-register.xlsx')!);
    const ws = wb.getWorksheet('Risk register')!;
    expect([ws.getCell('D5').value, ws.getCell('I5').value]).toEqual(['Wahr', 'Mär 5']);
  });
});

describe('docs/real-host-check.md', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/real-host-check.md'), 'utf8');

  it('names every workbook the script writes', () => {
    for (const name of ['register-10000.xlsx', 'register-20000-chinese.xlsx', 'very-hidden-lists.xlsx', 'hidden-sheets-out-of-order.xlsx', 'german-locale-register.xlsx']) {
      expect(doc).toContain(name);
    }
  });

  it('is where the README\'s "what has and has not run" sends a person, for both add-ins', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const paragraphs = readme.split(/\n\n/).filter((p) => p.startsWith('**What has and has not run.**'));
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) expect(p).toContain('(docs/real-host-check.md)');
  });
});
