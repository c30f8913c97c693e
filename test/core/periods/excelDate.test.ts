import { dateToExcelSerial, excelSerialToDate, isDateFormat } from '../../../src/core/periods/excelDate';

describe('excelSerialToDate', () => {
  it('reads serials as Excel shows them', () => {
    expect(excelSerialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(excelSerialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(excelSerialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(excelSerialToDate(44197)).toEqual({ year: 2021, month: 1, day: 1 });
    expect(excelSerialToDate(44531)).toEqual({ year: 2021, month: 12, day: 1 });
    expect(excelSerialToDate(44651)).toEqual({ year: 2022, month: 3, day: 31 });
  });

  it('keeps the fictitious 29 February 1900 at serial 60', () => {
    expect(excelSerialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
  });

  it('drops the time of day', () => {
    expect(excelSerialToDate(44531.75)).toEqual({ year: 2021, month: 12, day: 1 });
  });

  it('gives null below serial 1', () => {
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(-5)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
  });
});

describe('dateToExcelSerial', () => {
  it('is the inverse of excelSerialToDate', () => {
    for (const serial of [1, 59, 60, 61, 366, 36526, 44197, 44531, 73050]) {
      const date = excelSerialToDate(serial);
      expect(date).not.toBeNull();
      if (date) expect(dateToExcelSerial(date.year, date.month, date.day)).toBe(serial);
    }
  });

  it('throws for a date before 1900 or a month out of range', () => {
    expect(() => dateToExcelSerial(1899, 12, 31)).toThrow(RangeError);
    expect(() => dateToExcelSerial(2021, 13, 1)).toThrow(RangeError);
  });
});

describe('isDateFormat', () => {
  it.each(['mmm-yy', 'dd/mm/yyyy', 'mmmm yyyy', '[$-809]mmm-yy', 'd-mmm', 'mmm', 'yyyy-mm-dd hh:mm', '[Red]dd/mm/yy'])(
    '%s shows a date',
    (format) => expect(isDateFormat(format)).toBe(true),
  );

  it.each([
    'General',
    '0.0%',
    '#,##0',
    '0.00',
    '@',
    'h:mm',
    'mm:ss',
    '[h]:mm:ss',
    '[mm]:ss',
    '0 "days"',
    '"Q"0',
    '£#,##0.00',
    '0.0E+00',
  ])('%s does not', (format) => expect(isDateFormat(format)).toBe(false));

  it('is false without a format', () => {
    expect(isDateFormat(null)).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
    expect(isDateFormat('')).toBe(false);
  });
});
