/**
 * Bridgend's housing appendix ends its table with "Q4 Actual 2013/14 all Wales comparative data",
 * filled on two rows of five: the all-Wales figure for the same quarter a year before. It was
 * neither read nor named as unread. It is now read as a Wales benchmark for Q4 2013/14 and cited.
 * The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { classifyHeader } from '../../../src/core/tables/columnRoles';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

describe('an all-Wales comparative column', () => {
  it.each([
    ['Q4 Actual 2013/14 all Wales comparative data', 'Q4 2013/14'],
    ['All Wales comparative data', null],
    ['Wales comparison 2013/14', '2013/14'],
  ])('%j is a Wales benchmark (for %s)', (header, period) => {
    const cls = classifyHeader(header);
    expect(cls?.role).toBe('benchmark');
    expect(cls?.benchmark?.kind).toBe('wales');
    expect(cls?.period?.label ?? null).toBe(period);
  });

  it('is cited beside the figures it is given for, and leaves the others alone', () => {
    const values: RawValue[][] = [
      ['HOMELESSNESS AND HOUSING ADVICE 2014/15'],
      [],
      [
        'Indicator Description',
        '2013/14 Actual Performance',
        '2014/15 Target',
        'Q4 Actual',
        'Q4 Actual 2013/14 all Wales comparative data',
      ],
      ['% of homeless presentations decided within 33 working days', 80.3, 75, 87.6, 87.5],
      ['The average number of calendar days taken to deliver a Disabled Facilities Grant', 232, 270, 205, 239],
      ['The average number of calendar days taken to deliver a low cost adaptation', 71, 85, 53, null],
    ];
    const grid: SheetGrid = { name: 'Homelessness', values };
    const r = buildReport([grid], parseConfig({}));
    expect(r.period?.label).toBe('Q4 2014/15');
    expect(r.tables[0].columns.map((c) => c.role)).toEqual(['name', 'period', 'target', 'period', 'benchmark']);
    // 87.6 % against 75 % (higher): green; 205 and 53 days against 270 and 85 (lower): green.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'green', 'green']);
    expect(r.items.map((i) => i.indicator.benchmarks.map((b) => b.measure.value))).toEqual([[87.5], [239], []]);
    const text = r.narrative.text;
    expect(text).toContain('It is better than the Q4 2013/14 Wales average of 87.5 per cent.');
    expect(text).toContain('It is better than the Q4 2013/14 Wales average of 239 days.');
    expect(r.issues.some((i) => i.code === 'figures-header-unknown')).toBe(false);
  });

  it("takes a quarter's year from the row's target where no title names one", () => {
    // Appendix 4c as another council lays it out: no year in the title, the benchmark's header ending
    // "(where applicable)". "Q4 Actual" beside "2014/15 Target" is Q4 2014/15, not left unread, and
    // 2013/14's figures are not rated against the 2014/15 target.
    const values: RawValue[][] = [
      ["APPENDIX 4c COMMUNITY & CHILDREN'S SERVICES GROUP - PERFORMANCE MANAGEMENT INFORMATION"],
      [],
      ['HOMELESSNESS AND HOUSING ADVICE'],
      [
        'Indicator Description',
        '2013/14 Actual Performance',
        '2014/15 Target',
        'Target Q4',
        'Q4 Actual',
        '2013/14 all Wales comparative data (where applicable)',
      ],
      ['% of homeless presentations decided within 33 working days (Local)', 80.3, 75, 75, 87.6, 87.5],
      ['The average number of working days between homeless presentation and discharge of duty', 84, 90, 90, 61, null],
    ];
    const r = buildReport([{ name: 'Appendix 4c', values }], parseConfig({}));
    expect(r.period?.label).toBe('Q4 2014/15');
    expect(r.tables[0].columns.map((c) => c.role)).toEqual([
      'name',
      'period',
      'target',
      'target',
      'period',
      'benchmark',
    ]);
    // 87.6 % against 75 %: green, up on 80.3 %. 61 days against 90 (lower): green, down on 84.
    expect(r.items.map((i) => [i.rating.rag, i.rating.longTerm?.direction])).toEqual([
      ['green', 'improving'],
      ['green', 'improving'],
    ]);
    expect(r.issues.some((i) => i.code === 'period-without-year')).toBe(false);
    expect(r.narrative.text).toContain('It is better than the 2013/14 Wales average of 87.5 per cent.');
  });
});
