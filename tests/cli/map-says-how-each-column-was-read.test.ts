/**
 * `riskbook map` says, for each column read other than by an exact header word, how it was read
 * (a note left out, the group banner over it, a priority rule, a fallback such as Asset owner),
 * which columns were passed over for a plainer one, and which are ambiguous.
 */
import { mappingReport } from '../../core/engine';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { mappingText } from '../../cli/output/mapping-report';

const NOW = '2026-12-06T10:00:00Z';

function register(): WorkbookSnapshot {
  const values = [
    ['Risk register'],
    ['Ref', 'Threat', 'Asset Owner', 'Inherent risk', null, 'Residual risk', null, 'Review Date', 'Last Reviewed', 'Control', 'Controls'],
    [null, null, null, 'Probability', 'Impact (1-5)', 'Probability', 'Impact', null, null, null, null],
    ['R-1', 'Ransomware', 'IT Ops', 4, 5, 2, 5, 46300, 45900, '8.7', '8.13'],
  ];
  return { sheets: [{ name: 'Risks', values, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:H3', 'I2:I3', 'J2:J3', 'K2:K3'] }] };
}

describe('riskbook map says how each column was read', () => {
  const report = mappingReport(register(), { now: NOW });

  it('reports the two header rows and how each column was recognised', () => {
    expect(report.headerRow).toBe(3);
    expect(report.bannerRow).toBe(2);
    const how = Object.fromEntries(report.fields.map((f) => [f.column, [f.label, f.how ?? 'exact', f.basis ?? '']]));
    expect(how).toMatchObject({
      A: ['Risk ID', 'exact', ''],
      C: ['Risk owner', 'fallback', ''],
      D: ['Likelihood', 'exact', ''],
      E: ['Impact', 'note', '(1-5)'],
      F: ['Residual likelihood', 'group', 'Residual risk'],
      H: ['Next review', 'priority', 'I'],
      I: ['Last review', 'exact', ''],
    });
    expect(report.ambiguous).toEqual([{ label: 'Controls', column: 'K', header: 'Controls', usedColumn: 'J', usedHeader: 'Control' }]);
  });

  it('prints it beside each column', () => {
    const text = mappingText(report);
    expect(text).toContain('Register "Risks", header in rows 2-3');
    expect(text).toMatch(/C {3}"Asset Owner" +-> Risk owner \(no Risk owner column\)/);
    expect(text).toMatch(/E {3}"Impact \(1-5\)" +-> Impact \(read without "\(1-5\)"\)/);
    expect(text).toMatch(/F {3}"Probability" +-> Residual likelihood \(under "Residual risk"\)/);
    expect(text).toMatch(/H {3}"Review Date" +-> Next review \(I "Last Reviewed" is the Last review\)/);
    expect(text).toMatch(/K {3}"Controls" +Controls: J "Control" is used/);
  });

  it('lists the columns passed over for a plainer one', () => {
    const values = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Risk owner'],
      ['R-1', 'Leak', 2, 3, 'IT', 'CISO'],
    ];
    const passed = mappingReport({ sheets: [{ name: 'Risks', values }] }, { now: NOW });
    expect(passed.passedOver).toEqual([{ label: 'Risk owner', column: 'E', header: 'Owner', usedColumn: 'F', usedHeader: 'Risk owner' }]);
    expect(mappingText(passed)).toMatch(/E {3}"Owner" +Risk owner: F "Risk owner" is used/);
  });
});
