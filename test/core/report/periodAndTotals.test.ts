import fc from 'fast-check';
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const config = parseConfig({});
const HEADER = ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2022/23', 'Q2 2022/23', 'Q3 2022/23', 'Q4 2022/23'];

function sheet(rows: RawValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name: 'KPIs', values: [HEADER, ...rows], ...extra };
}

const rags = (grid: SheetGrid) =>
  buildReport([grid], config).items.map((i) => [i.indicator.id, i.rating.rag, i.rating.current?.measure.cell ?? null]);

describe('totals rows are not indicators', () => {
  const rows: RawValue[][] = [
    ['H1', 'Average days to re-let council homes', 'Lower', 28, 30, 29, 27, null],
    ['H2', '% of rent collected', 'Higher', 97, 95, 96, 97.5, null],
    ['H3', 'Number of affordable homes delivered', 'Higher', 40, 8, 11, 9, null],
  ];

  it("skips a row named 'Total' whose cached 0 sits in the next quarter, and reports on Q3", () => {
    const grid = sheet([...rows, [null, 'Total', null, null, 133, 136, 133.5, 0]]);
    const report = buildReport([grid], config);
    expect(report.period?.label).toBe('Q3 2022/23');
    expect(report.items.map((i) => i.indicator.name)).not.toContain('Total');
    expect(report.items.map((i) => i.rating.rag)).toEqual(['green', 'green', 'red']);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'total-row-skipped', sheet: 'KPIs', cell: 'B5' }),
    );
  });

  it.each([
    'Overall',
    'All indicators',
    'Grand total',
    'Sub-total',
    'TOTAL:',
    'Totals',
    // A council plan's foot row, averaging its percentage measures: not an indicator to rate.
    'Average (percentage indicators)',
    'Average across all measures',
    'Total (all services)',
  ])("skips a row named '%s'", (name) => {
    const report = buildReport([sheet([...rows, [null, name, null, 100, 1, 2, 3, null]])], config);
    expect(report.items).toHaveLength(3);
  });

  it.each(['Average days to re-let council homes', 'Average (mean) time to answer calls'])(
    "keeps the indicator '%s'",
    (name) => {
      const report = buildReport([sheet([...rows, ['H4', name, 'Lower', 20, 22, 21, 19, null]])], config);
      expect(report.items.map((i) => i.indicator.name)).toContain(name);
    },
  );

  it("keeps an indicator whose name only starts with 'Total'", () => {
    const report = buildReport(
      [
        sheet([
          ...rows,
          ['H4', 'Total number of households in temporary accommodation', 'Lower', 120, 130, 128, 125, null],
        ]),
      ],
      config,
    );
    expect(report.items.map((i) => i.indicator.id)).toContain('H4');
  });

  it('skips a row whose figures are SUBTOTAL formulas, naming the formula cell', () => {
    const values = [HEADER, ...rows, ['H9', 'Homes in the programme', null, null, 133, 136, 133.5, null]];
    const formulas = values.map((_, r) =>
      r === 4 ? [null, null, null, null, 'SUBTOTAL(109,E2:E4)', 'SUBTOTAL(109,F2:F4)'] : [],
    );
    const report = buildReport([{ name: 'KPIs', values, formulas }], config);
    expect(report.items).toHaveLength(3);
    const issue = report.issues.find((i) => i.code === 'total-row-skipped');
    expect(issue?.cell).toBe('B5');
    expect(issue?.message).toMatch(/SUBTOTAL formulas \(KPIs!E5\)/);
  });

  it("skips an Excel table's totals row", () => {
    const grid = sheet([...rows, [null, 'Homes', null, null, 133, 136, 133.5, 0]], {
      tables: [{ name: 'tblHousing', top: 0, left: 0, bottom: 4, right: 7, totalsRow: true }],
    });
    // 'Homes' would be read as an indicator were it not the table's totals row.
    const report = buildReport([grid], config);
    expect(report.items.map((i) => i.indicator.id)).toEqual(['H1', 'H2', 'H3']);
    expect(report.period?.label).toBe('Q3 2022/23');
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'total-row-skipped', cell: 'A5' }));
  });

  it('adding a totals row, of any figures and in any of the usual forms, changes no rating', () => {
    const before = rags(sheet(rows));
    const figure = fc.oneof(fc.constant(null), fc.constant(0), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    const form = fc.constantFrom('name', 'subtotal', 'table');
    const label = fc.constantFrom('Total', 'Overall', 'All indicators', 'Grand Total', 'Overall score', 'Sub-total');
    fc.assert(
      fc.property(fc.array(figure, { minLength: 4, maxLength: 4 }), form, label, (figures, how, name) => {
        const total: RawValue[] = [null, how === 'name' ? name : 'Homes', null, null, ...figures];
        const values = [HEADER, ...rows, total];
        const formulas =
          how === 'subtotal'
            ? values.map((_, r) => (r === 4 ? [null, null, null, null, 'SUBTOTAL(9,E2:E4)'] : []))
            : undefined;
        if (how === 'subtotal' && figures[0] === null) total[4] = 0;
        const tables =
          how === 'table' ? [{ name: 'tblKPI', top: 0, left: 0, bottom: 4, right: 7, totalsRow: true }] : undefined;
        const grid: SheetGrid = { name: 'KPIs', values, ...(formulas && { formulas }), ...(tables && { tables }) };
        expect(rags(grid)).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('choosing the reporting period', () => {
  it('passes over a later quarter that holds a few early figures, names their cells, and says why', () => {
    const grid = sheet([
      ['A1', 'Indicator one', 'Higher', 50, 40, 45, 52, 60],
      ['A2', 'Indicator two', 'Higher', 50, 40, 45, 48, null],
      ['A3', 'Indicator three', 'Lower', 10, 12, 11, 9, null],
      ['A4', 'Indicator four', 'Lower', 10, 12, 11, 9, null],
      ['A5', 'Indicator five', 'Higher', 10, 12, 11, 9, null],
    ]);
    const report = buildReport([grid], config);
    expect(report.period?.label).toBe('Q3 2022/23');
    const chosen = report.issues.find((i) => i.code === 'period-chosen');
    expect(chosen).toMatchObject({ severity: 'info', sheet: 'KPIs', cell: 'G1' });
    expect(chosen?.message).toMatch(/5 of 5/);
    const later = report.issues.find((i) => i.code === 'period-later-values');
    expect(later).toMatchObject({ severity: 'warning', sheet: 'KPIs', cell: 'H2' });
    expect(later?.message).toMatch(/Q4 2022\/23 \(KPIs!H1\).*1 of the 5.*KPIs!H2/);
  });

  it('takes the later quarter once half of the indicators with a target are in, and warns that it is close', () => {
    const grid = sheet([
      ['A1', 'Indicator one', 'Higher', 50, 40, 45, 52, 60],
      ['A2', 'Indicator two', 'Higher', 50, 40, 45, 48, 49],
      ['A3', 'Indicator three', 'Lower', 10, 12, 11, 9, null],
      ['A4', 'Indicator four', 'Lower', 10, 12, 11, 9, null],
      ['A5', 'Context measure', null, null, 12, 11, 9, null],
    ]);
    const report = buildReport([grid], config);
    expect(report.period?.label).toBe('Q4 2022/23');
    expect(report.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['period-chosen', 'period-choice-close']));
  });

  it('counts a code such as TBC or n/a as filled in, and does not count an annual indicator', () => {
    const grid: SheetGrid = {
      name: 'KPIs',
      values: [
        [...HEADER, 'Frequency'],
        ['A1', 'Indicator one', 'Higher', 50, 40, 45, 52, 'TBC', 'Quarterly'],
        ['A2', 'Indicator two', 'Higher', 50, 40, 45, 48, 51, 'Quarterly'],
        ['A3', 'Annual survey result', 'Lower', 10, null, null, null, null, 'Annual'],
        ['A4', 'Annual return', 'Lower', 10, null, null, null, null, 'Annual'],
      ],
    };
    expect(buildReport([grid], config).period?.label).toBe('Q4 2022/23');
  });

  it('never reports on a year-to-date column instead of the quarters', () => {
    const grid: SheetGrid = {
      name: 'KPIs',
      values: [
        ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2022/23', 'Q2 2022/23', 'Q3 2022/23', 'YTD 2022/23'],
        ['A1', 'Indicator one', 'Higher', 50, 40, 45, 52, 46],
        ['A2', 'Indicator two', 'Lower', 50, 40, 45, 48, 44],
      ],
    };
    const report = buildReport([grid], config);
    expect(report.period?.label).toBe('Q3 2022/23');
    expect(report.items[0].rating.current?.measure.cell).toBe('G2');
  });

  it('lets the configuration choose, with nothing to warn', () => {
    const grid = sheet([
      ['A1', 'Indicator one', 'Higher', 50, 40, 45, 52, 60],
      ['A2', 'Indicator two', 'Higher', 50, 40, 45, 48, null],
    ]);
    const report = buildReport([grid], parseConfig({ period: 'Q2 2022/23' }));
    expect(report.period?.label).toBe('Q2 2022/23');
    expect(report.issues.filter((i) => i.code.startsWith('period-'))).toEqual([]);
  });

  it('falls back to the latest period with any value, with a warning, when none is half filled', () => {
    const grid = sheet([
      ['A1', 'Indicator one', 'Higher', 50, 40, null, null, null],
      ['A2', 'Indicator two', 'Higher', 50, null, null, null, null],
      ['A3', 'Indicator three', 'Higher', 50, null, null, null, null],
    ]);
    const report = buildReport([grid], config);
    expect(report.period?.label).toBe('Q1 2022/23');
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'period-chosen-sparse', cell: 'E1' }));
  });
});
