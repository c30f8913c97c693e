import fc from 'fast-check';
import type { HouseStyle } from '../../../src/core/config/types';
import type { Unit } from '../../../src/core/values/types';
import {
  displayDecimals,
  formatNumber,
  printDifference,
  roundTo,
  withoutZeroDecimals,
} from '../../../src/core/values/display';

const perCent: HouseStyle = { percent: 'per cent', decimals: 1, smallNumber: 20 };
const symbol: HouseStyle = { percent: '%', decimals: 1, smallNumber: 20 };
const UNITS: Unit[] = ['percentage', 'count', 'days', 'rate', 'money', 'ratio', 'number'];

describe('formatNumber', () => {
  test.each<[number, Unit, HouseStyle, Parameters<typeof formatNumber>[3], string]>([
    [92.7, 'percentage', perCent, {}, '92.7 per cent'],
    [92.7, 'percentage', symbol, {}, '92.7%'],
    [100, 'percentage', perCent, {}, '100 per cent'],
    [23.14, 'percentage', perCent, {}, '23.1 per cent'],
    [23.15, 'percentage', perCent, {}, '23.2 per cent'],
    [99.96, 'percentage', perCent, {}, '100 per cent'],
    [92.7, 'percentage', perCent, { decimals: 0 }, '93 per cent'],
    [100, 'percentage', perCent, { decimals: 1 }, '100.0 per cent'],
    [18, 'percentage', symbol, { decimals: 2 }, '18.00%'],
    [1234, 'count', perCent, {}, '1,234'],
    [1234567, 'count', perCent, {}, '1,234,567'],
    [999, 'count', perCent, {}, '999'],
    [284, 'count', perCent, {}, '284'],
    [12.5, 'count', perCent, {}, '12.5'],
    [12.5, 'days', perCent, {}, '12.5 days'],
    [1, 'days', perCent, {}, '1 day'],
    [0, 'days', perCent, {}, '0 days'],
    [1, 'days', perCent, { decimals: 1 }, '1.0 days'],
    [45.2, 'rate', perCent, { rateBase: 'per 10,000' }, '45.2 per 10,000'],
    [45.2, 'rate', perCent, { rateBase: 'per 10,000 children' }, '45.2 per 10,000 children'],
    [45.2, 'rate', perCent, { rateBase: '10,000' }, '45.2 per 10,000'],
    [45.2, 'rate', perCent, {}, '45.2'],
    [1234, 'money', perCent, {}, '£1,234'],
    [1234.5, 'money', perCent, {}, '£1,234.50'],
    [1234.567, 'money', perCent, {}, '£1,234.57'],
    [1234.001, 'money', perCent, {}, '£1,234'],
    [-250, 'money', perCent, {}, '-£250'],
    [99, 'money', perCent, { currency: '€' }, '€99'],
    [99, 'money', perCent, { currency: 'USD' }, 'USD 99'],
    [1234.5, 'money', perCent, { decimals: 0 }, '£1,235'],
    [1.25, 'ratio', perCent, {}, '1.25'],
    [1.2, 'ratio', perCent, {}, '1.2'],
    [3.14159, 'number', perCent, {}, '3.1'],
    [-3.2, 'percentage', perCent, {}, '-3.2 per cent'],
    [-0.04, 'percentage', perCent, {}, '0 per cent'],
    [-1234.5, 'count', perCent, {}, '-1,234.5'],
    [1.005, 'number', perCent, { decimals: 2 }, '1.01'],
    [2.5, 'count', perCent, { decimals: 0 }, '3'],
    [-2.5, 'count', perCent, { decimals: 0 }, '-3'],
    [1e25, 'count', perCent, {}, '10,000,000,000,000,000,000,000,000'],
  ])('%p as %p → %p', (value, unit, style, opts, expected) => {
    expect(formatNumber(value, unit, style, opts)).toBe(expected);
  });

  test('a cell with more decimal places than a double holds is padded with zeros, not noise', () => {
    expect(formatNumber(123456789.123, 'number', perCent, { decimals: 12 })).toBe('123,456,789.123000000000');
  });

  test('the house style decimals cap what is printed when the cell does not say', () => {
    const twoPlaces: HouseStyle = { ...perCent, decimals: 2 };
    expect(formatNumber(23.146, 'percentage', twoPlaces)).toBe('23.15 per cent');
    expect(formatNumber(23.146, 'percentage', { ...perCent, decimals: 0 })).toBe('23 per cent');
  });

  test('prints the last of 15 places of a tiny number rather than "-0.000…" (a case the property below once found)', () => {
    expect(formatNumber(-4.999999999999995e-16, 'percentage', perCent, { decimals: 15 })).toBe(
      '-0.000000000000001 per cent',
    );
    expect(formatNumber(0.000000000000004, 'count', perCent, { decimals: 15 })).toBe('0.000000000000004');
  });

  test('never prints NaN, Infinity, an exponent or "-0" for any finite number', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...UNITS),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        (value, unit, decimals) => {
          const text = formatNumber(value, unit, perCent, { decimals, rateBase: 'per 10,000' });
          return !/NaN|Infinity|e[+-]|^-0(?![.,]?\d*[1-9])/.test(text);
        },
      ),
    );
  });

  test('groups thousands with commas and keeps every digit up to 15 of them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => {
        const text = formatNumber(n, 'count', perCent);
        return /^\d{1,3}(,\d{3})*$/.test(text) && Number(text.replace(/,/g, '')) === n;
      }),
    );
  });

  test.each([[NaN], [Infinity], [-Infinity]])('refuses %p', (value) => {
    expect(() => formatNumber(value, 'count', perCent)).toThrow(RangeError);
  });

  test.each([[-1], [1.5]])('refuses %p decimals', (decimals) => {
    expect(() => formatNumber(1, 'count', perCent, { decimals })).toThrow(RangeError);
    expect(() => formatNumber(1, 'count', { ...perCent, decimals })).toThrow(RangeError);
  });
});

describe('roundTo', () => {
  test.each<[number, number, number]>([
    [1.005, 2, 1.01],
    [1.45, 1, 1.5],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.1 + 0.2, 15, 0.3],
    [92.65, 1, 92.7],
    [1234.5678, 2, 1234.57],
    [5e-324, 2, 0],
    [1e25, 2, 1e25],
  ])('roundTo(%p, %p) = %p', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  test('never returns -0', () => {
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 0), 0)).toBe(true);
  });

  test('rounding twice is the same as rounding once', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        const once = roundTo(v, d);
        return roundTo(once, d) === once;
      }),
    );
  });
});

describe('displayDecimals', () => {
  test.each<[number, Unit, number | null | undefined, number]>([
    [92.7, 'percentage', undefined, 1],
    [92.0, 'percentage', undefined, 0],
    [92.04, 'percentage', undefined, 0],
    [92.7, 'percentage', 2, 2],
    [1.25, 'ratio', undefined, 2],
    [1234.5, 'money', undefined, 2],
    [1234, 'money', undefined, 0],
    [12, 'count', null, 0],
  ])('%p as %p (cell decimals %p) → %p', (value, unit, decimals, expected) => {
    expect(displayDecimals(value, unit, perCent, decimals)).toBe(expected);
  });

  test('lets a caller see that two values read the same', () => {
    const a = 92.71;
    const b = 92.68;
    const places = Math.max(displayDecimals(a, 'percentage', perCent), displayDecimals(b, 'percentage', perCent));
    expect(roundTo(a, places)).toBe(roundTo(b, places));
    expect(formatNumber(a, 'percentage', perCent)).toBe(formatNumber(b, 'percentage', perCent));
  });
});

describe('numbers as people write them', () => {
  test.each([
    ['100.0 per cent', '100 per cent'],
    ['231.0', '231'],
    ['£1,234.00', '£1,234'],
    ['-3.00 days', '-3 days'],
    ['52.25 per cent', '52.25 per cent'],
    ['3.50%', '3.50%'],
    ['72.0 per 10,000 children', '72 per 10,000 children'],
    ['1,234', '1,234'],
  ])('%s reads %s', (printed, expected) => {
    expect(withoutZeroDecimals(printed)).toBe(expected);
  });

  test('gives a difference between rates in percentage points, and other differences in their unit', () => {
    expect(printDifference(-9.2, 'percentage', perCent, 1)).toBe('9.2 percentage points');
    expect(printDifference(1, 'percentage', perCent, 1)).toBe('1 percentage point');
    expect(printDifference(2.0000000001, 'percentage', perCent, 1)).toBe('2 percentage points');
    expect(printDifference(-0.3, 'days', perCent, 1)).toBe('0.3 days');
    expect(printDifference(1350, 'count', perCent, 0)).toBe('1,350');
    expect(printDifference(27.1, 'rate', perCent, 1, 'per 100,000')).toBe('27.1 per 100,000');
  });
});

describe('lengths of time', () => {
  test.each<[number, string]>([
    [262, '4 minutes 22 seconds'],
    [180, '3 minutes'],
    [45, '45 seconds'],
    [61, '1 minute 1 second'],
    [3900, '1 hour 5 minutes'],
    [261.6, '4 minutes 22 seconds'],
    [0, '0 seconds'],
  ])('%p seconds read %p', (seconds, text) => {
    expect(formatNumber(seconds, 'duration', perCent)).toBe(text);
  });

  test('a difference is a length of time too', () => {
    expect(printDifference(-42, 'duration', perCent, 1)).toBe('42 seconds');
    expect(printDifference(75, 'duration', perCent, 1)).toBe('1 minute 15 seconds');
  });
});
