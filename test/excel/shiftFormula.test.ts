import { shiftFormula } from '../../src/excel/shiftFormula';

describe('shiftFormula', () => {
  it('moves relative references and keeps absolute parts, as Excel does when a rule is copied down', () => {
    expect(shiftFormula('AND(ISNUMBER(I7),ISNUMBER($D7),ROUND(I7-$D7,9)>=0,$A$1>0,B$2<>"")', 4, 0)).toBe(
      'AND(ISNUMBER(I11),ISNUMBER($D11),ROUND(I11-$D11,9)>=0,$A$1>0,B$2<>"")',
    );
    expect(shiftFormula('F5+$G5', 0, 2)).toBe('H5+$G5');
  });

  it('leaves text, sheet names, function names and numbers alone', () => {
    const formula = `AND(N("scorecard-narrator:rag F5")=0,LOG10('Q1 data'!A1)>1E+21,'Q1 data'!A1>0.05*ABS(B2))`;
    expect(shiftFormula(formula, 1, 0)).toBe(
      `AND(N("scorecard-narrator:rag F5")=0,LOG10('Q1 data'!A2)>1E+21,'Q1 data'!A2>0.05*ABS(B3))`,
    );
    expect(shiftFormula('"say ""F5"""&F5', 2, 0)).toBe('"say ""F5"""&F7');
  });

  it('returns the formula unchanged for no move, and refuses to move a reference off the sheet', () => {
    expect(shiftFormula('F5', 0, 0)).toBe('F5');
    expect(() => shiftFormula('F5', -5, 0)).toThrow(RangeError);
  });
});
