/**
 * A plain "Target" beside an "Annual Target" in a table of quarters or months, as the Isle of
 * Anglesey's corporate scorecard gives them (Q2 2023/24: days lost to absence 4.21 per FTE against
 * 3.82, the year's target 7.5), and a cumulative rate per head against the year's target, as an adult
 * social care tracker gives permanent admissions (288.3 per 100,000 at September against 560 for the
 * year). Worked out by hand:
 * - days lost, lower is better: 4.21 against the quarter's 3.82, beyond 3.82 × 1.05 = 4.01: red (not
 *   green against the year's 7.5);
 * - council tax collected to date (cumulative), higher is better: £28,450k against the quarter's
 *   £28,000k: green, the target being the target to date, so no caveat that it may be the year's;
 * - admissions, lower is better, half the year gone: not rated against the year's ceiling.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const scorecard = (rows: RawValue[][]): SheetGrid => ({
  name: 'Scorecard',
  values: [
    ['Corporate Scorecard – Quarter 2 2023/24'],
    [],
    ['Performance Indicator', 'Actual', 'Target', 'Annual Target 2023/24'],
    ...rows,
  ],
});

describe('a plain "Target" beside an "Annual Target", in a table of quarters', () => {
  const r = buildReport(
    [
      scorecard([
        ['Number of days lost to absence per FTE', 4.21, 3.82, 7.5],
        ['Council Tax collected to date (£k)', 28450, 28000, 52100],
      ]),
    ],
    parseConfig({}),
  );

  it("is the quarter's target: the year's is not rated against", () => {
    expect(r.period?.label).toBe('Q2 2023/24');
    expect(r.items.map((i) => [i.indicator.target?.measure?.cell, i.rating.rag])).toEqual([
      ['C4', 'red'],
      ['C5', 'green'],
    ]);
  });

  it("is the target to date of a cumulative measure, with no caveat that it may be the year's", () => {
    expect(r.items[1].indicator.cumulative).toBe(true);
    expect(r.issues.map((i) => i.code)).not.toContain('cumulative-annual-target');
    expect(r.narrative.text).not.toContain('full-year target');
  });
});

describe("a cumulative rate per head against the year's target, part-way through the year", () => {
  const months = ['April 2023', 'May 2023', 'June 2023', 'July 2023', 'August 2023', 'September 2023'];
  const r = buildReport(
    [
      {
        name: 'ASC Monthly',
        values: [
          ['Measure', 'Good performance', ...months, 'Annual Target 2023/24'],
          [
            'Permanent admissions of older people (65+) to care homes per 100,000 population (annual cumulative)',
            'Lower',
            50,
            98,
            145,
            190,
            240,
            288.3,
            560,
          ],
        ],
      },
    ],
    parseConfig({}),
  );

  it('is not rated, as a count would not be', () => {
    expect(r.period?.label).toBe('September 2023');
    expect(r.items[0].indicator.unit).toBe('rate');
    expect(r.items[0].rating.rag).toBe('none');
    expect(r.issues.map((i) => i.code)).toContain('target-for-year');
  });
});

describe('the reading of the two targets', () => {
  it('is said once for the table, at the plain target', () => {
    const r = buildReport([scorecard([['Number of days lost to absence per FTE', 4.21, 3.82, 7.5]])], parseConfig({}));
    const said = r.issues.filter((i) => i.code === 'target-beside-annual');
    expect(said.map((i) => [i.severity, i.cell])).toEqual([['info', 'C3']]);
    expect(said[0].message).toBe(
      "Scorecard!C3: 'Target' is read as the target for each period, beside 'Annual Target 2023/24' (D3), the year's, which is used only for a row that gives no other target.",
    );
  });
});

describe("a row that gives only the year's target", () => {
  // Rent lost to voids, 1.8 % against the year's 2 % (no quarter's target given), lower is better: green,
  // against the year's target, as the table's year's; days lost, 4.21 against the quarter's 3.82: red.
  const r = buildReport(
    [
      scorecard([
        ['Number of days lost to absence per FTE', 4.21, 3.82, 7.5],
        ['Rent lost due to void properties as a percentage of rent due', 1.8, null, 2],
      ]),
    ],
    parseConfig({}),
  );

  it("is rated against the year's", () => {
    expect(r.items.map((i) => [i.indicator.target?.measure?.cell, i.rating.rag])).toEqual([
      ['C4', 'red'],
      ['D5', 'green'],
    ]);
  });
});
