/**
 * Cheshire West and Chester's housing indicators keep each tolerance in the figures' own format: rent
 * arrears of 2.88 % against a target of 2.5 % with a tolerance of "0.50%", which the sheet's status
 * calls within tolerance. A tolerance kept so is in the figures' units, percentage points; read as a
 * share of the target (0.5 % of 2.5 %, 0.0125 points) it made the row red. The answers below were
 * worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid = (toleranceFormat: string): SheetGrid => ({
  name: 'Housing KPIs',
  values: [
    ['KPI', 'Polarity', 'Target', 'Tolerance', 'Quarter 2 2025/26'],
    ['Rent arrears of current tenants as a % of rent due', 'Lower is better', 0.025, 0.005, 0.0288],
    ['Rent collected as a % of rent owed', 'Higher is better', 1, 0.02, 0.9901],
  ],
  formats: [[], ...[0, 1].map(() => [null, null, '0.00%', toleranceFormat, '0.00%'])],
});

const rated = (g: SheetGrid) =>
  buildReport([g], parseConfig({})).items.map((i) => [i.indicator.tolerance, i.rating.rag]);

describe("a percentage's tolerance kept in the figures' own format", () => {
  it('is in percentage points, as the figures are', () => {
    // 2.88 against 2.5 with 0.5 points: amber up to 3.0; 99.01 against 100 with 2 points: amber from 98.
    expect(rated(grid('0.00%'))).toEqual([
      [{ type: 'absolute', value: 0.5 }, 'amber'],
      [{ type: 'absolute', value: 2 }, 'amber'],
    ]);
  });

  it('is a share of the target when it is kept in another format', () => {
    // 0.5 % of 2.5 is 0.0125 points: 2.88 is red; 2 % of 100 is 2 points: 99.01 is amber.
    expect(rated(grid('0.0%'))).toEqual([
      [{ type: 'relative', value: 0.005 }, 'red'],
      [{ type: 'relative', value: 0.02 }, 'amber'],
    ]);
  });
});

// Kent's quarterly performance report gives each indicator a "Floor" beside its target: below the
// floor is red, between floor and target amber. Kept as a percentage in the figures' own format, the
// floor of 80 % was read as a margin of 80 % (or 80 points), so no percentage could ever be red.
describe('a floor kept as a percentage', () => {
  const kent = (floorHeader: string, floorFormat: string, floors: readonly (number | string)[]): SheetGrid => ({
    name: 'KPIs',
    values: [
      ['Indicator', 'Polarity', 'Target', floorHeader, 'Q2 2024/25'],
      ['Calls answered within 20 seconds', 'High', 0.85, floors[0], 0.78],
      ['Complaints responded to within 10 working days', 'High', 0.92, floors[1], 0.905],
      ['Contacts resolved at first point of contact', 'High', 0.8, floors[2], 0.77],
    ],
    formats: [[], ...[0, 1, 2].map(() => [null, null, '0%', floorFormat, '0%'])],
  });

  it.each([
    ['Floor', '0%', [0.8, 0.91, 0.75]],
    ['Floor standard', '0.0%', [0.8, 0.91, 0.75]],
    ['Floor', 'General', ['80%', '91%', '75%']],
  ])('under %p (%s) is the edge of amber, in points', (header, format, floors) => {
    // 78 against 85 with a floor of 80: red. 90.5 against 92, floor 91: red. 77 against 80, floor 75: amber.
    expect(rated(kent(header, format, floors))).toEqual([
      [{ type: 'absolute', value: 5 }, 'red'],
      [{ type: 'absolute', value: 1 }, 'red'],
      [{ type: 'absolute', value: 5 }, 'amber'],
    ]);
  });
});

/**
 * A waste contract's KPI sheet: "Target | Threshold", where missing the threshold incurs a service
 * credit. The threshold was read as a second target and left out ('Threshold' also means the
 * target), and the default 5 % tolerance rated the KPIs instead. Worked by hand: green meets the
 * target, amber short of it but not past the threshold, red past it —
 * missed collections 52 against 50, threshold 51: red; rectified in 24 hours 96.5 % against 98 %,
 * threshold 97 %: red; fly-tips removed 85 % against 95 %, threshold 80 %: amber.
 */
describe('a threshold beside a target', () => {
  const report = buildReport(
    [
      {
        name: 'Contract KPIs',
        values: [
          ['KPI', 'Target', 'Threshold', 'Sep-24'],
          ['Missed collections per 100,000 collections', 50, 51, 52],
          ['Missed collections rectified within 24 hours (%)', 98, 97, 96.5],
          ['Fly-tips removed within 2 working days (%)', 95, 80, 85],
        ],
      },
    ],
    parseConfig({}),
  );

  it('is the edge of amber, as a floor is', () => {
    expect(report.items.map((i) => i.rating.rag)).toEqual(['red', 'red', 'amber']);
    expect(report.tables[0].columns.find((c) => c.header === 'Threshold')?.role).toBe('tolerance');
    expect(report.issues.map((i) => i.code)).not.toContain('duplicate-role');
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'threshold-as-amber-edge',
        severity: 'info',
        sheet: 'Contract KPIs',
        cell: 'C1',
      }),
    );
  });

  it('is the edge of amber for a small count too, however far from the target', () => {
    // A contract's "Assisted collections missed", target 5, threshold 8 (lower is better): 60 % of the
    // target away, beyond the half that marks an edge written as a bare number elsewhere. Under a
    // header that says it is the edge, 8 is the edge: 7 amber, 13 red (past the threshold; it was "not
    // rated: the tolerance could be 8% or 8").
    const rows = (value: number) => [
      ['KPI', 'Target', 'Threshold', 'Sep-24'],
      ['Assisted collections missed (number)', 5, 8, value],
    ];
    const rag = (value: number) =>
      buildReport([{ name: 'Contract KPIs', values: rows(value) }], parseConfig({})).items[0].rating.rag;
    expect([rag(4), rag(7), rag(13)]).toEqual(['green', 'amber', 'red']);
  });

  it('alone, is still the target', () => {
    const alone = buildReport(
      [
        {
          name: 'KPIs',
          values: [
            ['KPI', 'Threshold', 'Sep-24'],
            ['Fly-tips removed within 2 working days (%)', 95, 85],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(alone.items[0].indicator.target?.value).toBe(95);
  });
});
