/**
 * When no register is found, the person learns which rows came closest, what their headers were
 * understood as and what each lacks; and a workbook that lists Annex A controls one per row is
 * said to look like a Statement of Applicability.
 */
import { looksLike, registerCandidates } from '../../../core/register/register-candidates';
import { sheet, workbook } from './fixtures';

describe('the closest rows to a register header', () => {
  it('name the sheet, the row, the headers understood and not, and the fields a register needs that are missing', () => {
    const notes = sheet('Notes', [['Meeting notes'], ['Agenda']]);
    const risks = sheet('Risks', [['Team risks'], ['Ref', 'Budget code', 'Weather', 'Owner'], ['R1', 'B-7', 'Sunny', 'Ann']]);
    const [best, ...rest] = registerCandidates([notes, risks]);
    expect(rest).toEqual([]);
    expect(best).toEqual({
      sheet: 'Risks',
      headerRow: 2,
      understood: [
        { column: 'A', header: 'Ref', label: 'Risk ID' },
        { column: 'D', header: 'Owner', label: 'Risk owner' },
      ],
      notUnderstood: [
        { column: 'B', header: 'Budget code' },
        { column: 'C', header: 'Weather' },
      ],
      missing: ['Likelihood', 'Impact', 'Threat or Description'],
    });
  });

  it('come best first, at most three, one per sheet', () => {
    const sheets = [
      sheet('One', [['Owner']]),
      sheet('Two', [['Risk ID', 'Owner', 'Likelihood']]),
      sheet('Three', [['Risk ID', 'Owner']]),
      sheet('Four', [['Risk ID', 'Owner'], ['Risk ID', 'Owner', 'Impact']]),
    ];
    expect(registerCandidates(sheets).map((c) => `${c.sheet}:${c.headerRow}`)).toEqual(['Two:1', 'Four:2', 'Three:1']);
  });
});

describe('a workbook that looks like a Statement of Applicability', () => {
  const soaRows = (ids: readonly string[]): (string | number)[][] => [['Control ID', 'Control', 'Applicable'], ...ids.map((id) => [id, 'title', 'Yes'])];

  it('lists many distinct Annex A controls in one column, in 2022 or 2013 numbering', () => {
    const ids2022 = Array.from({ length: 37 }, (_, i) => `A.5.${i + 1}`);
    expect(looksLike(workbook(sheet('SoA', soaRows(ids2022))))).toEqual({ kind: 'soa', sheet: 'SoA', controls: 37 });
    const ids2013 = ['A.5.1.1', 'A.5.1.2', 'A.6.1.1', 'A.6.1.2', 'A.6.1.3', 'A.6.1.4', 'A.6.1.5', 'A.6.2.1', 'A.6.2.2', 'A.7.1.1', 'A.7.1.2', 'A.7.2.1', 'A.7.2.2', 'A.7.2.3', 'A.7.3.1', 'A.8.1.1', 'A.8.1.2', 'A.8.1.3', 'A.8.1.4', 'A.8.2.1'];
    expect(looksLike(workbook(sheet('SoA 2013', soaRows(ids2013))))?.controls).toBe(20);
  });

  it('is not a register that cites a few controls per risk', () => {
    const register = sheet('Register', [['Risk ID', 'Controls'], ...Array.from({ length: 30 }, (_, i) => [`R${i}`, '5.17, 8.16'])]);
    expect(looksLike(workbook(register))).toBeNull();
  });
});
