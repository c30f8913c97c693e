import {
  isDurationFormat,
  currencyOf,
  formatDecimals,
  isDateFormat,
  isPercentFormat,
} from '../../../src/core/values/numberFormat';

describe('isPercentFormat', () => {
  test.each<[string | null | undefined, boolean]>([
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00%', true],
    ['0.0%;[Red]-0.0%', true],
    ['[Red]0.0%', true],
    ['General', false],
    ['0.0', false],
    ['0"%"', false],
    ['0\\%', false],
    ['0.0 "per cent"', false],
    ['[$%-809]0', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%p → %p', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe('formatDecimals', () => {
  test.each<[string | null | undefined, number | null]>([
    ['0.0%', 1],
    ['0%', 0],
    ['#,##0', 0],
    ['#,##0.00', 2],
    ['£#,##0.00', 2],
    ['[$£-809]#,##0.00', 2],
    ['#,##0.00_);(#,##0.00)', 2],
    ['0.000;-0.0', 3],
    ['0.0"%"', 1],
    ['0.00E+00', 2],
    ['0.', 0],
    ['#.##', 2],
    ['"Q"0', 0],
    ['General', null],
    ['general', null],
    ['@', null],
    ['mmm-yy', null],
    ['dd/mm/yyyy', null],
    ['', null],
    [null, null],
  ])('%p → %p', (format, expected) => {
    expect(formatDecimals(format)).toBe(expected);
  });
});

describe('isDateFormat', () => {
  test.each<[string | null | undefined, boolean]>([
    ['mmm-yy', true],
    ['dd/mm/yyyy', true],
    ['d-mmm', true],
    ['mmmm yyyy', true],
    ['[$-809]dd mmmm yyyy;@', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['yyyy', true],
    ['m/d/yy h:mm', true],
    ['[Red]dd/mm/yy', true],
    ['h:mm', false],
    ['hh:mm:ss', false],
    ['mm:ss', false],
    ['[h]:mm', false],
    ['[mm]:ss', false],
    ['[hh]:mm:ss', false],
    ['h:mm AM/PM', false],
    ['General', false],
    ['0.0', false],
    ['0 "days"', false],
    ['0 \\d\\a\\y\\s', false],
    ['#,##0;[Red]-#,##0', false],
    ['0.00E+00', false],
    ['', false],
    [null, false],
  ])('%p → %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('currencyOf', () => {
  test.each<[string | null | undefined, string | null]>([
    ['£#,##0', '£'],
    ['£#,##0.00;[Red]-£#,##0.00', '£'],
    ['[$£-809]#,##0', '£'],
    ['[$€-2] #,##0.00', '€'],
    ['#,##0.00 [$€-1]', '€'],
    ['"€"0.00', '€'],
    ['$#,##0', '$'],
    ['[$$-409]#,##0.00', '$'],
    ['\\£0', '£'],
    ['[$GBP] #,##0', '£'],
    ['[$-809]#,##0', null],
    ['[$-809]dd/mm/yyyy', null],
    ['#,##0', null],
    ['0.0%', null],
    ['General', null],
    [null, null],
  ])('%p → %p', (format, expected) => {
    expect(currencyOf(format)).toBe(expected);
  });
});

describe('isDurationFormat', () => {
  test.each(['mm:ss', '[m]:ss', 'h:mm:ss', '[h]:mm', '[hh]:mm:ss', 'm:ss.0', 'hh:mm', '[mm]:ss'])(
    '%p shows a length of time',
    (f) => {
      expect(isDurationFormat(f)).toBe(true);
    },
  );
  test.each(['h:mm AM/PM', 'dd/mm/yyyy hh:mm', 'mmm-yy', 'mm', 'General', '0.0', '0%', '', null])(
    '%p does not',
    (f) => {
      expect(isDurationFormat(f)).toBe(false);
    },
  );
});
