/**
 * Figures that run as a year to date does, where nothing on the sheet says they are cumulative:
 * Anglia Revenues Partnership's collection (£62m, £124m, £204m, £245m over four quarters), a
 * council's savings delivered (£2,650k, £5,830k, £8,920k). Read as cumulative, with a warning, so
 * that they are compared with the same point last year and not with the quarter before.
 */
import { quarterPeriod, monthPeriod } from '../../../src/core/periods/makePeriod';
import type { PeriodValue } from '../../../src/core/indicators/types';
import { yearToDateRun } from '../../../src/core/indicators/cumulative';
import type { Period } from '../../../src/core/periods/types';

const at = (period: Period, value: number | null): PeriodValue =>
  ({ period, measure: { value, cell: 'A1' } }) as unknown as PeriodValue;
const quarters = (fy: number, ...xs: (number | null)[]) => xs.map((x, i) => at(quarterPeriod(fy, i + 1), x));

describe('figures that run as a year to date', () => {
  it('are found over three or four quarters from Q1 that grow to several times the first', () => {
    // 245.4 / 62.1 = 3.95, at least 3 for four quarters.
    expect(yearToDateRun(quarters(2018, 62.1, 124.5, 204.1, 245.4), 'money')).toHaveLength(4);
    // 8,920 / 2,650 = 3.37, at least 2.25 for three.
    expect(yearToDateRun(quarters(2023, 2650, 5830, 8920), 'money')).toHaveLength(3);
    // Months from April: 12 months of an even flow.
    const months = [4, 5, 6, 7, 8].map((m, i) => at(monthPeriod(2024, m), 100 * (i + 1)));
    expect(yearToDateRun(months, 'count')).toHaveLength(5);
  });

  it('are not found in a count at a point in time, in shares, or where a figure falls', () => {
    // Children in care rising 100 → 130: 1.3 times, far from 3; visits with the summer, 100 → 260
    // over four months, 2.6 times, short of 3.
    expect(yearToDateRun(quarters(2024, 100, 110, 120, 130), 'count')).toBeNull();
    const summer = [4, 5, 6, 7].map((m, i) => at(monthPeriod(2024, m), [100, 150, 200, 260][i]));
    expect(yearToDateRun(summer, 'count')).toBeNull();
    // A percentage never adds up, however it grows.
    expect(yearToDateRun(quarters(2024, 24.1, 48.7, 73.2, 97.6), 'percentage')).toBeNull();
    // A fall anywhere, last year included, is no year to date.
    expect(yearToDateRun(quarters(2024, 10, 25, 24, 40), 'count')).toBeNull();
    expect(yearToDateRun([...quarters(2023, 40, 30, 50, 60), ...quarters(2024, 10, 25, 38)], 'count')).toBeNull();
  });

  // An annual appendix's "Council Tax collection rates": 35.88 %, 57.87 %, 86 %, 97.5 % of the year's due, so far.
  it('are found in a collection rate that climbs through the year, and in no other share', () => {
    const rates = quarters(2023, 35.88, 57.87, 86, 97.5);
    expect(yearToDateRun(rates, 'percentage', 'Council Tax collection rates')).toHaveLength(4);
    expect(yearToDateRun(rates, 'percentage', 'Percentage of repairs completed on time')).toBeNull();
    // Collected in each quarter, at about the same rate: not a year to date.
    expect(yearToDateRun(quarters(2023, 96.1, 96.4, 96.8, 97.5), 'percentage', 'Council Tax collected')).toBeNull();
    // Starting above half the year's due, it cannot be so far only a quarter in.
    expect(yearToDateRun(quarters(2023, 55, 70, 85, 99), 'percentage', 'Rent collection')).toBeNull();
  });

  // A mid-year scorecard: two quarters and the year's target ("Annual target 2024/25").
  it("are found in two quarters of a count only on their way to the whole year's target", () => {
    // 140 within half of 560, then 281, twice it: the year so far.
    expect(yearToDateRun(quarters(2024, 140, 281), 'count', '', 560)).toHaveLength(2);
    // Without a target for the whole year, two quarters are too few.
    expect(yearToDateRun(quarters(2024, 140, 281), 'count')).toBeNull();
    // A level near its target, a quarter's own figures, a first already past half the year's target.
    expect(yearToDateRun(quarters(2024, 96, 104), 'count', '', 120)).toBeNull();
    expect(yearToDateRun(quarters(2024, 140, 150), 'count', '', 600)).toBeNull();
    expect(yearToDateRun(quarters(2024, 300, 600), 'count', '', 560)).toBeNull();
    // A percentage never adds up.
    expect(yearToDateRun(quarters(2024, 24, 49), 'percentage', '', 98)).toBeNull();
  });

  it('are not found where a period adds next to nothing, or a spike several times the first', () => {
    // Missed bin collections 610, 640, then 2,560 in the quarter of industrial action: as a year to
    // date, Q2 would have had 30 and Q3 1,920. Each quarter's own figure, the spike in Q3.
    expect(yearToDateRun(quarters(2024, 610, 640, 2560), 'count')).toBeNull();
    // 100, 130, 170, then 600: as a year to date, Q4 alone 430, over four times Q1's 100.
    expect(yearToDateRun(quarters(2024, 100, 130, 170, 600), 'count')).toBeNull();
    // A year to date whose quarters add a quarter to four times the first still is one: 100, 125, 300, 400.
    expect(yearToDateRun(quarters(2024, 100, 125, 300, 400), 'count')).toHaveLength(4);
  });

  it('need the year from its start, one period after another, and enough of them', () => {
    expect(yearToDateRun(quarters(2024, 10, 25), 'count')).toBeNull();
    const fromQ2 = [20, 30, 40].map((x, i) => at(quarterPeriod(2024, i + 2), x));
    expect(yearToDateRun(fromQ2, 'count')).toBeNull();
    expect(yearToDateRun(quarters(2024, 10, null, 30, 40), 'count')).toBeNull();
  });
});
