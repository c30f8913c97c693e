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

describe('a heading straight above the header, sections named in rows below', () => {
  // Rotherham's housing performance: "Keeping your home in good repair" over the header, then later
  // "Manage our properties effectively" as a row within the table.
  const values: SheetGrid['values'] = [
    ['Housing Service Performance – Quarter 2 2024/25'],
    [],
    ['Keeping your home in good repair'],
    ['Criteria', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
    ['Emergency repairs completed in time', 97, 99.7, 99.4],
    ['Non-emergency repairs completed in time', 94, 95.4, 96.2],
    ['Manage our properties effectively'],
    ['Average number of days to re-let a council home (Lower is better)', 25, 29.5, 31.2],
  ];

  it('names the section of the rows before the first section row', () => {
    const r = report(values);
    expect(r.items.map((i) => i.indicator.section)).toEqual([
      'Keeping your home in good repair',
      'Keeping your home in good repair',
      'Manage our properties effectively',
    ]);
    const notes = r.issues.filter((i) => i.code === 'section-above-header');
    expect(notes.map((n) => [n.severity, n.cell])).toEqual([['info', 'A3']]);
    expect(notes[0].message).toContain('is taken as the section of rows 5, 6, before its first section row');
  });

  it('does not take a title naming a period for a section, nor a heading where no row names one', () => {
    const titled = values.map((row, i) => (i === 2 ? ['Quarter 2 2024/25 performance'] : row));
    expect(report(titled).items[0].indicator.section).toBeNull();
    const unsectioned = values.filter((_, i) => i !== 6);
    expect(report(unsectioned).items.map((i) => i.indicator.section)).toEqual([null, null, null]);
    expect(report(unsectioned).issues.filter((i) => i.code === 'section-above-header')).toEqual([]);
  });
});
