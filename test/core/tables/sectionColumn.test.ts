import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const report = (values: SheetGrid['values']) => buildReport([{ name: 'Service Performance', values }], parseConfig({}));

describe('sections given in a column left of the names', () => {
  const values: SheetGrid['values'] = [
    ['Service', 'Performance Indicator', 'Good Is', 'Q2 2017/18', 'Q3 2017/18', 'Q3 target'],
    [
      'Education & Early Years',
      'Percentage of eligible two-year-olds taking up a funded place',
      'Higher',
      0.72,
      0.76,
      0.75,
    ],
    [null, 'Rate of permanent exclusions in primary schools', 'Lower', 0.0001, 0.0002, 0.0001],
    ['Housing', 'Average number of days to re-let council homes', 'Lower', 22.8, 23.9, 24],
    [null, 'Number of households in temporary accommodation', 'Lower', 127, 133, 125],
  ];

  it('give each indicator the section written beside it or, under a merged cell, above it', () => {
    expect(report(values).items.map((i) => i.indicator.section)).toEqual([
      'Education & Early Years',
      'Education & Early Years',
      'Housing',
      'Housing',
    ]);
  });

  it('say which rows took a section from a cell above, naming the cell', () => {
    const issues = report(values).issues.filter((i) => i.code === 'section-filled-down');
    expect(issues.map((i) => i.cell)).toEqual(['A2', 'A4']);
    expect(issues[0].message).toContain('row 3');
  });

  it('leave a column headed otherwise alone', () => {
    const other = values.map((row, i) => (i === 0 ? ['Lead officer', ...row.slice(1)] : row));
    expect(report(other).items.map((i) => i.indicator.section)).toEqual([null, null, null, null]);
  });
});
