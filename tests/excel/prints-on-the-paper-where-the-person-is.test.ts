/**
 * The Excel host tells the core where the person is, so that generated sheets print on the paper
 * offices there use (Letter in the US, A4 in Europe) when the register names none: Office's
 * editing language says it, the display language stands in where Office does not report it.
 */
import { generateRegister } from '../support/register-generator';
import type { FakeOfficeOptions } from '../support/fake-excel';
import { runHost, withFakeExcel } from './support/excel-harness';

const SOA = 'Statement of Applicability';

async function soaPaper(languages: Pick<FakeOfficeOptions, 'contentLanguage' | 'displayLanguage'>): Promise<string | undefined> {
  const { snapshot } = generateRegister({ risks: 8, seed: 2 });
  return withFakeExcel(
    snapshot,
    async (office) => {
      const { outcome } = await runHost(office, { kind: 'generate', action: 'soa' });
      expect(outcome.ok).toBe(true);
      return office.workbook.sheet(SOA)?.pageLayout.paperSize;
    },
    languages,
  );
}

describe('the paper of the sheets Riskbook generates in Excel', () => {
  it('is Letter for a person who writes in US English, whatever the menus are in', async () => {
    expect(await soaPaper({ contentLanguage: 'en-US', displayLanguage: 'en-GB' })).toBe('Letter');
  });

  it('is A4 for a person who writes in British English or German, even with US English menus', async () => {
    expect(await soaPaper({ contentLanguage: 'en-GB', displayLanguage: 'en-US' })).toBe('A4');
    expect(await soaPaper({ contentLanguage: 'de-DE', displayLanguage: 'en-US' })).toBe('A4');
  });

  it("follows the menus' language where Office reports no editing language (Excel on Mac)", async () => {
    expect(await soaPaper({ displayLanguage: 'en-US' })).toBe('Letter');
    expect(await soaPaper({ displayLanguage: 'fr-FR' })).toBe('A4');
  });
});
