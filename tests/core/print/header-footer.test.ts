import { headerFooterCode, sectionText } from '../../../core/workbook/header-footer';

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
});
