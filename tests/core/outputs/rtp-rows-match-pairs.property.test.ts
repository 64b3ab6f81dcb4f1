/**
 * The RTP's rules match its rows to the (risk, control) pairs the register calls for by key. Rows
 * a plan just wrote follow the pairs in order and are matched by a walk down both; rows a person
 * moved, duplicated, emptied or left orphaned are matched by their keys. Either way the result
 * must be set membership: a row is wanted when some pair has its key, a pair present when some
 * row has it.
 */
import fc from 'fast-check';
import { matchRows } from '../../../core/outputs/rtp';

const KEYS = ['R-1 · 5.1', 'R-1 · 8.2', 'R-2', 'R-3 · 5.15', 'R-4 · 8.24', 'R-9 · 5.1'];

const pairsAndRows = fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: KEYS.length }).chain((pairs) =>
  fc.tuple(
    fc.constant(pairs),
    fc.oneof(
      // As a plan writes them: the pairs in order, with a person's rows and orphans between.
      fc.array(fc.constantFrom('', 'R-7 · 5.2'), { maxLength: pairs.length + 1 }).map((extra) => pairs.flatMap((k, i) => (extra[i] !== undefined ? [k, extra[i]] : [k]))),
      // Anything: moved, duplicated, missing, orphaned.
      fc.array(fc.constantFrom('', 'R-7 · 5.2', ...KEYS), { maxLength: 10 }),
    ),
  ),
);

describe('RTP rows matched to the pairs the register calls for', () => {
  it('are matched as by set membership, in any order', () => {
    fc.assert(
      fc.property(pairsAndRows, ([pairs, rows]) => {
        const match = matchRows(pairs, rows);
        expect(match.wanted).toEqual(rows.map((k) => k !== '' && pairs.includes(k)));
        expect(match.present).toEqual(pairs.map((k) => rows.includes(k)));
      }),
      { numRuns: 1000 },
    );
  });
});
