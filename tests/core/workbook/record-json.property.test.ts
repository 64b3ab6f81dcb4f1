/**
 * The trail packs one record per risk as JSON, many to a cell, measuring each record without
 * writing it (`recordJsonLength`) and writing a cell's records at once. The length must be the
 * one JSON.stringify gives, whatever the text holds (quotes, backslashes, control characters,
 * characters outside the Basic Multilingual Plane, halves of surrogate pairs); the cells must be
 * the ones packing record by record gives; and they must read back as the records.
 */
import fc from 'fast-check';
import { PACKED_CELL, packedRecords, recordJsonLength, unpackedRecords } from '../../../core/workbook/record-sheet';

/** Packing as it was first written: each record on its own, a cell closed when the next would overflow it. */
function packedOneByOne(records: readonly unknown[], limit: number): string[] {
  const cells: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const r of records) {
    const json = JSON.stringify(r);
    if (size + json.length > limit && part.length > 0) {
      cells.push(`[${part.join(',')}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length + 1;
  }
  if (part.length > 0) cells.push(`[${part.join(',')}]`);
  return cells;
}

const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-composite' }),
  fc.constantFrom('', '"', '\\', '\u0000', '\u001f', '\u007f', '\u2028', '\ud83d', '\ude00', '\ud83d\ude00', 'R-01 "A&B"\n'),
);
const primitive = fc.oneof(text, fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e21, -1e-7, NaN, Infinity, -Infinity), fc.boolean(), fc.constant(null), fc.constant(undefined));
const record = fc.oneof(
  { weight: 5, arbitrary: fc.array(primitive, { maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(primitive, fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }), fc.array(text, { maxLength: 2 })), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), primitive, { maxKeys: 3 }) },
);

describe('a record packed into the trail', () => {
  it('is measured as long as JSON.stringify writes it', () => {
    fc.assert(fc.property(record, (r) => recordJsonLength(r) === JSON.stringify(r).length), { numRuns: 2000 });
  });

  it('goes into the cells packing record by record gives', () => {
    // Long records, so that a few hundred fill several cells.
    const long = fc.array(fc.oneof(fc.string({ maxLength: 400 }), text, fc.integer(), fc.constant(null)), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(long, { maxLength: 300 }), (records) => {
        expect(packedRecords(records)).toEqual(packedOneByOne(records, PACKED_CELL));
      }),
      { numRuns: 60 },
    );
  });

  it('fills a cell to the last character, and not one more', () => {
    // The first record and its comma take 10,000 characters; the second, 10,000 exactly, fills the cell.
    const first = ['a'.repeat(10_000 - 5)];
    const exactly = ['b'.repeat(10_000 - 4)];
    expect(packedRecords([first, exactly])).toHaveLength(1);
    expect(packedRecords([first, [`${exactly[0]}c`]])).toHaveLength(2);
    expect(packedRecords([first, exactly])).toEqual(packedOneByOne([first, exactly], PACKED_CELL));
  });

  it('reads back as the records packed, across as many cells as they take', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(text, fc.integer(), fc.constant(null)), { maxLength: 6 }), { maxLength: 40 }), (records) => {
        const back = packedRecords(records).flatMap((cell) => unpackedRecords(cell));
        expect(back).toEqual(JSON.parse(JSON.stringify(records)));
      }),
      { numRuns: 300 },
    );
  });
});
