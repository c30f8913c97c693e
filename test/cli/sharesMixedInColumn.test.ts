/**
 * One column of the latest quarter holding its figures written three ways, as a children's services
 * scorecard kept by hand does: "9 of 10" care leavers, "92.5%" of invoices typed as text, "66/70"
 * complaints. Each is read and rated in the report; the copy's live rules and labels must read each
 * cell as it is written. Worked out by hand before the engine was run:
 * - care leavers in suitable accommodation, 9 of 10 = 90 % against 90 %: green;
 * - invoices paid in 30 days, 92.5 % against 95 % (within 5 % of it): amber;
 * - complaints answered in time, 66 of 70 = 94.3 % against 90 %: green.
 * The copy, its formulas evaluated by an independent spreadsheet engine, shows the same: labels
 * "Green", "Amber", "Green" and the same fills. (Rows whose text was written differently shared one
 * rule, read as the first row's "of": "92.5%" and "66/70" were labelled "No data" and left uncoloured.)
 */
import { liveCopy, shown } from '../helpers/liveCopy';

describe('shares written three ways in one column', () => {
  it('are labelled and coloured in the copy as the report rates them', async () => {
    const copy = await liveCopy(
      'KPIs',
      [
        ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
        ['% of care leavers in suitable accommodation', 'Higher', 0.9, '8 of 9', '9 of 10'],
        ['% of invoices paid within 30 days', 'Higher', 0.95, '96%', '92.5%'],
        ['% of complaints responded to in time', 'Higher', 0.9, '70/74', '66/70'],
      ],
      { C2: '0%', C3: '0%', C4: '0%' },
    );
    expect(copy.report.indicators.map((i) => i.rag)).toEqual(['green', 'amber', 'green']);
    expect(await shown(copy.out, ['KPIs!E2', 'KPIs!E3', 'KPIs!E4'], ['KPIs!F2', 'KPIs!F3', 'KPIs!F4'])).toEqual({
      colours: ['green', 'amber', 'green'],
      labels: ['Green', 'Amber', 'Green'],
    });
  });
});
