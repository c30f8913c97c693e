/**
 * A key that says what amber means without saying how far from the target it goes, as a county's
 * service performance appendix has it: "Green = achieving or exceeding target, Amber = slightly
 * off-target, Red = significantly off-target". How far "slightly" goes is the report's own tolerance
 * (5 % of the target unless configured), which nothing said. Worked out by hand before the engine was run:
 * - delayed transfers of care, 10.9 days per 100,000 against 10.5 (lower is better), 3.8 % over: amber,
 *   as before, within 5 %;
 * - a note at the key (A2) says it gives no edge for amber and that 5 % of the target is used;
 * - "Amber: close to target" says the same;
 * - a table whose rows each have a tolerance of their own has no such note: the key's words decide nothing;
 * - a key that gives the edge ("Amber = within 10% of target") is read as before, with no such note.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const KEY =
  'Green = achieving or exceeding target, Amber = slightly off-target, Red = significantly off-target and so in need of most attention';

function sheet(key: string, tolerances = false): RawValue[][] {
  return [
    ['SERVICE PERFORMANCE INDICATORS: QUARTER 3 2017-18'],
    [key],
    [],
    ['Performance Indicator', 'Good Is', ...(tolerances ? ['Tolerance'] : []), 'Q2 2017/18', 'Q3 2017/18', 'Q3 target'],
    ['Delayed transfers of care (days per 100,000 population)', 'Low', ...(tolerances ? ['5%'] : []), 11.5, 10.9, 10.5],
    ['Average days to re-let council homes', 'Low', ...(tolerances ? ['2 days'] : []), 24, 23, 25],
  ];
}

const notes = (values: RawValue[][]) => {
  const r = buildReport([{ name: 'Appendix 1', values }], parseConfig({}));
  return { r, said: r.issues.filter((i) => i.code === 'key-amber-unstated') };
};

describe('a key that gives amber no edge', () => {
  it('rates within the report’s tolerance, and says so at the key', () => {
    const { r, said } = notes(sheet(KEY));
    expect(r.items[0].rating.rag).toBe('amber');
    expect(r.items[1].rating.rag).toBe('green');
    expect(said).toHaveLength(1);
    expect(said[0].severity).toBe('info');
    expect(said[0].cell).toBe('A2');
    expect(said[0].message).toContain('slightly off-target');
    expect(said[0].message).toMatch(/\b5\s?% of the target/);
  });

  it('reads "Amber: close to target" the same way', () => {
    expect(notes(sheet('Green: on target. Amber: close to target. Red: off target.')).said).toHaveLength(1);
  });

  it('says nothing where every row has a tolerance of its own', () => {
    const { r, said } = notes(sheet(KEY, true));
    expect(r.items[0].rating.rag).toBe('amber');
    expect(said).toEqual([]);
  });

  it('says nothing where the key gives the edge', () => {
    const { r, said } = notes(
      sheet('Green = on or above target; Amber = within 10% of target; Red = more than 10% off'),
    );
    expect(said).toEqual([]);
    expect(r.issues.some((i) => i.code === 'tolerance-from-key')).toBe(true);
  });
});
