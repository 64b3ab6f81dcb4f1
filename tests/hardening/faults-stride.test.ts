/** RISKBOOK_FAULTS_EVERY: a positive integer, or the sweeps refuse to start. */
import { faultsStride } from './faults-stride';

describe('the stride of the fault sweeps', () => {
  it('is every call when RISKBOOK_FAULTS_EVERY is unset or empty', () => {
    expect(faultsStride({})).toBe(1);
    expect(faultsStride({ RISKBOOK_FAULTS_EVERY: '' })).toBe(1);
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
      expect(message).toBe(`RISKBOOK_FAULTS_EVERY must be a positive integer (the sweeps fail every Nth host call), not ${JSON.stringify(value)}`);
      expect(message).not.toMatch(/\n/);
    },
  );
});
