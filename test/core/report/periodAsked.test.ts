/**
 * A period asked for that no table has a column for is refused with the periods the tables have.
 * A quarter asked of a table of months (or a month of a table of quarters) names the period that
 * ends with it, where the tables have that one: an officer who asks for Q2 2024/25 of a monthly
 * dashboard is shown that September 2024 is there. Worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport, PeriodNotFoundError } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const months: SheetGrid = {
  name: 'Monthly',
  values: [
    ['Indicator', 'Polarity', 'Target', 'Jul-24', 'Aug-24', 'Sep-24', 'Oct-24'],
    ['% of calls answered', 'Higher is better', 90, 89, 93, 94, 95],
  ],
};
const quarters: SheetGrid = {
  name: 'Quarterly',
  values: [
    ['Indicator', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
    ['% of rent collected', 'Higher is better', 97, 96, 97.5],
  ],
};

function refusal(grid: SheetGrid, period: string): string {
  try {
    buildReport([grid], parseConfig({ period }));
  } catch (e) {
    expect(e).toBeInstanceOf(PeriodNotFoundError);
    return (e as Error).message;
  }
  throw new Error(`the period '${period}' was not refused`);
}

describe('a period asked for that the tables have no column for', () => {
  it('names the month a quarter asked for ends with, where the tables have it', () => {
    expect(refusal(months, 'Q2 2024/25')).toBe(
      "No column for the period 'Q2 2024/25'. The tables have: July 2024, August 2024, September 2024, October 2024. Q2 2024/25 ends with September 2024, which they have: ask for 'September 2024' to report on it.",
    );
  });

  it('names the quarter a month asked for ends, where the tables have it', () => {
    expect(refusal(quarters, 'Sep-24')).toBe(
      "No column for the period 'Sep-24'. The tables have: Q1 2024/25, Q2 2024/25. September 2024 ends Q2 2024/25, which they have: ask for 'Q2 2024/25' to report on it.",
    );
  });

  it('lists the periods alone where none ends with the one asked for', () => {
    expect(refusal(months, 'Q4 2030/31')).toBe(
      "No column for the period 'Q4 2030/31'. The tables have: July 2024, August 2024, September 2024, October 2024.",
    );
    // A month within a quarter, not at its end: no quarter ends with it.
    expect(refusal(quarters, 'August 2024')).toBe(
      "No column for the period 'August 2024'. The tables have: Q1 2024/25, Q2 2024/25.",
    );
  });
});
