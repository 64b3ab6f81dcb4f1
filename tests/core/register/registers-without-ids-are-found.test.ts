/**
 * A register without an id column (risks numbered by their row, or grouped under an asset) is
 * still a register when its header says what a risk is: a threat, title or description, a
 * likelihood, an impact and at least one more field. The missing id is no missing column: the
 * reader keys the risks by row and suggests adding ids, once.
 */
import { locateRegister } from '../../../core/register/locate-register';
import type { Grid } from './fixtures';
import { sheet, workbook } from './fixtures';

const locate = (grid: Grid) => locateRegister(workbook(sheet('Risk Assessment', grid)));

describe('registers without ids', () => {
  it('finds a register keyed by its rows', () => {
    const grid: Grid = [
      ['Asset', 'Threat', 'Vulnerability', 'Likelihood', 'Impact', 'Owner', 'Treatment', 'Controls'],
      ['Laptops', 'Theft', 'No disk encryption', 3, 4, 'IT lead', 'Mitigate', '8.1'],
      [null, 'Loss', 'No asset tracking', 2, 3, null, 'Accept', ''],
    ];
    const { location, findings } = locate(grid);
    expect(location?.mapping).toEqual({ asset: 0, threat: 1, vulnerability: 2, likelihood: 3, impact: 4, owner: 5, treatment: 6, controls: 7 });
    expect(findings).toEqual([]);
  });

  it('finds one whose story is only a description or a title', () => {
    expect(locate([['Description', 'Probability', 'Consequence', 'Response'], ['Outage', 2, 2, 'Accept']]).location).not.toBeNull();
    expect(locate([['Risk title', 'Likelihood', 'Impact', 'Risk owner'], ['Outage', 2, 2, 'COO']]).location).not.toBeNull();
  });

  it('still needs a likelihood and an impact, and one field more, without ids', () => {
    expect(locate([['Threat', 'Owner', 'Status', 'Treatment'], ['Theft', 'IT', 'Open', 'Mitigate']]).location).toBeNull();
    expect(locate([['Threat', 'Likelihood', 'Impact'], ['Theft', 2, 3]]).location).toBeNull();
    expect(locate([['Threat', 'Likelihood', 'C', 'I', 'A', 'Owner'], ['Theft', 2, 3, 1, 1, 'IT']]).location).not.toBeNull();
  });

  it('takes the sheet whose header names more fields, with or without ids', () => {
    const actions: Grid = [['ID', 'Action', 'Owner', 'Status'], ['A-1', 'Patch', 'Ops', 'Open']];
    const register: Grid = [['Asset', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Treatment'], ['CRM', 'Leak', 2, 3, 'IT', 'Mitigate']];
    expect(locateRegister(workbook(sheet('Actions', actions), sheet('Risks', register))).location?.sheet).toBe('Risks');
  });
});
