import { monthPeriod, quarterPeriod, yearPeriod, ytdPeriod } from '../../../src/core/periods/makePeriod';
import {
  comparePeriods,
  findPeriod,
  previousPeriod,
  samePeriod,
  samePeriodLastYear,
} from '../../../src/core/periods/periodOrder';

const quarters = [
  quarterPeriod(2020, 3),
  quarterPeriod(2020, 4),
  quarterPeriod(2021, 1),
  quarterPeriod(2021, 2),
  quarterPeriod(2021, 3),
];

describe('comparePeriods', () => {
  it('orders quarters across the financial year end', () => {
    const shuffled = [quarters[4], quarters[0], quarters[2], quarters[3], quarters[1]];
    expect([...shuffled].sort(comparePeriods).map((p) => p.label)).toEqual([
      'Q3 2020/21',
      'Q4 2020/21',
      'Q1 2021/22',
      'Q2 2021/22',
      'Q3 2021/22',
    ]);
  });

  it('puts a month before its quarter, and year to date before the year, when they end together', () => {
    const mixed = [yearPeriod(2021), ytdPeriod(2021), quarterPeriod(2021, 4), monthPeriod(2021, 3)];
    expect(mixed.sort(comparePeriods).map((p) => p.label)).toEqual([
      'March 2022',
      'Q4 2021/22',
      '2021/22 year to date',
      '2021/22',
    ]);
  });

  it('orders months by the calendar, not by month number', () => {
    expect(comparePeriods(monthPeriod(2021, 12), monthPeriod(2021, 1))).toBeLessThan(0);
  });
});

describe('previousPeriod', () => {
  it('gives the quarter before', () => {
    expect(previousPeriod(quarters, quarters[4])?.label).toBe('Q2 2021/22');
    expect(previousPeriod(quarters, quarters[2])?.label).toBe('Q4 2020/21');
  });

  it('gives null for the earliest period', () => {
    expect(previousPeriod(quarters, quarters[0])).toBeNull();
  });

  it('skips periods of another kind', () => {
    const mixed = [monthPeriod(2021, 11), quarterPeriod(2021, 2), monthPeriod(2021, 12), quarterPeriod(2021, 3)];
    expect(previousPeriod(mixed, quarterPeriod(2021, 3))?.label).toBe('Q2 2021/22');
    expect(previousPeriod(mixed, monthPeriod(2021, 12))?.label).toBe('November 2021');
  });

  it('skips a gap', () => {
    const gappy = [quarterPeriod(2020, 4), quarterPeriod(2021, 3)];
    expect(previousPeriod(gappy, quarterPeriod(2021, 3))?.label).toBe('Q4 2020/21');
  });
});

describe('samePeriodLastYear', () => {
  it('gives the same quarter a year before', () => {
    expect(samePeriodLastYear(quarters, quarters[4])?.label).toBe('Q3 2020/21');
  });

  it('gives null when that quarter is missing', () => {
    expect(samePeriodLastYear(quarters, quarters[3])).toBeNull();
  });

  it('gives the same month a year before, and the year before a year', () => {
    const months = [monthPeriod(2020, 12), monthPeriod(2021, 11), monthPeriod(2021, 12)];
    expect(samePeriodLastYear(months, monthPeriod(2021, 12))?.label).toBe('December 2020');
    expect(samePeriodLastYear([yearPeriod(2013), yearPeriod(2014)], yearPeriod(2014))?.label).toBe('2013/14');
  });
});

describe('findPeriod', () => {
  it.each(['Q2 2021/22', 'q2 21/22', 'Quarter 2 2021-22', 'Q2 2021/22 ', 'q2 2021/2022'])('finds %j', (typed) => {
    expect(findPeriod(quarters, typed)).toBe(quarters[3]);
  });

  it('finds a month by its header form', () => {
    const months = [monthPeriod(2021, 8), monthPeriod(2021, 9)];
    expect(findPeriod(months, 'Sep-21')).toBe(months[1]);
    expect(findPeriod(months, 'september 2021')).toBe(months[1]);
  });

  it('reads a quarter without a year as the latest year that has it', () => {
    expect(findPeriod(quarters, 'Q3')).toBe(quarters[4]);
    expect(findPeriod(quarters, 'Q4')).toBe(quarters[1]);
  });

  it('gives null when the period is not there or is of another kind', () => {
    expect(findPeriod(quarters, 'Q4 2021/22')).toBeNull();
    expect(findPeriod(quarters, 'Sep-21')).toBeNull();
    expect(findPeriod(quarters, 'latest')).toBeNull();
    expect(findPeriod(quarters, '')).toBeNull();
  });
});

describe('samePeriod', () => {
  it('matches periods read from different headers', () => {
    expect(samePeriod(quarterPeriod(2021, 3), quarterPeriod(2021, 3))).toBe(true);
    expect(samePeriod(quarterPeriod(2021, 3), monthPeriod(2021, 12))).toBe(false);
    expect(samePeriod(ytdPeriod(2021, { quarter: 4 }), ytdPeriod(2021))).toBe(false);
  });
});
