import fc from 'fast-check';
import { printFrame } from '../../../core/outputs/print-frame';
import { HEADER_FOOTER_MAX, headerFooterCode, sectionText, withinHeaderFooterLimit } from '../../../core/workbook/header-footer';

describe('Printed headers and footers', () => {
  it('are written in the code Excel and .xlsx files share, with the page fields', () => {
    expect(headerFooterCode({ left: ['Acme'], center: [{ field: 'sheet' }], right: ['Internal'] })).toBe('&LAcme&C&A&RInternal');
    expect(headerFooterCode({ center: ['Page ', { field: 'page' }, ' of ', { field: 'pages' }] })).toBe('&CPage &P of &N');
  });

  it('keep an ampersand a team typed as text, never as a code', () => {
    expect(headerFooterCode({ left: ['Smith & Wesson &P'] })).toBe('&LSmith && Wesson &&P');
  });

  it('leave out the sections that are empty and put line breaks on one line', () => {
    expect(headerFooterCode({ right: ['Line one\nline two'] })).toBe('&RLine one line two');
    expect(headerFooterCode(undefined)).toBe('');
  });

  it('print the page number and count where their fields stand', () => {
    expect(sectionText(['Page ', { field: 'page' }, ' of ', { field: 'pages' }], { page: 3, pages: 12, sheet: 'SoA' })).toBe('Page 3 of 12');
  });

  it('fit in the 255 characters Excel keeps, the longest text shortened with an ellipsis', () => {
    const organisation = `Acme ${'Holdings & Subsidiaries '.repeat(20)}Ltd`;
    const header = withinHeaderFooterLimit({ left: [organisation], center: [{ field: 'sheet' }], right: ['Internal'] });
    expect(headerFooterCode(header).length).toBeLessThanOrEqual(HEADER_FOOTER_MAX);
    expect(header.right).toEqual(['Internal']);
    expect(header.center).toEqual([{ field: 'sheet' }]);
    expect(header.left![0]).toMatch(/^Acme Holdings && Subsidiaries|^Acme Holdings & Subsidiaries/u);
    expect(String(header.left![0]).endsWith('…')).toBe(true);
    const short = { left: ['Acme'], center: [{ field: 'sheet' as const }] };
    expect(withinHeaderFooterLimit(short)).toBe(short);
  });

  it('fit whatever a team typed above its register, on every page Riskbook lays out', () => {
    const typed = fc.string({ unit: fc.constantFrom('a', '&', ' ', 'é', '\n', '日'), maxLength: 400 });
    fc.assert(
      fc.property(typed, typed, typed, (organisation, classification, version) => {
        const stamp = { generator: 'Riskbook 0.1.0', generatedAt: '2026-12-07T09:00:00Z', methodologyVersion: '1.0', methodologyHash: 'abc', registerHash: 'def' };
        const frame = printFrame({ document: { organisation, classification, version }, stamp } as Parameters<typeof printFrame>[0]);
        expect(headerFooterCode(frame.header).length).toBeLessThanOrEqual(HEADER_FOOTER_MAX);
        expect(headerFooterCode(frame.footer).length).toBeLessThanOrEqual(HEADER_FOOTER_MAX);
        expect(sectionText(frame.footer.center, { page: 1, pages: 2, sheet: 'SoA' })).toBe('Page 1 of 2');
      }),
    );
  });
});
