import { toFileFormula } from '../../src/xlsx/fileFormula';

describe('formulas as the file stores them', () => {
  it('give NUMBERVALUE its "_xlfn." prefix, which LibreOffice and Excel need to read it from a file', () => {
    expect(toFileFormula('IF(TRIM(F5)="","",IFERROR(NUMBERVALUE(TRIM(F5),".",","),""))')).toBe(
      'IF(TRIM(F5)="","",IFERROR(_xlfn.NUMBERVALUE(TRIM(F5),".",","),""))',
    );
  });

  it('leave text in quotes, names that only end in NUMBERVALUE, and a prefix already there alone', () => {
    expect(toFileFormula('N("NUMBERVALUE(x)")=0')).toBe('N("NUMBERVALUE(x)")=0');
    expect(toFileFormula('MYNUMBERVALUE(A1)+_xlfn.NUMBERVALUE(A1)')).toBe('MYNUMBERVALUE(A1)+_xlfn.NUMBERVALUE(A1)');
    expect(toFileFormula('AND(ISNUMBER(F5),F5-E5>=0)')).toBe('AND(ISNUMBER(F5),F5-E5>=0)');
  });
});
