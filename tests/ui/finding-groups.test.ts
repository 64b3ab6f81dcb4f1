import type { PanelFinding } from '../../core/actions';
import { arrangeFindings, filterChoices, filterFindings, groupFindings } from '../../ui/panel/finding-groups';
import { cellsOfRanges, rangesOf } from '../../ui/panel/finding-cells';
import { textOn } from '../../ui/panel/colours';

const TITLES: Record<string, [string, string]> = {
  'risk-owner-missing': ['A risk has no owner', '6.1.2 c) 2)'],
};

function f(severity: PanelFinding['severity'], code: string, cell: string): PanelFinding {
  const [title, clause] = TITLES[code] ?? ['', ''];
  return { severity, code, sheet: 'Risk register', cell, message: `${code} at ${cell}`, fix: 'Fix it.', title, clause };
}

describe('grouping findings', () => {
  it('orders sections by severity and groups each by code, in the order sent', () => {
    const sections = groupFindings([
      f('warning', 'review-overdue', 'P5'),
      f('error', 'risk-owner-missing', 'H5'),
      f('warning', 'soa-applicability-missing', 'D6'),
      f('error', 'risk-owner-missing', 'H9'),
      f('warning', 'review-overdue', 'P7'),
      f('info', 'a-code-sent-without-a-title', 'A1'),
    ]);
    expect(sections.map((s) => [s.severity, s.count])).toEqual([
      ['error', 2],
      ['warning', 3],
      ['info', 1],
    ]);
    expect(sections[0]!.groups.map((g) => [g.code, g.title, g.clause, g.findings.map((x) => x.cell)])).toEqual([
      ['risk-owner-missing', 'A risk has no owner', '6.1.2 c) 2)', ['H5', 'H9']],
    ]);
    expect(sections[1]!.groups.map((g) => g.code)).toEqual(['review-overdue', 'soa-applicability-missing']);
    expect(sections[2]!.groups[0]).toMatchObject({ title: 'a-code-sent-without-a-title', clause: '' });
  });

  it('leaves out empty severities', () => {
    expect(groupFindings([])).toEqual([]);
    expect(groupFindings([f('warning', 'review-overdue', 'P5')]).map((s) => s.severity)).toEqual(['warning']);
  });
});

describe('leading with the to-do list, and narrowing', () => {
  const todo = (sheet: string, code: string, cells: string[]): PanelFinding => ({ ...f('warning', code, cells[0]!.split(':')[0]!), sheet, cells, todo: `${code} to do` });
  const list = [
    f('error', 'risk-owner-missing', 'H5'),
    todo('Risk Treatment Plan', 'rtp-due-missing', ['I5:I74']),
    f('warning', 'review-overdue', 'P5'),
    { ...todo('SoA', 'soa-applicability-missing', ['D6:D9', 'D12']), severity: 'warning' as const },
    f('info', 'methodology-inferred-unapproved', 'A3'),
  ];

  it('puts the findings that ask for blanks in a to-do list of their own, in the order sent', () => {
    const { todos, sections } = arrangeFindings(list);
    expect(todos.map((t) => t.code)).toEqual(['rtp-due-missing', 'soa-applicability-missing']);
    expect(sections.map((s) => [s.severity, s.count])).toEqual([
      ['error', 1],
      ['warning', 1],
      ['info', 1],
    ]);
  });

  it('offers the severities and the sheets the findings are on, with their counts', () => {
    expect(filterChoices(list)).toEqual({
      severities: [
        ['error', 1],
        ['warning', 3],
        ['info', 1],
      ],
      sheets: [
        ['Risk register', 3],
        ['Risk Treatment Plan', 1],
        ['SoA', 1],
      ],
    });
  });

  it('keeps what matches both choices', () => {
    expect(filterFindings(list, { severity: 'warning', sheet: null }).map((x) => x.code)).toEqual(['rtp-due-missing', 'review-overdue', 'soa-applicability-missing']);
    expect(filterFindings(list, { severity: 'warning', sheet: 'SoA' }).map((x) => x.code)).toEqual(['soa-applicability-missing']);
    expect(filterFindings(list, { severity: 'error', sheet: 'SoA' })).toEqual([]);
  });
});

describe('the cells of a finding', () => {
  it('selects every range of a grouped finding, the cell of another, A1 of a whole sheet', () => {
    expect(rangesOf({ cell: 'D6', cells: ['D6:D9', 'D12'] })).toEqual(['D6:D9', 'D12']);
    expect(rangesOf({ cell: 'H5' })).toEqual(['H5']);
    expect(rangesOf({ cell: '' })).toEqual(['A1']);
  });

  it('lists the cells one by one, up to a limit, and counts the rest', () => {
    expect(cellsOfRanges(['D6:D8', 'D12', 'F2:G2'], 100)).toEqual({ cells: ['D6', 'D7', 'D8', 'D12', 'F2', 'G2'], more: 0 });
    expect(cellsOfRanges(['I5:I20004'], 200)).toEqual({ cells: Array.from({ length: 200 }, (_, i) => `I${5 + i}`), more: 19800 });
  });
});

describe('text on band colours', () => {
  it('is dark on the pale default bands and white on dark fills', () => {
    expect(textOn('#C6EFCE')).toBe('#1B1B1B');
    expect(textOn('#FFEB9C')).toBe('#1B1B1B');
    expect(textOn('#C00000')).toBe('#FFFFFF');
    expect(textOn('#1F3864')).toBe('#FFFFFF');
    expect(textOn('not a colour')).toBe('inherit');
  });
});
