/**
 * A generated cell lists risk ids while they are few, then the first ones, how many more, and
 * where they all are: never a cell nobody can read, never one past Excel's 32,767 characters.
 */
import { LISTED_IDS, listedIds } from '../../../core/outputs/id-list';

const ids = (n: number, prefix = 'R-'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('listedIds', () => {
  it('lists every id while they are few', () => {
    expect(listedIds(['R-1', 'R-2', 'R-3'], 'filter the register')).toBe('R-1, R-2, R-3');
    expect(listedIds([], 'filter the register')).toBe('');
  });

  it('lists the first ids, counts the rest and says where they are', () => {
    const text = listedIds(ids(6_552), "filter the register's Controls column for 5.17");
    expect(text.startsWith('R-1, R-2, R-3')).toBe(true);
    expect(text).toContain(`R-${LISTED_IDS} … and 6,512 more (filter the register's Controls column for 5.17)`);
    expect(text).not.toContain(`R-${LISTED_IDS + 1},`);
  });

  it('keeps a cell short whatever the length of the ids', () => {
    const long = ids(500, `RISK-${'x'.repeat(200)}-`);
    const text = listedIds(long, 'filter the register');
    expect(text.length).toBeLessThan(1_000);
    expect(text).toMatch(/… and 49\d more \(filter the register\)$/);
    expect(listedIds(['y'.repeat(40_000), 'R-2'], 'filter the register')).toBe('These 2 more (filter the register)');
  });
});
