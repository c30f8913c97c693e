/**
 * A resources directorate's year-to-date table (Quarter 2 2024/25, months April to September): an
 * "Annual Target 2024/25" and a "YTD Target (to end Sep)" beside each month's figure, no
 * year-to-date column. Worked out by hand before the engine was run:
 * - "YTD Target (to end Sep)" is the target for the year to date, not the top of a target band ("to"
 *   governs "end Sep");
 * - RB01 council tax collected (cumulative, 55.6 % against 56 % to date): amber within 5 %;
 * - HS01 affordable homes (each month's own, 16 in September against 90 to date): the target is the
 *   year to date's and the figure the month's own, so the months so far are added up (87, F5:K5)
 *   and rated against it: amber, 3.3 % short (see test/cli/sumToDate.test.ts);
 * - EN01 missed bins per 100,000 (72 against 60, lower) and FN01 sundry debt over 90 days (£812k
 *   against £850k, lower): their target to date is their target for the year, a level held all
 *   year, so September's figure is rated against it, said in one note each: EN01 red (20 % over),
 *   FN01 green.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Resources Directorate – Year-to-date Performance, Quarter 2 2024/25 (April – September 2024)'],
  [],
  [
    'Ref',
    'Measure',
    'Polarity',
    'Annual Target 2024/25',
    'YTD Target (to end Sep)',
    'Apr-24',
    'May-24',
    'Jun-24',
    'Jul-24',
    'Aug-24',
    'Sep-24',
  ],
  ['RB01', '% of Council Tax collected (cumulative)', 'Higher is better', 96.5, 56, 10.2, 19.5, 28.6, 37.8, 46.9, 55.6],
  ['HS01', 'Number of affordable homes delivered', 'Higher is better', 200, 90, 10, 14, 20, 15, 12, 16],
  ['EN01', 'Missed bin collections per 100,000 collections', 'Lower is better', 60, 60, 55, 58, 61, 57, 63, 72],
  ['FN01', 'Sundry debt over 90 days old (£k)', 'Lower is better', 850, 850, 901, 880, 872, 860, 845, 812],
];

describe('a target to date that is the same as the target for the year', () => {
  const r = buildReport([{ name: 'Resources YTD', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('reads "YTD Target (to end Sep)" as the year to date’s target', () => {
    const column = r.tables[0].columns.find((c) => c.header === 'YTD Target (to end Sep)');
    expect(column?.role).toBe('target');
  });

  it('rates each month’s figure against a level held all year, and a count’s months so far against its share', () => {
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['RB01', 'amber'],
      ['HS01', 'amber'],
      ['EN01', 'red'],
      ['FN01', 'green'],
    ]);
    expect(item('HS01').rating.current?.measure.cell).toBe('F5:K5');
    expect(item('HS01').rating.current?.measure.value).toBe(87);
    expect(item('EN01').indicator.target?.measure?.cell).toBe('E6');
  });

  it('says so once for each, naming the two targets', () => {
    const notes = r.issues.filter((i) => i.code === 'target-to-date-level');
    expect(notes.map((n) => n.cell)).toEqual(['E6', 'E7']);
    expect(notes[0].message).toContain('the same as its target for the year (D6)');
  });
});
