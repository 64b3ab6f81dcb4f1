/**
 * An applicability cell is read as the team meant it, in any of the seven languages and in the
 * forms spreadsheets give it (TRUE, a tick, 1); a reason cell counts as marked by an x, a tick, a
 * yes, or any text that is not a no.
 */
import { readApplicability, readReasonMark } from '../../../core/team-soa/applicability-words';

const YES = { decision: 'yes', partial: false };
const NO = { decision: 'no', partial: false };
const PARTIAL = { decision: 'yes', partial: true };
const UNDECIDED = { decision: null, partial: false };

describe('applicability words', () => {
  it.each([
    ['Yes', YES], ['Y', YES], ['TRUE', YES], ['x', YES], ['✓', YES], ['Applicable', YES], ['Included', YES], ['In scope', YES], ['Selected', YES],
    ['No', NO], ['N', NO], ['FALSE', NO], ['✗', NO], ['Not applicable', NO], ['N/A', NO], ['n.a.', NO], ['Excluded', NO], ['Out of scope', NO],
    ['Partially', PARTIAL], ['Partial', PARTIAL], ['Partly', PARTIAL],
  ])('English: %s', (text, expected) => expect(readApplicability(text)).toEqual(expected));

  it.each([
    ['Ja', YES], ['Nein', NO], ['Teilweise', PARTIAL], ['anwendbar', YES], ['nicht anwendbar', NO], ['entfällt', NO],
    ['Oui', YES], ['Non', NO], ['Partiellement', PARTIAL], ['applicable', YES], ['non applicable', NO], ['Sans objet', NO],
    ['Sí', YES], ['Si', YES], ['No aplica', NO], ['Parcialmente', PARTIAL], ['aplicable', YES], ['no aplicable', NO],
    ['Sim', YES], ['Não', NO], ['Parcial', PARTIAL], ['Aplicável', YES], ['Não aplicável', NO],
    ['Sì', YES], ['Parzialmente', PARTIAL], ['applicabile', YES], ['non applicabile', NO],
    ['Ja', YES], ['Nee', NO], ['Gedeeltelijk', PARTIAL], ['van toepassing', YES], ['niet van toepassing', NO], ['n.v.t.', NO],
  ])('in other languages: %s', (text, expected) => expect(readApplicability(text)).toEqual(expected));

  it('reads a decision followed by words of its own', () => {
    expect(readApplicability('Yes - required by GDPR')).toEqual(YES);
    expect(readApplicability('Not applicable (no development)')).toEqual(NO);
    expect(readApplicability('Nein, keine Entwicklung')).toEqual(NO);
    expect(readApplicability('Partially: HQ only')).toEqual(PARTIAL);
  });

  it('reads booleans and 1 / 0 as spreadsheets store ticks', () => {
    expect(readApplicability(true)).toEqual(YES);
    expect(readApplicability(false)).toEqual(NO);
    expect(readApplicability(1)).toEqual(YES);
    expect(readApplicability(0)).toEqual(NO);
  });

  it('leaves blank, questions and pending words undecided', () => {
    for (const v of [null, '', '  ', '?', 'TBD', 'offen', 'to be decided', 7, { error: '#N/A' }]) expect(readApplicability(v)).toEqual(UNDECIDED);
  });
});

describe('reason marks', () => {
  it('counts an x, a tick, yes, TRUE, 1, and any reason written out', () => {
    for (const v of ['x', 'X', '✓', 'Yes', 'ja', true, 1, 'GDPR Art. 32', 'R-03, R-07']) expect(readReasonMark(v)).toBe(true);
  });

  it('does not count blank, no, a dash, N/A, FALSE or 0', () => {
    for (const v of [null, '', 'No', 'nein', '-', '—', 'N/A', false, 0]) expect(readReasonMark(v)).toBe(false);
  });
});
