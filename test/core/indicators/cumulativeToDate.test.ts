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
