/**
 * A text's first and last letter or digit, lower-cased, is what a row's cell is told apart from
 * its column's header by before the two are normalised (row-kinds.ts). It is read character by
 * character where the text is ASCII; every text gives what the Unicode expressions give.
 */
import * as fc from 'fast-check';
import { firstLetter, lastLetter } from '../../../core/register/row-kinds';

const firstByExpression = (text: string): string => /[\p{L}\p{N}]/u.exec(text)?.[0].toLowerCase() ?? '';
const lastByExpression = (text: string): string => /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u.exec(text)?.[0].toLowerCase() ?? '';

/** ASCII around the characters where ASCII ends: accents, letters and digits past 0x80, surrogates. */
const character = fc.oneof(
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
  fc.constantFrom('é', 'É', 'ß', 'ª', 'µ', '²', '½', '٣', 'Ⅻ', 'İ', 'Σ', '\u00a0', '\u00ad', '\u0301', '\u{1d400}', '\u{1f600}', '\ud835', '\udc00', '\u007f', '\u0080'),
);
const text = fc.oneof(fc.string({ unit: character, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));

describe('first and last letter of a text', () => {
  it('are those the Unicode expressions find', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect({ t, first: firstLetter(t), last: lastLetter(t) }).toEqual({ t, first: firstByExpression(t), last: lastByExpression(t) });
      }),
      { numRuns: 20000 },
    );
  });

  it('are lower-cased, and empty where the text has no letter or digit', () => {
    expect([firstLetter(' Risk owner '), lastLetter(' Risk OWNER ')]).toEqual(['r', 'r']);
    expect([firstLetter('(Ébauche 2)'), lastLetter('Größe ²')]).toEqual(['é', '²']);
    expect([firstLetter(' - '), lastLetter('')]).toEqual(['', '']);
  });
});
