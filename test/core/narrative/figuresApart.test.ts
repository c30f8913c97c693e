/**
 * A figure printed as its target reads, though the numbers differ. A finance scorecard writes its
 * money as text in thousands and millions: sundry debt over 90 days "£980k" against a target of
 * "£1.0m", lower is better, "£1.05m" last quarter. In millions at the cell's own places both read
 * "£1m", and the sentence said "stood at £1m, below the target of £1m". Worked by hand: £0.98m is
 * below £1m, green; printed with the places that tell them apart.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const report = (value: string) => {
  const values: RawValue[][] = [
    ['Ref', 'Measure', 'Polarity', 'Target', 'Q2 2024/25', 'Q3 2024/25'],
    ['R1', 'Sundry debt outstanding over 90 days', 'Lower', '£1.0m', '£1.05m', value],
  ];
  return buildReport([{ name: 'Finance', values }], parseConfig({}));
};

describe('a figure in millions that rounds to its target', () => {
  it('is printed with the places that tell it from the target', () => {
    const r = report('£980k');
    expect(r.items[0].rating.rag).toBe('green');
    expect(r.narrative.text).toContain('stood at £0.98m, below the target of £1m.');
  });

  it('is printed as the cell gives it when it already reads apart', () => {
    expect(report('£1.2m').narrative.text).toContain('stood at £1.2m, above the target of £1m.');
  });
});
