/**
 * A resources directorate's year-to-date table whose "Data type" column says what each figure is:
 * "Cumulative" (the year so far), "In-month" or "Discrete" (the month's own), "Snapshot" or "Point
 * in time" (a level at the month's end), and "Non-cumulative". Worked out by hand before the engine
 * was run:
 * - the words say how the figures are kept, not what they count: no figure is printed with them
 *   ("16 In-month", "415 discrete" are not sentences an officer writes), and no note calls them a
 *   unit that is not read;
 * - "Non-cumulative" says the measure is not cumulative, as does "(non-cumulative)" in a name: HS01's
 *   16 affordable homes in September is not the year so far, and is not rated red against 90 to date;
 * - "Snapshot" and "Point in time" are levels, which do not add up over the year: households in
 *   temporary accommodation, 226 at the end of September against 210 (lower is better), is red (7.6 %
 *   over, beyond 5 %); rough sleepers, 14 against 15, green;
 * - RB01 "Cumulative" council tax, 55.6 % against 56 % to date: amber, as before.
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
    'Data type',
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
  [
    'RB01',
    '% of Council Tax collected',
    'Cumulative',
    'Higher is better',
    96.5,
    56,
    10.2,
    19.5,
    28.6,
    37.8,
    46.9,
    55.6,
  ],
  [
    'HS01',
    'Number of affordable homes delivered',
    'Non-cumulative',
    'Higher is better',
    200,
    90,
    10,
    14,
    20,
    15,
    12,
    16,
  ],
  [
    'HS02',
    'Households in temporary accommodation',
    'Snapshot',
    'Lower is better',
    200,
    210,
    212,
    218,
    225,
    230,
    228,
    226,
  ],
  ['HS03', 'Rough sleepers on a single night', 'Point in time', 'Lower is better', 15, 15, 17, 16, 15, 13, 15, 14],
  ['RB02', 'New benefit claims processed', 'Discrete', 'Higher is better', 4800, 2400, 410, 395, 420, 405, 398, 415],
  ['CS01', 'Complaints received', 'In-month', 'Lower is better', 420, 210, 35, 42, 38, 40, 37, 41],
  [
    'CS02',
    'Stage 1 complaints closed (non-cumulative)',
    'Number',
    'Higher is better',
    400,
    200,
    30,
    36,
    33,
    35,
    31,
    34,
  ],
];

describe('a type column that says what each figure is', () => {
  const r = buildReport([{ name: 'Resources YTD', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;
  const text = JSON.stringify(r.narrative);

  it('prints no figure with the words that say how it is kept', () => {
    expect(text).not.toMatch(/\d (?:In-month|in-month|discrete|Discrete|Non-cumulative|non-cumulative|Snapshot)\b/);
    expect(text).toContain('415');
    expect(r.issues.filter((i) => i.code === 'unit-not-read')).toEqual([]);
  });

  it('reads "Non-cumulative", in the type column or the name, as not cumulative', () => {
    expect(item('HS01').indicator.cumulative).not.toBe(true);
    expect(item('CS02').indicator.cumulative).not.toBe(true);
    expect(item('HS01').rating.rag).not.toBe('red');
    expect(r.issues.filter((i) => i.code === 'cumulative-from-name')).toEqual([]);
    expect(item('RB01').indicator.cumulative).toBe(true);
    expect(item('RB01').rating.rag).toBe('amber');
  });

  it('rates a level at a point in time as it stands against its target to date', () => {
    expect(item('HS02').rating.rag).toBe('red');
    expect(item('HS02').rating.current?.measure.cell).toBe('L6');
    expect(item('HS03').rating.rag).toBe('green');
    expect(item('HS02').indicator.cumulative).not.toBe(true);
  });
});
