/**
 * Readings from council layouts first tried on the command line, each worked out by hand:
 * - Cheshire West and Chester's housing KPIs name each measure with its code before a colon
 *   ("PMF-03: Emergency repairs completed …"), and Carmarthenshire's after it ("… per person
 *   PAM/043"): the code is the reference, the prose names the measure;
 * - a public health dashboard's "Comparator (CIPFA) average" and Hertfordshire's "CIPFA 2018/19" are
 *   the statistical neighbours' benchmark;
 * - a benchmark written with its source, "628.2 (England 16/17)", is 628.2, for 2016/17;
 * - the Isle of Anglesey's scorecard heads its figures "CY Actual" beside "CY Target": the current
 *   year's figures, for the quarter its title names (Q2 2023/24).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { classifyHeader } from '../../../src/core/tables/columnRoles';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const report = (name: string, values: RawValue[][]) =>
  buildReport([{ name, values } satisfies SheetGrid], parseConfig({}));

describe('a code before a colon at the start of each name', () => {
  const r = report('Housing KPIs', [
    ['KPI ref and description', 'Polarity', 'Target', 'Q2 2025/26'],
    ['PMF-03: Emergency repairs completed within target timescale (24 hours)', 'Higher', 98, 96.2],
    ['PMF-05: Average days to re-let standard voids', 'Lower', 30, 31],
    ['PMF-08: Homelessness preventions', 'Higher', 75, 81],
  ]);

  it('is the reference, and the prose names the measure without it', () => {
    expect(r.items.map((i) => i.indicator.nameCode)).toEqual(['PMF-03', 'PMF-05', 'PMF-08']);
    expect(r.narrative.text).toContain('Homelessness preventions (PMF-08) stood at 81, above the target of 75.');
    expect(r.narrative.text).not.toContain('PMF-03:');
  });
});

describe('a code at the end of each name', () => {
  // Carmarthenshire's scrutiny report ends most measures' names with their Welsh PAM code; one has none.
  const r = report('EPP Scrutiny', [
    ['Measure Description', 'Target', 'Q3 2018/19'],
    ['Average number of working days taken to clear fly-tipping incidents PAM/035', 2, 2.6],
    ['Kilograms of residual waste generated per person PAM/043', 150, 148],
    ['Percentage of fly tipping incidents cleared within 5 working days', 95, 93.2],
  ]);

  it('is the reference, and the prose names the measure without it', () => {
    expect(r.items.map((i) => i.indicator.nameCode ?? null)).toEqual(['PAM/035', 'PAM/043', null]);
    expect(r.narrative.text).toContain('Kilograms of residual waste generated per person (PAM/043) stood at 148 kg');
    expect(r.narrative.text).not.toContain('person PAM/043');
  });

  it('is left in a name where most names have none', () => {
    const one = report('Environment', [
      ['Indicator', 'Target', 'Q3 2018/19'],
      ['Council emissions of CO2', 100, 96],
      ['Fly-tipping incidents cleared within 5 days', 95, 93.2],
      ['Household waste recycled', 60, 58.1],
    ]);
    expect(one.items.map((i) => i.indicator.nameCode ?? null)).toEqual([null, null, null]);
  });
});

describe('benchmarks', () => {
  it.each([
    ['Comparator (CIPFA) average', 'statisticalNeighbours', null],
    ['CIPFA 2018/19', 'statisticalNeighbours', '2018/19'],
    ['CIPFA group', 'statisticalNeighbours', null],
    ['Comparator', 'other', null],
    // Welsh councils' family group, and figures as the DfE published them (Darlington, Bromley).
    ['Family (2022/23)', 'statisticalNeighbours', '2022/23'],
    ['England 2022/23 (DfE published)', 'england', '2022/23'],
    ['Stat Neighbours 2022/23 (DfE published)', 'statisticalNeighbours', '2022/23'],
    // Carmarthenshire's "Best Quartile": the figure that marks the best quarter of councils, not a position.
    ['Best Quartile', 'other', null],
    // A median is not called an average.
    ['Welsh Median 2017/18', 'other', '2017/18'],
    ['Quartile', 'quartile', null],
    // Social landlords' benchmarking club.
    ['Housemark median', 'other', null],
    ['Housemark Median 2023/24', 'other', '2023/24'],
  ])('%s is a benchmark: %s', (header, kind, period) => {
    const c = classifyHeader(header);
    expect(c?.role).toBe('benchmark');
    expect(c?.benchmark?.kind).toBe(kind);
    expect(c?.period?.label ?? null).toBe(period);
  });

  it('named by who publishes it keeps the name as written', () => {
    const r = report('Housing', [
      ['TSM', 'TSM Description', 'Target', '2024/25', 'Housemark median', 'Welsh median'],
      ['RP02', 'Repairs completed within target timescale', 90, 91.2, 86, 88],
    ]);
    expect(r.tables[0].columns.map((c) => c.role)).toEqual([
      'ref',
      'name',
      'target',
      'period',
      'benchmark',
      'benchmark',
    ]);
    expect(r.narrative.text).toContain(
      'It is better than both the Housemark median figure of 86 and the Welsh median figure of 88.',
    );
  });

  it("from a family group is called the family group's, not statistical neighbours'", () => {
    // The LGBF's "Family Group" and a Welsh appendix's "Family": the same kind of benchmark, in their own words.
    const r = report('LGBF', [
      ['Indicator', 'Polarity', 'Target', '2020/21', '2021/22', 'Scotland', 'Family Group'],
      ['Net cost of waste collection per premise', 'Lower', 70, 72.1, 75.3, 72.98, 70.12],
    ]);
    expect(r.items[0].indicator.benchmarks.map((b) => b.kind)).toEqual(['national', 'statisticalNeighbours']);
    expect(r.narrative.text).toContain(
      'It is worse than the averages for Scotland (£72.98) and the family group (£70.12).',
    );
    expect(r.narrative.text).not.toContain('neighbour');
  });

  it('written with its source in a bracket, is the figure, for the period the bracket names', () => {
    const r = report('ASC', [
      ['Indicator', 'Polarity', 'Target', '2016/17', '2017/18', 'England', 'Comparator (CIPFA) average'],
      [
        'Permanent admissions of older people (65+) to care homes per 100,000',
        'Lower',
        600,
        640,
        612,
        '628.2 (England 16/17)',
        590,
      ],
    ]);
    expect(r.items[0].indicator.benchmarks.map((b) => [b.kind, b.period?.label ?? null, b.measure.value])).toEqual([
      ['england', '2016/17', 628.2],
      ['statisticalNeighbours', null, 590],
    ]);
    // CIPFA's comparators, named as the header names them (not the DfE's statistical neighbours).
    expect(r.narrative.text).toContain(
      'It is better than the 2016/17 England average of 628.2 per 100,000 but worse than the CIPFA comparator average of 590 per 100,000.',
    );
  });
});

describe('"CY Actual" beside "CY Target"', () => {
  const r = report('Scorecard', [
    ['Corporate Scorecard – Quarter 2 2023/24'],
    [],
    ['Performance Indicator', 'CY RAG', 'CY Actual', 'CY Target'],
    ['Percentage of FOI requests responded to within timescale', 'Green', 0.81, 0.8],
  ]);

  it("is the current year's figures, for the quarter the title names", () => {
    expect(r.period?.label).toBe('Q2 2023/24');
    expect(r.items[0].rating.current?.measure.cell).toBe('C4');
    expect(r.items[0].rating.rag).toBe('green');
  });
});

describe('a target headed as a threshold or an aspiration', () => {
  // Darlington's children's services indicators: "Target / Threshold 2023/24".
  it.each([
    ['Target / Threshold 2023/24', '2023/24'],
    ['Target (Threshold)', null],
    ['Aspiration 2023/24', '2023/24'],
  ])('%s is the target', (header, period) => {
    const c = classifyHeader(header);
    expect(c?.role).toBe('target');
    expect(c?.period?.label ?? null).toBe(period);
  });
});

describe("a median and the best quartile's figure, beside a Welsh measure", () => {
  it('are named as the sheet names them, the year said once', () => {
    const r = report('PAM', [
      ['Ref', 'Measure', 'Polarity', 'Target', '2022/23', 'Welsh Median 2021/22', 'Best Quartile'],
      ['PAM/030', 'Percentage of waste reused, recycled or composted', 'Higher', 64, 66.3, 65.1, 67.2],
    ]);
    expect(r.narrative.text).toContain(
      'It is better than the 2021/22 Welsh Median figure of 65.1 per cent but worse than the Best Quartile figure of 67.2 per cent.',
    );
  });
});
