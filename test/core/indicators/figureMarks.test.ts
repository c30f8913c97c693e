/**
 * Marks before indicators' names that a key explains, as a London borough's corporate performance
 * report has them: "(C) Outturns reported cumulatively (S) Outturns reported as snapshot (R)
 * Outturns reported as rolling year (A) Outturns reported as annual figure", and each name opening
 * with its mark ("(C) Number of apprenticeships created"). A quarter 3 table with an annual target.
 * Worked out by hand before the engine was run:
 * - "(C)" names a year-to-date measure, as the key says: OC12 (70, 140, 205) and HS08 (30, 45, 52,
 *   which alone do not read as a year to date) are cumulative, read from the key (a note naming A2),
 *   not guessed from their figures; each year so far is not rated against the whole year's target;
 * - "(S)" names a level at the period's end: CS03's 310 children against 250 (lower is better) is
 *   red as it stands, with no warning that nothing says whether it is a level;
 * - "(R)", a rolling year, says neither: EH02 is read as before, with that warning;
 * - prose names the indicators without their marks ("Children subject to a child
 *   protection plan"), as it leaves out a code in brackets.
 * And a key whose marks say something else ("(L) Local indicator (N) National indicator") says
 * nothing of how figures are kept: nothing is read from it, but its marks are still left out of prose.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const header = [
  'Ref.',
  'Indicator',
  'Polarity',
  'Annual Target 2024/25',
  'Q3 2023/24',
  'Q1 2024/25',
  'Q2 2024/25',
  'Q3 2024/25',
];

const marked: RawValue[][] = [
  ['Corporate Performance Report: Quarter 3 2024/25'],
  [
    '(C) Outturns reported cumulatively  (S) Outturns reported as snapshot  (R) Outturns reported as rolling year  (A) Outturns reported as annual figure',
  ],
  [],
  header,
  ['OC12', '(C) Number of apprenticeships created', 'Bigger is Better', 300, 190, 70, 140, 205],
  ['HS08', '(C) Number of affordable homes delivered', 'Bigger is Better', 120, 60, 30, 45, 52],
  ['CS03', '(S) Number of children subject to a child protection plan', 'Smaller is Better', 250, 270, 290, 300, 310],
  ['EH02', '(R) Households prevented from becoming homeless', 'Bigger is Better', 400, 380, 390, 395, 410],
];

describe('marks before names that a key explains', () => {
  const r = buildReport([{ name: 'Q3 KPIs', values: marked }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;
  const codes = (code: string) => r.issues.filter((i) => i.code === code);

  it('reads "(C)" as the year so far, from the key, said once naming it', () => {
    expect(item('OC12').indicator.cumulative).toBe(true);
    expect(item('HS08').indicator.cumulative).toBe(true);
    expect(codes('cumulative-from-figures')).toEqual([]);
    const notes = codes('figure-marks-from-key');
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('info');
    expect(notes[0].cell).toBe('A2');
    expect(notes[0].message).toContain("'(C)'");
    expect(notes[0].message).toContain("'(S)'");
    expect(notes[0].message).not.toContain("'(R)'");
    expect(item('OC12').rating.rag).toBe('none');
    expect(item('HS08').rating.rag).toBe('none');
  });

  it('reads "(S)" as a level, rated as it stands without a warning that nothing says so', () => {
    expect(item('CS03').indicator.cumulative).not.toBe(true);
    expect(item('CS03').indicator.figureKind).toBe('level');
    expect(item('CS03').rating.rag).toBe('red');
    const asItStands = codes('year-target-as-it-stands').map((i) => i.cell);
    expect(asItStands).not.toContain('D7');
    // A rolling year is neither: EH02 is read as before.
    expect(asItStands).toContain('D8');
    expect(item('EH02').indicator.cumulative).not.toBe(true);
  });

  it('names the indicators in prose without their marks', () => {
    const text = JSON.stringify(r.narrative);
    expect(text).toContain('hildren subject to a child protection plan');
    expect(text).not.toMatch(/\([CSR]\) /);
  });
});

describe('marks that say something else', () => {
  const values: RawValue[][] = [
    ['Corporate Performance Report: Quarter 3 2024/25'],
    ['(L) Local indicator  (N) National indicator'],
    [],
    header,
    ['RV01', '(N) Percentage of council tax collected', 'Bigger is Better', 96.5, 83.0, 29.5, 57.0, 84.1],
    ['HS08', '(L) Number of affordable homes delivered', 'Bigger is Better', 120, 25, 30, 26, 28],
  ];
  const r = buildReport([{ name: 'Q3 KPIs', values }], parseConfig({}));

  it('reads nothing from them, and leaves them out of prose', () => {
    expect(r.issues.filter((i) => i.code === 'figure-marks-from-key')).toEqual([]);
    const homes = r.items.find((i) => i.indicator.id === 'HS08')!;
    expect(homes.indicator.cumulative).not.toBe(true);
    const text = JSON.stringify(r.narrative);
    expect(text).toContain('ffordable homes delivered');
    expect(text).not.toMatch(/\([LN]\) /);
  });
});
