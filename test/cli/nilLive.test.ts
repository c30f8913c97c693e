/**
 * A count of none written "Nil", as British returns write it ("Complaints upheld by the Ombudsman:
 * Nil"). The report reads it as 0 and rates it; the copy gave it no live colour or label, as no
 * formula read the word, so the row the report calls green showed no rating at all. Worked out by
 * hand before the engine was run, the copy's formulas evaluated by an independent spreadsheet engine:
 * - complaints upheld, lower is better, Nil (0) in Q2 against 2: labelled "Green", filled green;
 * - RIDDOR incidents, 1 in Q2 against 3 ("nil" in Q1, not the period rated): "Green";
 * - invoices paid in 30 days, 97 % against 95 %: "Green";
 * - typed over with 3, the complaints cell is red (50 % over 2), and its label says "Red": the rule is
 *   live, not a colour painted on.
 */
import { liveCopy, shown, typedOver, type LiveCopy } from '../helpers/liveCopy';

describe('"Nil" in the copy', () => {
  let copy: LiveCopy;
  beforeAll(async () => {
    copy = await liveCopy(
      'KPIs',
      [
        ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
        ['Number of complaints upheld by the Ombudsman', 'Lower', 2, 1, 'Nil'],
        ['Number of RIDDOR reportable incidents', 'Lower', 3, 'nil', 1],
        ['% of invoices paid within 30 days', 'Higher', 0.95, 0.96, 0.97],
      ],
      { C4: '0%', D4: '0%', E4: '0%' },
    );
    expect(copy.report.indicators.map((i) => i.rag)).toEqual(['green', 'green', 'green']);
  });

  it('is labelled and coloured as the report rates it', async () => {
    expect(await shown(copy.out, ['KPIs!E2', 'KPIs!E3', 'KPIs!E4'], ['KPIs!F2', 'KPIs!F3', 'KPIs!F4'])).toEqual({
      colours: ['green', 'green', 'green'],
      labels: ['Green', 'Green', 'Green'],
    });
  });

  it('is coloured live: a figure typed over it is rated as it is', async () => {
    const changed = await typedOver(copy.out, 'KPIs', 'E2', 3);
    expect(await shown(changed, ['KPIs!E2'], ['KPIs!F2'])).toEqual({ colours: ['red'], labels: ['Red'] });
  });
});
