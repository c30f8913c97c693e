/**
 * A tolerance cell whose unit is open to question, and the sheet's own RAG beside it: a resources
 * scorecard after Pentana's layout ("Q1 2023/24 Value | Q2 2023/24 Value | Q2 2023/24 Target |
 * Tolerance | Status"). Worked by hand, Q2 2023/24:
 *
 * - FIN01 council tax collected: 56.3 % against 57 %, tolerance '1%'. As written, 1 % of 57 is 0.57
 *   points, edge 56.43: red; as 1 point, edge 56: amber. The sheet says Amber: amber, warned, naming G5.
 * - FIN02 business rates: 58.2 % against 57.5 %: green by either reading; nothing to settle.
 * - FIN09 calls answered: 90.5 % against 95 %, '5%': edge 90.25 as written, 90 as points: amber by
 *   both; the sheet's Red is a disagreement (rag-disagrees), not a unit to settle.
 * - FIN10 FOI requests: 93.05 % against 95 %, a plain 2: 2 % of 95 (edge 93.1) red, 2 points (edge
 *   93) amber. The sheet says Amber: amber by 2 points, warned, naming G8.
 * - FIN11 the same figures, the sheet says Red: red by 2 % of the target, warned, naming G9.
 * - FIN13 council tax support claims: 56.3 % against 57 % again, the tolerance a 0.01 formatted '0%',
 *   shown as 1%: amber, as the sheet says, and the warning quotes '1%' as the cell shows it.
 * - FIN12 the same figures as FIN10, no rating on the sheet: not rated, the tolerance's unit to be checked.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const P = '0.0%';
const rows: [RawValue[], (string | null)[]][] = [
  [['Finance & Resources Directorate Scorecard'], []],
  [['Reporting period: Quarter 2 2023/24 (July - September 2023)'], []],
  [[], []],
  [
    [
      'Code',
      'Indicator',
      'Good Perf',
      'Q1 2023/24 Value',
      'Q2 2023/24 Value',
      'Q2 2023/24 Target',
      'Tolerance',
      'Status',
    ],
    [],
  ],
  [
    ['FIN01', '% Council Tax collected', '↑', 0.291, 0.563, 0.57, '1%', 'Amber'],
    [null, null, null, P, P, P],
  ],
  [
    ['FIN02', '% NNDR collected', '↑', 0.305, 0.582, 0.575, '1%', 'Green'],
    [null, null, null, P, P, P],
  ],
  [
    ['FIN09', '% of calls answered', '↑', 0.88, 0.905, 0.95, '5%', 'Red'],
    [null, null, null, P, P, P],
  ],
  [
    ['FIN10', '% of FOI requests answered within 20 days', '↑', 0.92, 0.9305, 0.95, 2, 'Amber'],
    [null, null, null, '0.00%', '0.00%', P],
  ],
  [
    ['FIN11', '% of complaints answered within 10 days', '↑', 0.92, 0.9305, 0.95, 2, 'Red'],
    [null, null, null, '0.00%', '0.00%', P],
  ],
  [
    ['FIN13', '% of Council Tax Support claims processed', '↑', 0.55, 0.563, 0.57, 0.01, 'Amber'],
    [null, null, null, P, P, P, '0%'],
  ],
  [
    ['FIN12', '% of subject access requests answered in time', '↑', 0.92, 0.9305, 0.95, 2, null],
    [null, null, null, '0.00%', '0.00%', P],
  ],
];
const grid: SheetGrid = { name: 'Resources Scorecard', values: rows.map((r) => r[0]), formats: rows.map((r) => r[1]) };

describe("a tolerance whose unit the sheet's own rating settles", () => {
  const report = buildReport([grid], parseConfig({}));
  const rag = (id: string) => report.items.find((i) => i.indicator.id === id)?.rating.rag;
  const settled = report.issues.filter((i) => i.code === 'tolerance-unit-from-sheet');

  it("reads a percentage's '1%' as a point where the sheet's amber says so", () => {
    expect(report.period?.label).toBe('Q2 2023/24');
    expect(rag('FIN01')).toBe('amber');
    const w = settled.find((i) => i.cell === 'G5');
    expect(w?.message).toContain("the tolerance '1%' for '% Council Tax collected' is read as 1 percentage point");
    expect(w?.message).toContain('would be red by 1% of the target');
    expect(report.narrative.text).not.toContain('Red indicators\n• Council Tax');
    expect(report.issues.some((i) => i.code === 'rag-disagrees' && i.cell === 'H5')).toBe(false);
  });

  it("names a tolerance kept as a percentage-formatted number as the cell shows it, '1%'", () => {
    expect(rag('FIN13')).toBe('amber');
    expect(settled.find((i) => i.cell === 'G10')?.message).toContain(
      "the tolerance '1%' for '% of Council Tax Support claims processed'",
    );
  });

  it('settles a plain number either way, by the sheet', () => {
    expect([rag('FIN10'), rag('FIN11')]).toEqual(['amber', 'red']);
    expect(settled.find((i) => i.cell === 'G8')?.message).toContain(
      "the tolerance '2' for '% of FOI requests answered within 20 days' is read as 2 percentage points",
    );
    expect(settled.find((i) => i.cell === 'G9')?.message).toContain('is read as 2% of the target');
  });

  it('leaves alone what both readings agree on, and what the sheet does not settle', () => {
    expect([rag('FIN02'), rag('FIN09'), rag('FIN12')]).toEqual(['green', 'amber', 'none']);
    expect(settled.map((i) => i.cell)).toEqual(['G5', 'G8', 'G9', 'G10']);
    expect(report.issues.some((i) => i.code === 'rag-disagrees' && i.cell === 'H7')).toBe(true);
    const fin12 = report.items.find((i) => i.indicator.id === 'FIN12')!.rating;
    expect(fin12.toleranceUnclear).toBe(true);
    // The committee text says why, where the officer will look.
    expect(report.narrative.check?.find((i) => i.indicatorId === 'FIN12')?.text).toContain(
      "It is not rated: its tolerance ('2' in G11) could be 2% of the target, which makes it red, or 2 percentage points, which makes it amber — please check its unit.",
    );
  });
});
