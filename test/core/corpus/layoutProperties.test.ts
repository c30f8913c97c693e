/**
 * Properties a real council scorecard relies on (issue 8), over random scorecards built as grids:
 * adding a totals row changes no rating and does not move the reporting period; moving the table
 * down or right changes nothing but the cells; a row's percentage storage is decided the same
 * whatever order its values come in.
 */
import fc from 'fast-check';
import { colToLetters } from '../../../src/core/address';
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport, type Report } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const CONFIG = parseConfig({});
const HEADER = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24'];
const FIRST_PERIOD = 4;

interface Row {
  readonly polarity: 'Higher' | 'Lower';
  readonly target: number;
  readonly values: readonly number[];
}

/** Indicator rows: counts, one decimal, every quarter filled. */
const rowArb: fc.Arbitrary<Row> = fc.record({
  polarity: fc.constantFrom('Higher' as const, 'Lower' as const),
  target: fc.integer({ min: 20, max: 400 }),
  values: fc.array(
    fc.integer({ min: 10, max: 500 }).map((n) => n / 2),
    { minLength: 3, maxLength: 3 },
  ),
});
const rowsArb = fc.array(rowArb, { minLength: 2, maxLength: 8 });

function body(rows: readonly Row[]): RawValue[][] {
  return rows.map((r, i) => [
    `K${i + 1}`,
    `Number of cases closed in area ${i + 1}`,
    r.polarity,
    r.target,
    ...r.values,
  ]);
}

/** A grid holding `lines` from row `top`, column `left` (zero-based). */
function place(
  name: string,
  lines: readonly (readonly RawValue[])[],
  top = 0,
  left = 0,
  formats?: readonly (readonly (string | null)[])[],
): SheetGrid {
  const values: RawValue[][] = Array.from({ length: top }, () => []);
  const fmts: (string | null)[][] = Array.from({ length: top }, () => []);
  lines.forEach((line, i) => {
    values.push([...Array.from({ length: left }, () => null), ...line]);
    fmts.push([...Array.from({ length: left }, () => null), ...(formats?.[i] ?? line.map(() => null))]);
  });
  return { name, values, formats: fmts };
}

/** Name → [rag, status] for every indicator of a report. */
function ratings(report: Report): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const item of report.items) out[item.indicator.name] = [item.rating.rag, item.rating.status];
  return out;
}

describe('a totals row changes no rating', () => {
  it('a "Total" row summing each column', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const lines = [HEADER, ...body(rows)];
        const before = buildReport([place('Scorecard', lines)], CONFIG);
        const sums = HEADER.slice(FIRST_PERIOD).map((_, k) => rows.reduce((s, r) => s + r.values[k], 0));
        const total: RawValue[] = [null, 'Total', null, rows.reduce((s, r) => s + r.target, 0), ...sums];
        const after = buildReport([place('Scorecard', [...lines, total])], CONFIG);
        expect(after.period?.label).toBe(before.period?.label);
        expect(ratings(after)).toEqual(ratings(before));
        expect(after.items.map((i) => i.indicator.name)).not.toContain('Total');
      }),
      { numRuns: 60 },
    );
  });

  it("an Excel table's totals row whose SUBTOTAL of an empty later quarter caches 0", () => {
    // With the name column first, the totals row's label sits where an indicator's name would.
    fc.assert(
      fc.property(
        rowsArb,
        fc.constantFrom('Total', 'Overall', 'All indicators'),
        fc.boolean(),
        (rows, label, nameFirst) => {
          const drop = nameFirst ? 1 : 0;
          const header = [...HEADER, 'Q4 2023/24'].slice(drop);
          const lines: RawValue[][] = [header, ...body(rows).map((r) => [...r, null].slice(drop))];
          const bottom = lines.length - 1;
          const first = FIRST_PERIOD - drop;
          const before = buildReport(
            [
              {
                ...place('Scorecard', lines),
                tables: [{ name: 'tblKPI', top: 0, left: 0, bottom, right: header.length - 1 }],
              },
            ],
            CONFIG,
          );
          const sums = header.slice(first).map((_, k) => (k < 3 ? rows.reduce((s, r) => s + r.values[k], 0) : 0));
          const totals: RawValue[] = [label, ...Array.from({ length: first - 1 }, () => null), ...sums];
          const grid = place('Scorecard', [...lines, totals]);
          const formulas = grid.values.map((line, r) =>
            line.map((_, c) => (r === bottom + 1 && c >= first ? `SUBTOTAL(109,tblKPI[${header[c]}])` : null)),
          );
          const after = buildReport(
            [
              {
                ...grid,
                formulas,
                tables: [{ name: 'tblKPI', top: 0, left: 0, bottom: bottom + 1, right: header.length - 1 }],
              },
            ],
            CONFIG,
          );
          expect(after.period?.label).toBe(before.period?.label);
          expect(ratings(after)).toEqual(ratings(before));
          expect(after.items).toHaveLength(before.items.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('moving the table changes nothing but the cells', () => {
  it('down and right, with a title above', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 5 }), (rows, down, right) => {
        const lines = [HEADER, ...body(rows)];
        const before = buildReport([place('Scorecard', lines)], CONFIG);
        const moved = place('Scorecard', lines, down + 2, right);
        const grid: SheetGrid = {
          ...moved,
          values: moved.values.map((line, r) => (r === 0 ? ['Quarterly performance report 2023/24'] : line)),
        };
        const after = buildReport([grid], CONFIG);
        expect(after.period?.label).toBe(before.period?.label);
        expect(ratings(after)).toEqual(ratings(before));
        const shift = (cell: string) => {
          const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
          const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          return `${colToLetters(col + right)}${Number(m[2]) + down + 2}`;
        };
        const cells = (r: Report) => r.items.map((i) => i.rating.current?.measure.cell ?? null);
        expect(cells(after)).toEqual(cells(before).map((c) => (c ? shift(c) : c)));
      }),
      { numRuns: 60 },
    );
  });
});

describe("a row's percentage storage does not depend on the order of its values", () => {
  const valueArb = fc.oneof(
    fc.integer({ min: 30, max: 149 }).map((n) => n / 100),
    fc.integer({ min: 150, max: 990 }).map((n) => n / 10),
  );
  it('the same stored number reads as the same value in any order', () => {
    fc.assert(
      fc.property(
        fc.array(valueArb, { minLength: 3, maxLength: 3 }),
        fc.constantFrom('General', '0.00', '0.0'),
        fc.integer({ min: 0, max: 5 }),
        (values, format, perm) => {
          const orders = [
            [0, 1, 2],
            [0, 2, 1],
            [1, 0, 2],
            [1, 2, 0],
            [2, 0, 1],
            [2, 1, 0],
          ];
          const read = (order: readonly number[]) => {
            const row: RawValue[] = [
              'R1',
              '% of rent lost through vacant dwellings',
              'Lower',
              1.5,
              ...order.map((k) => values[k]),
            ];
            const other: RawValue[] = ['R2', '% of rent collected', 'Higher', 98, 97.1, 98.4, 99.2];
            const fmts = [
              HEADER.map(() => null),
              row.map((_, c) => (c >= 3 ? format : null)),
              other.map((_, c) => (c >= 3 ? format : null)),
            ];
            const report = buildReport([place('Rents', [HEADER, row, other], 0, 0, fmts)], CONFIG);
            const item = report.items.find((i) => i.indicator.name.startsWith('% of rent lost'));
            const pairs = (item?.indicator.values ?? []).map((v) => [v.measure.raw, v.measure.value] as const);
            return [...pairs].sort((a, b) => Number(a[0]) - Number(b[0]));
          };
          expect(read(orders[perm])).toEqual(read(orders[0]));
        },
      ),
      { numRuns: 80 },
    );
  });
});
