import { parseTreatment } from '../../../core/register/treatment-words';

describe('treatment words', () => {
  it.each([
    ['Mitigate', 'mitigate'],
    ['reduce', 'mitigate'],
    ['Reduction', 'mitigate'],
    ['Modify', 'mitigate'],
    ['TREAT', 'mitigate'],
    ['  Mitigated ', 'mitigate'],
    ['Mitigate (reduce)', 'mitigate'],
    ['Transfer', 'transfer'],
    ['Share', 'transfer'],
    ['shared', 'transfer'],
    ['Avoid', 'avoid'],
    ['Terminate', 'avoid'],
    ['Accept', 'accept'],
    ['Retain', 'accept'],
    ['tolerate', 'accept'],
    ['Accepted.', 'accept'],
    ['Accept (retain)', 'accept'],
  ])('reads "%s" as %s', (text, treatment) => {
    expect(parseTreatment(text)).toBe(treatment);
  });

  it.each(['', '   ', 'Insure', 'TBD', 'Monitor', 'Mitigate and transfer', 'N/A'])('does not read "%s" as a treatment', (text) => {
    expect(parseTreatment(text)).toBeNull();
  });
});
