/**
 * Devon's SEND improvement plan publishes its key performance indicators with a "Target" for the
 * plan's end ("10% (England average 21/22)", words and a figure) and a milestone for each review:
 * "Milestone 5 – Nov 24" beside "Actual Nov 24". The milestones were not read, the targets' notes
 * made them unusable, and every indicator was called a context measure without a target. The rows
 * are Devon's (November 2024); the answers were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const HEADER = [
  'Key Performance Indicator',
  'Baseline (date)',
  'Target',
  'Milestone 4 – Jul 24',
  'Actual Jul 24',
  'Milestone 5 – Nov 24',
  'Actual Nov 24',
];
const rows: RawValue[][] = [
  [
    'Percentage of children and young people absent from school with SEN support (Attendance)',
    '10.9% (academic year 21/22)',
    '10% (England average 21/22)',
    0.1,
    0.122,
    0.1,
    0.103,
  ],
  [
    'Suspension rate of children and young people with SEN support (Suspensions)',
    '28.92 (academic year 21/22)',
    '18.59 (England average 21/22)',
    30,
    54.05,
    25,
    3.7,
  ],
  [
    'Permanent exclusion rate of children and young people with SEN support (Exclusions)',
    '0.45 (academic year 21/22)',
    '0.25 (England average 21/22)',
    0.45,
    0.56,
    0.4,
    0.14,
  ],
];
const grid: SheetGrid = {
  name: 'Section A',
  values: [['Key performance indicators'], HEADER, ...rows],
  formats: [[], [], [null, null, null, '0%', '0.0%', '0%', '0.0%'], [], []],
};

describe("an improvement plan's milestones", () => {
  const r = buildReport([grid], parseConfig({}));

  it("reads each milestone as the target for its month, and rates the month's figure against it", () => {
    expect(r.period?.label).toBe('November 2024');
    // Absence: 10.3 % against 10 % (lower is better, from 'absent'), 3 % over: amber.
    // Suspensions: 3.7 against 25 (lower is better, from 'suspension'): green.
    // Exclusions: 0.14 against 0.4 (lower is better): green.
    expect(
      r.items.map((i) => [
        i.indicator.polarity,
        i.rating.current?.measure.value,
        i.indicator.target?.value,
        i.indicator.target?.measure?.cell,
        i.rating.rag,
      ]),
    ).toEqual([
      ['lower', 10.3, 10, 'F3', 'amber'],
      ['lower', 3.7, 25, 'F4', 'green'],
      ['lower', 0.14, 0.4, 'F5', 'green'],
    ]);
    expect(r.tables[0].columns[5].reason).toBe(
      "header 'Milestone 5 – Nov 24' means the target, for November 2024 (a milestone for it)",
    );
  });

  it('reads the plan-end targets without their notes, and guesses no polarity silently', () => {
    // "10% (England average 21/22)" is a target of 10 per cent; the month's milestone is used for the month.
    expect(r.issues.filter((i) => i.code === 'target-unreadable')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'polarity-assumed').map((i) => i.sheet)).toHaveLength(3);
    // Every indicator has a milestone for November 2024 and a figure: the period is chosen, not fallen back on.
    expect(r.issues.map((i) => i.code)).toContain('period-chosen');
  });
});
