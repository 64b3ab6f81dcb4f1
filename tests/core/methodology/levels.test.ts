import { levelKeys, levelOption, parseLevel } from '../../../core/methodology/levels';
import { DEFAULT_METHODOLOGY } from '../../../core/methodology/presets';

const likelihood = DEFAULT_METHODOLOGY.likelihood;

describe('reading a likelihood cell', () => {
  it.each([
    ['the number 4', 4],
    ['the text "4"', '4'],
    ['the label in another case', 'likely'],
    ['the dropdown option', '4 - Likely'],
  ])('reads %s as level 4', (_what, cell) => {
    expect(parseLevel(likelihood, cell)).toEqual({ kind: 'level', level: { index: 3, value: 4 } });
  });

  it('rejects a label with a leading space, as MATCH would', () => {
    expect(parseLevel(likelihood, ' Likely')).toEqual({ kind: 'invalid', text: ' Likely' });
  });

  it('rejects a value that is not on the scale', () => {
    expect(parseLevel(likelihood, 6)).toEqual({ kind: 'invalid', text: '6' });
  });

  it('reads a blank cell as blank', () => {
    expect(parseLevel(likelihood, null)).toEqual({ kind: 'blank' });
    expect(parseLevel(likelihood, '')).toEqual({ kind: 'blank' });
  });

  it('offers "n - Label" in dropdowns', () => {
    expect(levelOption(likelihood[4]!)).toBe('5 - Almost certain');
  });

  it('lists four keys per level for the Lists sheet', () => {
    expect(levelKeys(likelihood).slice(0, 4)).toEqual([
      { key: 1, position: 1 },
      { key: '1', position: 1 },
      { key: 'Rare', position: 1 },
      { key: '1 - Rare', position: 1 },
    ]);
  });
});
