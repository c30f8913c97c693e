import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { rowKind } from '../../../src/core/tables/rowKinds';
import type { SheetGrid } from '../../../src/core/values/types';

const report = (values: SheetGrid['values'], config: unknown = {}) =>
  buildReport([{ name: 'KPIs', values }], parseConfig(config));
const facts = (r: ReturnType<typeof report>) =>
  r.items.map(({ indicator: i, rating }) => ({
    name: i.name,
    cell: rating.current?.measure.cell ?? null,
    target: i.target?.value ?? null,
    targetCell: i.target?.measure?.cell ?? null,
    rag: rating.rag,
  }));
// Warnings only: the info note saying which period was chosen and why is not a thing to check.
const codes = (r: ReturnType<typeof report>) => r.issues.filter((i) => i.severity !== 'info').map((i) => i.code);

describe('rowKind', () => {
  it.each([
    ['Target', 'target'],
    ['Targets', 'target'],
    ['Profiled target', 'target'],
    ['Actual', 'actual'],
    ['Outturn', 'actual'],
    ['Actual (cumulative)', 'actual'],
    ['Tolerance', 'tolerance'],
    ['Amber tolerance', 'tolerance'],
    ['Variance', 'variance'],
    ['Variance against target', 'variance'],
    ['RAG', 'rag'],
    ['RAG status', 'rag'],
    ['Status', 'rag'],
  ])('reads %s as a %s row', (text, kind) => {
    expect(rowKind(text)).toBe(kind);
  });

  it.each([
    'Number of targets met',
    'Budget variance',
    '% of rent collected',
    'Target met?',
    '',
    'Actual spend on agency staff in the quarter',
  ])('does not take the name %p for a row label', (text) => {
    expect(rowKind(text)).toBeNull();
  });
});

describe('indicators over an Actual row and a Target row', () => {
  it('reads the values from the Actual row and the target from the Target row, whichever comes first', () => {
    const r = report([
      ['Ref', 'Indicator', null, 'Q1 2023/24', 'Q2 2023/24', 'Good is'],
      ['H1', 'Average days to re-let council homes', 'Target', 25, 24, 'Lower'],
      [null, null, 'Actual', 27, 24.5],
      ['H2', '% of rent collected', 'Actual', 96.1, 97.3, 'Higher'],
      [null, null, 'Target', 97, 98],
    ]);
    expect(facts(r)).toEqual([
      { name: 'Average days to re-let council homes', cell: 'E3', target: 24, targetCell: 'E2', rag: 'amber' },
      { name: '% of rent collected', cell: 'E4', target: 98, targetCell: 'E5', rag: 'amber' },
    ]);
    expect(codes(r)).toEqual([]);
  });

  it('takes a name-only row followed by Actual and Target rows as one indicator, not a section', () => {
    const r = report([
      ['Indicator', 'Q1 2023/24', 'Q2 2023/24', 'Polarity'],
      ['Housing', null, null, null],
      ['Households in temporary accommodation', null, null, 'Lower'],
      ['Actual', 131, 118],
      ['Target', 120, 120],
    ]);
    expect(facts(r)).toEqual([
      { name: 'Households in temporary accommodation', cell: 'C4', target: 120, targetCell: 'C5', rag: 'green' },
    ]);
    expect(r.items[0].indicator.section).toBe('Housing');
    expect(codes(r)).toEqual([]);
  });

  it('with no polarity stated, names the name cell above the Actual row', () => {
    const r = report([
      ['Indicator', 'Q1 2023/24', 'Q2 2023/24'],
      ['Households in temporary accommodation', null, null],
      ['Actual', 131, 118],
      ['Target', 120, 120],
    ]);
    expect(r.items[0].indicator.polarity).toBe('lower');
    expect(r.issues.find((i) => i.code === 'polarity-assumed')).toMatchObject({ cell: 'A2' });
  });

  it('keeps the target of the reporting period even when the Target row runs to the end of the year', () => {
    const r = report([
      ['Indicator', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24', 'Q4 2023/24', 'Good is'],
      ['% of calls answered within 20 seconds', 0.81, 0.84, null, null, 'Higher'],
      ['Target', 0.8, 0.85, 0.9, 0.9],
    ]);
    expect(r.period?.label).toBe('Q2 2023/24');
    expect(facts(r)).toEqual([
      { name: '% of calls answered within 20 seconds', cell: 'C2', target: 85, targetCell: 'C3', rag: 'amber' },
    ]);
  });

  it('falls back to the annual target, with a warning naming the blank cell, and lets configuration win over both', () => {
    const grid = [
      ['Ref', 'Indicator', 'Q1 2023/24', 'Q2 2023/24', 'Annual target', 'Good is'],
      ['W1', '% of household waste recycled', 0.44, 0.46, 0.5, 'Higher'],
      [null, 'Target', 0.45, null],
    ];
    const r = report(grid);
    expect(facts(r)).toEqual([
      { name: '% of household waste recycled', cell: 'D2', target: 50, targetCell: 'E2', rag: 'red' },
    ]);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'target-row-blank', sheet: 'KPIs', cell: 'D3' }));
    const configured = report(grid, { indicators: { W1: { target: 46 } } });
    expect(facts(configured)[0]).toMatchObject({ target: 46, targetCell: null, rag: 'green' });
  });

  it("reads a RAG row as the sheet's own rating for each period", () => {
    const r = report([
      ['Indicator', null, 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24', 'Good is'],
      ['% of complaints answered within 10 working days', 'Actual', 0.88, 0.81, null, 'Higher'],
      [null, 'Target', 0.85, 0.85, 0.85],
      [null, 'RAG', 'G', 'A', null],
    ]);
    expect(facts(r)).toEqual([
      {
        name: '% of complaints answered within 10 working days',
        cell: 'D2',
        target: 85,
        targetCell: 'D3',
        rag: 'amber',
      },
    ]);
    expect(r.items[0].sheetRag).toEqual({ rag: 'amber', shown: 'A', sheet: 'KPIs', cell: 'D4' });
    // Plain fractions with no % format are a guess worth a word; nothing else is.
    expect(codes(r)).toEqual(['fraction-guess']);
    const q1 = report(
      [
        ['Indicator', null, 'Q1 2023/24', 'Q2 2023/24', 'Good is'],
        ['% of complaints answered within 10 working days', 'Actual', 0.88, 0.79, 'Higher'],
        [null, 'Target', 0.9, 0.85],
        [null, 'Status', 'Green', 'Amber'],
      ],
      { period: 'Q1 2023/24' },
    );
    expect(q1.items[0].sheetRag).toMatchObject({ rag: 'green', cell: 'C4' });
    expect(q1.issues.filter((i) => i.code !== 'fraction-guess').map((i) => [i.code, i.cell])).toEqual([
      ['rag-disagrees', 'C4'],
    ]);
  });

  it('still warns about a Target row with nothing above it, and a Target row with no values row', () => {
    const r = report([
      ['Indicator', null, 'Q1 2023/24', 'Q2 2023/24', 'Good is'],
      ['Target', null, 10, 10],
      ['Missed bin collections per 100,000', 'Target', 40, 40, 'Lower'],
    ]);
    expect(r.items).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ['row-without-name', 'A2'],
      ['block-without-values', 'A3'],
    ]);
  });
});
