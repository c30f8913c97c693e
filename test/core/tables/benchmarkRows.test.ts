import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { SYNONYMS } from '../../../src/core/tables/headerSynonyms';
import { benchmarkRow, rowKind } from '../../../src/core/tables/rowKinds';
import type { SheetGrid } from '../../../src/core/values/types';

const report = (values: SheetGrid['values']) => buildReport([{ name: 'Revenues', values }], parseConfig({}));

describe('benchmark rows beneath an indicator', () => {
  it.each([
    ['Scotland comparisons', 'national'],
    ['Family group comparisons', 'statisticalNeighbours'],
    ['England average', 'england'],
    ['Statistical neighbours', 'statisticalNeighbours'],
    ['Regional average', 'regional'],
    ['Family group', 'statisticalNeighbours'],
  ])('%j labels a %s benchmark row', (text, kind) => {
    expect(rowKind(text)).toBe('benchmark');
    expect(benchmarkRow(text)).toEqual({ kind, label: text });
  });

  // "Comparator" only says that a row compares ("Comparator group" is read as "group"): not a benchmark on its own.
  const synonyms = SYNONYMS.filter((g) => g.role === 'benchmark').flatMap((g) =>
    g.phrases
      .filter((p) => !/^comparators?\b/.test(p))
      .map((p): [string, string | undefined] => [p.replace(/\b[a-z]/g, (c) => c.toUpperCase()), g.benchmark]),
  );

  it.each(synonyms)('%j, a benchmark header, labels a %s benchmark row too', (text, kind) => {
    expect(rowKind(text)).toBe('benchmark');
    expect(benchmarkRow(text)?.kind).toBe(kind);
    expect(benchmarkRow(`${text} comparisons`)?.kind).toBe(kind);
  });

  it.each([
    'Average days to re-let',
    'Number of complaints',
    'Target',
    'Comparisons',
    'Average',
    'Higher',
    'L00012',
    'n/a',
  ])('%j is not one', (text) => {
    expect(rowKind(text)).not.toBe('benchmark');
  });

  const values: SheetGrid['values'] = [
    ['Indicator', 'Ideal direction', 'Actual 2016/17', 'Actual 2017/18', 'Actual 2018/19', 'Target 2018/19'],
    ['% of council tax income collected during the year', 'Up', 0.9398, 0.9416, 0.9408, 0.94],
    ['Scotland comparisons', null, 0.9583, 0.96, 0.9601],
    ['Family group comparisons', null, 0.9537, 0.9558, 0.956],
    ['Cost of collecting council tax per dwelling (£)', 'Down', 9.87, 9.55, 9.92, 9.5],
    ['Scotland comparisons', null, 9.09, 7.98, 7.35],
    ['Family group comparisons', null, 9.45, 8.7, 8.21],
  ];

  it('reads them as the benchmarks of the indicator above, for the reporting period, not as indicators', () => {
    const r = report(values);
    expect(r.period?.label).toBe('2018/19');
    expect(r.items.map((i) => i.indicator.name)).toEqual([
      '% of council tax income collected during the year',
      'Cost of collecting council tax per dwelling (£)',
    ]);
    expect(r.items[0].indicator.benchmarks.map((b) => [b.label, b.measure.cell, b.measure.value])).toEqual([
      ['Scotland comparisons', 'E3', 96.01],
      ['Family group comparisons', 'E4', 95.6],
    ]);
    expect(r.items[1].indicator.benchmarks.map((b) => [b.kind, b.measure.cell, b.measure.value])).toEqual([
      ['national', 'E6', 7.35],
      ['statisticalNeighbours', 'E7', 8.21],
    ]);
  });

  it('cites them in the narrative', () => {
    const text = JSON.stringify(report(values).narrative);
    // Typed to two places in cells without a number format: printed as typed.
    expect(text).toContain('the 2018/19 averages for Scotland (96.01 per cent)');
    expect(text).toContain('the family group (£8.21)');
  });

  it('keeps a benchmark-named row with no indicator above as its own row', () => {
    const r = report([
      ['Indicator', 'Target', 'Q1 2023/24'],
      ['England average', 50, 48],
    ]);
    expect(r.items.map((i) => i.indicator.name)).toEqual(['England average']);
  });
});
