/**
 * A comment beside the figures that says they are a year to date, as Rotherham's One Council measures
 * give it ("Cumulative year to date; profile to Q2 is 5.15 days"). Worked out by hand, Q2 2023/24:
 * days lost to sickness, 5.6 at Q2 against 10.3 for the year ('Target 2023/24'), lower is better:
 * the year so far against the whole year's target, so not rated (it was green, 5.6 being below
 * 10.3); the comment's cell is named. A comment that only uses the word is not read so.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const report = (comment: string) =>
  buildReport(
    [
      {
        name: 'One Council',
        values: [
          ['Ref', 'KPI', 'Good is', 'Target 2023/24', 'Q1 2023/24', 'Q2 2023/24', 'Comment'],
          [
            'OC04',
            'Number of council working days lost to sickness per full time equivalent post',
            'Low',
            10.3,
            2.6,
            5.6,
            comment,
          ] as RawValue[],
        ],
      },
    ],
    parseConfig({}),
  );

describe('a comment saying the figures are cumulative', () => {
  it.each([
    'Cumulative year to date; profile to Q2 is 5.15 days.',
    'Cumulative to date',
    'Figures are cumulative.',
    'Note annual figure is built up cumulatively across quarters.',
    'Long-term absence is 62% of days lost; cumulative.',
  ])('%s: the measure is cumulative, and not rated against the year', (comment) => {
    const r = report(comment);
    expect(r.items[0].indicator.cumulative).toBe(true);
    expect(r.items[0].rating.rag).toBe('none');
    expect(r.issues.filter((i) => i.code === 'cumulative-from-comment').map((i) => i.cell)).toEqual(['G2']);
  });

  it.each([
    'The cumulative effect of vacancies is showing.',
    'Not cumulative: each quarter stands alone.',
    'Long-term sickness is 62% of the absence rate for Q2.',
  ])('%s: not read so', (comment) => {
    const r = report(comment);
    expect(r.items[0].indicator.cumulative ?? false).toBe(false);
    expect(r.items[0].rating.rag).toBe('green');
  });

  it('is not read so where the figures fall, as a year to date never does', () => {
    const r = buildReport(
      [
        {
          name: 'One Council',
          values: [
            ['Ref', 'KPI', 'Good is', 'Target 2023/24', 'Q1 2023/24', 'Q2 2023/24', 'Comment'],
            [
              'OC04',
              'Number of council working days lost to sickness per FTE',
              'Low',
              10.3,
              2.6,
              2.1,
              'Cumulative to date',
            ],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(r.items[0].indicator.cumulative ?? false).toBe(false);
    expect(r.issues.map((i) => i.code)).not.toContain('cumulative-from-comment');
  });

  it('is said so, naming the comment', () => {
    expect(report('Cumulative to date').issues.find((i) => i.code === 'cumulative-from-comment')?.message).toBe(
      "One Council!G2: 'Number of council working days lost to sickness per full time equivalent post' is read as a cumulative (year-to-date) measure from its comment ('Cumulative to date'), so it is compared with the same point last year rather than the period before. Set \"cumulative\": false for it in the configuration if that is wrong.",
    );
  });
});
