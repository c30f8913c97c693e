/**
 * A safeguarding partnership's data (Bury's, 2018/19) gives each quarter and then the year, in a
 * column headed only "Year". The quarters are read; the year's column is not, and before nothing
 * said so: its totals simply vanished from the report. Any column of figures whose header means
 * nothing known is now named once. The answers below were worked out by hand before the engine was
 * run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const DATE = 45_200; // 30 September 2023, under a date format

const grid: SheetGrid = {
  name: 'Partnership data',
  values: [
    ['Bury Safeguarding Partnership: key performance indicators 2018/19'],
    ['Ref', 'Key Performance Indicator', 'Q1', 'Q2', 'Q3', 'Q4', 'Year', 'Forecast 2019/20', 'Lead officer', 'Updated'],
    ['1', 'Domestic violence notifications (total)', 452, 431, 466, 398, 1747, 1700, 'J Smith', DATE],
    ['2', 'Average days from referral to strategy discussion', 1.08, 2.31, 1.67, 1.4, 1.6, 1.5, 'A Khan', DATE],
    ['3', 'Children subject to a plan at quarter end', 212, 220, 'n/a', 231, '-', 230, 'A Khan', DATE],
  ],
  formats: [[], [], ...[0, 1, 2].map(() => [null, null, null, null, null, null, null, null, null, 'dd/mm/yyyy'])],
};

const report = (config: unknown = {}) => buildReport([grid], parseConfig(config));
const said = (r: ReturnType<typeof report>, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`);

describe('a column of figures whose header means nothing known', () => {
  it('is named, with its cells, while the quarters are read', () => {
    const r = report();
    expect(r.period?.label).toBe('Q4 2018/19');
    expect(said(r, 'figures-header-unknown')).toEqual(['Partnership data!G2']);
    expect(r.issues.find((i) => i.code === 'figures-header-unknown')?.message).toBe(
      "Partnership data!G2: the column 'Year' holds figures (Partnership data!G3:G5), but its header is not one that is read, so they are not read or rated; if they are a period's figures, head the column with that period, as in 'Q2 2024/25' or '2024/25'; if they are the targets, head it 'Target'; if they are something else, set the column to 'ignore' in the configuration to say so.",
    );
  });

  it('says nothing of a forecast, a column of names or one of dates', () => {
    const r = report();
    const forecast = r.tables[0].columns.find((c) => c.header === 'Forecast 2019/20');
    expect(forecast).toMatchObject({ role: 'ignore' });
    expect(forecast?.reason).toMatch(/a forecast/);
    expect(said(r, 'figures-header-unknown')).not.toContain('Partnership data!H2');
  });

  it('says nothing once the configuration names the column', () => {
    const r = report({ tables: [{ sheet: 'Partnership data', columns: { Year: 'ignore' } }] });
    expect(said(r, 'figures-header-unknown')).toEqual([]);
  });
});

describe('a column whose cells state the polarity under a header that does not', () => {
  // Havering's annual corporate performance report heads its polarity column "Value": "Smaller is Better".
  const havering: SheetGrid = {
    name: 'Annual 2014-15',
    values: [
      ['Ref.', 'Indicator', 'Value', '2014/15 Annual Target', '2014/15 Annual Performance', 'Comments'],
      ['L1', 'Principal roads where maintenance should be considered (%)', 'Smaller is Better', 7, 5, ''],
      ['L2', 'Delayed transfers of care per 100,000 population', 'Smaller is Better', 7.6, 8.1, ''],
      ['CY1', 'Affordable homes delivered (gross)', 'Bigger is Better', 200, 214, ''],
    ],
  };
  const r = buildReport([havering], parseConfig({}));

  it('is the polarity column: the sheet states it there', () => {
    expect(r.tables[0].columns[2]).toMatchObject({ role: 'polarity' });
    expect(r.tables[0].columns[2].reason).toMatch(/its cells state the polarity \('Smaller is Better'\)/);
    // 5 % against 7 %, smaller is better: green. 8.1 against 7.6, beyond 7.98: red. 214 against 200: green.
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([
      ['lower', 'green'],
      ['lower', 'red'],
      ['higher', 'green'],
    ]);
    expect(r.issues.filter((i) => /^(polarity-assumed|figures-column-unread)$/.test(i.code))).toEqual([]);
  });
});
