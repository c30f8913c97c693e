import {
  financialYearLabel,
  financialYearOfMonth,
  monthPeriod,
  periodBefore,
  quarterOfMonth,
  quarterPeriod,
  yearPeriod,
  ytdPeriod,
} from '../../../src/core/periods/makePeriod';

describe('financial years', () => {
  it('labels a year the way reports do', () => {
    expect(financialYearLabel(2021)).toBe('2021/22');
    expect(financialYearLabel(1999)).toBe('1999/00');
    expect(financialYearLabel(2009)).toBe('2009/10');
  });

  it('starts the financial year in April', () => {
    expect(financialYearOfMonth(2022, 3)).toBe(2021);
    expect(financialYearOfMonth(2022, 4)).toBe(2022);
  });

  it('puts April–June in Q1 and January–March in Q4', () => {
    expect([4, 5, 6, 7, 9, 10, 12, 1, 3].map(quarterOfMonth)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('period values', () => {
  it('counts sortKey in months from April 2000', () => {
    expect(monthPeriod(2000, 4).sortKey).toBe(0);
    expect(quarterPeriod(2000, 1).sortKey).toBe(2);
    expect(yearPeriod(2000).sortKey).toBe(11);
    expect(monthPeriod(2001, 4).sortKey).toBe(12);
  });

  it('ends a quarter on the same sortKey as its last month', () => {
    expect(quarterPeriod(2021, 3).sortKey).toBe(monthPeriod(2021, 12).sortKey);
    expect(quarterPeriod(2021, 4).sortKey).toBe(monthPeriod(2021, 3).sortKey);
  });

  it('labels each kind for the narrative', () => {
    expect(quarterPeriod(2021, 3).label).toBe('Q3 2021/22');
    expect(monthPeriod(2021, 12).label).toBe('December 2021');
    expect(monthPeriod(2021, 2).label).toBe('February 2022');
    expect(yearPeriod(2014).label).toBe('2014/15');
    expect(ytdPeriod(2021).label).toBe('2021/22 year to date');
    expect(ytdPeriod(2021, { quarter: 2 }).label).toBe('Q2 2021/22 year to date');
  });

  it('gives a year to date that names its end the sortKey of that end', () => {
    expect(ytdPeriod(2021, { quarter: 2 }).sortKey).toBe(quarterPeriod(2021, 2).sortKey);
    expect(ytdPeriod(2021, { month: 11 }).sortKey).toBe(monthPeriod(2021, 11).sortKey);
    expect(ytdPeriod(2021).kind).toBe('ytd');
  });
});

describe('periodBefore', () => {
  it('steps back a quarter, a month or a year, across the financial year', () => {
    expect(periodBefore(quarterPeriod(2024, 3))?.label).toBe('Q2 2024/25');
    expect(periodBefore(quarterPeriod(2024, 1))?.label).toBe('Q4 2023/24');
    expect(periodBefore(monthPeriod(2024, 4))?.label).toBe('March 2024');
    expect(periodBefore(monthPeriod(2024, 1))?.label).toBe('December 2024');
    expect(periodBefore(monthPeriod(2024, 12))?.label).toBe('November 2024');
    expect(periodBefore(yearPeriod(2024))?.label).toBe('2023/24');
  });

  it('gives none before a year to date', () => {
    expect(periodBefore(ytdPeriod(2024, { quarter: 2 }))).toBeNull();
  });
});
