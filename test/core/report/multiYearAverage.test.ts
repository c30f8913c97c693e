/**
 * A fire and rescue service's quarterly report sets each count beside its own averages over past
 * years ("3 year average", "5 year average"), and its committee speaks of them: "above the
 * five-year average of 322". The columns were warned as not read. They are comparators, said as
 * the report says them. Worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Q2 Performance',
  values: [
    ['Measure', 'Q1 2025/26', 'Q2 2025/26', 'Target', '3 year average', '5-year average', 'Previous year'],
    ['Number of accidental dwelling fires', 70, 64, 68, 72, 75, 66],
    ['Number of deliberate fires', 110, 130, 120, 118, 121, 115],
  ],
};

describe("a service's own average over past years", () => {
  const r = buildReport([grid], parseConfig({}));
  const sentence = (id: string) =>
    [...r.narrative.performingWell, ...r.narrative.areasForFocus].find((i) => i.indicatorId === id)!.text;

  it('is read as a comparator and said as the committee says it', () => {
    expect(r.items.map((i) => [i.rating.rag, i.indicator.benchmarks.map((b) => [b.label, b.measure.value])])).toEqual([
      [
        'green',
        [
          ['3 year average', 72],
          ['5-year average', 75],
        ],
      ],
      [
        'red',
        [
          ['3 year average', 118],
          ['5-year average', 121],
        ],
      ],
    ]);
    expect(sentence('Q2 Performance!2')).toContain(
      'It is better than both the three-year average of 72 and the five-year average of 75.',
    );
    expect(sentence('Q2 Performance!3')).toContain(
      'It is worse than both the three-year average of 118 and the five-year average of 121.',
    );
  });

  it('leaves only the column it cannot read unread, and says so', () => {
    const unread = r.issues.filter((i) => i.code === 'figures-header-unknown').map((i) => i.cell);
    expect(unread).toEqual(['G1']);
  });
});
