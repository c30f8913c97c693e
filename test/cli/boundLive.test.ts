/**
 * A small number kept back as "<5", rated where every figure it allows gets one colour, shown in the
 * copy as the report rates it. Worked out by hand before the engine was run, the copy's formulas
 * evaluated by an independent spreadsheet engine:
 * - children missing from care, '<5' against 10, lower being better: labelled "Green", filled green;
 * - care leavers starting apprenticeships, '<5' against 10, higher: "Red", filled red;
 * - young people entering custody, '<5' against 3: not rated, labelled "No data", no fill, as before;
 * - children adopted, 6 against 8: "Red", as before;
 * - the figure typed over the first bound, 12, is rated as it is: red (20 % over 10). The rule is
 *   live, not a colour painted on.
 */
import { liveCopy, shown, typedOver, type LiveCopy } from '../helpers/liveCopy';

describe('a bound in the copy', () => {
  let copy: LiveCopy;
  beforeAll(async () => {
    copy = await liveCopy('CSC', [
      ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
      ['Number of children missing from care (episodes)', 'Lower', 10, 7, '<5'],
      ['Number of care leavers starting apprenticeships', 'Higher', 10, 6, '<5'],
      ['Number of young people entering custody', 'Lower', 3, 4, '<5'],
      ['Number of children adopted', 'Higher', 8, 5, 6],
    ]);
    expect(copy.report.indicators.map((i) => i.rag)).toEqual(['green', 'red', 'none', 'red']);
  });

  it('is labelled and coloured as the report rates it', async () => {
    const cells = ['CSC!E2', 'CSC!E3', 'CSC!E4', 'CSC!E5'];
    expect(await shown(copy.out, cells, ['CSC!F2', 'CSC!F3', 'CSC!F4', 'CSC!F5'])).toEqual({
      colours: ['green', 'red', null, 'red'],
      labels: ['Green', 'Red', 'No data', 'Red'],
    });
  });

  it('is coloured live: a figure typed over it is rated as it is', async () => {
    const changed = await typedOver(copy.out, 'CSC', 'E2', 12);
    expect(await shown(changed, ['CSC!E2'], ['CSC!F2'])).toEqual({ colours: ['red'], labels: ['Red'] });
  });
});
