/**
 * Rotherham's housing performance page heads its table "Criteria | Target | Year end | Quarter 1"
 * under the title "Housing Service Performance 2025/26": "Year end" is last year's result, 2024/25.
 * The column was named as unread, so nothing was compared with last year. It is now read as
 * 2024/25, with a note saying so. A count made each quarter (households prevented from becoming
 * homeless: 612 in the year, 141 in the quarter) is not compared with the year's total, and a note
 * says why. The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const PCT = '0.0%';

function grid(header: readonly RawValue[], rows: readonly (readonly RawValue[])[], percentRows: number[]): SheetGrid {
  const values: RawValue[][] = [['Housing Service Performance 2025/26'], [], [...header], ...rows.map((r) => [...r])];
  const formats = values.map((r, i) => r.map(() => (percentRows.includes(i - 3) ? PCT : null)));
  return { name: 'Current performance', values, formats };
}

const HEADER = ['Criteria', 'Target', 'Year end', 'Quarter 1', 'Target Met'];
const ROWS: RawValue[][] = [
  ['Percentage of emergency repairs completed in time (Higher is better)', 0.97, 0.997, 0.994, 'On Target'],
  ['Average number of days to re-let a council home (Lower is better)', 25, 27.4, 31.2, 'Not on Target'],
  ['Number of households prevented from becoming homeless (Higher is better)', 150, 612, 141, 'Not on Target'],
  ['Number of households in temporary accommodation (Lower is better)', 130, 124, 136, 'Not on Target'],
];

describe("a 'Year end' column before the quarters of the year", () => {
  const r = buildReport([grid(HEADER, ROWS, [0])], parseConfig({}));

  it('is read as the year before, and said so', () => {
    const year = r.tables[0].columns.find((c) => c.header === 'Year end');
    expect(year?.role).toBe('period');
    expect(year?.period?.label).toBe('2024/25');
    expect(r.period?.label).toBe('Q1 2025/26');
    const note = r.issues.find((i) => i.code === 'year-end-before-periods');
    expect(note?.severity).toBe('info');
    expect(note?.message).toBe(
      "Current performance!C3: the column 'Year end' names no year; as it stands before the 2025/26 periods, its figures are read as those for 2024/25, the year before, and the latest figures are compared with them. If they are for another year, head the column with it, as in '2024/25 outturn'.",
    );
    expect(r.issues.some((i) => i.code === 'figures-header-unknown')).toBe(false);
  });

  it('gives each figure its comparison with last year', () => {
    // 99.4 % against 97 %: green, down on 99.7 %. 31.2 days against 25 (lower): red, up on 27.4.
    // 141 against 150: 6 % short, red. 136 against 130 (lower): 4.6 % over, amber, up on 124.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'red', 'red', 'amber']);
    expect(r.items.map((i) => i.rating.longTerm?.direction ?? null)).toEqual([
      'declining',
      'declining',
      null,
      'declining',
    ]);
    expect(r.items[3].rating.longTerm?.from.measure.cell).toBe('C7');
    expect(r.narrative.summary[0].text).toContain('Compared with 2024/25, 3 declined.');
  });

  it("does not compare a quarter's count with the year's total", () => {
    // 612 is more than twice 141: the year's four quarters added up, not a figure like the quarter's.
    expect(r.items[2].rating.yearTotal?.measure.cell).toBe('C6');
    const note = r.issues.find((i) => i.code === 'year-total-not-compared');
    expect(note?.severity).toBe('info');
    expect(note?.message).toBe(
      "Current performance!D6: 'Number of households prevented from becoming homeless (Higher is better)' (141 in Q1 2025/26) is not compared with 612 for 2024/25 (Current performance!C6): that looks like the whole year's total, not one quarter's figure, so the narrative makes no comparison with last year.",
    );
    const prevented = r.narrative.text.split('\n').find((l) => l.startsWith('Households prevented'));
    expect(prevented).toBe('Households prevented from becoming homeless stood at 141, below the target of 150.');
    // The households in temporary accommodation are counted at a point in time: 124 and 136 are alike.
    expect(r.issues.filter((i) => i.code === 'year-total-not-compared')).toHaveLength(1);
  });

  it('is left unread after the periods, where it may be this year', () => {
    const after = ['Criteria', 'Target', 'Quarter 1', 'Year end', 'Target Met'];
    const rows = ROWS.map((x) => [x[0], x[1], x[3], x[2], x[4]]);
    const late = buildReport([grid(after, rows, [0])], parseConfig({}));
    expect(late.tables[0].columns.find((c) => c.header === 'Year end')?.role).not.toBe('period');
    expect(late.issues.some((i) => i.code === 'year-end-before-periods')).toBe(false);
    expect(late.items.every((i) => i.rating.longTerm === null)).toBe(true);
  });

  it('reads "Last year outturn" after the periods too: it cannot be this year, nor a quarter', () => {
    // Worked out by hand: 96.6 % in Q2 against 98.5 % the year before, higher being better: declining.
    // ("Previous year" alone there may be the quarter a year before: see multiYearAverage.test.ts.)
    for (const header of ['Last year outturn', 'Previous year outturn', 'Outturn last year']) {
      const after = buildReport(
        [
          grid(
            ['Criteria', 'Target', 'Q1', 'Q2', header],
            [['Rent collected as a percentage of rent due (Higher is better)', 98, 94.1, 96.6, 98.5]],
            [],
          ),
        ],
        parseConfig({}),
      );
      expect(after.tables[0].columns.find((c) => c.header === header)?.period?.label).toBe('2024/25');
      expect(after.items[0].rating.longTerm?.direction).toBe('declining');
      expect(after.items[0].rating.longTerm?.from.measure.cell).toBe('E4');
      expect(after.issues.find((i) => i.code === 'year-end-before-periods')?.message).toBe(
        `Current performance!E3: the column '${header}' names no year; as it says the year before the 2025/26 periods, its figures are read as those for 2024/25, and the latest figures are compared with them. If they are for another year, head the column with it, as in '2024/25 outturn'.`,
      );
    }
  });

  it('reads "Previous year" the same way, but not beside a column that names a year', () => {
    const previous = buildReport(
      [
        grid(
          ['Criteria', 'Target', 'Previous year', 'Q1', 'Q2'],
          [['Rent collected as a percentage of rent due (Higher is better)', 98, 98.5, 94.1, 96.6]],
          [],
        ),
      ],
      parseConfig({}),
    );
    expect(previous.tables[0].columns.find((c) => c.header === 'Previous year')?.period?.label).toBe('2024/25');
    expect(previous.items[0].rating.longTerm?.direction).toBe('declining');

    const named = buildReport(
      [
        grid(
          ['Criteria', 'Target', 'Year end', '2024/25', 'Q1 2025/26'],
          [['Rent collected as a percentage of rent due (Higher is better)', 98, 98.5, 98.5, 96.6]],
          [],
        ),
      ],
      parseConfig({}),
    );
    expect(named.tables[0].columns.find((c) => c.header === 'Year end')?.role).not.toBe('period');
    expect(named.issues.some((i) => i.code === 'year-end-before-periods')).toBe(false);
  });

  it("judges a year's total by how many periods the year has, and only for figures that add up", () => {
    const monthly = buildReport(
      [
        grid(
          ['Criteria', 'Target', 'Outturn', 'Apr-25', 'May-25'],
          [
            // 300 missed bins in the year against 40 in May: more than six months' worth, so the year's total.
            ['Number of missed bin collections (Lower is better)', 30, 300, 35, 40],
            // 200 in the year against 40 in May is five months' worth: taken as alike, and compared.
            ['Number of households on the housing register (Lower is better)', 30, 200, 35, 40],
            // A percentage never adds up over the year, however far apart the two figures are.
            ['Percentage of council tax collected (Higher is better)', 20, 97.6, 10.9, 19.8],
            // £1,250,000 in the year against £110,000 in May: more than six months' worth, quoted as printed.
            ['Income from parking (£) (Higher is better)', 100000, 1250000, 100000, 110000],
          ],
          [],
        ),
      ],
      parseConfig({}),
    );
    expect(monthly.period?.label).toBe('May 2025');
    expect(monthly.items.map((i) => i.rating.yearTotal?.measure.cell ?? null)).toEqual(['C4', null, null, 'C7']);
    expect(monthly.items.map((i) => i.rating.longTerm?.direction ?? null)).toEqual([
      null,
      'improving',
      'declining',
      null,
    ]);
    expect(monthly.issues.filter((i) => i.code === 'year-total-not-compared')[1]?.message).toContain(
      "(£110,000 in May 2025) is not compared with £1,250,000 for 2024/25 (Current performance!C7): that looks like the whole year's total, not one month's figure",
    );
  });
});
