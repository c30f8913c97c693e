/**
 * A quarter's own figure beside last year's outturn, where that outturn is the year's total: a
 * district's corporate KPIs at Q2 2024/25 ("Q1 2024/25 | Q2 2024/25 | Year to date | Annual target
 * 2024/25 | 2023/24 outturn"). Worked by hand:
 * - FIN03 agency spend (£, lower): £180,000 then £540,000, £720,000 to date (their sum): the £610,000
 *   of 2023/24 is the year's total, though £540,000 is more than half a year's worth of it (the
 *   seasons fall unevenly). The quarter is not compared with it; a note says so;
 * - K05 days lost to sickness per FTE (lower): 2.0 then 2.1 days, no year to date; 9.1 days for
 *   2023/24 is more than half a year's worth of 2.1 (4.2): a total of days that add up, not compared;
 * - HS07 average days to re-let (lower): 31.2 then 30.8, 33 in 2023/24: an average, compared ("better").
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Corporate Key Performance Indicators – Quarter 2 2024/25'],
  [],
  [
    'Ref',
    'Indicator',
    'Direction',
    'Q1 2024/25',
    'Q2 2024/25',
    'Year to date',
    'Annual target 2024/25',
    '2023/24 outturn',
  ],
  ['FIN03', 'Agency staff spend (£)', 'Lower is better', 180000, 540000, 720000, null, 610000],
  ['K05', 'Working days lost to sickness per FTE', 'Lower is better', 2, 2.1, null, null, 9.1],
  ['HS07', 'Average days to re-let council homes', 'Lower is better', 31.2, 30.8, null, 30, 33],
];

describe("last year's outturn that is the year's total, beside a quarter", () => {
  const r = buildReport([{ name: 'KPIs Q2', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('is not compared with a quarter whose year adds up to its year to date, nor with days that add up', () => {
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(item('FIN03').rating.longTerm).toBeNull();
    expect(item('K05').rating.longTerm).toBeNull();
    const notes = r.issues.filter((i) => i.code === 'year-total-not-compared').map((i) => i.cell);
    expect(notes).toEqual(['E4', 'E5']);
  });

  it('is compared where the figure is an average', () => {
    expect(item('HS07').rating.longTerm?.direction).toBe('improving');
  });
});
