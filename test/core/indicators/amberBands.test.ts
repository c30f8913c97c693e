/**
 * A scorecard that gives each indicator's amber band as text beside its target, as an early help
 * and children's social care monthly report does ("Red | Amber | Target (Green)": "<75%",
 * "75% - 84.9%", 85%). The band's end farther from the target is the edge of amber; its first
 * number is not a margin (read so, "75% - 84.9%" made 75 % of the target the margin, and 65 per
 * cent amber against 85). The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const P = '0.0%';
const pct = (v: number) => ({ v, f: P });

type Cell = string | number | { v: number; f: string };
const rows: Cell[][] = [
  ['No.', 'Indicator', 'Good perf is', 'Jan-17', 'Feb-17', 'Mar-17', 'Red', 'Amber', 'Target (Green)'],
  [
    1.2,
    '% of early help assessments completed within 45 days',
    'High',
    pct(0.812),
    pct(0.787),
    pct(0.781),
    '<75%',
    '75% - 84.9%',
    pct(0.85),
  ],
  [
    2.3,
    '% of single assessments completed within 45 working days',
    'High',
    pct(0.873),
    pct(0.702),
    pct(0.65),
    '<75%',
    '75% - 84.9%',
    pct(0.85),
  ],
  [
    2.2,
    '% of referrals that were re-referrals within 12 months',
    'Low',
    pct(0.214),
    pct(0.198),
    pct(0.236),
    '>25%',
    '22% - 25%',
    pct(0.22),
  ],
  [
    3.2,
    '% of children becoming subject to a plan for a second time',
    'Low',
    pct(0.182),
    pct(0.143),
    pct(0.27),
    '>25%',
    '22% - 25%',
    pct(0.22),
  ],
  [4.2, 'Rate of children looked after per 10,000 children aged 0-17', 'Low', 58.4, 59.5, 60.1, '>66', '60.1 - 66', 60],
  [
    4.5,
    'Average days between entering care and moving in with an adoptive family',
    'Low',
    530,
    515,
    502,
    '>487',
    '427 - 487',
    426,
  ],
  [
    4.4,
    '% of care leavers aged 19-21 in education, employment or training',
    'High',
    pct(0.48),
    pct(0.52),
    pct(0.55),
    '<45%',
    '45% - 54.9%',
    pct(0.55),
  ],
  [
    4.6,
    '% of children looked after with an up-to-date health assessment',
    'High',
    pct(0.9),
    pct(0.9),
    pct(0.75),
    '<75%',
    '75% - 84.9%',
    pct(0.85),
  ],
];

const grid: SheetGrid = {
  name: 'Performance Summary',
  values: rows.map((r) => r.map((c) => (typeof c === 'object' ? c.v : c))),
  formats: rows.map((r) => r.map((c) => (typeof c === 'object' ? c.f : null))),
};

describe('an amber band written as text beside the target', () => {
  const r = buildReport([grid], parseConfig({}));

  it('reads the polarity from "Good perf is" and the target from "Target (Green)"', () => {
    expect(r.period?.label).toBe('March 2017');
    expect(r.items.map((i) => [i.indicator.polarity, i.indicator.target?.value])).toEqual([
      ['higher', 85],
      ['higher', 85],
      ['lower', 22],
      ['lower', 22],
      ['lower', 60],
      ['lower', 426],
      ['higher', 55],
      ['higher', 85],
    ]);
  });

  it("takes the band's end farther from the target as the edge of amber", () => {
    // 78.1 in 75-84.9: amber. 65 below 75: red. 23.6 in 22-25: amber. 27 above 25: red.
    // 60.1 in 60.1-66: amber. 502 days beyond 487: red. 55 on the target of 55: green.
    // 75 on the band's far end: the boundary itself is amber.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['F2', 'amber'],
      ['F3', 'red'],
      ['F4', 'amber'],
      ['F5', 'red'],
      ['F6', 'amber'],
      ['F7', 'red'],
      ['F8', 'green'],
      ['F9', 'amber'],
    ]);
    expect(r.items.map((i) => i.indicator.tolerance)).toEqual([
      { type: 'absolute', value: 10 },
      { type: 'absolute', value: 10 },
      { type: 'absolute', value: 3 },
      { type: 'absolute', value: 3 },
      { type: 'absolute', value: 6 },
      { type: 'absolute', value: 61 },
      { type: 'absolute', value: 10 },
      { type: 'absolute', value: 10 },
    ]);
    expect(r.issues.filter((i) => i.code.startsWith('tolerance'))).toEqual([]);
  });

  it('does not read a band that holds the target, or lies far from it, and says so', () => {
    const odd: SheetGrid = {
      name: 'KPIs',
      values: [
        ['Indicator', 'Polarity', 'Q2 2024/25', 'Amber', 'Target'],
        ['Calls answered within 60 seconds (%)', 'Higher', 80, '75 - 90', 85],
        ['Households in temporary accommodation', 'Lower', 260, '100 - 120', 240],
      ],
    };
    const o = buildReport([odd], parseConfig({}));
    expect(o.issues.filter((i) => i.code === 'tolerance-unreadable').map((i) => i.cell)).toEqual(['D2', 'D3']);
  });
});
