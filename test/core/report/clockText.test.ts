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

  // Dover's call waiting time: figures in seconds, and a target typed as "2:00", which its members
  // read as two minutes. Worked by hand: 2:00 as minutes and seconds is 120 seconds, near the
  // figures (131 and 118); as hours and minutes it would be 7,200, sixty times them. 118 seconds
  // against 120, lower being better: green. In minutes, "1:30" beside 1.6 and 1.4 is a minute and a
  // half (90 minutes would be sixty times them): 1.4 against 1.5, green.
  it('reads a target typed as a time beside figures counted in seconds or minutes, and says so', () => {
    const r = report([
      ['EKS026d', 'Average call waiting time (seconds)', 131, 118, '2:00'],
      ['CS07', 'Average time to answer webchat (minutes)', 1.6, 1.4, '1:30'],
    ]);
    expect(r.items.map((i) => [i.indicator.target?.value, i.rating.rag])).toEqual([
      [120, 'green'],
      [1.5, 'green'],
    ]);
    const notes = r.issues.filter((i) => i.code === 'target-clock-read');
    expect(notes.map((n) => n.cell)).toEqual(['E2', 'E3']);
    expect(notes[0].message).toContain("'2:00'");
    expect(notes[0].message).toContain('120 seconds');
  });
});
