/**
 * Targets written with the date they are to be met by: "5% by March 2025", and without a year,
 * "57.5% by Q2" or "280 by September" in a "Target 2024/25" column, as a service plan's milestones
 * are. The date was set aside silently where it had a year, and without one the target was not read
 * at all (not rated). Worked out by hand before the engine was run, Q2 2024/25:
 * - recycling, higher: 56.6 % against "57.5% by Q2": 1.6 % short, within 5 %: amber;
 * - new homes, higher: 290 against "280 by September": green;
 * - calls lost, lower: 4.2 % against "5% by March 2025": green;
 * - each target's cell is named in a note giving the date ("to be met by Q2"), from which each
 *   period's figure is rated against the target as it stands (test/core/report/targetNotDue.test.ts
 *   holds what comes before it);
 * - "Deliver by Q3" (no figure) is not read as such a target.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Ref', 'Measure', 'Polarity', 'Target 2024/25', 'Q1 2024/25', 'Q2 2024/25'],
  ['EN1', '% of household waste sent for reuse, recycling and composting', 'Higher', '57.5% by Q2', 55.1, 56.6],
  ['HS1', 'Number of new homes completed', 'Higher', '280 by September', 120, 290],
  ['CS1', '% of calls lost', 'Lower', '5% by March 2025', 6.1, 4.2],
];

describe('a target with the date it is to be met by', () => {
  const r = buildReport([{ name: 'Plan', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;
  const notes = r.issues.filter((i) => i.code === 'target-deadline');

  it('is read as its figure, with or without a year', () => {
    expect(item('EN1').indicator.target?.value).toBe(57.5);
    expect(item('HS1').indicator.target?.value).toBe(280);
    expect(item('CS1').indicator.target?.value).toBe(5);
    expect(['EN1', 'HS1', 'CS1'].map((id) => item(id).rating.rag)).toEqual(['amber', 'green', 'green']);
  });

  it('is said at its cell to be rated as it stands, the date set aside', () => {
    expect(notes.map((i) => i.cell)).toEqual(['D2', 'D3', 'D4']);
    expect(notes[0].severity).toBe('info');
    expect(notes[0].message).toContain("'57.5% by Q2'");
    expect(notes[0].message).toContain('by Q2');
  });

  it('is not read from words that give no figure', () => {
    const other = buildReport(
      [
        {
          name: 'Plan',
          values: [
            ['Ref', 'Measure', 'Polarity', 'Target 2024/25', 'Q1 2024/25', 'Q2 2024/25'],
            ['P1', 'Number of parks with a management plan', 'Higher', 'Deliver by Q3', 3, 4],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(other.items[0].indicator.target).toBeNull();
    expect(other.issues.filter((i) => i.code === 'target-deadline')).toEqual([]);
    // The words are quoted whole, date and all.
    expect(other.issues.find((i) => i.code === 'target-unreadable')?.message).toContain("the target 'Deliver by Q3'");
  });
});
