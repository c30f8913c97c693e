/**
 * A target to be met by a date after the period reported on ("57.5% by Q2" beside Q1's figure), in the
 * copy. The report rates such a figure only where it already meets the target (or, for a cumulative
 * count to be kept low, is already past it), and otherwise does not rate it; the copy's live colours
 * and labels must do the same, also when a figure is typed over. Worked out by hand before the engine
 * was run, reported on Q1 2024/25, the formulas evaluated by an independent spreadsheet engine:
 * - EN1 recycling, higher, "57.5% by Q2": 55.1 % not rated: no colour, no label; typed over with 58:
 *   green, "Green";
 * - FI1 invoices, higher, "95% by Q2": 96.2 % green, "Green"; typed over with 94 (within 5 % of 95,
 *   amber once due): no colour, no label, as the report would not rate it;
 * - MB1 missed collections (cumulative), lower, "150 by March 2025": 160, more than 5 % over 150 and
 *   only rising: red, "Red"; typed over with 155 (within 5 %): no colour, no label; with 140: green;
 * - RR1 rent collected, higher, "97%" (no date): 96.5 % amber, "Amber", as ever.
 */
import { liveCopy, shown, typedOver, type LiveCopy } from '../helpers/liveCopy';

describe('a target not yet due, in the copy', () => {
  let copy: LiveCopy;
  const values = ['Plan!E2', 'Plan!E3', 'Plan!E4', 'Plan!E5'];
  const labels = ['Plan!F2', 'Plan!F3', 'Plan!F4', 'Plan!F5'];
  beforeAll(async () => {
    copy = await liveCopy('Plan', [
      ['Ref', 'Measure', 'Polarity', 'Target 2024/25', 'Q1 2024/25'],
      ['EN1', '% of household waste sent for reuse, recycling and composting', 'Higher', '57.5% by Q2', 55.1],
      ['FI1', '% of invoices paid within 30 days', 'Higher', '95% by Q2', 96.2],
      ['MB1', 'Number of missed bin collections (cumulative)', 'Lower', '150 by March 2025', 160],
      ['RR1', '% of rent collected', 'Higher', '97%', 96.5],
    ]);
    expect(copy.report.indicators.map((i) => i.rag)).toEqual(['none', 'green', 'red', 'amber']);
  });

  it('is coloured and labelled as the report rates it', async () => {
    expect(await shown(copy.out, values, labels)).toEqual({
      colours: [null, 'green', 'red', 'amber'],
      labels: ['', 'Green', 'Red', 'Amber'],
    });
  });

  it('is coloured live only where a figure typed over it meets the target, or is past it for good', async () => {
    const met = await typedOver(copy.out, 'Plan', 'E2', 58);
    expect(await shown(met, ['Plan!E2'], ['Plan!F2'])).toEqual({ colours: ['green'], labels: ['Green'] });
    const short = await typedOver(copy.out, 'Plan', 'E3', 94);
    expect(await shown(short, ['Plan!E3'], ['Plan!F3'])).toEqual({ colours: [null], labels: [''] });
    const within = await typedOver(copy.out, 'Plan', 'E4', 155);
    expect(await shown(within, ['Plan!E4'], ['Plan!F4'])).toEqual({ colours: [null], labels: [''] });
    const under = await typedOver(copy.out, 'Plan', 'E4', 140);
    expect(await shown(under, ['Plan!E4'], ['Plan!F4'])).toEqual({ colours: ['green'], labels: ['Green'] });
  });
});
