/**
 * An approval the workbook shows is the one the trail recorded while the approver and the day
 * are the same: a name retyped with other capitals or spaces around it, or a time of day added to
 * the date, is no new approval. The trail's update and the approval rules share this one test, so
 * that an approval the trail keeps as it was is one the rules judge as it was.
 */
import { sameApproval } from '../../../core/trail/same-approval';

const DAY = 46_000;

describe('the same approval', () => {
  it('is the same approver on the same day, however the name is typed', () => {
    expect(sameApproval({ approvedBy: 'CISO', approvedOn: DAY }, { approvedBy: '  ciso ', approvedOn: DAY + 0.4 })).toBe(true);
    expect(sameApproval({ approvedBy: ' Dana Ito', approvedOn: null }, { approvedBy: 'dana ito ', approvedOn: null })).toBe(true);
  });

  it('is another approval with another approver or on another day', () => {
    expect(sameApproval({ approvedBy: 'CISO', approvedOn: DAY }, { approvedBy: 'CFO', approvedOn: DAY })).toBe(false);
    expect(sameApproval({ approvedBy: 'CISO', approvedOn: DAY }, { approvedBy: 'CISO', approvedOn: DAY + 1 })).toBe(false);
    expect(sameApproval({ approvedBy: 'CISO', approvedOn: DAY }, { approvedBy: 'CISO', approvedOn: null })).toBe(false);
  });
});
