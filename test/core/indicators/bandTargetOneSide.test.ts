/**
 * A target range beside a polarity that says which way is better, as a children's services dashboard
 * writes one: "10% - 15%" for repeat child protection plans, "Low is good". The range was read, the
 * polarity was read, and the two together gave "no usable target": a context measure "without a
 * target". Worked by hand (amber within the usual 5 %): lower is better, so the upper end, 15 %, is
 * the target — 17.2 % is 14.7 % over, red; 15.5 % is 3.3 % over, amber; 9 %, below the whole range,
 * is green. Higher is better for "85 to 90": the lower end, 85 — 87 is green, 82 amber (≥ 80.75).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const P = (v: number) => v;
const report = (rows: RawValue[][]) =>
  buildReport(
    [{ name: 'CSC', values: [['Ref', 'Indicator', 'Polarity', 'Target 2024/25', 'Dec-24'], ...rows] }],
    parseConfig({}),
  );

describe('a target range beside a polarity of one way', () => {
  const r = report([
    ['CSC03a', 'Children becoming subject to a plan for a second time (%)', 'Low is good', '10% - 15%', P(17.2)],
    ['CSC03b', 'Children becoming subject to a plan for a second time (%)', 'Low is good', '10% - 15%', P(15.5)],
    ['CSC03c', 'Children becoming subject to a plan for a second time (%)', 'Low is good', '10% - 15%', P(9)],
    ['CSC10', 'Contacts resolved at first point of contact (%)', 'High is good', '85 to 90', P(87)],
    ['CSC11', 'Contacts resolved at first point of contact (%)', 'High is good', '85 to 90', P(82)],
  ]);

  it('is rated against the end the polarity says', () => {
    expect(r.items.map((i) => [i.indicator.id, i.indicator.target?.value, i.rating.rag])).toEqual([
      ['CSC03a', 15, 'red'],
      ['CSC03b', 15, 'amber'],
      ['CSC03c', 15, 'green'],
      ['CSC10', 85, 'green'],
      ['CSC11', 85, 'amber'],
    ]);
  });

  it('says so at the target cell, and cites it in the narrative', () => {
    const notes = r.issues.filter((i) => i.code === 'band-target-one-side');
    expect(notes.map((i) => [i.cell, i.severity])).toEqual([
      ['D2', 'info'],
      ['D3', 'info'],
      ['D4', 'info'],
      ['D5', 'info'],
      ['D6', 'info'],
    ]);
    expect(notes[0].message).toBe(
      "CSC!D2: the target '10% - 15%' for 'Children becoming subject to a plan for a second time (%)' is a range, and lower is better: it is rated against the range's upper end, as the way that is better says, and beyond it counts as better still.",
    );
    const red = r.narrative.reds[0];
    expect(red.text).toBe(
      'Children becoming subject to a plan for a second time (CSC03a): 17.2 per cent against a target of 15 per cent.',
    );
    expect(red.cells.map((c) => c.cell)).toEqual(['E2', 'D2']);
  });

  it('is coloured live against the end as a constant, the cell holding both ends as text', () => {
    const block = r.formatPlan.blocks.find((b) => b.ranges.some((x) => x.startsWith('E2')));
    expect(block?.rules[0].formula).toContain('ROUND(E2-15,9)');
  });
});
