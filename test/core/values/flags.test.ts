import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';
import { flagAlone, splitFlag } from '../../../src/core/values/flags';
import { parseNumber } from '../../../src/core/values/parseNumber';

describe('provisional and revised marks', () => {
  it.each([
    ['153*', 153, 'provisional'],
    ['153 (p)', 153, 'provisional'],
    ['153p', 153, 'provisional'],
    ['153 P', 153, 'provisional'],
    ['1,234 [r]', 1234, 'revised'],
    ['92.7% (provisional)', 0.927, 'provisional'],
    ['12.5 (R)', 12.5, 'revised'],
    ['48 (est)', 48, 'estimated'],
    ['39.8% (estimate)', 0.398, 'estimated'],
  ])("reads '%s' as %d, %s", (text, value, flag) => {
    const parsed = parseNumber(text);
    expect(parsed.value).toBeCloseTo(value, 9);
    expect(parsed.flag).toBe(flag);
  });

  it.each(['*', 'p', 'r', 'Q3p', 'abc (p)', '153 (x)', '153 pp'])("does not read '%s' as a flagged number", (text) => {
    expect(parseNumber(text).value).toBeNull();
  });

  it('keeps a lone "*" as a suppression code', () => {
    expect(parseNumber('*').noData?.reason).toBe('suppressed');
  });

  it('reads a flag on its own', () => {
    expect(['p', 'P', '(p)', 'prov', 'r', '[R]', 'Revised'].map(flagAlone)).toEqual([
      'provisional',
      'provisional',
      'provisional',
      'provisional',
      'revised',
      'revised',
      'revised',
    ]);
    expect([flagAlone('x'), flagAlone('*'), flagAlone('Green'), splitFlag('153')]).toEqual([null, null, null, null]);
  });
});

describe('a figure marked as a projection', () => {
  // Devon's SEND plan gives demand as "1.13% (projected end of year)": a figure, a projection of the year's end.
  it.each([
    ['1.13% (projected end of year)', 0.0113],
    ['1.26% (Projected year-end)', 0.0126],
    ['£4,200 (forecast outturn)', 4200],
    ['312 (forecast)', 312],
    ['87.5% [projected]', 0.875],
  ])("reads '%s' as %d, projected", (text, value) => {
    const parsed = parseNumber(text);
    expect(parsed.value).toBeCloseTo(value, 9);
    expect(parsed.flag).toBe('projected');
  });

  it.each(['153 (see note)', '12 (two quarters)', 'Forecast'])("does not read '%s' as a projection", (text) => {
    expect(parseNumber(text).flag).toBeUndefined();
  });

  it('is no flag on its own in the cell beside a figure', () => {
    expect([flagAlone('Forecast'), flagAlone('(projected)')]).toEqual([null, null]);
  });

  it('is rated, and called projected in the text', () => {
    const grid: SheetGrid = {
      name: 'KPIs',
      values: [
        ['Measure', 'Polarity', 'Target', 'Nov 24'],
        ['EHC assessment requests as a percentage of population', 'Lower', '1%', '1.13% (projected end of year)'],
      ],
    };
    const r = buildReport([grid], parseConfig({}));
    expect(r.items[0].rating.rag).toBe('red');
    expect(r.narrative.text).toContain('stood at 1.13 per cent (projected)');
    expect(r.issues.find((i) => i.code === 'value-flagged')?.message).toContain('called projected in the narrative');
  });
});

describe('reported annually', () => {
  it.each(['Annual', 'Annual KPI', 'Reported annually', 'Year end', 'Annual measure', 'YEAR-END'])(
    "reads '%s' as reported annually",
    (text) => {
      expect(parseNumber(text).noData?.reason).toBe('reported-annually');
    },
  );
});

describe('flags and annual markers in a report', () => {
  const values: RawValue[][] = [
    ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24', null, 'Q3 2023/24', null],
    ['R1', 'Number of people sleeping rough', 'Lower', 12, 14, 13, null, '11 (p)', null],
    ['R2', 'Households prevented from becoming homeless', 'Higher', 150, 140, 150, 'r', 153, 'p'],
    [
      'R3',
      'Residents satisfied with the council',
      'Higher',
      70,
      'Annual',
      'Annual KPI',
      null,
      'Reported annually',
      null,
    ],
    ['R4', '% of council tax collected', 'Higher', 96, 28.1, 55.3, null, 83.2, null],
  ];
  const grid: SheetGrid = { name: 'Homes', values };
  const report = buildReport([grid], parseConfig({}));
  const item = (id: string) => report.items.find((i) => i.indicator.id === id)!;
  const sentences = [...report.narrative.performingWell, ...report.narrative.areasForFocus, ...report.narrative.noData];
  const text = (id: string) => sentences.find((s) => s.indicatorId === id)?.text ?? '';

  it('rates a flagged figure and calls it provisional or revised in the text', () => {
    expect(item('R1').rating).toMatchObject({ rag: 'green', status: 'rated' });
    expect(text('R1')).toContain('stood at 11 (provisional), below the target of 12.');
    expect(item('R2').rating.rag).toBe('green');
    expect(text('R2')).toContain('stood at 153 (provisional), above the target of 150.');
    expect(text('R2')).toMatch(/150 \(revised\) last quarter|last quarter \(150, revised\)/);
  });

  it('warns for each flag, naming the cell and where the mark is', () => {
    const flagged = report.issues.filter((i) => i.code === 'value-flagged');
    expect(flagged.map((i) => i.cell).sort()).toEqual(['F3', 'H2', 'H3']);
    expect(flagged.find((i) => i.cell === 'H3')?.message).toMatch(/'p' in Homes!I3/);
    expect(report.issues.filter((i) => i.code === 'number-as-text')).toEqual([]);
  });

  it('reads "Annual" in a quarter as reported annually, not missing, and leaves it out of the choice of period', () => {
    expect(item('R3').rating).toMatchObject({ status: 'no-data', reportedAnnually: true, reason: 'reported annually' });
    expect(report.narrative.summary[0].text).toContain('1 indicator is reported annually');
    expect(report.period?.label).toBe('Q3 2023/24');
  });
});
