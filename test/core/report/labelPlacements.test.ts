import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const VALUES: SheetGrid['values'] = [
  ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24'],
  ['K1', '% of rent collected', 'Higher', 98, 97, 98.4],
  ['K2', 'Average days to re-let council homes', 'Lower', 28, 30, 35],
];
const cellsOf = (grid: SheetGrid) => {
  const plan = buildReport([grid], DEFAULT_CONFIG).formatPlan;
  return [...plan.labelHeaders, ...plan.labels].map((l) => l.cell);
};

describe('where the RAG labels go, for both hosts', () => {
  it('just right of a plain table', () => {
    expect(cellsOf({ name: 'KPIs', values: VALUES })).toEqual(['G1', 'G2', 'G3']);
  });

  it('one column further right after an Excel table, which would otherwise grow over them', () => {
    const tables = [{ name: 'tblKPIs', top: 0, left: 0, bottom: 2, right: 5 }];
    expect(cellsOf({ name: 'KPIs', values: VALUES, tables })).toEqual(['H1', 'H2', 'H3']);
  });

  it('past a cell of the officer’s, never over it', () => {
    const tables = [{ name: 'tblKPIs', top: 0, left: 0, bottom: 2, right: 5 }];
    const values = VALUES.map((row, r) => (r === 1 ? [...row, null, 'note'] : row));
    expect(cellsOf({ name: 'KPIs', values, tables })).toEqual(['I1', 'I2', 'I3']);
  });

  it('nowhere, with a warning naming the table’s last header cell, when the table reaches XFD, the last column', () => {
    // The table in XFA:XFD (columns 16,380 to 16,383 from 0): no column is left right of it.
    const values = VALUES.map((row) => [...Array<null>(16_378).fill(null), ...row]);
    const report = buildReport([{ name: 'KPIs', values }], DEFAULT_CONFIG);
    expect(report.items.map((i) => i.rating.rag)).toEqual(['green', 'red']);
    expect(report.formatPlan.labels).toEqual([]);
    expect(report.formatPlan.labelHeaders).toEqual([]);
    expect(report.formatPlan.blocks.flatMap((b) => b.ranges)).toEqual(['XFD2', 'XFD3']);
    expect(report.issues.filter((i) => i.code === 'label-column-no-room')).toEqual([
      expect.objectContaining({ sheet: 'KPIs', cell: 'XFD1', message: expect.stringMatching(/^KPIs!XFD1: .*XFD/) }),
    ]);
  });

  it('nowhere when the officer’s cells fill every column right of the table up to XFD', () => {
    const values = VALUES.map((row, r) => (r === 2 ? [...row, ...Array<string>(16_384 - row.length).fill('x')] : row));
    const report = buildReport([{ name: 'KPIs', values }], DEFAULT_CONFIG);
    expect(report.formatPlan.labels).toEqual([]);
    expect(report.issues.filter((i) => i.code === 'label-column-no-room').map((i) => i.cell)).toEqual(['F1']);
  });

  it('in the column of an earlier run that the table took in, with no heading of ours', () => {
    const label = 'IF(N("scorecard-narrator:rag")=0,"Green")';
    const values = VALUES.map((row, r) => [...row, r === 0 ? 'RAG Q2 2023/24' : 'Green']);
    const formulas = VALUES.map((row, r) => [...row.map(() => null), r === 0 ? null : label]);
    const tables = [{ name: 'tblKPIs', top: 0, left: 0, bottom: 2, right: 6 }];
    expect(cellsOf({ name: 'KPIs', values, formulas, tables })).toEqual(['G2', 'G3']);
  });
});

describe('two tables side by side on the same rows', () => {
  // A directorate scorecard with Housing in A:F and Environment in H:M, one blank column between. Each
  // table's labels go just right of it: G for Housing, N for Environment. Both used to go to G, and the
  // plan was refused for writing G2 twice.
  const header = ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2024/25', 'Q2 2024/25'];
  const values: SheetGrid['values'] = [
    [...header, null, ...header],
    ['H1', 'Homelessness cases prevented (%)', 'Higher', 55, 52, 50.5, null, 'E1', 'Household waste recycled (%)'],
    ['H2', 'Average days to re-let standard voids', 'Lower', 28, 31, 27, null, 'E2', 'Fly-tipping per 1,000 people'],
    ['H3', 'Families in B&B for more than 6 weeks', 'Lower', 0, 3, 0],
  ].map((row, r) => (r === 1 ? [...row, 'Higher', 50, 48, 46] : r === 2 ? [...row, 'Lower', 10, 11.2, 12.5] : row));

  it('each get their own label column', () => {
    expect(cellsOf({ name: 'Q2 Scorecard', values })).toEqual(['G1', 'N1', 'G2', 'G3', 'G4', 'N2', 'N3']);
  });

  it('are read as two tables again once their labels are in, so a second run changes nothing', () => {
    const first = buildReport([{ name: 'Q2 Scorecard', values }], DEFAULT_CONFIG).formatPlan;
    const written = values.map((row) => [...row]);
    const formulas: (string | null)[][] = values.map(() => []);
    for (const l of [...first.labelHeaders, ...first.labels]) {
      const col = l.cell.charCodeAt(0) - 65;
      const row = Number(l.cell.slice(1)) - 1;
      written[row][col] = 'text' in l ? l.text : l.expected;
      formulas[row][col] = l.formula;
    }
    const again = buildReport([{ name: 'Q2 Scorecard', values: written, formulas }], DEFAULT_CONFIG);
    expect(again.tables.map((t) => [t.left, t.right])).toEqual([
      [0, 6],
      [7, 13],
    ]);
    expect(again.items.map((i) => i.indicator.id)).toEqual(['H1', 'H2', 'H3', 'E1', 'E2']);
    expect([...again.formatPlan.labelHeaders, ...again.formatPlan.labels].map((l) => l.cell)).toEqual(
      cellsOf({ name: 'Q2 Scorecard', values }),
    );
  });
});
