import { serialFromIso } from '../../../core/dates';
import { parseDateCell } from '../../../core/register/date-cells';

const MARCH_1_2026 = serialFromIso('2026-03-01')!;

describe('reading date cells', () => {
  it('reads a serial number as that day, dropping the time', () => {
    expect(parseDateCell(MARCH_1_2026)).toEqual({ kind: 'date', serial: MARCH_1_2026 });
    expect(parseDateCell(MARCH_1_2026 + 0.75)).toEqual({ kind: 'date', serial: MARCH_1_2026 });
  });

  it.each(['2026-03-01', '2026/03/01', '2026-3-1', '2026-03-01T09:30:00Z', '1 March 2026', '1st March 2026', '01-Mar-2026', '1 Mar. 2026', 'March 1, 2026', 'Mar 1 2026', 'Sunday, 1 March 2026'])(
    'reads "%s" as 1 March 2026',
    (text) => {
      expect(parseDateCell(text)).toEqual({ kind: 'date', serial: MARCH_1_2026 });
    },
  );

  it.each(['03/04/2026', '31/12/2026', '31/13/2026', '2026-02-30', '2026-13-01', '1 Smarch 2026', '1 March 26', 'last week', 'TBC', '20260301'])(
    'refuses "%s" rather than guessing',
    (text) => {
      expect(parseDateCell(text)).toEqual({ kind: 'invalid', text });
    },
  );

  it('refuses numbers that are not dates and booleans', () => {
    expect(parseDateCell(0).kind).toBe('invalid');
    expect(parseDateCell(-5).kind).toBe('invalid');
    expect(parseDateCell(3e6).kind).toBe('invalid');
    expect(parseDateCell(true)).toEqual({ kind: 'invalid', text: 'TRUE' });
  });

  it('reads blank and whitespace as no date', () => {
    expect(parseDateCell(null)).toEqual({ kind: 'blank' });
    expect(parseDateCell('  ')).toEqual({ kind: 'blank' });
  });
});
