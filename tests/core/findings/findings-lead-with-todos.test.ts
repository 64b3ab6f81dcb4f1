/**
 * Findings that only ask a person to fill in what is blank lead as a short to-do list; every rule
 * says in a few words what to do about all its findings at once, for the summary by rule.
 */
import { RULES, ruleDefinition } from '../../../core/findings/catalogue';
import { tallyByRule } from '../../../core/findings/by-rule';
import { finding, findingsOnCells } from '../../../core/findings/report';

const TODO_CODES = [...RULES.values()].filter((r) => r.todo !== undefined).map((r) => r.code);

describe('the to-do rules of the catalogue', () => {
  it('are the rules that ask for a blank to be filled in: owners, due and review dates, residual ratings, decisions, evidence, effectiveness, statuses, risks, the action of an ISMS risk, the method\'s approval, opportunities', () => {
    expect(TODO_CODES.sort()).toEqual([
      'isms-risk-without-action',
      'methodology-unapproved',
      'opportunities-none',
      'opportunity-action-missing',
      'opportunity-owner-missing',
      'register-empty',
      'residual-missing',
      'review-missing',
      'rtp-done-without-effectiveness',
      'rtp-done-without-evidence',
      'rtp-due-missing',
      'rtp-owner-missing',
      'soa-applicability-missing',
      'soa-evidence-missing',
      'soa-owner-missing',
      'soa-status-missing',
    ]);
  });

  it('are never errors: an error is a nonconformity to correct, not a blank still to fill in', () => {
    expect(TODO_CODES.filter((code) => ruleDefinition(code).severity === 'error')).toEqual([]);
  });

  it('raise one finding for many rows, so one to-do line says how many', () => {
    // These fire once per workbook (an empty register, the method's approval, no opportunities); every other to-do can fire on many rows.
    const once = ['register-empty', 'methodology-unapproved', 'opportunities-none'];
    expect(TODO_CODES.filter((code) => !once.includes(code) && ruleDefinition(code).grouped === undefined)).toEqual([]);
  });
});

describe('a finding’s to-do line', () => {
  it('says what to fill in, how many and where, for many cells', () => {
    const cells = Array.from({ length: 72 }, (_, i) => ({ cell: `F${5 + i}`, params: { id: `R-${i + 1}`, control: '8.8' } }));
    const [f] = findingsOnCells('rtp-due-missing', 'Risk Treatment Plan', cells);
    expect(f?.todo).toBe('Fill in the due dates of 72 actions (Risk Treatment Plan F5:F76)');
  });

  it('names the first range and counts the others, one of them or many', () => {
    const on = (cells: readonly string[]): string | undefined =>
      findingsOnCells('soa-applicability-missing', 'SoA', cells.map((cell) => ({ cell, params: { control: cell } })))[0]?.todo;
    expect(on(['D6', 'D8'])).toBe('Decide whether 2 controls apply (SoA D6 and D8)');
    expect(on(['D6', 'D7', 'D10', 'D12'])).toBe('Decide whether 4 controls apply (SoA D6:D7 and 2 more ranges)');
  });

  it('speaks of one when one cell is blank', () => {
    expect(finding('rtp-owner-missing', 'Risk Treatment Plan', 'H9', { id: 'R-4', control: '5.17' }).todo).toBe('Name the owner of 1 action (Risk Treatment Plan H9)');
    expect(finding('review-missing', 'Risk register', 'P12', { id: 'R-7' }).todo).toBe('Enter the last review date of 1 risk (Risk register P12)');
  });

  it('is absent from every finding that asks for more than filling in a blank', () => {
    expect(finding('risk-owner-missing', 'Risk register', 'I43', { id: 'R-38' }).todo).toBeUndefined();
    expect(finding('rtp-overdue', 'Risk Treatment Plan', 'I11', { id: 'R-14', control: '5.17', date: '2025-06-30', status: 'Open' }).todo).toBeUndefined();
  });
});

describe('what to do about a rule, in brief', () => {
  it('speaks for all its findings: it names no one finding’s control or level, and fits a few lines', () => {
    const long = [...RULES.values()].map((r) => ({ code: r.code, text: r.fixInBrief ?? r.fix })).filter(({ text }) => /\{\w+\}/.test(text) || text.length > 120);
    expect(long).toEqual([]);
  });
});

describe('findings counted by rule', () => {
  const undecided = ['D6', 'D7', 'D8', 'D20', 'D31', 'D44'].map((cell) => ({ cell, params: { control: cell } }));
  const tallies = tallyByRule([
    finding('review-missing', 'Risk register', 'P9', { id: 'R-4' }),
    ...findingsOnCells('soa-applicability-missing', 'SoA', undecided),
    finding('control-2013-id', 'Risk register', 'K20', { id: 'R-15', value: 'A.12.4.1', successors: '8.15' }),
    finding('control-2013-id', 'Risk register', 'K16', { id: 'R-12', value: 'A.9.2.3', successors: '8.2' }),
    finding('risk-owner-missing', 'Risk register', 'I43', { id: 'R-38' }),
    finding('methodology-missing', '', ''),
  ]);

  it('lists each rule once, worst first, then in the order of its first finding', () => {
    expect(tallies.map((t) => [t.severity, t.code])).toEqual([
      ['error', 'risk-owner-missing'],
      ['warning', 'control-2013-id'],
      ['warning', 'soa-applicability-missing'],
      ['info', 'methodology-missing'],
      ['info', 'review-missing'],
    ]);
  });

  it('counts findings and the cells they are on: every cell of a grouped finding, none for the workbook', () => {
    expect(tallies.map((t) => [t.code, t.findings, t.cells])).toEqual([
      ['risk-owner-missing', 1, 1],
      ['control-2013-id', 2, 2],
      ['soa-applicability-missing', 1, 6],
      ['methodology-missing', 1, 0],
      ['review-missing', 1, 1],
    ]);
  });

  it('says where the first findings are, in sheet order, and how many places more', () => {
    const first = new Map(tallies.map((t) => [t.code, t.firstCells]));
    expect(first.get('control-2013-id')).toBe('Risk register K16, K20');
    expect(first.get('soa-applicability-missing')).toBe('SoA D6:D8, D20, D31 and 1 more');
    expect(first.get('methodology-missing')).toBe('the workbook');
  });

  it('says what to do in brief where the fix names one finding’s values, else gives the fix', () => {
    const fix = new Map(tallies.map((t) => [t.code, t.fix]));
    expect(fix.get('control-2013-id')).toBe(ruleDefinition('control-2013-id').fixInBrief);
    expect(fix.get('risk-owner-missing')).toBe('Name the person accountable for the risk.');
  });
});
