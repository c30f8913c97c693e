/**
 * A polarity the sheet does not state, read from its own trend words, as Gwynedd's children and
 * young people report gives them ("Trend": Improve / Worsen; no polarity column). Worked out by hand,
 * 2022/23:
 * - three or more placements, 8.4 % to 11.2 % against a target of 9 %, trend "Worsen": the figure
 *   rose and got worse, so lower is better: red (it was guessed higher-is-better, and green);
 * - care leavers in education, training or employment, 52 % to 57 % against 55 %, "Improve": higher is
 *   better, as guessed: green, and no trend warning;
 * - a trend of arrows alone ("↑") says nothing: the guess stands.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

describe("a trend column's words, where no polarity is given", () => {
  const r = buildReport(
    [
      {
        name: 'Children',
        values: [
          ['Ref', 'Measure', '2021/22', '2022/23', 'Target 2022/23', 'Trend'],
          ['PM33', 'Looked after children with three or more placements during the year (%)', 8.4, 11.2, 9, 'Worsen'],
          ['PM34', 'Care leavers in education, training or employment at 12 months (%)', 52, 57, 55, 'Improve'],
          ['PM35', 'Children seen by a registered dentist within 3 months (%)', 61, 58, 60, '↑'],
          // Words that judge nothing ("No significant change", "Increasing") settle nothing: the guess stands.
          ['PM36', 'Young people in supported lodgings (%)', 40, 44, 42, 'No significant change'],
          ['PM37', 'Children placed with in-house foster carers (%)', 30, 33, 32, 'Increasing'],
        ],
      },
    ],
    parseConfig({}),
  );

  it('settle it where the figure moved', () => {
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([
      ['lower', 'red'],
      ['higher', 'green'],
      ['higher', 'amber'],
      ['higher', 'green'],
      ['higher', 'green'],
    ]);
  });

  it('say so at the trend, in place of the guess', () => {
    const said = r.issues.filter((i) => i.code === 'polarity-from-trend');
    expect(said.map((i) => i.cell)).toEqual(['F2']);
    expect(said[0].message).toBe(
      "Children!F2: no polarity is given for 'Looked after children with three or more placements during the year (%)' (row 2), and the sheet's trend says 'Worsen' where the figure rose, as it would only if lower is better; so it is rated as lower is better, not higher as was assumed. Set the polarity in the sheet or the configuration if that is wrong.",
    );
    expect(r.issues.filter((i) => i.code === 'polarity-assumed').map((i) => i.message)).toHaveLength(4);
  });
});
