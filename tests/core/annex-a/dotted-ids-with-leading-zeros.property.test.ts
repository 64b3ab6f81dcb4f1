/**
 * A dotted number is read part by part as a number: `A.05.01` is 5.1, `09.02` is clause 9.2 and
 * `12.06.01` is A.12.6.1. Most ids are typed without leading zeros and are read as typed; either
 * way the reading is the one of the number each part stands for.
 */
import * as fc from 'fast-check';
import { ANNEX_A_CATALOGUE, parseControlList } from '../../../core/annex-a/catalogue';
import type { Introduced } from '../../../core/annex-a/clauses';
import { readDottedId } from '../../../core/annex-a/clauses';

/** The reading of the number each part stands for, spelled without zeros in front. */
const byNumbers = (dotted: string, introduced: Introduced): ReturnType<typeof readDottedId> =>
  readDottedId(
    dotted
      .split('.')
      .map((p) => String(Number(p)))
      .join('.'),
    introduced,
  );

const part = fc.oneof(fc.stringMatching(/^\d{1,3}$/), fc.constantFrom('0', '00', '05', '5', '10', '010', ''));
const dotted = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
const introduced = fc.constantFrom<Introduced>('annex', 'clause', 'bare');

describe('dotted ids with leading zeros', () => {
  it('read as the numbers their parts stand for', () => {
    fc.assert(
      fc.property(dotted, introduced, (d, how) => {
        expect({ d, how, reading: readDottedId(d, how) }).toEqual({ d, how, reading: byNumbers(d, how) });
      }),
      { numRuns: 5000 },
    );
  });

  it('cite the control, clause or 2013 control without the zeros', () => {
    const cited = parseControlList('A.05.01, 08.09; 09.02; A.12.06.01', ANNEX_A_CATALOGUE).map((c) =>
      c.kind === 'control' ? c.id : c.kind === 'clause' ? `clause ${c.clause}` : c.kind === 'annex-a-2013' ? c.id2013 : c.raw,
    );
    expect(cited).toEqual(['5.1', '8.9', 'clause 9.2', 'A.12.6.1']);
  });
});
