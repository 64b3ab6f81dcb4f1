/**
 * The hashes Riskbook stamps and records: a workbook carries them from one version to the next,
 * so each must stay the function it always was, however it is worked out.
 * - `FieldHasher` (a risk's fingerprint in the trail): 32-bit FNV-1a over the fields, each
 *   followed by a separator, as 8 lower-case hex digits.
 * - `ShortHasher` (the register's and the method's stamps): the same as `shortHash` of the pieces
 *   joined.
 */
import fc from 'fast-check';
import { FieldHasher, ShortHasher, shortHash } from '../../core/hash';

/** FNV-1a as first written: over the UTF-16 code units, a 0x1f after each field. */
function fieldHash(fields: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const text of fields) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const fields = fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 8 });

describe('the hashes a workbook carries', () => {
  it('fingerprint fields as FNV-1a always did, in 8 hex digits', () => {
    fc.assert(
      fc.property(fields, (texts) => {
        const hash = new FieldHasher();
        for (const t of texts) hash.add(t);
        return hash.digest() === fieldHash(texts);
      }),
      { numRuns: 2000 },
    );
  });

  it('hash text given in pieces as the pieces joined', () => {
    fc.assert(
      fc.property(fields, (pieces) => {
        const hash = new ShortHasher();
        for (const p of pieces) hash.add(p);
        return hash.digest() === shortHash(pieces.join(''));
      }),
      { numRuns: 1000 },
    );
  });

  it('keep the values earlier versions recorded', () => {
    const hash = new FieldHasher();
    hash.add('R-01');
    hash.add('Phishing');
    expect(hash.digest()).toBe('86184819');
    expect(shortHash('R-01 Phishing')).toBe('5c18978d5e');
  });
});
