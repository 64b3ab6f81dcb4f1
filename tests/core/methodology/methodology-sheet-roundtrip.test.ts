import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { methodologySheetPlan } from '../../../core/methodology/methodology-sheet';
import { PRESET_NAMES, presetMethodology } from '../../../core/methodology/presets';
import { readMethodology } from '../../../core/methodology/read-methodology';
import { validateMethodology } from '../../../core/methodology/validate-methodology';
import { STAMP, validMethodology, workbookWith } from './methodology-fixtures';

const GOLDEN = path.join(__dirname, '__golden__', 'methodology-sheet-5x5.json');

describe('Methodology sheet round trip', () => {
  it('writes the default sheet exactly as the golden file (UPDATE_GOLDEN=1 to refresh)', () => {
    const plan = methodologySheetPlan(presetMethodology('5x5'), STAMP);
    const json = `${JSON.stringify(plan, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, json);
    expect(JSON.parse(json)).toEqual(JSON.parse(fs.readFileSync(GOLDEN, 'utf8')));
  });

  it.each(PRESET_NAMES)('reads preset %s back deep-equal, with no findings', (name) => {
    const m = presetMethodology(name);
    const read = readMethodology(workbookWith(m));
    expect(read).toEqual({ methodology: m, findings: [], found: true });
  });

  it('reads any valid methodology back deep-equal, with no findings', () => {
    fc.assert(
      fc.property(validMethodology, (m) => {
        expect(validateMethodology(m)).toEqual([]);
        const read = readMethodology(workbookWith(m));
        expect(read.findings).toEqual([]);
        expect(read.methodology).toEqual(m);
      }),
      { numRuns: 300 },
    );
  });

  it('reads its own rewrite back unchanged: writing over an existing sheet is stable', () => {
    fc.assert(
      fc.property(validMethodology, (m) => {
        const once = workbookWith(m);
        const twice = workbookWith(readMethodology(once).methodology, once);
        expect(twice.sheets[0]!.values).toEqual(once.sheets[0]!.values);
      }),
      { numRuns: 100 },
    );
  });
});
