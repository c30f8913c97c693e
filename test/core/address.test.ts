import { cellLinkFormula, colToLetters, lettersToCol, parseA1, quoteSheet, rangeToA1, toA1 } from '../../src/core/address';

describe('colToLetters', () => {
  it.each([
    [0, 'A'],
    [5, 'F'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (col, letters) => {
    expect(colToLetters(col)).toBe(letters);
  });

  it('throws on a column that cannot exist', () => {
    expect(() => colToLetters(-1)).toThrow(RangeError);
    expect(() => colToLetters(1.5)).toThrow(RangeError);
    expect(() => colToLetters(16384)).toThrow(RangeError);
  });
});

describe('lettersToCol', () => {
  it('reads letters in either case', () => {
    expect(lettersToCol('A')).toBe(0);
    expect(lettersToCol('aa')).toBe(26);
    expect(lettersToCol(' XFD ')).toBe(16383);
  });

  it('gives null for text that is not a column', () => {
    expect(lettersToCol('XFE')).toBeNull();
    expect(lettersToCol('Target')).toBeNull();
    expect(lettersToCol('A1')).toBeNull();
    expect(lettersToCol('')).toBeNull();
  });

  it('is the inverse of colToLetters', () => {
    for (const col of [0, 1, 25, 26, 27, 700, 701, 702, 16000, 16383]) {
      expect(lettersToCol(colToLetters(col))).toBe(col);
    }
  });
});

describe('toA1 and parseA1', () => {
  it('writes row 4 column 5 as F5', () => {
    expect(toA1(4, 5)).toBe('F5');
    expect(toA1(0, 0)).toBe('A1');
    expect(toA1(99, 27)).toBe('AB100');
  });

  it('reads F5, $F$5 and f5 as row 4 column 5', () => {
    expect(parseA1('F5')).toEqual({ row: 4, col: 5 });
    expect(parseA1('$F$5')).toEqual({ row: 4, col: 5 });
    expect(parseA1('f5')).toEqual({ row: 4, col: 5 });
  });

  it('gives null for text that is not a single cell', () => {
    expect(parseA1('F0')).toBeNull();
    expect(parseA1('F5:F9')).toBeNull();
    expect(parseA1('Scorecard')).toBeNull();
    expect(parseA1('5F')).toBeNull();
  });

  it('round-trips', () => {
    expect(parseA1(toA1(1234, 730))).toEqual({ row: 1234, col: 730 });
  });

  it('throws on a negative row', () => {
    expect(() => toA1(-1, 0)).toThrow(RangeError);
  });
});

describe('rangeToA1', () => {
  it('writes a column of cells', () => {
    expect(rangeToA1(4, 5, 8, 5)).toBe('F5:F9');
  });

  it('writes a block', () => {
    expect(rangeToA1(0, 0, 9, 26)).toBe('A1:AA10');
  });

  it('writes a single cell without a colon', () => {
    expect(rangeToA1(4, 5, 4, 5)).toBe('F5');
  });

  it('throws on bounds inside out', () => {
    expect(() => rangeToA1(8, 5, 4, 5)).toThrow(RangeError);
  });
});

describe('links to cells', () => {
  it('quotes the sheet and doubles the quotes a formula string needs', () => {
    expect(quoteSheet("O'Neil data")).toBe("'O''Neil data'");
    expect(cellLinkFormula('Scorecard', 'F5')).toBe('HYPERLINK("#\'Scorecard\'!F5","Scorecard!F5")');
    expect(cellLinkFormula('Q2 "final"', 'B3')).toBe('HYPERLINK("#\'Q2 ""final""\'!B3","Q2 ""final""!B3")');
  });
});
