import type { RawValue, SheetGrid } from '../src/core/values/types';
import { generator as random, QUARTERS } from '../scripts/lib/largeScorecard';

/**
 * A scorecard sheet of `n` indicators in memory: a title, a header, a section row every 15
 * indicators, mixed polarity, units and percentage storage, some missing values and benchmarks.
 */
export function syntheticGrid(n: number, seed = 1): SheetGrid {
  const rnd = random(seed);
  const header = ['Ref', 'Indicator', 'Polarity', 'Target', ...QUARTERS, 'England average', 'Numerator', 'Denominator'];
  const values: RawValue[][] = [['Synthetic Borough Council — performance scorecard'], [], header];
  const formats: (string | null)[][] = [[], [], []];
  for (let i = 0; i < n; i++) {
    if (i % 15 === 0) {
      values.push([`Section ${i / 15 + 1}`]);
      formats.push([]);
    }
    const kind = i % 3;
    const fraction = kind === 0;
    const base = kind === 2 ? 20 + rnd() * 400 : 40 + rnd() * 55;
    const scale = fraction ? 0.01 : 1;
    const polarity = rnd() < 0.6 ? 'Higher' : rnd() < 0.8 ? 'Lower' : 'None';
    const name = kind === 2 ? `Number of cases in cohort ${i}` : `% of cases completed on time ${i}`;
    const target = polarity === 'None' ? null : Math.round(base * (0.9 + rnd() * 0.2) * 10) / 10;
    const row: RawValue[] = [`PI${i + 1}`, name, polarity, target === null ? null : target * scale];
    const fmt: (string | null)[] = [null, null, null, fraction ? '0.0%' : null];
    for (let q = 0; q < QUARTERS.length; q++) {
      const v = rnd() < 0.03 ? 'n/a' : (Math.round(base * (0.85 + rnd() * 0.3) * 10) / 10) * scale;
      row.push(v);
      fmt.push(fraction ? '0.0%' : null);
    }
    row.push((Math.round(base * 10) / 10) * scale, Math.round(rnd() * 40), 40);
    fmt.push(fraction ? '0.0%' : null, null, null);
    values.push(row);
    formats.push(fmt);
  }
  return { name: 'Scorecard', values, formats };
}
