/**
 * Northamptonshire's call handling targets and performance for May 2019: each measure's target is
 * the last line of its name ("Target is 80%", "Target is 5% or less"), and the table has no column of
 * targets. Worked out by hand:
 * - calls answered within 60 seconds: 82 % against 80 %; no polarity given, "within" says higher
 *   is better: green;
 * - abandoned calls: 3 % against "5% or less", which says lower is better: green;
 * - total number of calls, 17,636: a context measure.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { targetInName } from '../../../src/core/indicators/nameTarget';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const ANSWERED = 'The percentage (%) of calls we answered within 60 seconds.\nTarget is 80%';
const ABANDONED =
  'The percentage of abandoned calls.\n(A customer abandons a call when they hang up before an advisor is able to answer.)\nTarget is 5% or less';

function sheet(rows: RawValue[][], header: RawValue[] = ['Measure', 'Performance in May 2019']): SheetGrid {
  const values = [['Our targets and performance'], header, ...rows];
  const formats = values.map((row) => row.map((v) => (typeof v === 'number' && v < 1 ? '0%' : null)));
  return { name: 'Call handling', values, formats };
}
const report = (grid: SheetGrid) => buildReport([grid], parseConfig({}));

describe('a target at the end of the name, where the table has no column of targets', () => {
  const r = report(
    sheet([
      [ANSWERED, 0.82],
      [ABANDONED, 0.03],
      ['Total number of calls', 17636],
    ]),
  );

  it('is read as the target, and the name without it', () => {
    expect(r.period?.label).toBe('May 2019');
    expect(
      r.items.map((i) => [i.indicator.name, i.indicator.polarity, i.indicator.target?.value ?? null, i.rating.rag]),
    ).toEqual([
      ['The percentage (%) of calls we answered within 60 seconds', 'higher', 80, 'green'],
      [
        'The percentage of abandoned calls. (A customer abandons a call when they hang up before an advisor is able to answer.)',
        'lower',
        5,
        'green',
      ],
      ['Total number of calls', 'none', null, 'none'],
    ]);
    expect(r.items[0].indicator.target?.measure?.cell).toBe('A3');
  });

  it('says so at the name cell', () => {
    const warned = r.issues.filter((i) => i.code === 'target-from-name');
    expect(warned.map((w) => w.cell)).toEqual(['A3', 'A4']);
    expect(warned[0].message).toBe(
      "Call handling!A3: the target is read from the end of the name ('Target is 80%'), as the table has no column of targets; check that it is the target for the period reported on.",
    );
  });

  it('writes the narrative without the target in the name', () => {
    expect(r.narrative.text).toContain('stood at 82 per cent, above the target of 80 per cent');
    expect(r.narrative.text).not.toContain('Target is');
  });

  it('is not read where the table has a column of targets', () => {
    const withColumn = report(sheet([[ANSWERED, 0.75, 0.82]], ['Measure', 'Target', 'Performance in May 2019']));
    expect(withColumn.items[0].indicator.name).toBe(ANSWERED.replace('\n', ' '));
    expect(withColumn.items[0].indicator.target?.value).toBe(75);
    expect(withColumn.issues.map((i) => i.code)).not.toContain('target-from-name');
  });

  it("is read where the row's cell in the column of targets is blank", () => {
    // A planning page: "Major applications … (target 60%)" beside a "Target" column that only other
    // rows fill in. 77.8 % against 60 %: green, not a context measure without a target.
    const grid: SheetGrid = {
      name: 'Planning',
      values: [
        ['Planning performance, Quarter 1 2025/26'],
        ['Ref', 'Measure', 'Q1 2025/26', 'Target'],
        ['PL01', 'Major applications determined within 13 weeks (target 60%)', 0.778, null],
        ['PL04', 'Householder applications determined within 8 weeks', 0.795, 0.85],
      ],
      formats: [[], [], [null, null, '0.0%', null], [null, null, '0.0%', '0.0%']],
    };
    const r = report(grid);
    expect(r.items.map((i) => [i.indicator.id, i.indicator.target?.value ?? null, i.rating.rag])).toEqual([
      ['PL01', 60, 'green'],
      ['PL04', 85, 'red'],
    ]);
    expect(r.issues.filter((i) => i.code === 'target-from-name').map((i) => i.cell)).toEqual(['B3']);
  });
});

describe('the words read as a target at the end of a name', () => {
  it.each([
    ['% of calls answered within 20 seconds (target 80%)', '% of calls answered within 20 seconds', '80%'],
    ['Households in temporary accommodation – Target: 150', 'Households in temporary accommodation', '150'],
    ['Invoices paid within 30 days (Target = 95% or more)', 'Invoices paid within 30 days', '95% or more'],
  ])('%s', (name, without, target) => {
    expect(targetInName(name)).toEqual(expect.objectContaining({ name: without, target }));
  });

  it.each([
    'Number of households in the target group',
    'Spend against target',
    'Target 2024/25',
    'Reduce the number of children in care to target 300',
    'Working with the target of reducing',
  ])('not in %s', (name) => {
    expect(targetInName(name)).toBeNull();
  });
});
