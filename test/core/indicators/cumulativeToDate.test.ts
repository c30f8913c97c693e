import { saysCumulative } from '../../../src/core/indicators/cumulative';

describe('"to date" in a name', () => {
  it.each(['Capital programme spend to date', 'Percentage of Council Tax collected in-year to date', 'Income to-date'])(
    '%p is cumulative',
    (name) => {
      expect(saysCumulative(name)).toBe(true);
    },
  );
  it.each([
    'Percentage of tenancy records up to date',
    '% of children in care with an up-to-date health assessment',
    'Date of last inspection',
  ])('%p is not', (name) => {
    expect(saysCumulative(name)).toBe(false);
  });
});

describe('"in-year" in a name', () => {
  // Northumberland's revenues: collection so far against the year's due, which grows month by month.
  it.each(['Percentage of National Non Domestic Rates collected in-year', 'Council tax collected in year (%)'])(
    '%p is cumulative',
    (name) => {
      expect(saysCumulative(name)).toBe(true);
    },
  );
  it.each(['Number of children in care', 'Year-end outturn', 'Income this year'])('%p is not', (name) => {
    expect(saysCumulative(name)).toBe(false);
  });
});
