import { assertPortable, functionsUsed, nonPortableFunctions } from '../../../core/formula/allow-list';
import { levelFormula, ratingFormula, scoreFormula } from '../../../core/formula/register-formulas';

describe('the portable formula allow-list', () => {
  it('lists the functions a formula calls, ignoring text inside strings', () => {
    expect(functionsUsed('=IFERROR(INDEX(A1:A3,MATCH("XLOOKUP(",B1:B3,0)),"")')).toEqual(['IFERROR', 'INDEX', 'MATCH']);
  });

  it.each(['XLOOKUP', 'XMATCH', 'LET', 'LAMBDA', 'FILTER', 'SORT', 'UNIQUE', 'SEQUENCE', 'VLOOKUP', 'INDIRECT', 'OFFSET'])(
    'rejects %s, which not every host computes the same way',
    (fn) => {
      expect(nonPortableFunctions(`=${fn}(A1)`)).toEqual([fn]);
      expect(() => assertPortable(`=${fn}(A1)`)).toThrow(fn);
    },
  );

  it('rejects structured table references', () => {
    expect(() => assertPortable('=COUNTIF(Risks[Score],1)')).toThrow(/Structured/);
  });

  it('accepts every formula the register uses', () => {
    expect(() => scoreFormula('F5', ['G5'])).not.toThrow();
    expect(() => scoreFormula('F5', ['G5', 'H5', 'I5'])).not.toThrow();
    expect(() => ratingFormula('F5', ['G5'])).not.toThrow();
    expect(() => levelFormula('P5')).not.toThrow();
  });
});

/** What a cell looks like to MATCH once its wildcards (* ? ~) are escaped. */
const literal = (cell: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;

describe('register formulas', () => {
  it('escape MATCH wildcards, so "Lik*" is not read as Likely', () => {
    expect(scoreFormula('F5', ['G5'])).toContain(`MATCH(${literal('F5')},RB_LikelihoodKeys,0)`);
  });

  it('score a single impact through the named score matrix', () => {
    expect(scoreFormula('F5', ['G5'])).toBe(
      '=IFERROR(INDEX(RB_ScoreMatrix,INDEX(RB_LikelihoodKeyIndex,MATCH(F5~,RB_LikelihoodKeys,0)),INDEX(RB_ImpactKeyIndex,MATCH(G5~,RB_ImpactKeys,0))),"")'
        .replace('F5~', literal('F5'))
        .replace('G5~', literal('G5')),
    );
  });

  it('combine C / I / A impacts by their highest level', () => {
    const f = scoreFormula('F5', ['G5', 'H5', 'I5']);
    expect(f).toContain(`MAX(IFERROR(INDEX(RB_ImpactKeyIndex,MATCH(${literal('G5')},RB_ImpactKeys,0)),0)`);
    expect(f.startsWith('=IF(MAX(')).toBe(true);
  });

  it('band a score with an approximate MATCH over ascending lower bounds', () => {
    expect(levelFormula('P5')).toBe('=IF(ISNUMBER(P5),IFERROR(INDEX(RB_BandNames,MATCH(P5,RB_BandMins,1)),""),"")');
  });
});
