/**
 * Devon's SEND key performance indicators give permanent exclusion rates as plain numbers (0.56,
 * 0.36: per cent as written) and, on some rows, a target typed as "0.45%", which Excel keeps as
 * 0.0045 under a % format. The row was read as fractions like its formatted cell, so 0.36 became
 * 36 per cent, red against a target of 0.45 per cent. The rows below are modelled on the report's;
 * the answers were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Section C',
  values: [
    ['Indicator', 'Polarity', 'Target', 'Jul-24', 'Nov-24'],
    ['Permanent exclusion rate of children and young people with SEN support', 'Lower is better', 0.0045, 0.56, 0.36],
    ['Percentage of EHC plans issued within 20 weeks', 'Higher is better', 0.6, 0.52, 0.55],
  ],
  formats: [[], [null, null, '0.00%'], [null, null, '0%']],
};

describe('a percentage row with a % format on some cells and plain numbers on others', () => {
  const r = buildReport([grid], parseConfig({}));

  it('reads plain numbers as written where, as fractions, they would dwarf the formatted cells', () => {
    // Exclusions: 0.36 per cent against 0.45 per cent, lower is better: green, down 0.2 points on 0.56.
    // Plans: 55 per cent against 60 per cent (0.55 against a 60 % target: fractions, as before), 8.3 % short: red.
    expect(r.items.map((i) => [i.rating.current?.measure.value, i.indicator.target?.value, i.rating.rag])).toEqual([
      [0.36, 0.45, 'green'],
      [55, 60, 'red'],
    ]);
    expect(r.narrative.text).toContain('stood at 0.36 per cent. It is below the target of 0.45 per cent');
  });

  it('says so, naming the cells of each kind, and only for that row', () => {
    const warned = r.issues.filter((i) => i.code === 'percent-format-mixed');
    expect(warned.map((w) => [w.severity, w.sheet, w.cell])).toEqual([['warning', 'Section C', 'D2']]);
    expect(warned[0].message).toContain('formatted as per cent (C2) beside plain numbers within 0–1 (D2, E2)');
    expect(warned[0].message).toContain('(0.56 = 0.56 per cent)');
  });
});
