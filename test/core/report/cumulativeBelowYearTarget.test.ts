/**
 * A cumulative count far below the whole year's target part way through the year: new homes
 * completed, the year so far, 40 at Q1, 60 at Q2 and 90 at Q3 against an "Annual Target 2024/25" of
 * 400. Worked out by hand before the engine was run:
 * - 90 is the year so far at Q3, a part of the year's: not rated against 400, and the warning at the
 *   target says so ("its figure in H5 is cumulative, the year so far at Q3 2024/25");
 * - it does not say the figures "add up over the year", as quarters' own figures would: 40, 60 and
 *   90 are each the year so far, and do not add up to anything (the text said so because 400 is
 *   many times each of them);
 * - the narrative says "this figure is for the year so far" (the name, "(cumulative)", says the rest);
 * - a count whose quarters are each their own (empty homes brought back into use: 8, 12, 10 against
 *   120 for the year) is still said to add up over the year, the target many times each quarter's.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Housing Delivery – Quarter 3 2024/25'],
  [],
  ['Ref', 'Measure', 'Polarity', 'Annual Target 2024/25', 'Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25'],
  ['HS07', 'Number of new homes completed (cumulative)', 'Higher is better', 400, 150, 40, 60, 90],
  ['HS09', 'Number of empty homes brought back into use', 'Higher is better', 120, 9, 8, 12, 10],
];

describe('a cumulative count far below the year’s target', () => {
  const r = buildReport([{ name: 'Housing', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;
  const forYear = (cell: string) => r.issues.find((i) => i.code === 'target-for-year' && i.cell === cell)!;

  it('is not rated, as the year so far, and not said to add up over the year', () => {
    expect(item('HS07').indicator.cumulative).toBe(true);
    expect(item('HS07').rating.rag).toBe('none');
    const said = forYear('D4').message;
    expect(said).toContain('is cumulative, the year so far at Q3 2024/25');
    expect(said).not.toContain('add up over the year');
    const check = r.narrative.check!.find((p) => p.indicatorId === 'HS07')!.text;
    expect(check).toContain('stood at 90');
    expect(check).toContain('this figure is for the year so far');
    expect(check).not.toContain('add up over the year');
  });

  it('still says quarters’ own figures add up over the year', () => {
    expect(item('HS09').indicator.cumulative).not.toBe(true);
    expect(item('HS09').rating.rag).toBe('none');
    expect(forYear('D5').message).toContain('many times each figure so far');
  });
});
