/** The pieces of output and input handling that need no workbook and no engine. */
import { parseNow } from '../../cli/commands/now';
import { classifyInput, partsLostOnCopy } from '../../cli/io/input-kind';
import { findingsText, jsonReport, location, summaryLine } from '../../cli/output/findings-report';
import { mappingText } from '../../cli/output/mapping-report';
import { grouped, wrap } from '../../cli/output/wrap';
import type { Finding } from '../../core/findings/finding';
import { summarize } from '../../core/findings/finding';
import { findingsOnCells } from '../../core/findings/report';

const findings: Finding[] = [
  { severity: 'warning', code: 'review-overdue', sheet: 'Risk register', cell: 'O12', message: 'Risk R-009 was last reviewed on 2023-01-10, more than 365 days ago, which is longer than the interval the methodology sets for reviewing every risk in the register.', fix: 'Review the risk with its owner and record the date.' },
  { severity: 'error', code: 'risk-owner-missing', sheet: 'Risk register', cell: 'H7', message: 'Risk R-003 has no risk owner.', fix: 'Name the person accountable for the risk.' },
  { severity: 'info', code: 'methodology-missing', sheet: '', cell: '', message: 'The workbook has no Methodology sheet, so the default 5 x 5 method applies.', fix: 'Review it.' },
];
const report = { findings, summary: summarize(findings), riskCount: 12, registerSheet: 'Risk register' };

describe('the readable report', () => {
  it('puts errors first and keeps every line within the terminal width', () => {
    const text = findingsText(report, 100);
    expect(text.indexOf('risk-owner-missing')).toBeLessThan(text.indexOf('review-overdue'));
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(text).toContain('ERROR    Risk register!H7  risk-owner-missing\n         Risk R-003 has no risk owner.\n         Fix: Name the person accountable for the risk.');
    expect(text.startsWith('Register "Risk register": 12 risks\n')).toBe(true);
    expect(text.endsWith('1 error, 1 warning, 1 info\n')).toBe(true);
  });

  it('wraps long messages under the message column in a narrow terminal', () => {
    const text = findingsText(report, 60);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(text).toMatch(/\n {9}\S/);
  });

  it('says so when there are no findings', () => {
    expect(findingsText({ ...report, findings: [], summary: summarize([]) }, 100)).toContain('No findings.');
  });

  it('names the place of a finding as sheet!cell, sheet, or workbook', () => {
    expect(location({ sheet: "Bob's risks", cell: 'A1' })).toBe("Bob's risks!A1");
    expect(location({ sheet: 'Lists', cell: '' })).toBe('Lists');
    expect(location({ sheet: '', cell: '' })).toBe('workbook');
  });

  it('leads with what is left to fill in, as a short to-do list, and gives the rest below it', () => {
    const undated = findingsOnCells('rtp-due-missing', 'Risk Treatment Plan', Array.from({ length: 72 }, (_, i) => ({ cell: `F${5 + i}`, params: { id: `R-${i}`, control: '8.8' } })));
    const all = [...findings, ...undated];
    const text = findingsText({ ...report, findings: all, summary: summarize(all) }, 100);
    expect(text).toContain('Register "Risk register": 12 risks\n\nTo do:\n- Fill in the due dates of 72 actions (Risk Treatment Plan F5:F76)\n\nERROR ');
    // The to-do is not repeated as a warning block; the summary says how many warnings are to-dos.
    expect(text).not.toContain('rtp-due-missing');
    expect(text.endsWith('1 error, 2 warnings (1 to do), 1 info\n')).toBe(true);
  });

  it('pluralises the summary line', () => {
    expect(summaryLine({ errors: 2, warnings: 1, infos: 3, total: 6 })).toBe('2 errors, 1 warning, 3 info');
    expect(summaryLine({ errors: 1234, warnings: 0, infos: 0, total: 1234 })).toBe('1,234 errors, 0 warnings, 0 info');
  });

  it('writes a count with thousands separators exactly as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 123456789, Number.MAX_SAFE_INTEGER, -1234, -0, 1234.5]) {
      expect(grouped(n)).toBe(n.toLocaleString('en-US'));
    }
  });

  it('wraps words without breaking them', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});

describe('the JSON report', () => {
  it('has exactly the documented keys, findings sorted errors first', () => {
    const parsed = JSON.parse(jsonReport(report)) as { findings: Finding[]; summary: Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(['findings', 'summary']);
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1, infos: 1, total: 3, risks: 12, registerSheet: 'Risk register' });
    expect(parsed.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('gives a grouped finding its cells and a to-do finding its to-do line, and no other finding either key', () => {
    const undated = findingsOnCells('rtp-due-missing', 'Risk Treatment Plan', ['F5', 'F6', 'F9'].map((cell) => ({ cell, params: { id: 'R-1', control: '8.8' } })));
    const all = [...findings, ...undated];
    const parsed = JSON.parse(jsonReport({ ...report, findings: all, summary: summarize(all) })) as { findings: Record<string, unknown>[] };
    const due = parsed.findings.find((f) => f.code === 'rtp-due-missing')!;
    expect(Object.keys(due)).toEqual(['severity', 'code', 'sheet', 'cell', 'cells', 'message', 'fix', 'todo']);
    expect(due).toMatchObject({ cells: ['F5:F6', 'F9'], todo: 'Fill in the due dates of 3 actions (Risk Treatment Plan F5:F6 and F9)' });
    expect(parsed.findings.filter((f) => f !== due).map((f) => Object.keys(f))).toEqual(Array(3).fill(['severity', 'code', 'sheet', 'cell', 'message', 'fix']));
  });
});

describe('the mapping report', () => {
  it('shows the sheet, the header row, each mapped column and what is missing', () => {
    const text = mappingText({
      sheet: 'Risk register',
      headerRow: 3,
      fields: [{ field: 'id', label: 'Risk ID', column: 'A', header: 'Ref' }],
      userColumns: [{ column: 'K', header: 'Team notes' }],
      teamColumns: [],
      missing: [{ field: 'owner', label: 'Risk owner' }],
    });
    expect(text).toContain('Register "Risk register", header in row 3');
    expect(text).toContain('  A   "Ref"   -> Risk ID');
    expect(text).toContain('  K   "Team notes"');
    expect(text).toContain('  Risk owner');
  });

  it('names the team\'s own score column as compared, never written, and not among the columns left alone', () => {
    const text = mappingText({
      sheet: 'Risk register',
      headerRow: 1,
      fields: [{ field: 'id', label: 'Risk ID', column: 'A', header: 'ID' }],
      userColumns: [{ column: 'F', header: 'Score' }, { column: 'K', header: 'Team notes' }],
      teamColumns: [{ label: 'Inherent score', column: 'F', header: 'Score' }],
      missing: [],
    });
    expect(text).toContain('Your own scores and levels, compared with the methodology, never written (1):\n  F   "Score"  ~ Inherent score');
    expect(text).toContain('Columns left as they are (1):\n  K   "Team notes"');
  });
});

describe('--now', () => {
  it('takes a date (midnight UTC) or a date-time with an offset, as ISO in UTC', () => {
    expect(parseNow('2025-03-31')).toBe('2025-03-31T00:00:00.000Z');
    expect(parseNow('2025-03-31T10:30:00+02:00')).toBe('2025-03-31T08:30:00.000Z');
    expect(parseNow(undefined, () => new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('2025-01-02T03:04:05.000Z');
  });

  it('rejects anything else', () => {
    for (const bad of ['tomorrow', '31/03/2025', '2025-13-01', '2025-02-30', '']) expect(() => parseNow(bad)).toThrow(/--now must be an ISO date/);
  });
});

describe('recognising what a file is', () => {
  it('tells an encrypted workbook from an old .xls by the OLE directory', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(classifyInput(ole)).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/old-format/) });
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(classifyInput(encrypted)).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/password-protected/) });
  });

  it('names the parts a copy would lose', () => {
    const entries = ['xl/workbook.xml', 'xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/vbaProject.bin'].map((name) => ({ name, method: 0, compressedSize: 0, uncompressedSize: 0, localHeaderOffset: 0 }));
    expect(partsLostOnCopy(entries)).toEqual(['charts', 'pivot tables', 'macros']);
  });
});
