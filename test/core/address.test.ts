import {
  boundsToA1,
  cellLinkFormula,
  cellLinksOf,
  colToLetters,
  columnSpan,
  contains,
  lettersToCol,
  parseA1,
  parseBounds,
  parseRange,
  quoteSheet,
  rangeToA1,
  splitAddress,
  toA1,
} from '../../src/core/address';

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

describe('ranges and Office.js addresses', () => {
  it('reads a range in either corner order, with or without dollars', () => {
    expect(parseRange('$G$9:F5')).toEqual({ top: 4, left: 5, bottom: 8, right: 6 });
    expect(parseRange('F5')).toEqual({ top: 4, left: 5, bottom: 4, right: 5 });
    expect(parseRange('F5:G9:H10')).toBeNull();
    expect(parseRange('Scorecard!F5')).toBeNull();
  });

  it('splits an address as Office.js writes it into the sheet and the range', () => {
    expect(splitAddress("'O''Neil data'!B3:H20")).toEqual({ sheet: "O'Neil data", range: 'B3:H20' });
    expect(splitAddress('Scorecard!F5')).toEqual({ sheet: 'Scorecard', range: 'F5' });
    expect(splitAddress('F5')).toEqual({ sheet: '', range: 'F5' });
    expect(parseBounds("'Q2 data'!B3:H20")).toEqual({ top: 2, left: 1, bottom: 19, right: 7 });
  });

  it('writes bounds and column spans back, and tells containment', () => {
    expect(boundsToA1({ top: 2, left: 1, bottom: 19, right: 7 })).toBe('B3:H20');
    expect(columnSpan(5, 4, 8)).toBe('F5:F9');
    expect(columnSpan(5, 4, 4)).toBe('F5');
    expect(contains({ top: 0, left: 0, bottom: 9, right: 9 }, { top: 2, left: 2, bottom: 9, right: 3 })).toBe(true);
    expect(contains({ top: 0, left: 0, bottom: 9, right: 9 }, { top: 2, left: 2, bottom: 10, right: 3 })).toBe(false);
  });
});

describe('the links of one sheet', () => {
  it.each(['Scorecard', "O'Neil data", 'Say "hi"', 'Q2 2024-25 (draft)', '\u202EevilRTL'])(
    'are the same formula as each link made alone, for %j',
    (sheet) => {
      const link = cellLinksOf(sheet);
      for (const cell of ['A1', 'F5', 'XFD1048576']) expect(link(cell)).toBe(cellLinkFormula(sheet, cell));
    },
  );
});
