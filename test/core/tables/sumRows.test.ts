import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const report = (values: SheetGrid['values']) => buildReport([{ name: 'Breckland', values }], parseConfig({}));

describe('a row named like a total whose figures add up rows above', () => {
  const header = ['Measure', 'Target', 'Q1 2018/19', 'Q2 2018/19'];

  it('is skipped as a totals row, naming the rows it adds up', () => {
    const r = report([
      header,
      ['Business rates collected (£)', 20000000, 10313258, 20189166],
      ['Council tax collected (£)', 34000000, 17421906, 34255188],
      ['Number of electronic forms received', 3000, 1512, 3021],
      ['Total collected (Business Rates and Council Tax)', null, 10313258 + 17421906, 20189166 + 34255188],
    ]);
    expect(r.items.map((i) => i.indicator.name)).toEqual([
      'Business rates collected (£)',
      'Council tax collected (£)',
      'Number of electronic forms received',
    ]);
    const issue = r.issues.find((i) => i.code === 'total-row-skipped');
    expect(issue).toMatchObject({ sheet: 'Breckland', cell: 'A5' });
    expect(issue?.message).toContain('rows 2 and 3');
  });

  it('is an indicator when its figures are its own', () => {
    const r = report([
      header,
      ['Households placed in bed and breakfast', 10, 12, 14],
      ['Households placed in hostels', 40, 38, 41],
      ['Total number of households in temporary accommodation', 120, 131, 129],
    ]);
    expect(r.items.map((i) => i.indicator.name)).toContain('Total number of households in temporary accommodation');
    expect(r.issues.some((i) => i.code === 'total-row-skipped')).toBe(false);
  });

  it('allows a total of large figures a pound or two from their sum, as rounding leaves it', () => {
    // Anglia Revenues Partnership's fraud identified: the lines add up to £2,757,703, the total says £2,757,704.
    const r = report([
      ['Measure', 'Target', 'Q4 2018/19'],
      ['Housing Benefit overpayments identified', 150000, 149515],
      ['Council tax reduction', 500000, 1056090],
      ['Single Person Discount', 400000, 468000],
      ['Tenancy Fraud', 125000, 777169],
      ['NDR / Council Tax', 125000, 306929],
      ['Total Fraud Identified', 1300000, 2757704],
    ]);
    expect(r.items).toHaveLength(5);
    expect(r.issues.find((i) => i.code === 'total-row-skipped')).toMatchObject({ cell: 'A7' });
  });

  it('needs the same rows to add up in every column', () => {
    const r = report([
      header,
      ['A measure', 10, 5, 7],
      ['B measure', 10, 6, 9],
      ['C measure', 10, 4, 8],
      // 11 = 5 + 6 in Q1, but 15 is not 7 + 9 in Q2.
      ['Total visits to the library', 20, 11, 15],
    ]);
    expect(r.items).toHaveLength(4);
  });
});
