/**
 * A percentage written with its counts, as a children's services scorecard writes small numbers:
 * "85% (17/20)", or "18 of 20 (90%)". The report reads the percentage and rates it; the copy gave
 * such a cell no live colour or label, as no formula read it. Worked out by hand before the engine
 * was run, the copy's formulas evaluated by an independent spreadsheet engine:
 * - care leavers in suitable accommodation, "85% (17/20)" against 90 %, higher is better: 85 is below
 *   85.5 (5 % of the target off it): red, labelled "Red";
 * - reviews on time, "18 of 20 (90%)" against 90 %: green, "Green";
 * - invoices paid in 30 days, "92.5%" typed as text against 95 %: amber, "Amber", as before;
 * - "88%" typed over "85% (17/20)" is read as it is: 88 against 90, amber.
 */
import { liveCopy, shown, typedOver, type LiveCopy } from '../helpers/liveCopy';

describe('a percentage with its counts in the copy', () => {
  let copy: LiveCopy;
  beforeAll(async () => {
    copy = await liveCopy(
      'CSC',
      [
        ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
        ['% of care leavers in suitable accommodation', 'Higher', 0.9, '80% (16/20)', '85% (17/20)'],
        ['% of reviews completed on time', 'Higher', 0.9, '15 of 18 (83%)', '18 of 20 (90%)'],
        ['% of invoices paid within 30 days', 'Higher', 0.95, '96%', '92.5%'],
      ],
      { C2: '0%', C3: '0%', C4: '0%' },
    );
    expect(copy.report.indicators.map((i) => i.rag)).toEqual(['red', 'green', 'amber']);
  });

  it('is labelled and coloured as the report rates it', async () => {
    expect(await shown(copy.out, ['CSC!E2', 'CSC!E3', 'CSC!E4'], ['CSC!F2', 'CSC!F3', 'CSC!F4'])).toEqual({
      colours: ['red', 'green', 'amber'],
      labels: ['Red', 'Green', 'Amber'],
    });
  });

  it('is coloured live: a percentage typed over it is rated as it is', async () => {
    const changed = await typedOver(copy.out, 'CSC', 'E2', '88%');
    expect(await shown(changed, ['CSC!E2'], ['CSC!F2'])).toEqual({ colours: ['amber'], labels: ['Amber'] });
  });
});
