import { serialFromIso } from '../../../core/dates';
import { FIVE_BY_FIVE, aRisk, findingsFor } from './risk-builder';

describe('review-overdue', () => {
  it('flags a risk last reviewed more than the review interval ago', () => {
    const risk = aRisk({ id: 'R-27', row: 32, lastReview: '2025-06-30' });
    expect(findingsFor('review-overdue', [risk])).toEqual([
      {
        severity: 'warning',
        code: 'review-overdue',
        sheet: 'Risk register',
        cell: 'P32',
        message: 'Risk R-27 was last reviewed on 2025-06-30, more than 365 days ago.',
        fix: 'Review the risk and update the last review date.',
      },
    ]);
  });

  it('flags a review one day past the interval', () => {
    expect(findingsFor('review-overdue', [aRisk({ lastReview: '2025-11-22' })])).toHaveLength(1);
  });

  it('does not flag a review exactly one interval ago: it is due today, not overdue', () => {
    expect(findingsFor('review-overdue', [aRisk({ lastReview: '2025-11-23' })])).toEqual([]);
  });

  it('does not flag a risk reviewed this quarter', () => {
    expect(findingsFor('review-overdue', [aRisk({ lastReview: '2026-10-01' })])).toEqual([]);
  });

  it('uses the methodology review interval, not a fixed year', () => {
    const quarterly = { ...FIVE_BY_FIVE, reviewIntervalDays: 90 };
    const [f] = findingsFor('review-overdue', [aRisk({ id: 'R-2', lastReview: '2026-06-01' })], { methodology: quarterly });
    expect(f?.message).toBe('Risk R-2 was last reviewed on 2026-06-01, more than 90 days ago.');
  });

  it('reads the date as of the day the check runs', () => {
    const risk = aRisk({ lastReview: '2026-01-10' });
    expect(findingsFor('review-overdue', [risk], { now: serialFromIso('2027-01-11')! })).toHaveLength(1);
    expect(findingsFor('review-overdue', [risk], { now: serialFromIso('2027-01-10')! })).toEqual([]);
  });
});

describe('review-missing', () => {
  it('notes a risk with no last review date', () => {
    const risk = aRisk({ id: 'R-40', row: 45, lastReview: null });
    expect(findingsFor('review-missing', [risk])).toEqual([
      expect.objectContaining({ severity: 'info', cell: 'P45', message: 'Risk R-40 has no last review date.' }),
    ]);
  });

  it('does not note a risk that has a last review date', () => {
    expect(findingsFor('review-missing', [aRisk({ lastReview: '2026-09-14' })])).toEqual([]);
  });

  it('never reports a risk both as missing and as overdue', () => {
    const risk = aRisk({ lastReview: null });
    expect(findingsFor('review-overdue', [risk])).toEqual([]);
  });
});
