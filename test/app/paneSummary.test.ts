import { DEFAULT_CONFIG, parseConfig } from '../../src/core/config/schema';
import { buildReport } from '../../src/core/report/buildReport';
import { paneSummary } from '../../src/app/paneSummary';
import { SMALL_GRID } from '../excel/sampleWorkbook';

describe('the pane’s view of a report', () => {
  const { indicators, tables } = paneSummary(buildReport([SMALL_GRID], DEFAULT_CONFIG));

  it('gives each indicator its badge word, its value cell and its section', () => {
    expect(indicators.map((i) => [i.id, i.label, i.sheet, i.cell, i.group])).toEqual([
      ['CS01', 'Green', 'Scorecard', 'F4', 'Scorecard'],
      ['CS02', 'Amber', 'Scorecard', 'F5', 'Scorecard'],
      ['CS03', 'Red', 'Scorecard', 'F7', 'Scorecard › Children in care'],
      ['CS04', 'Green', 'Scorecard', 'F8', 'Scorecard › Children in care'],
    ]);
  });

  it('words the value, the target and the reason from the cells', () => {
    const cs02 = indicators.find((i) => i.id === 'CS02')!;
    expect(cs02.detail).toMatch(/^87 per cent; target 90 per cent — /);
    expect(cs02.rag).toBe('amber');
  });

  it('names each table by its range and each column by its role', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].title).toBe('Scorecard!A3:F8');
    expect(tables[0].columns.map((c) => `${c.header}: ${c.role}`)).toEqual([
      'Ref: ref',
      'Indicator: name',
      'Good is: polarity',
      'Target: target',
      'Q1 2021/22: period',
      'Q2 2021/22: period',
    ]);
  });

  it('passes on what to check, naming the cell', () => {
    const grid = {
      ...SMALL_GRID,
      values: SMALL_GRID.values.map((row, r) => (r === 3 ? [...row.slice(0, 5), '92%'] : row)),
    };
    const { warnings } = paneSummary(buildReport([grid], DEFAULT_CONFIG));
    expect(warnings).toEqual([
      expect.objectContaining({
        sheet: 'Scorecard',
        cell: 'F4',
        message: expect.stringMatching(/^Scorecard!F4: '92%' is a number stored as text/),
      }),
    ]);
  });

  it('badges an indicator whose target cell holds a date "Check", naming the cell, not "No target"', () => {
    // CS01's target typed as 1 April 2025 (serial 45748, shown as a date) rather than 90.
    const grid = {
      ...SMALL_GRID,
      values: SMALL_GRID.values.map((row, r) => (r === 3 ? [...row.slice(0, 3), 45748, ...row.slice(4)] : row)),
      formats: SMALL_GRID.values.map((_row, r) => (r === 3 ? [null, null, null, 'dd/mm/yyyy'] : [])),
    };
    const cs01 = paneSummary(buildReport([grid], DEFAULT_CONFIG)).indicators.find((i) => i.id === 'CS01')!;
    expect(cs01.label).toBe('Check');
    expect(cs01.rag).toBe('none');
    expect(cs01.detail).toMatch(/^92 per cent; target not read \('01\/04\/2025' in D4\)/);
  });

  it('says a target for another year is one, not that it was not read', () => {
    // The header names 2020/21; the report is on Q2 2021/22: no indicator is rated against it.
    const grid = {
      ...SMALL_GRID,
      values: SMALL_GRID.values.map((row, r) =>
        r === 2 ? row.map((h) => (h === 'Target' ? 'Target 2020/21' : h)) : row,
      ),
    };
    const cs01 = paneSummary(buildReport([grid], DEFAULT_CONFIG)).indicators.find((i) => i.id === 'CS01')!;
    expect(cs01.label).toBe('Check');
    expect(cs01.detail).toBe(
      "92 per cent; target for another year ('90%' in D4) — not rated: the target in D4 is for 2020/21, not Q2 2021/22; please check it",
    );
  });

  it('says a target to be met later is not yet due, naming its words and cell', () => {
    // Q1's 55.1 % against "57.5% by Q2": not held to it before Q2.
    const values = [
      ['Ref', 'Measure', 'Polarity', 'Target 2024/25', 'Q1 2024/25'],
      ['EN1', '% of household waste recycled', 'Higher', '57.5% by Q2', 55.1],
    ];
    const [en1] = paneSummary(buildReport([{ name: 'Plan', values }], DEFAULT_CONFIG)).indicators;
    expect(en1.label).toBe('Check');
    expect(en1.detail).toMatch(
      /^55\.1 per cent; target not yet due \('57\.5% by Q2' in D2\) — not rated: .* to be met by Q2 2024\/25/,
    );
  });

  it('lists a skipped totals row among the things to check, and gives why the period was chosen beside the period setting', () => {
    const grid = { ...SMALL_GRID, values: [...SMALL_GRID.values, ['', 'Total', null, null, 339, 0]] };
    const summary = paneSummary(buildReport([grid], DEFAULT_CONFIG));
    expect(summary.warnings).toEqual([
      {
        sheet: 'Scorecard',
        cell: 'B9',
        message: expect.stringMatching(/^Scorecard!B9: row 9 is a totals row, not an indicator/),
      },
    ]);
    expect(summary.settings.reportingWhy).toMatch(/^The report is on Q2 2021\/22 \(Scorecard!F3\)/);
    expect(summary.indicators).toHaveLength(4);
  });
});

describe('the pane’s view of the sheet’s own RAG', () => {
  it('gives the sheet’s rating in words with its cell, and whether it agrees with ours', () => {
    const grid = {
      name: 'KPIs',
      values: [
        ['Ref', 'Indicator', 'Good is', 'Target', 'Q2 2023/24', 'Status'],
        ['K1', '% of rent collected', 'Higher', 98, 98.4, 'G'],
        ['K2', 'Average days to re-let council homes', 'Lower', 28, 35, 'On target'],
        ['K3', 'Number of households in temporary accommodation', 'n/a', null, 152, 'n/a'],
      ],
    };
    const { indicators, settings } = paneSummary(buildReport([grid], DEFAULT_CONFIG));
    expect(indicators.map((i) => [i.id, i.label, i.sheetRag])).toEqual([
      ['K1', 'Green', { label: 'Green', shown: 'G', cell: 'F2', agrees: true }],
      ['K2', 'Red', { label: 'Green', shown: 'On target', cell: 'F3', agrees: false }],
      ['K3', 'No target', { label: 'Not rated', shown: 'n/a', cell: 'F4', agrees: true }],
    ]);
    expect(settings.current.ragSource).toBe('engine');
  });

  it('counts "No" in a column that says only whether the target was met as agreeing with our amber', () => {
    const grid = {
      name: 'SSHA',
      values: [
        ['Indicator', 'Polarity', 'Target', 'Jan 2018', 'Target Met?'],
        // 96.93 against 99, higher: amber; the sheet says not met.
        ['Rent collected as % of rent owed', 'Higher', 99, 96.93, 'No'],
        // 1.36 against 1.96, lower: green; the sheet says met.
        ['Current tenant arrears %', 'Lower', 1.96, 1.36, 'Yes'],
      ],
    };
    const { indicators } = paneSummary(buildReport([grid], DEFAULT_CONFIG));
    expect(indicators.map((i) => [i.label, i.sheetRag?.label, i.sheetRag?.agrees])).toEqual([
      ['Amber', 'Target not met', true],
      ['Green', 'Target met', true],
    ]);
  });
});

describe('what the configuration leaves out, as the pane lists it', () => {
  it('lists an indicator left out with its name cell, under the key its exclusion is stored by', () => {
    const config = parseConfig({
      indicators: { CS02: { exclude: true }, 'Plans reviewed on time (%)': { exclude: true } },
    });
    const summary = paneSummary(buildReport([SMALL_GRID], config));
    expect(summary.indicators.map((i) => i.id)).toEqual(['CS01', 'CS04']);
    expect(summary.excluded).toEqual([
      { name: 'Visits within timescale (%)', sheet: 'Scorecard', cell: 'B5', settingsKey: 'CS02' },
      { name: 'Plans reviewed on time (%)', sheet: 'Scorecard', cell: 'B7', settingsKey: 'Plans reviewed on time (%)' },
    ]);
  });

  it('lists a table left out, as left out, with its columns', () => {
    const summary = paneSummary(
      buildReport([SMALL_GRID], parseConfig({ tables: [{ sheet: 'Scorecard', exclude: true }] })),
    );
    expect(summary.indicators).toEqual([]);
    expect(summary.tables).toEqual([
      expect.objectContaining({ title: 'Scorecard!A3:F8', configKey: 'Scorecard', excluded: true }),
    ]);
    expect(summary.tables[0].columns.map((c) => c.role)).toContain('name');
  });
});

describe('a milestone reported in words in the pane', () => {
  it('is "In words" with its word and cell, not "No data"', () => {
    const values = [
      ['Indicator', 'Polarity', 'Target', 'Q3 2024/25'],
      ['% of invoices paid within 30 days', 'Higher', 95, 96],
      ['New library opened at Market Square', null, null, 'Complete'],
    ];
    const { indicators } = paneSummary(buildReport([{ name: 'KPIs', values }], DEFAULT_CONFIG));
    expect(indicators.map((i) => [i.label, i.detail])).toEqual([
      ['Green', expect.stringMatching(/^96 per cent; target 95 per cent — /)],
      ['In words', "Reported in words: 'Complete' in D3"],
    ]);
  });
});
