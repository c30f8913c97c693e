import { DEFAULT_STYLE } from '../../../src/core/config/defaults';
import { formatNumber } from '../../../src/core/values/display';
import { formatScale, readMagnitude, readSuffix } from '../../../src/core/values/units';

describe('formatScale', () => {
  test.each([
    ['£#,##0"k"', 1, 'thousands', null],
    ['£0.00"m"', 1, 'millions', null],
    ['#,##0,"k"', 1000, 'thousands', null],
    ['£#,##0,"k"', 1000, 'thousands', null],
    ['0.0,,"m"', 1e6, 'millions', null],
    ['#,##0,', 1000, 'thousands', null],
    ['#,##0', 1, null, null],
    ['0.0" weeks"', 1, null, 'weeks'],
    ['#,##0" tonnes"', 1, null, 'tonnes'],
    ['General', 1, null, null],
  ])('%p → ÷%p, %p, %p', (format, divisor, magnitude, suffix) => {
    expect(formatScale(format)).toEqual({ divisor, magnitude, suffix });
  });
});

describe('readMagnitude', () => {
  test.each([
    ['Net revenue budget (£000s)', 'thousands', '£'],
    ["Capital spend £'000", 'thousands', '£'],
    ['(£k)', 'thousands', '£'],
    ['£m', 'millions', '£'],
    ['Forecast outturn £ million', 'millions', '£'],
    ['All figures in £000s', 'thousands', '£'],
    ['Visits to libraries (000s)', 'thousands', null],
  ])('%p → %p', (text, magnitude, currency) => {
    expect(readMagnitude(text)).toEqual({ magnitude, currency });
  });

  test.each(['Number of households', 'Council tax collected (%)', '£', 'Budget 2021/22', 'Invoices paid in 30 days'])(
    '%p states no scale',
    (text) => {
      expect(readMagnitude(text)).toBeNull();
    },
  );
});

describe('readSuffix', () => {
  test.each([
    ['Average time to relet empty homes (weeks)', null, 'weeks'],
    ['Average length of stay in temporary accommodation', 'Weeks', 'weeks'],
    ['Residual household waste per household (kg)', null, 'kg'],
    ['kg of residual waste per household', null, 'kg'],
    ['Tonnes of waste sent to landfill', null, 'tonnes'],
    ['Average call waiting time in minutes', null, 'minutes'],
    ['Staff hours lost', 'Hours', 'hours'],
    ['Number of households in temporary accommodation', null, null],
    ['Average time to answer calls (min)', null, null],
  ])('%p with unit %p → %p', (name, unitText, suffix) => {
    expect(readSuffix(name, unitText)).toBe(suffix);
  });
});

describe('formatNumber with a scale or a unit word', () => {
  test.each([
    [903, 'money', { magnitude: 'thousands' as const }, '£903k'],
    [3.06, 'money', { magnitude: 'millions' as const }, '£3.06m'],
    [3.1, 'money', { magnitude: 'millions' as const }, '£3.1m'],
    [-250, 'money', { magnitude: 'thousands' as const }, '-£250k'],
    // New Forest's target of no overspend: nothing is nothing in any scale.
    [0, 'money', { magnitude: 'thousands' as const }, '£0'],
    [0, 'count', { magnitude: 'millions' as const }, '0'],
    [1.2, 'money', { magnitude: 'billions' as const, currency: '€' }, '€1.2bn'],
    [4.2, 'count', { magnitude: 'millions' as const }, '4.2 million'],
    [12.5, 'number', { suffix: 'weeks' }, '12.5 weeks'],
    [1, 'number', { suffix: 'weeks' }, '1 week'],
    [4210, 'count', { suffix: 'tonnes' }, '4,210 tonnes'],
    [412, 'number', { suffix: 'kg' }, '412 kg'],
    [92.7, 'percentage', { magnitude: 'thousands' as const, suffix: 'weeks' }, '92.7 per cent'],
  ] as const)('%p %p %p → %p', (value, unit, opts, shown) => {
    expect(formatNumber(value, unit, DEFAULT_STYLE, opts)).toBe(shown);
  });
});

describe('readSuffix leaves periods alone', () => {
  test.each(['Number of apprentices (year)', 'Fly-tips reported (month)', 'Average time to answer calls (min)'])(
    '%p has no unit word',
    (name) => {
      expect(readSuffix(name)).toBeNull();
    },
  );

  it('reads plural unit words in brackets', () => {
    expect(readSuffix('Average age of the fleet (years)')).toBe('years');
  });
});
