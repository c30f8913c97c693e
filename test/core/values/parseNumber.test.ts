import fc from 'fast-check';
import type { NoDataReason, RawValue } from '../../../src/core/values/types';
import { durationSeconds, parseNumber } from '../../../src/core/values/parseNumber';

describe('parseNumber: stored numbers', () => {
  test('a fraction under a % format stays a fraction and is marked as a percentage', () => {
    expect(parseNumber(0.927, '0.0%')).toEqual({
      value: 0.927,
      percentFormat: true,
      fromText: false,
      formatDecimals: 1,
      noData: null,
      currency: null,
    });
  });

  test.each<[number, string | null | undefined, boolean, number | null, string | null]>([
    [92.7, '0.0', false, 1, null],
    [92.7, 'General', false, null, null],
    [92.7, undefined, false, null, null],
    [1234.5, '£#,##0.00', false, 2, '£'],
    [0, '0%', true, 0, null],
    [-12, '#,##0;[Red]-#,##0', false, 0, null],
  ])('%p with format %p', (raw, format, percentFormat, formatDecimals, currency) => {
    const parsed = parseNumber(raw, format);
    expect(parsed.value).toBe(raw);
    expect(parsed.percentFormat).toBe(percentFormat);
    expect(parsed.formatDecimals).toBe(formatDecimals);
    expect(parsed.currency).toBe(currency);
    expect(parsed.fromText).toBe(false);
    expect(parsed.noData).toBeNull();
  });

  test('zero is a value, not missing data', () => {
    expect(parseNumber(0).value).toBe(0);
    expect(parseNumber('0').value).toBe(0);
  });

  test('any finite number comes back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const parsed = parseNumber(n, '0.0');
        return Object.is(parsed.value, n) && parsed.noData === null;
      }),
    );
  });

  test.each([[NaN], [Infinity], [-Infinity]])('%p is an error, not a number', (raw) => {
    expect(parseNumber(raw).value).toBeNull();
    expect(parseNumber(raw).noData?.reason).toBe('error');
  });
});

describe('parseNumber: numbers written as text', () => {
  test.each<[string, number, boolean, number, string | null]>([
    ['92.7%', 0.927, true, 1, null],
    ['92.7 %', 0.927, true, 1, null],
    ['100%', 1, true, 0, null],
    ['0.5%', 0.005, true, 1, null],
    ['1,234', 1234, false, 0, null],
    ['1,234,567.25', 1234567.25, false, 2, null],
    ['£1,234.50', 1234.5, false, 2, '£'],
    ['£ 12', 12, false, 0, '£'],
    ['-£12', -12, false, 0, '£'],
    ['£-12', -12, false, 0, '£'],
    ['€3.5', 3.5, false, 1, '€'],
    ['$10', 10, false, 0, '$'],
    [' 45 ', 45, false, 0, null],
    ['\u00a045\u00a0', 45, false, 0, null],
    ['-3.2', -3.2, false, 1, null],
    ['\u22123.2', -3.2, false, 1, null],
    ['+4', 4, false, 0, null],
    ['.5', 0.5, false, 1, null],
    ['-0', 0, false, 0, null],
  ])('%p → %p', (raw, value, percentFormat, formatDecimals, currency) => {
    expect(parseNumber(raw)).toEqual({ value, percentFormat, fromText: true, formatDecimals, noData: null, currency });
  });

  test('text is read as written whatever the cell format says', () => {
    expect(parseNumber('92.7', '0.0%')).toMatchObject({ value: 92.7, percentFormat: false, fromText: true });
  });

  test('a percentage written as text is exactly the fraction, not a rounding of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (tenths) => {
        const text = `${(tenths / 10).toFixed(1)}%`;
        return parseNumber(text).value === Number(`${(tenths / 10).toFixed(1)}e-2`);
      }),
    );
  });

  test.each([
    ['12.5 days'],
    ['1,23'],
    ['12,34,567'],
    ['1.2.3'],
    ['£12%'],
    ['--5'],
    ['5-'],
    ['1e3'],
    ['(12)'],
    ['12 345'],
    ['approx 40'],
    ['nil return'],
  ])('%p is text, not a number', (raw) => {
    expect(parseNumber(raw)).toMatchObject({ value: null, noData: { reason: 'text', shown: raw } });
  });
});

describe('parseNumber: no data, with the reason', () => {
  const cases: [RawValue, NoDataReason, string][] = [
    [null, 'blank', ''],
    ['', 'blank', ''],
    ['   ', 'blank', ''],
    ['\u00a0', 'blank', ''],
    ...['n/a', 'N/A', 'NA', 'na', '-', '–', '—', 'DNA', 'not available', 'Not Available', 'No data'].map(
      (t): [RawValue, NoDataReason, string] => [t, 'not-available', t],
    ),
    // As Winchester's customer service centre wrote its months before a measure was collected.
    ...['Information not available', 'Information unavailable', 'Figures not available'].map(
      (t): [RawValue, NoDataReason, string] => [t, 'not-available', t],
    ),
    // A measure added this year, in its earlier periods' cells.
    ...['New indicator', 'New PI', 'New KPI for 2024/25', 'new measure 2023-24', 'New', 'New indicator from 2024'].map(
      (t): [RawValue, NoDataReason, string] => [t, 'not-available', t],
    ),
    ...['Unavailable', 'Data unavailable', 'Not measured'].map((t): [RawValue, NoDataReason, string] => [
      t,
      'not-available',
      t,
    ]),
    ...['Not available yet'].map((t): [RawValue, NoDataReason, string] => [t, 'to-be-confirmed', t]),
    ...[
      'Not due',
      'Not yet due',
      'Not due this quarter',
      'Measured twice per year',
      'Reported six-monthly',
      'Six monthly',
      'Half-yearly',
    ].map((t): [RawValue, NoDataReason, string] => [t, 'not-due', t]),
    ...['TBC', 'tbc', 'TBA', 'awaited', 'Data awaited', 'pending', 'To be confirmed'].map(
      (t): [RawValue, NoDataReason, string] => [t, 'to-be-confirmed', t],
    ),
    // A figure expected later, with when: a monthly dashboard's "Data due Oct".
    ...[
      'Data due Oct',
      'Due October 2024',
      'Figures due end of October',
      'Expected in Q3',
      'Data available Nov 24',
      'Due at year end',
      'Due 15/10/2024',
      'Available next quarter',
    ].map((t): [RawValue, NoDataReason, string] => [t, 'to-be-confirmed', t]),
    // A reason, not a time: text, as before.
    ['Due to staff shortages', 'text', 'Due to staff shortages'],
    ['Available on request', 'text', 'Available on request'],
    ...['c', 'C', 'z', 'x', 'X', 'k', ':', '*', '..', '[c]', '[z]', '[x]', '[K]', 'low', 'LOW'].map(
      (t): [RawValue, NoDataReason, string] => [t, 'suppressed', t],
    ),
    ...['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'].map(
      (t): [RawValue, NoDataReason, string] => [t, 'error', t],
    ),
    [{ error: '#N/A' }, 'error', '#N/A'],
    [{ error: '#DIV/0!' }, 'error', '#DIV/0!'],
    [true, 'text', 'TRUE'],
    [false, 'text', 'FALSE'],
    ['Not yet', 'text', 'Not yet'],
    // A new figure's note is not a word for no data: it is text, and said to be.
    ['New record', 'text', 'New record'],
    ['Yes', 'text', 'Yes'],
    ['see note', 'text', 'see note'],
  ];

  test.each(cases)('%p → %p', (raw, reason, shown) => {
    expect(parseNumber(raw)).toEqual({
      value: null,
      percentFormat: false,
      fromText: false,
      formatDecimals: null,
      noData: { reason, shown },
      currency: null,
    });
  });

  test('codes are matched on the trimmed text with spaces collapsed', () => {
    expect(parseNumber('  n/a ').noData).toEqual({ reason: 'not-available', shown: 'n/a' });
    expect(parseNumber('not   available').noData).toEqual({ reason: 'not-available', shown: 'not available' });
  });

  test('a suppression letter inside a longer word is not a code', () => {
    expect(parseNumber('cx').noData?.reason).toBe('text');
  });

  test('never throws and never reads text as 0', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseNumber(text);
        if (parsed.value === null) return parsed.noData !== null;
        return /\d/.test(text) && parsed.noData === null;
      }),
    );
  });
});

describe('parseNumber: lengths of time', () => {
  test('a number under a time format is a length of time, kept as the fraction of a day it is', () => {
    expect(parseNumber(262 / 86_400, 'mm:ss')).toMatchObject({ value: 262 / 86_400, duration: true, fromText: false });
    expect(parseNumber(0.5, '[h]:mm')).toMatchObject({ value: 0.5, duration: true });
    expect(parseNumber(0.5, '0.0').duration).toBeUndefined();
  });

  test.each<[string, number]>([
    ['4 minutes 22 seconds', 262],
    ['4 mins, 22 secs', 262],
    ['4m 22s', 262],
    ['1 hr 5 mins', 3900],
    ['1 hour and 30 seconds', 3630],
  ])('%p is written out: %p seconds', (text, seconds) => {
    expect(parseNumber(text)).toMatchObject({ value: seconds / 86_400, duration: true, fromText: true });
  });

  test('one part alone is a length of time only where the row says so; a letter alone never', () => {
    expect(parseNumber('3 minutes').noData?.reason).toBe('text');
    expect(durationSeconds('3 minutes', true)).toBe(180);
    expect(durationSeconds('51 seconds', true)).toBe(51);
    expect(durationSeconds('3m', true)).toBeNull();
    expect(durationSeconds('22 seconds 4 minutes', true)).toBeNull();
    expect(durationSeconds('4 minutes 22 seconds late', true)).toBeNull();
  });
});
