import { readDocumentFields } from '../../../core/register/document-fields';
import type { CellValue } from '../../../core/workbook/snapshot';

const sheet = (values: CellValue[][]) => ({ name: 'Risk register', values });

describe("The document control a team keeps above its register", () => {
  it('is read from "Label: value" parts of a title cell', () => {
    const fields = readDocumentFields(sheet([['Acme Cloud – Information Security Risk Register'], ['Owner: CISO · Last updated 2 November 2026 · Classification: Internal']]), 2);
    expect(fields).toEqual({ owner: 'CISO', classification: 'Internal' });
  });

  it('is read from a label with its value in the next cell, in other languages too', () => {
    const fields = readDocumentFields(
      sheet([
        ['Unternehmen', null, 'Muster GmbH'],
        ['Klassifizierung:', 'Vertraulich'],
        ['Version', 2.1],
        ['Genehmigt am', 46327],
        ['ID', 'Risiko', 'Eigentümer'],
      ]),
      4,
    );
    expect(fields).toEqual({ organisation: 'Muster GmbH', classification: 'Vertraulich', version: '2.1', approvedOn: '2026-11-01' });
  });

  it('does not take the first row of a two-row header for a document field', () => {
    const fields = readDocumentFields(sheet([['Risk', null, 'Owner', 'Treatment', 'Controls', 'Residual'], ['ID', 'Title', 'Name', 'Option', 'Annex A', 'Level']]), 1);
    expect(fields).toEqual({});
  });

  it('reads only above the header row, and the first statement of a field wins', () => {
    const fields = readDocumentFields(sheet([['Organisation: Acme'], ['Organisation: Other'], ['Owner: not read']]), 2);
    expect(fields).toEqual({ organisation: 'Acme' });
  });
});
