/**
 * Times typed as text, "04:50", as a customer services dashboard gives its waits. They were not read,
 * so the headline said data was unavailable. "04:50" may be minutes and seconds or hours and minutes:
 * the name says which ("(mm:ss)"), or the target's scale does, within ten times either way. Worked by
 * hand:
 *
 * - "Council Tax calls – average wait (mm:ss)": 4 minutes 50 seconds against 5 minutes, lower is
 *   better: green; 5 minutes 20 seconds last quarter, so improved;
 * - "Emergency repairs – average time to attend": "03:50" beside a target of 4 hours is 3 hours 50
 *   minutes (as minutes and seconds it would be a hundredth of the target): green;
 * - with no target and no word in the name, not read, and said so.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const report = (rows: RawValue[][]) =>
  buildReport(
    [{ name: 'Customer Services', values: [['Ref', 'Measure', 'Q2 2024/25', 'Q3 2024/25', 'Target'], ...rows] }],
    parseConfig({}),
  );

describe('a time typed as text', () => {
  it('is read in minutes and seconds where the name says mm:ss', () => {
    const r = report([['CS04', 'Council Tax calls – average wait (mm:ss)', '05:20', '04:50', '5 mins']]);
    const { rating } = r.items[0];
    expect(rating.current?.measure.value).toBe(290);
    expect(rating.rag).toBe('green');
    expect(rating.shortTerm?.direction).toBe('improving');
    expect(r.narrative.text).toContain('stood at 4 minutes 50 seconds, below the target of 5 minutes');
    const said = r.issues.find((i) => i.code === 'number-as-text' && i.cell === 'D2');
    expect(said?.message).toBe(
      "Customer Services!D2: '04:50' is a length of time written as text; it is read as one, in minutes and seconds, but other tools may not: store it as a time, in a time format such as mm:ss.",
    );
  });

  it('reads a target typed so as the name says too', () => {
    const r = report([['CS04', 'Council Tax calls – average wait (mm:ss)', '05:20', '04:50', '05:00']]);
    expect(r.items[0].indicator.target?.value).toBe(300);
    expect(r.items[0].rating.rag).toBe('green');
  });

  it('is read as the target is, in hours and minutes beside a target of hours', () => {
    const r = report([['HR01', 'Emergency repairs – average time to attend', '04:20', '03:50', '4 hours']]);
    expect(r.items[0].rating.current?.measure.value).toBe(13800);
    expect(r.items[0].rating.rag).toBe('green');
  });

  it('is not read where neither the name nor a target says which it is', () => {
    const r = report([
      ['CS01', 'Calls answered (%)', 88, 90, 85],
      ['CS05', 'Average wait', '05:20', '04:50', ''],
    ]);
    expect(r.items[1].rating.current?.measure.value).toBeNull();
    expect(r.issues.map((i) => i.code)).toContain('figure-unreadable');
  });
});
