/**
 * Sign-off per treated risk (Clause 6.1.3 f): the risk owner approves the treatment and accepts
 * the residual level, whatever its band; the residual band sets how much a missing one matters.
 * Scenarios from the Acme register (header on row 4, Approved by in N, Approval date in O).
 */
import { aRisk, control, findingsFor } from './risk-builder';

const mitigated = { treatment: 'mitigate' as const, controls: [control('8.16')] };

describe('treatment-tolerable-unapproved', () => {
  it('flags a High risk mitigated to Medium that nobody signed off', () => {
    const risk = aRisk({ id: 'R-04', row: 8, likelihood: 5, impact: 3, residualLikelihood: 3, residualImpact: 2, ...mitigated });
    expect(findingsFor('treatment-tolerable-unapproved', [risk])).toEqual([
      {
        severity: 'warning',
        code: 'treatment-tolerable-unapproved',
        sheet: 'Risk register',
        cell: 'N8',
        message: 'Risk R-04 is treated (Mitigate) to a residual level Medium (tolerable) with no approver or date recorded: nobody signed off its treatment and residual risk.',
        fix: 'Record who approved the treatment and accepted the residual risk, and when.',
      },
    ]);
  });

  it('points at the date when the approver is named but the date is not', () => {
    const risk = aRisk({ row: 8, likelihood: 5, impact: 3, residualLikelihood: 3, residualImpact: 2, approvedBy: 'Head of Engineering', ...mitigated });
    expect(findingsFor('treatment-tolerable-unapproved', [risk]).map((f) => [f.cell, f.message])).toEqual([
      ['O8', expect.stringContaining('with no date recorded:') as string],
    ]);
  });

  it('applies to risks transferred and avoided as much as mitigated', () => {
    const risks = [
      aRisk({ id: 'R-24', row: 28, likelihood: 2, impact: 5, residualLikelihood: 2, residualImpact: 3, treatment: 'transfer' }),
      aRisk({ id: 'R-25', row: 29, likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 3, treatment: 'avoid' }),
    ];
    expect(findingsFor('treatment-tolerable-unapproved', risks)).toEqual([
      expect.objectContaining({ cell: 'N28', cells: ['N28:N29'], message: '2 treated risks left at a tolerable level lack the risk owner\'s sign-off (N28:N29).' }),
    ]);
  });

  it('does not flag a treated risk signed off by its owner', () => {
    const risk = aRisk({ likelihood: 5, impact: 3, residualLikelihood: 3, residualImpact: 2, approvedBy: 'Head of Engineering', approvalDate: '2026-03-12', ...mitigated });
    expect(findingsFor('treatment-tolerable-unapproved', [risk])).toEqual([]);
  });

  it('leaves an unacceptable residual level to residual-unacceptable: one cause, one finding', () => {
    const risk = aRisk({ row: 8, likelihood: 5, impact: 5, residualLikelihood: 4, residualImpact: 4, ...mitigated });
    expect(findingsFor('treatment-tolerable-unapproved', [risk])).toEqual([]);
    expect(findingsFor('residual-unacceptable', [risk])).toHaveLength(1);
  });

  it('says nothing while the residual is not rated: that is residual-missing', () => {
    const risk = aRisk({ likelihood: 5, impact: 3, ...mitigated });
    expect(findingsFor('treatment-tolerable-unapproved', [risk])).toEqual([]);
  });
});

describe('treatment-acceptable-unapproved', () => {
  it('flags a risk mitigated to Low that nobody signed off, as a note', () => {
    const risk = aRisk({ id: 'R-21', row: 26, likelihood: 2, impact: 3, residualLikelihood: 1, residualImpact: 3, ...mitigated });
    expect(findingsFor('treatment-acceptable-unapproved', [risk])).toEqual([
      expect.objectContaining({
        severity: 'info',
        cell: 'N26',
        message: 'Risk R-21 is treated (Mitigate) to a residual level Low (acceptable) with no approver or date recorded: nobody signed off its treatment and residual risk.',
      }),
    ]);
  });
});

describe('approval-not-risk-owner', () => {
  it('names the approver of a risk someone else owns', () => {
    const risk = aRisk({ id: 'R-03', row: 7, owner: 'Head of IT', approvedBy: 'CISO', approvalDate: '2026-04-20', likelihood: 3, impact: 5, residualLikelihood: 2, residualImpact: 4, ...mitigated });
    expect(findingsFor('approval-not-risk-owner', [risk])).toEqual([
      {
        severity: 'info',
        code: 'approval-not-risk-owner',
        sheet: 'Risk register',
        cell: 'N7',
        message: 'Risk R-03 is owned by Head of IT but was approved by CISO.',
        fix: 'Keep it where CISO holds the authority to accept these risks (say so in the methodology), or have the risk owner approve.',
      },
    ]);
  });

  it('is one finding per approver, naming the risks they signed for others', () => {
    const risks = [
      aRisk({ id: 'R-14', row: 18, owner: 'Head of Platform', approvedBy: 'CTO', approvalDate: '2026-05-18', treatment: 'accept' }),
      aRisk({ id: 'R-18', row: 22, owner: 'VP Engineering', approvedBy: 'CTO', approvalDate: '2026-05-18', treatment: 'accept' }),
      aRisk({ id: 'R-28', row: 32, owner: 'Head of IT', approvedBy: 'CISO', approvalDate: '2026-04-20', treatment: 'accept' }),
      aRisk({ id: 'R-35', row: 40, owner: 'Head of IT', approvedBy: 'cto', approvalDate: '2026-05-18', treatment: 'accept' }),
    ];
    expect(findingsFor('approval-not-risk-owner', risks).map((f) => [f.cell, f.message])).toEqual([
      ['N18', 'CTO approved 3 risks owned by others (R-14, R-18, R-35; N18, N22 and N40).'],
      ['N32', 'Risk R-28 is owned by Head of IT but was approved by CISO.'],
    ]);
  });

  it('does not flag the risk owner approving, whatever the case or spacing', () => {
    const risk = aRisk({ owner: 'CFO', approvedBy: ' cfo ', approvalDate: '2026-02-16', treatment: 'accept' });
    expect(findingsFor('approval-not-risk-owner', [risk])).toEqual([]);
  });

  it('does not name an approver of a risk with no owner: risk-owner-missing says what to fix', () => {
    const risk = aRisk({ owner: '', approvedBy: 'CISO', approvalDate: '2026-02-16', treatment: 'accept' });
    expect(findingsFor('approval-not-risk-owner', [risk])).toEqual([]);
  });
});
