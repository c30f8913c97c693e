import { classifyHeader } from '../../../src/core/tables/columnRoles';
import { findTables } from '../../../src/core/tables/findTables';
import type { SheetGrid } from '../../../src/core/values/types';
import { parseSheetRag } from '../../../src/core/values/sheetRag';
import { parsePolarity } from '../../../src/core/values/polarity';
import { EARLY_HELP_HEADERS } from '../../helpers/earlyHelpHeaders';

describe('headers councils use that are not the usual words', () => {
  it.each([
    'Criteria',
    'Criterion',
    'Performance criteria',
    'Measure definition',
    'KPI description',
    'Performance measure',
    // A corporate plan's measures and milestones in one table.
    'Measure / milestone',
    'Milestone',
  ])('%j names the indicator column', (header) => {
    expect(classifyHeader(header)?.role).toBe('name');
  });

  it.each([
    'Current Target',
    'Current year target',
    'Target this year',
    'Target 2023/24',
    'Annual target',
    'In year target',
    // The level planned for, as NHS and council scorecards head it; a budget is not a target.
    'Plan 2023/24',
    'Plan',
    'Annual plan',
    // The path to the target a plan sets each quarter (NHS and council reports), not a forecast.
    'Trajectory',
  ])('%j is the target', (header) => {
    expect(classifyHeader(header)?.role).toBe('target');
  });

  it.each(['Budget', 'Original budget', 'Action plan'])('%j is not the target', (header) => {
    expect(classifyHeader(header)?.role).not.toBe('target');
  });

  it.each(['Our goal is', 'Goal is', 'Ideal direction', 'Our aim is'])('%j is the polarity column', (header) => {
    expect(classifyHeader(header)?.role).toBe('polarity');
  });

  it.each(['Rank in CIPFA group', 'Rank among statistical neighbours', 'Regional rank', 'Rank in family group'])(
    '%j is a rank benchmark',
    (header) => {
      expect(classifyHeader(header)).toMatchObject({ role: 'benchmark', benchmark: { kind: 'rank' } });
    },
  );

  it('reads "Progress status" as the sheet\'s own RAG', () => {
    expect(classifyHeader('Progress status')?.role).toBe('rag');
  });

  it('still leaves a goal written in words alone, and a name that only starts like a header', () => {
    expect(classifyHeader('Goal is to reduce waste')).toBeNull();
    expect(classifyHeader('Criteria met for discharge')).toBeNull();
  });

  it('finds a table whose name column is headed "Criteria"', () => {
    const grid: SheetGrid = {
      name: 'Good repair',
      values: [
        ['Housing Service Performance 2024/25'],
        [],
        ['Criteria', 'Target', 'Year end 2023/24', 'Quarter 1 2024/25', 'Quarter 2 2024/25', 'Target Met'],
        ['Percentage of emergency repairs completed in time', 0.97, 0.991, 0.997, 0.994, 'On target'],
        [
          'Average number of calendar days to complete non-emergency repairs (Lower is better)',
          20,
          18.7,
          21.3,
          20.9,
          'Not on target',
        ],
      ],
    };
    const { tables } = findTables(grid);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRow).toBe(2);
    expect(tables[0].columns.map((c) => c.role)).toEqual(['name', 'target', 'period', 'period', 'period', 'rag']);
  });
});

describe('headers and polarity words from scorecards read since', () => {
  it.each([
    ['Good Performance (is bigger, smaller or to plan better)', 'polarity'], // Cumbria
    ['Good perf is', 'polarity'],
    ['Target (Green)', 'target'],
    ['Baseline 2010/11', 'ignore'],
    ['Forecast outturn 2024/25', 'ignore'],
    ['Annual budget 2023/24', 'ignore'],
    ['STAT NEIGH AVE', 'benchmark'],
    ['NAT AVE', 'benchmark'],
  ])('%j means %s', (header, role) => {
    expect(classifyHeader(header)?.role).toBe(role);
  });

  it('reads no other role from before a bracket: a colour may change what the column holds', () => {
    expect(classifyHeader('Target (Amber)')?.role).toBe('tolerance');
    expect(classifyHeader('Target (Red)')).toBeNull();
  });

  it('reads "Figure should reduce" and "Info" in a polarity column', () => {
    expect(parsePolarity('Figure should reduce')).toBe('lower');
    expect(parsePolarity('Figure should increase')).toBe('higher');
    expect(parsePolarity('Info')).toBe('none');
    expect(parsePolarity('To plan')).toBeNull();
  });
});

describe('a name header that says which indicators follow it', () => {
  // An early help and children's social care monthly report heads its names so, beside a "MEASURE" column of units.
  const grid: SheetGrid = {
    name: 'Performance Summary',
    values: [
      ['Early Help and Family Engagement Monthly Performance Report'],
      [],
      [...EARLY_HELP_HEADERS, 'Target (Green)'],
      [1.2, '% of early help assessments completed within 45 days', 'High', '%', 81.2, 78.7, 78.1, 85],
      [2.1, "Referrals to children's social care (in month)", 'Info', 'Number', 403, 407, 392, '-'],
    ],
  };

  it('reads the names from it, and "MEASURE", which holds units, as the units', () => {
    const { tables } = findTables(grid);
    expect(tables[0].columns.map((c) => c.role)).toEqual([
      'ref',
      'name',
      'polarity',
      'unit',
      'period',
      'period',
      'period',
      'target',
    ]);
    expect(tables[0].warnings.map((w) => [w.code, w.cell])).toContainEqual(['units-beside-names', 'D3']);
    expect(tables[0].warnings.map((w) => w.code)).not.toContain('duplicate-role');
  });
});

describe('what a Pentana export and a New Forest dashboard write', () => {
  it.each([
    ['Desired direction of travel', 'polarity'],
    ['Latest Note', 'commentary'],
    // Pentana's standard field for a PI's name; an export headed with it was refused ("no column of names").
    ['Short Name', 'name'],
    ['PI Short Name', 'name'],
    ['KPI Short Name', 'name'],
  ])('%j means %s', (header, role) => {
    expect(classifyHeader(header)?.role).toBe(role);
  });

  it.each([
    ['OK', 'green'],
    ['Warning', 'amber'],
    ['Alert', 'red'],
    ['Unknown', 'none'],
  ])("reads Pentana's status %j as %s", (text, rag) => {
    expect(parseSheetRag(text)?.rag).toBe(rag);
  });
});
