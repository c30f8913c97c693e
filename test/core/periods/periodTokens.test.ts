import { findFinancialYear, readPeriodTokens } from '../../../src/core/periods/periodTokens';

describe('findFinancialYear', () => {
  it('finds the year in a title', () => {
    expect(findFinancialYear("Children's Services Scorecard – Q3 2021/22")).toBe(2021);
    expect(findFinancialYear('Performance report 2019-20')).toBe(2019);
    expect(findFinancialYear('Position at December 2021')).toBe(2021);
    expect(findFinancialYear('Position at March 2022')).toBe(2021);
  });

  // GOV.UK's style, as Bracknell Forest's quarterly update heads its page.
  it('reads a year written "2024 to 2025", in a title and in a header', () => {
    expect(findFinancialYear('Quarterly updates: key performance indicators, quarter 3, 2024 to 2025')).toBe(2024);
    expect(readPeriodTokens('Quarter 3 2024 to 2025')).toMatchObject({ complete: true, quarter: 3, fyStart: 2024 });
    // Years further apart are a span of several, not a financial year.
    expect(findFinancialYear('Plan for 2024 to 2027')).toBeNull();
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
