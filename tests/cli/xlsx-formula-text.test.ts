/** Formula text between the file's form and the core's canonical form. */
import { addFilePrefixes, canonicalFromFile, fileFromCanonical, stripFilePrefixes, translateFormula } from '../../cli/xlsx/formula-text';

describe('the _xlfn. prefix', () => {
  it('is added to TEXTJOIN and the other newer functions only', () => {
    expect(addFilePrefixes('IF(A1="",TEXTJOIN(", ",TRUE,B1:B9),IFS(A1>1,1,TRUE,0))')).toBe(
      'IF(A1="",_xlfn.TEXTJOIN(", ",TRUE,B1:B9),_xlfn.IFS(A1>1,1,TRUE,0))',
    );
    expect(addFilePrefixes('INDEX(RB_ScoreMatrix,MATCH(A1,RB_Keys,0),1)')).toBe('INDEX(RB_ScoreMatrix,MATCH(A1,RB_Keys,0),1)');
  });

  it('is not added inside text, to a name that merely contains a function name, or twice', () => {
    expect(addFilePrefixes('"TEXTJOIN(x)"&CONCATENATE(A1)&MY_CONCAT(A1)')).toBe('"TEXTJOIN(x)"&CONCATENATE(A1)&MY_CONCAT(A1)');
    expect(addFilePrefixes('_xlfn.TEXTJOIN(",",TRUE,A1:A2)')).toBe('_xlfn.TEXTJOIN(",",TRUE,A1:A2)');
  });

  it('round-trips: canonical → file → canonical', () => {
    const canonical = '=IF(COUNTIF(RB_Keys,A5)=0,"",TEXTJOIN("; ",TRUE,\'It\'\'s\'!B1:B3))';
    expect(fileFromCanonical(canonical)).toBe('IF(COUNTIF(RB_Keys,A5)=0,"",_xlfn.TEXTJOIN("; ",TRUE,\'It\'\'s\'!B1:B3))');
    expect(canonicalFromFile(fileFromCanonical(canonical))).toBe(canonical);
    expect(stripFilePrefixes('_xlfn._xlws.FILTER(A:A,_xlpm.x>1)')).toBe('FILTER(A:A,x>1)');
  });
});

describe('moving a shared formula to another cell', () => {
  it('moves relative references and leaves absolute ones', () => {
    expect(translateFormula('B2*C2+$D$1+E$1+$F2', 3, 1)).toBe('C5*D5+$D$1+F$1+$F5');
  });

  it('leaves string literals, function names and sheet names alone', () => {
    expect(translateFormula('IF(A2="AB12",LOG10(A2),Q1!A2&\'Sheet A1\'!B2)', 1, 0)).toBe('IF(A3="AB12",LOG10(A3),Q1!A3&\'Sheet A1\'!B3)');
  });

  it('moves whole columns and rows and gives #REF! when a reference leaves the sheet', () => {
    expect(translateFormula('SUM(B:C)+SUM(2:3)', 1, 1)).toBe('SUM(C:D)+SUM(3:4)');
    expect(translateFormula('A2+1', -2, 0)).toBe('#REF!+1');
  });

  it('moves both ends of a range', () => {
    expect(translateFormula('COUNTIFS(Risks!$H$5:$H$200,"L"&ROW(A1),Risks!I5:I200,A$1)', 2, 0)).toBe(
      'COUNTIFS(Risks!$H$5:$H$200,"L"&ROW(A3),Risks!I7:I202,A$1)',
    );
  });
});
