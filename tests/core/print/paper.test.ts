/**
 * Generated sheets print on the team's paper: the one its register is set up for, else the one
 * offices use where the person is (Letter in the Americas' Letter countries, A4 elsewhere), unless
 * the person chose one for the run.
 */
import { generate } from '../../../core/engine';
import { paperFor } from '../../../core/outputs/print-frame';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { GENERATED_NOW, GENERATED_SHEET, generateRegister } from '../../support/register-generator';

function register(paperSize?: 'A4' | 'Letter'): WorkbookSnapshot {
  const { snapshot } = generateRegister({ risks: 12 });
  return { ...snapshot, sheets: snapshot.sheets.map((s) => (s.name === GENERATED_SHEET && paperSize ? { ...s, paperSize } : s)) };
}

function papers(snapshot: WorkbookSnapshot, options: { locale?: string; paper?: 'A4' | 'Letter' }): string[] {
  const { plan } = generate(snapshot, 'soa', { now: GENERATED_NOW, ...options });
  return [...new Set(plan.sheets.flatMap((sp) => (sp.pageSetup ? [sp.pageSetup.paperSize] : [])))];
}

describe('the paper generated sheets print on', () => {
  it('is Letter for a person in a Letter country and A4 elsewhere, in either spelling of the locale', () => {
    expect(paperFor(undefined, 'en-US')).toBe('Letter');
    expect(paperFor(undefined, 'en_US')).toBe('Letter');
    expect(paperFor(undefined, 'es-MX')).toBe('Letter');
    expect(paperFor(undefined, 'en-GB')).toBe('A4');
    expect(paperFor(undefined, 'de_DE')).toBe('A4');
    // A language without a region says nothing about where the person is.
    expect(paperFor(undefined, 'en')).toBe('A4');
    expect(paperFor(undefined, undefined)).toBe('A4');
  });

  it("follows the locale where the register names no paper, and the register's paper where it does", () => {
    expect(papers(register(), { locale: 'en-US' })).toEqual(['Letter']);
    expect(papers(register(), { locale: 'fr-FR' })).toEqual(['A4']);
    expect(papers(register('A4'), { locale: 'en-US' })).toEqual(['A4']);
  });

  it('is the paper the person chose for the run, whatever the register and the locale say', () => {
    expect(papers(register('A4'), { locale: 'en-GB', paper: 'Letter' })).toEqual(['Letter']);
    expect(papers(register(), { locale: 'en-US', paper: 'A4' })).toEqual(['A4']);
  });
});
