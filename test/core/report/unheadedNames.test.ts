/**
 * Oxfordshire's performance dashboards leave the top-left cell empty: the names column has no
 * header, beside "Target | Q1 … | Q2 …". The sheet was refused; now the column of names under the
 * blank header is read as the names, with a warning naming it. Worked out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const grid = (rows: readonly (readonly RawValue[])[]): SheetGrid => ({
  name: 'Dashboard',
  values: rows.map((r) => [...r]),
});

describe('a names column with no header', () => {
  it('is read as the names, and said so, naming the blank header and the first name', () => {
    const r = buildReport(
      [
        grid([
          ['Social & Community Services performance dashboard'],
          [],
          [null, 'Target', 'Q1 2023/24', 'Q2 2023/24'],
          ['Percentage of people who use services who feel safe (%)', 70, 68, 72],
          ['Number of delayed transfers of care', 20, 25, 22],
        ]),
      ],
      parseConfig({}),
    );
    // 72 ≥ 70: green. Delays, lower is better: 22 > 20 × 1.05 = 21: red.
    expect(r.items.map((i) => [i.indicator.name, i.rating.rag])).toEqual([
      ['Percentage of people who use services who feel safe (%)', 'green'],
      ['Number of delayed transfers of care', 'red'],
    ]);
    const said = r.issues.filter((i) => i.code === 'names-unheaded');
    expect(said.map((i) => [i.severity, i.cell])).toEqual([['warning', 'A3']]);
    expect(said[0].message).toContain("('Percentage of people who use services who feel safe (%)' in Dashboard!A4)");
    expect(said[0].message).toContain('column A is read as the names');
  });

  it('is the column of words, not one of codes beside it', () => {
    const r = buildReport(
      [
        grid([
          ['Ref', null, 'Target', 'Q1 2023/24', 'Q2 2023/24'],
          ['SC1', 'Percentage of reviews completed on time (%)', 90, 80, 84],
          ['SC2', 'Number of delayed transfers of care', 20, 25, 22],
        ]),
      ],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.id, i.indicator.name])).toEqual([
      ['SC1', 'Percentage of reviews completed on time (%)'],
      ['SC2', 'Number of delayed transfers of care'],
    ]);
  });

  it('is not guessed where the column holds no names, only codes', () => {
    const codes = grid([
      [null, 'Target', 'Q1 2023/24', 'Q2 2023/24'],
      ['SC1', 90, 80, 84],
      ['SC2', 20, 25, 22],
    ]);
    const r = buildReport([codes], parseConfig({}));
    expect(r.items).toEqual([]);
    expect(r.issues.map((i) => i.code)).not.toContain('names-unheaded');
  });

  it('is read beside months without a target column, as a monthly tracker of context measures', () => {
    // Winchester's customer service centre, 2011/12: the months, their year in the title, no targets.
    // Worked out by hand: March 2012; calls made 15,445, down from 16,668; 'Information not
    // available' in April is no figure, not an unreadable one.
    const r = buildReport(
      [
        grid([
          ['Performance: 2011/12'],
          [null, 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'],
          [
            'Total number of telephone calls made to centre',
            15120,
            14801,
            15530,
            14020,
            15102,
            16200,
            15900,
            14700,
            12050,
            17400,
            16668,
            15445,
          ],
          [
            'Number of emails received',
            'Information not available',
            410,
            395,
            380,
            402,
            415,
            430,
            390,
            310,
            450,
            440,
            'TBC',
          ],
        ]),
      ],
      parseConfig({}),
    );
    expect(r.period?.label).toBe('March 2012');
    expect(r.items.map((i) => [i.rating.status, i.rating.current?.measure.cell])).toEqual([
      ['no-target', 'M3'],
      ['no-data', 'M4'],
    ]);
    expect(r.narrative.text).toContain('stood at 15,445. That is down from 16,668 last month.');
    expect(r.issues.map((i) => [i.code, i.cell])).toContainEqual(['names-unheaded', 'A2']);
    expect(r.issues.map((i) => i.code)).not.toContain('figure-unreadable');
  });

  it('is not guessed beside two months alone, without a target', () => {
    const r = buildReport(
      [
        grid([
          [null, 'Apr 2024', 'May 2024'],
          ['Number of emails received', 410, 395],
          ['Number of visitors', 300, 310],
        ]),
      ],
      parseConfig({}),
    );
    expect(r.items).toEqual([]);
  });

  it("is not guessed beside months repeated, as a chart's sample data repeats them", () => {
    const r = buildReport(
      [
        grid([
          [null, 'Jan 2016', 'Jan 2016', 'Feb 2016', 'Feb 2016', 'Mar 2016'],
          ['Linear, all markers, same scale', 4, 5, 6, 2, 3],
          ['Column, high point, low point', 3, 2, 5, 6, 1],
        ]),
      ],
      parseConfig({}),
    );
    expect(r.items).toEqual([]);
  });
});

/**
 * Anglesey's corporate scorecard heads its names column with the section's title, "Whole Council
 * Health – Performance Management", over "RAG | Actual | Target | …", as many councils do. It was
 * refused; the column under a title standing where the header should be is now read as the names,
 * as under a blank header, with the warning naming the title. Worked out by hand first.
 */
describe('a names column headed with the section title', () => {
  const rows = (head: string): RawValue[][] => [
    ['Corporate Scorecard – Quarter 2 2024/25'],
    [],
    [head, 'RAG', 'Q1 2024/25', 'Q2 2024/25', 'Target'],
    ['Percentage of invoices paid within 30 days', 'Amber', 0.902, 0.894, 0.9],
    ['Percentage of calls answered within 60 seconds', 'Red', 0.791, 0.732, 0.85],
  ];

  it('is read as the names, and said so, naming the title', () => {
    const r = buildReport([grid(rows('Whole Council Health – Performance Management'))], parseConfig({}));
    // 89.4 % against 90 %, higher is better: amber; 73.2 % against 85 %: red. As the sheet's RAG.
    expect(r.items.map((i) => [i.indicator.name, i.rating.rag])).toEqual([
      ['Percentage of invoices paid within 30 days', 'amber'],
      ['Percentage of calls answered within 60 seconds', 'red'],
    ]);
    const said = r.issues.filter((i) => i.code === 'names-unheaded');
    expect(said.map((i) => i.cell)).toEqual(['A3']);
    expect(said[0].message).toContain("'Whole Council Health – Performance Management'");
    expect(said[0].message).toContain('column A is read as the names');
  });

  it('is not guessed under a short header that names something else', () => {
    const r = buildReport([grid(rows('Fraud type'))], parseConfig({}));
    expect(r.items).toEqual([]);
    expect(r.issues.map((i) => i.code)).not.toContain('names-unheaded');
  });
});
