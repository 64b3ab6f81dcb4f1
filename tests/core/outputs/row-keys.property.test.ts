/**
 * A generated table's rows are matched to the rows already there by their keys, compared trimmed
 * and upper-cased (`R-14 · 8.16` is `r-14 · 8.16 `). Most keys are so already and are used as
 * they are: whatever the key holds, the result must be the key trimmed and upper-cased.
 */
import fc from 'fast-check';
import { normalizeKey } from '../../../core/outputs/preserve';

const keyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('R', 'r', '-', '1', ' ', '\t', '\u00b7', '\u00a0', 'ß', 'é', 'É', '\ufeff', '\u2028', 'ı', '\u001f') }),
);

describe('a row key', () => {
  it('is compared trimmed and upper-cased, whatever it holds', () => {
    fc.assert(fc.property(keyText, (key) => normalizeKey(key) === key.trim().toUpperCase()), { numRuns: 5000 });
  });

  it('matches the same key typed in lower case or with spaces around it', () => {
    expect(normalizeKey(' r-14 · 8.16\t')).toBe(normalizeKey('R-14 · 8.16'));
    expect(normalizeKey('R-14 · 8.16')).toBe('R-14 · 8.16');
  });
});
