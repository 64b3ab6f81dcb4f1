/** Formula text between the file's form and the core's canonical form. */
import { addFilePrefixes, canonicalFromFile, fileFromCanonical, stripFilePrefixes } from '../../cli/xlsx/formula-text';

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
