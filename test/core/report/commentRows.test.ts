/**
 * Blaby's quarterly "Performance – Exceptions" tables put each indicator's commentary in a row of
 * its own beneath it, merged across the table: "Comments: 47% increase on same period last year -
 * …". That row was read as a section heading: the FOI comment headed the next indicator, printed
 * before its sentence, and the last comment was lost, all without a warning. The rows are Blaby's
 * (Quarter 2 2012/13); the answers were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const FOI_COMMENT =
  'Comments: 47% increase on same period last year - Although the team continue to put work relating to FOI on the web site, the case load and work involved with FOI’s continues to increase.';
const C4L_COMMENT =
  'Comments: The programme performed well this quarter. The number of participants has reduced from last year as the programme has changed to deliver more focussed activities based on customer needs.';

const grid: SheetGrid = {
  name: 'Corp Services Q2',
  values: [
    ['Corporate Services, Performance & Leisure'],
    ['Quarter 2 2012/13'],
    ['Performance – Exceptions'],
    [],
    ['Indicator', 'This Qtr', 'Target', 'Polarity', 'Previous qtr'],
    ['FOI requests – number of new requests', 166, 'N/A', 'Lower', 199],
    [FOI_COMMENT],
    [
      'Number of young people involved in sports, health & recreational activities (Change 4 Life Project)',
      1176,
      1100,
      'Higher',
      1229,
    ],
    [C4L_COMMENT],
  ],
  merges: [
    { top: 6, left: 0, bottom: 6, right: 4 },
    { top: 8, left: 0, bottom: 8, right: 4 },
  ],
};

describe('a row of commentary beneath each indicator', () => {
  const r = buildReport([grid], parseConfig({}));

  it('is the commentary of the indicator above it, without its label, and heads nothing', () => {
    expect(r.items.map((i) => [i.indicator.section, i.indicator.commentary])).toEqual([
      [
        null,
        {
          text: '47% increase on same period last year - Although the team continue to put work relating to FOI on the web site, the case load and work involved with FOI’s continues to increase.',
          cell: 'A7',
        },
      ],
      [
        null,
        {
          text: 'The programme performed well this quarter. The number of participants has reduced from last year as the programme has changed to deliver more focussed activities based on customer needs.',
          cell: 'A9',
        },
      ],
    ]);
  });

  it('is quoted after its own indicator in the narrative', () => {
    // Change 4 Life: 1,176 against 1,100, higher is better: green. FOI requests: no target, a context measure.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['none', 'green']);
    expect(r.narrative.text).toMatch(/above the target of 1,100\..*Service comment: “The programme performed well/s);
    expect(r.narrative.text).toMatch(
      /FOI requests – number of new requests stood at 166\..*“47% increase on same period/s,
    );
    expect(r.narrative.text).not.toMatch(/^Comments:/m);
  });
});
