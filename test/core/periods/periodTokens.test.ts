import { findFinancialYear, readPeriodTokens } from '../../../src/core/periods/periodTokens';

describe('findFinancialYear', () => {
  it('finds the year in a title', () => {
    expect(findFinancialYear("Children's Services Scorecard – Q3 2021/22")).toBe(2021);
    expect(findFinancialYear('Performance report 2019-20')).toBe(2019);
    expect(findFinancialYear('Position at December 2021')).toBe(2021);
    expect(findFinancialYear('Position at March 2022')).toBe(2021);
  });

  it('gives null when the text names no financial year', () => {
    expect(findFinancialYear('Children in care')).toBeNull();
    expect(findFinancialYear('Updated 01/12/2021')).toBeNull();
    expect(findFinancialYear('Scorecard 2021')).toBeNull();
  });
});

describe('readPeriodTokens', () => {
  it('reads the parts of a header without a year', () => {
    expect(readPeriodTokens('Quarter 3')).toMatchObject({ complete: true, any: true, quarter: 3, fyStart: null });
  });

  it('marks a header with other words as incomplete', () => {
    expect(readPeriodTokens('Q3 RAG')).toMatchObject({ complete: false, quarter: 3 });
  });

  it('marks words that say nothing of a period as not a period', () => {
    expect(readPeriodTokens('Actual')).toMatchObject({ complete: true, any: false });
  });
});
