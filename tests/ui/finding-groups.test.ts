import type { PanelFinding } from '../../core/actions';
import { groupFindings } from '../../ui/panel/finding-groups';
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

describe('text on band colours', () => {
  it('is dark on the pale default bands and white on dark fills', () => {
    expect(textOn('#C6EFCE')).toBe('#1B1B1B');
    expect(textOn('#FFEB9C')).toBe('#1B1B1B');
    expect(textOn('#C00000')).toBe('#FFFFFF');
    expect(textOn('#1F3864')).toBe('#FFFFFF');
    expect(textOn('not a colour')).toBe('inherit');
  });
});
