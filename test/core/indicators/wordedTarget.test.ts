/**
 * Cumbria's corporate scorecard gives one measure a target in words: "To be better than baseline".
 * Before, the warning said the indicator was not rated, while the narrative counted it a context
 * measure without a target. A target cell with words the engine cannot read is the officer's target
 * all the same: the indicator is not rated until it is checked, and listed so. The answers below
 * were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Scorecard',
  values: [
    ['Measure', 'Good performance is', 'Target', 'Q1 2013/14', 'Q2 2013/14'],
    ['Child poverty composite score', 'Smaller', 'To be better than baseline', 20.9, 21.3],
    ['% of invoices paid within 30 days', 'Bigger', 92, 93.4, 94.1],
    ['Number of children looked after', 'n/a', '-', 651, 660],
  ],
};

describe('a target written in words', () => {
  const r = buildReport([grid], parseConfig({}));
  const poverty = r.items[0];

  it('leaves the indicator not rated, to be checked, naming the cell', () => {
    expect(poverty.rating).toMatchObject({ rag: 'none', status: 'no-target' });
    expect(poverty.rating.reason).toBe(
      "not rated: the target in C2 is words ('To be better than baseline'), not a figure; please check it",
    );
    expect(r.issues.filter((i) => i.code === 'target-unreadable').map((i) => i.cell)).toEqual(['C2']);
  });

  it('lists it under "please check", not among the context measures, which the looked-after count is', () => {
    expect(r.narrative.check?.map((i) => i.indicatorId)).toEqual([poverty.indicator.id]);
    expect(r.narrative.text).toContain(
      "It is not rated: its target is not a figure — please check it ('To be better than baseline' in C2).",
    );
    expect(r.narrative.summary[0].text).toContain('One more is a context measure without a target.');
    expect(r.narrative.summary[0].text).toContain(
      'One indicator is not rated until its target is checked: Child poverty composite score.',
    );
  });
});

/**
 * Rotherham's One Council measures write targets as a level to keep and with a note: "Maintain 95%",
 * "4 minutes (Quarterly target)". Worked out by hand, Q2 2023/24: invoices 96 % against 95 %, higher
 * is better, green; call waiting 4.2 minutes against 4 minutes, lower is better, within 4 × 1.05 = 4.2:
 * amber; "Maintain 9% or above", 8.8 % of staff appraised (higher), within 5 %: amber.
 */
describe('a target kept at a level, or with a note in words', () => {
  const r = buildReport(
    [
      {
        name: 'One Council',
        values: [
          ['Ref', 'KPI', 'Good is', 'Target 2023/24', 'Q1 2023/24', 'Q2 2023/24'],
          ['OC03', 'Average call waiting time (minutes)', 'Low', '4 minutes (Quarterly target)', 4.3, 4.2],
          ['OC07', 'Percentage of invoices paid within 30 days', 'High', 'Maintain 95%', 0.94, 0.96],
          ['OC09', 'Percentage of staff appraised', 'High', 'Maintain 9% or above', 0.085, 0.088],
        ],
      },
    ],
    parseConfig({}),
  );

  it('is read as the figure', () => {
    expect(r.items.map((i) => [i.indicator.target?.value, i.rating.rag])).toEqual([
      [4, 'amber'],
      [95, 'green'],
      [9, 'amber'],
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
  });
});

describe('a target with the timescale it is to be met within', () => {
  // A corporate health outturn's FOI measure: "95% within 20 working days" beside 91 %. It was left
  // "not rated — please check", though the figure and its target are plain.
  it('is the share before it', () => {
    const r = buildReport(
      [
        {
          name: 'HR and Customer',
          values: [
            ['Ref', 'Indicator', 'Target 2024/25', 'Q1 2024/25', 'Q2 2024/25'],
            ['FOI01', 'FOI and EIR requests answered on time (%)', '95% within 20 working days', 87, 91],
            ['CMP02', 'Stage 1 complaints responded to (%)', '90% in 10 days', 92, 93],
          ],
        },
      ],
      parseConfig({}),
    );
    // 91 against 95: amber (90.25 ≤ 91 < 95). 93 against 90: green.
    expect(r.items.map((i) => [i.indicator.target?.value, i.rating.rag])).toEqual([
      [95, 'amber'],
      [90, 'green'],
    ]);
  });
});

describe('a target that is only a direction', () => {
  // A community safety partnership's "All police recorded crime", target "Reduce", "↓" beside it:
  // it was "not rated — please check", though the sheet means no figure to meet, only a way to move.
  it('is no target: a context measure, its trend judged by the polarity', () => {
    const r = buildReport(
      [
        {
          name: 'CSP',
          values: [
            ['No.', 'Indicator', 'Desired direction', 'Q1 2024/25', 'Q2 2024/25', 'Target'],
            ['1.1', 'All police recorded crime (rolling 12 months)', '↓', 15640, 15535, 'Reduce'],
            ['1.2', 'All crime rate per 1,000 population', '↓', 72.3, 71.8, 72],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.rating.rag, i.rating.status, i.rating.shortTerm?.direction])).toEqual([
      ['none', 'no-target', 'improving'],
      ['green', 'rated', 'improving'],
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
  });

  // A health and wellbeing strategy's outcomes, with no polarity column: "Reduce" and "Increase" are the
  // only word on which way is better. Worked by hand: smoking 13.1 % to 12.4 %, down, improved; active
  // adults 66.2 % to 65.5 %, down, declined; "Improve" says no way, so its trend is only a fall.
  it('gives the polarity where nothing else does, said in a note', () => {
    const r = buildReport(
      [
        {
          name: 'Outcomes',
          values: [
            ['Ref', 'Indicator', 'Target', '2022/23', '2023/24'],
            ['HW1', 'Smoking prevalence in adults (18+) (%)', 'Reduce', 13.1, 12.4],
            ['HW2', 'Physically active adults (%)', 'Increase', 66.2, 65.5],
            ['HW3', 'Air quality index', 'Improve', 3.1, 2.9],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.status, i.rating.shortTerm?.direction ?? null])).toEqual([
      ['lower', 'no-target', 'improving'],
      ['higher', 'no-target', 'declining'],
      ['none', 'no-target', 'decreasing'],
    ]);
    expect(r.issues.filter((i) => i.code === 'polarity-from-target-word').map((i) => i.cell)).toEqual(['C2', 'C3']);
  });

  // "N/A – contextual": two words that each say there is no target, together.
  it.each(['N/A – contextual', 'n/a (monitoring only)', 'None - for information'])(
    '%j is no target: a context measure, not one to check',
    (target) => {
      const r = buildReport(
        [
          {
            name: 'Outcomes',
            values: [
              ['Ref', 'Indicator', 'Target', '2022/23', '2023/24'],
              ['HW9', 'Homeless households with dependent children', target, 412, 455],
            ],
          },
        ],
        parseConfig({}),
      );
      expect(r.items[0].rating.status).toBe('no-target');
      expect(r.items[0].indicator.targetUnusable).toBeUndefined();
      expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
    },
  );
});

describe('a target set by a benchmark beside it', () => {
  // A health and wellbeing outcomes table: "Better than England" as the target, England's figure in
  // the row. Worked by hand: overweight or obese (lower is better) 66.1 % against England's 64.0 %,
  // 3.3 % over, within 5 %: amber. Where the row has no England figure, the words stay words to check.
  const report = (england: number | null) =>
    buildReport(
      [
        {
          name: 'Outcomes',
          values: [
            ['Ref', 'Indicator', 'Polarity', 'Target', '2022/23', '2023/24', 'England 2023/24'],
            [
              'HW6',
              'Adults classified as overweight or obese (%)',
              'Lower',
              'Better than England',
              64.8,
              66.1,
              england,
            ],
          ],
        },
      ],
      parseConfig({}),
    );

  it('is rated against the benchmark, said in a note naming its cell', () => {
    const r = report(64);
    expect([r.items[0].rating.rag, r.items[0].indicator.target?.measure?.cell]).toEqual(['amber', 'G2']);
    expect(r.issues.filter((i) => i.code === 'target-from-benchmark').map((i) => i.cell)).toEqual(['D2']);
    expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
  });

  it('is words to check where the row has no such figure', () => {
    const r = report(null);
    expect(r.items[0].rating.status).toBe('no-target');
    expect(r.issues.map((i) => i.code)).toContain('target-unreadable');
  });
});
