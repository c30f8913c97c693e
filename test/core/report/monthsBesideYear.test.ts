/**
 * A monthly children's early help report ("Early Help and Family Engagement Monthly Performance
 * Report, As at Month End: March 2017") heads its columns in two rows: "PERFORMANCE (Monthly)" over
 * Jan-17 | Feb-17 | Mar-17, then "Year End 2016/17", and "2016/17 Target and Tolerances" merged over
 * Red | Amber | Green | Target. The report was on 2016/17, the year heading over the targets taken as
 * the report's title, and so on the year's total: 3,914 early help contacts given as the month's.
 *
 * The rated rows are modelled on the report's layout with figures of our own; the contacts are the
 * report's. The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const TITLE = 'Early Help and Family Engagement Monthly Performance Report As at Month End: March 2017';
const GROUPS: RawValue[] = [
  null,
  null,
  null,
  null,
  null,
  'PERFORMANCE (Monthly)',
  null,
  null,
  null,
  'YR ON YR TREND',
  null,
  null,
  null,
  '2016/17 Target and Tolerances',
  null,
  null,
  null,
];
const HEADER: RawValue[] = [
  'NO.',
  'INDICATORS - EARLY HELP BOROUGH WIDE',
  'DATA NOTE',
  'GOOD PERF IS',
  '',
  'Jan-17',
  'Feb-17',
  'Mar-17',
  'Year End 2016/17',
  '2014/15',
  '2015/16',
  'DOT (Month on Month)',
  'RAG (in month)',
  'Red',
  'Amber',
  'Green',
  'Target',
];
const CONTACTS: RawValue[] = [
  '1.1',
  'Early Help Contacts during the reporting month (including Step downs)',
  'See Note 1',
  'Info',
  'Number',
  403,
  407,
  392,
  3914,
  null,
  null,
  '↓',
];
const ASSESSMENTS: RawValue[] = [
  '1.2',
  'Early Help assessments completed within 45 days',
  null,
  'High',
  '%',
  0.8,
  0.85,
  0.88,
  0.84,
  null,
  null,
  '↑',
  null,
  null,
  null,
  null,
  0.9,
];
const CLOSED: RawValue[] = [
  '1.3',
  'Early Help cases closed with outcomes achieved',
  null,
  'High',
  'Number',
  40,
  45,
  50,
  480,
  null,
  null,
  '↑',
  null,
  null,
  null,
  null,
  500,
];

const formatOf = (row: readonly RawValue[]) => row.map((v) => (typeof v !== 'number' ? null : v < 1 ? '0%' : '0'));
const grid = (rows: readonly (readonly RawValue[])[], groups: readonly RawValue[] = GROUPS): SheetGrid => ({
  name: 'Performance Summary',
  values: [[TITLE], [], [...groups], [...HEADER], ...rows.map((r) => [...r])],
  formats: [[], [], [], [], ...rows.map(formatOf)],
  // The headings over the columns are merged, as the report has them: F3:H3, J3:K3, N3:Q3.
  merges: [
    { top: 0, left: 0, bottom: 0, right: 16 },
    { top: 2, left: 5, bottom: 2, right: 7 },
    { top: 2, left: 9, bottom: 2, right: 10 },
    { top: 2, left: 13, bottom: 2, right: 16 },
  ],
});

describe('months beside their year, under a heading that gives the targets their year', () => {
  it('reports on the latest month, not on the year the targets’ heading names', () => {
    const r = buildReport([grid([CONTACTS])], parseConfig({}));
    // The contacts in March 2017 were 392, down from 407 in February; 3,914 is the year's.
    expect(r.period?.label).toBe('March 2017');
    const m = r.items[0].rating.current?.measure;
    expect([m?.value, m?.cell]).toEqual([392, 'H5']);
    expect(r.narrative.text).toContain('stood at 392');
    expect(r.narrative.text).not.toContain('3,914');
  });

  it("rates a month's percentage against the year's target, and a count on the year's figure at its end", () => {
    const r = buildReport([grid([CONTACTS, ASSESSMENTS, CLOSED])], parseConfig({}));
    expect(r.period?.label).toBe('March 2017');
    // Assessments: 88 % against 90 % (higher is better), 2.2 % short, within 5 %: amber.
    // Cases closed: 50 in March against 500 for the year, whose own figure (480) is many times each
    // month's: a part of the year, not held against the whole. March ends the year, so the year's own
    // figure is: 480 against 500, 4 % short: amber, said in a note.
    expect(r.items.map((i) => [i.indicator.name, i.rating.rag, i.rating.status])).toEqual([
      ['Early Help Contacts during the reporting month (including Step downs)', 'none', 'no-target'],
      ['Early Help assessments completed within 45 days', 'amber', 'rated'],
      ['Early Help cases closed with outcomes achieved', 'amber', 'rated'],
    ]);
    expect(r.items[2].rating.current?.measure.cell).toBe('I7');
    expect(r.issues.filter((i) => i.code === 'target-for-year')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'year-end-outturn').map((w) => [w.sheet, w.cell])).toEqual([
      ['Performance Summary', 'I7'],
    ]);
    expect(r.narrative.text).toContain('Early Help assessments completed within 45 days (1.2) stood at 88 per cent');
    expect(r.narrative.text).toContain('stood at 480 in 2016/17');
    expect(r.narrative.text).not.toMatch(/50 against a target of 500/);
  });

  it("leaves a month's count against the year's target unrated before the year's end", () => {
    // February 2017 asked for: 45 in the month against 500 for the year, a part of it: not rated.
    const r = buildReport([grid([CLOSED])], parseConfig({ period: 'February 2017' }));
    expect(r.items[0].rating.status).toBe('no-target');
    expect(r.issues.filter((i) => i.code === 'target-for-year').map((w) => w.cell)).toEqual(['Q5']);
  });

  it("still rates the year's figure against the year's target when the year is the period asked for", () => {
    const r = buildReport([grid([ASSESSMENTS, CLOSED])], parseConfig({ period: '2016/17' }));
    // 84 % against 90 %, 6.7 % short: red; 480 against 500, 4 % short: amber.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red', 'amber']);
  });

  it('still takes a title above the whole table as naming the period', () => {
    const titled = GROUPS.map((v, i) => (i === 0 ? 'Figures for February 2017' : i === 13 ? null : v));
    const r = buildReport([grid([ASSESSMENTS], titled)], parseConfig({}));
    expect(r.period?.label).toBe('February 2017');
  });
});
