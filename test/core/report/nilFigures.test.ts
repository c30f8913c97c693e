/**
 * Councils write a count of none as "Nil" ("Complaints upheld by the Ombudsman: Nil"), as British
 * returns do. Such a cell was text that is not a figure: the quarter it filled looked half empty, so
 * the report fell back to the quarter before, and the indicator was said to have no data. Worked out
 * by hand before the engine was run:
 *
 * - complaints upheld, lower is better: Nil (0) in Q2 against 2: green; 1 in Q1, improved;
 * - RIDDOR incidents, lower: 1 in Q2 against 3: green; nil (0) in Q1, so worse;
 * - invoices paid in 30 days, higher: 97 % against 95 %: green;
 * - the report is on Q2 2024/25, every figure read; each "Nil" said to be read as 0 at its cell.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { parseNumber } from '../../../src/core/values/parseNumber';

describe('a count written "Nil"', () => {
  const r = buildReport(
    [
      {
        name: 'KPIs',
        values: [
          ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
          ['Number of complaints upheld by the Ombudsman', 'Lower', 2, 1, 'Nil'],
          ['Number of RIDDOR reportable incidents', 'Lower', 3, 'nil', 1],
          ['% of invoices paid within 30 days', 'Higher', 0.95, 0.96, 0.97],
        ],
        formats: [[], [], [], [null, null, '0%', '0%', '0%']],
      },
    ],
    parseConfig({}),
  );

  it('is the figure 0, and the quarter it fills is the one reported', () => {
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(
      r.items.map((i) => [
        i.rating.rag,
        i.rating.current?.measure.value,
        i.rating.shortTerm?.from.measure.value,
        i.rating.shortTerm?.direction,
      ]),
    ).toEqual([
      ['green', 0, 1, 'improving'],
      ['green', 1, 0, 'declining'],
      ['green', 97, 96, 'improving'],
    ]);
    expect(r.narrative.noData).toEqual([]);
  });

  it('is said to be read as 0, at its cell', () => {
    const said = r.issues.filter((i) => i.code === 'number-as-text');
    expect(said.map((i) => i.cell)).toEqual(['E2', 'D3']);
    expect(said[0].message).toBe("KPIs!E2: 'Nil' is read as 0, but other tools may not read it: write it as 0.");
    expect(r.issues.filter((i) => i.code === 'figure-unreadable')).toEqual([]);
  });

  it('is given a live colour and label in the copy, the formulas reading the word as 0', () => {
    const live = r.formatPlan.blocks.flatMap((b) => b.ranges).join(',');
    expect(live).toMatch(/E2\b|E2:/);
    const label = r.formatPlan.labels.find((l) => l.cell === 'F2');
    expect(label?.formula).toContain('LOWER(TRIM(E2))="nil"');
    expect(label?.expected).toBe('Green');
  });

  it('is no other word: "None", "Nil data" and "Nil return" are not figures', () => {
    expect(parseNumber('None').value).toBeNull();
    expect(parseNumber('Nil data').value).toBeNull();
    expect(parseNumber('Nil return').value).toBeNull();
    expect(parseNumber(' NIL ').value).toBe(0);
  });
});
