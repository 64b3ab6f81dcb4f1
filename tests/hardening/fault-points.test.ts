/** The fault sweeps' points: every phase's edges and every Nth call inside it; the stride from RISKBOOK_FAULTS_EVERY. */
import { DEFAULT_STRIDE, faultPoints, faultsStride } from './fault-points';

describe('the fault points of a sweep', () => {
  it('take the first and the last call of every phase, and every Nth call inside a long one', () => {
    const phases = ['read', 'fill A', 'fill A', 'fill A', 'fill A', 'fill A', 'fill A', 'rename A', 'fill B', 'fill B', 'delete'];
    expect(faultPoints(phases, 3)).toEqual([0, 1, 4, 6, 7, 8, 9, 10]);
  });

  it('take every call at a stride of 1', () => {
    expect(faultPoints(['a', 'a', 'a', 'b', 'b'], 1)).toEqual([0, 1, 2, 3, 4]);
  });

  it('take a phase met again later as a new phase, with its own edges', () => {
    expect(faultPoints(['a', 'a', 'a', 'a', 'b', 'a', 'a', 'a', 'a'], 100)).toEqual([0, 3, 4, 5, 8]);
  });

  it('take nothing from no calls', () => {
    expect(faultPoints([], 8)).toEqual([]);
  });
});

describe('the stride of the fault sweeps', () => {
  it('is the default when RISKBOOK_FAULTS_EVERY is unset or empty', () => {
    expect(faultsStride({})).toBe(DEFAULT_STRIDE);
    expect(faultsStride({ RISKBOOK_FAULTS_EVERY: '' })).toBe(DEFAULT_STRIDE);
  });

  it.each([
    ['1', 1],
    ['23', 23],
    [' 37 ', 37],
  ])('is %p as given', (value, stride) => {
    expect(faultsStride({ RISKBOOK_FAULTS_EVERY: value })).toBe(stride);
  });

  it.each(['fast', '0', '-3', '2.5', '1e2', '0x10', '23abc', 'NaN', 'Infinity', '99999999999999999999'])(
    'refuses %p with one line naming the variable and the value',
    (value) => {
      let message = '';
      try {
        faultsStride({ RISKBOOK_FAULTS_EVERY: value });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toBe(`RISKBOOK_FAULTS_EVERY must be a positive integer (the sweeps fail every Nth host call of a phase), not ${JSON.stringify(value)}`);
      expect(message).not.toMatch(/\n/);
    },
  );
});
