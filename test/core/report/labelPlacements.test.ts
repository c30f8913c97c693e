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
