/**
 * A target to be met by a date ("57.5% by Q2", "280 by September", "5% by March 2025") is not held
 * against a figure for an earlier period, which it is not yet due for: a service plan's milestone of
 * 280 new homes by September says nothing against June's 120. Such a figure is not rated (to check
 * its progress), unless it already meets the target. From the date on, each period's figure is rated
 * against it as it stands. Worked out by hand before the engine was run (tolerance 5 %, relative):
 *
 * Reported on Q1 2024/25:
 * - EN1, higher, "57.5% by Q2": 55.1 %, short of it, due at Q2 2024/25: not rated;
 * - FI1, higher, "95% by Q2": 96.2 %, already meets it: green;
 * - HS1, higher, "280 by September": 120, due September 2024: not rated;
 * - CS1, lower, "5% by March 2025": 6.1 %, above it, due March 2025: not rated;
 * - GR1, lower, "4,000 by the end of 2025/26": 4,300 tonnes, due 2025/26: not rated;
 * - RR1, higher, "97%" (no date): 96.5 %, 0.5 short, within 5 %: amber, as ever.
 * Reported on Q2 2024/25: EN1 56.6 % amber (due now); FI1 94.0 % amber; HS1 290 green (September is
 * Q2's last month); CS1 5.4 % still not due: not rated; GR1 not rated.
 * Reported on Q3 2024/25: EN1 58.0 % green; FI1 95.5 % green; HS1 410 green; CS1 4.9 % already
 * meets 5 %: green; GR1 4,100 not rated.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Ref', 'Measure', 'Polarity', 'Target 2024/25', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25'],
  ['EN1', '% of household waste sent for reuse, recycling and composting', 'Higher', '57.5% by Q2', 55.1, 56.6, 58],
  ['FI1', '% of invoices paid within 30 days', 'Higher', '95% by Q2', 96.2, 94, 95.5],
  ['HS1', 'Number of new homes completed', 'Higher', '280 by September', 120, 290, 410],
  ['CS1', '% of calls lost', 'Lower', '5% by March 2025', 6.1, 5.4, 4.9],
  ['GR1', 'Tonnes of CO2 emitted from council buildings', 'Lower', '4,000 by the end of 2025/26', 4300, 4200, 4100],
  ['RR1', '% of rent collected', 'Higher', '97%', 96.5, 97.2, 97.4],
];
const IDS = ['EN1', 'FI1', 'HS1', 'CS1', 'GR1', 'RR1'];

function reportOn(period: string) {
  const r = buildReport([{ name: 'Plan', values }], parseConfig({ period }));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;
  return { r, item, rags: IDS.map((id) => item(id).rating.rag) };
}

describe('a target not yet due', () => {
  it('is not held against a figure for an earlier period, unless that figure already meets it', () => {
    expect(reportOn('Q1 2024/25').rags).toEqual(['none', 'green', 'none', 'none', 'none', 'amber']);
    expect(reportOn('Q2 2024/25').rags).toEqual(['amber', 'amber', 'green', 'none', 'none', 'green']);
    expect(reportOn('Q3 2024/25').rags).toEqual(['green', 'green', 'green', 'green', 'none', 'green']);
  });

  it('says why at the target, naming the date and the period reported on', () => {
    const { r, item } = reportOn('Q1 2024/25');
    const notDue = r.issues.filter((i) => i.code === 'target-due-later');
    expect(notDue.map((i) => i.cell)).toEqual(['D2', 'D4', 'D5', 'D6']);
    expect(notDue[0].severity).toBe('warning');
    expect(notDue[0].message).toContain("'57.5% by Q2'");
    expect(notDue[0].message).toContain('Q2 2024/25');
    expect(notDue[0].message).toContain('Q1 2024/25');
    expect(notDue[1].message).toContain('September 2024');
    expect(notDue[2].message).toContain('March 2025');
    expect(notDue[3].message).toContain('to be met by the end of 2025/26');
    expect(item('EN1').rating.status).toBe('no-target');
    expect(item('EN1').rating.targetUnusable?.why).toEqual({
      kind: 'due-later',
      due: 'Q2 2024/25',
      reported: 'Q1 2024/25',
    });
  });

  it('is reported as a target to check, not a context measure (its colours in the copy: test/cli/dueLaterLive.test.ts)', () => {
    const { r } = reportOn('Q1 2024/25');
    const json = reportToJson(r);
    const en1 = json.indicators.find((i) => i.id === 'EN1')!;
    expect(en1.targetUnusable).toMatchObject({ cell: 'D2', shown: '57.5% by Q2', reason: 'due-later' });
    expect(json.summary).toMatchObject({ green: 1, amber: 1, toCheck: 4 });
  });

  it('is said in the narrative, with its date', () => {
    const { r } = reportOn('Q1 2024/25');
    const text = (r.narrative.check ?? []).map((i) => i.text).join('\n');
    expect(text).toContain("its target is to be met by Q2 2024/25 ('57.5% by Q2' in D2)");
    expect(text).toContain("its target is to be met by September 2024 ('280 by September' in D4)");
    const opening = r.narrative.summary.map((i) => i.text).join(' ');
    expect(opening).toContain('4 indicators are not rated yet, as their targets are to be met later.');
    expect(opening).not.toContain('checked');
  });

  it("is called the target, not the year's, from its date on", () => {
    const { r } = reportOn('Q2 2024/25');
    const homes = r.narrative.performingWell.map((i) => i.text).find((t) => t.includes('(HS1)'));
    expect(homes).toContain('above the target of 280');
  });

  it('is held as it stands where the date gives no month or quarter', () => {
    const undated: RawValue[][] = [values[0], ['CS1', '% of calls lost', 'Lower', '5% by 2025', 6.1, 5.4, 4.9]];
    const r = buildReport([{ name: 'Plan', values: undated }], parseConfig({ period: 'Q1 2024/25' }));
    expect(r.items[0].rating.rag).toBe('red');
    expect(r.issues.filter((i) => i.code === 'target-due-later')).toEqual([]);
  });
});

/**
 * The same date written other ways, as plans write it: in a bracket, with the day, as a date, "end Q4",
 * "Mar-25", "year end". "95% (by end of Q4)" was read as 95 % with its bracket set aside as a note,
 * without a word, and Q1's 90 % rated red against a target due in March; the others were not read at
 * all. Worked out by hand: each is 95 % due in March 2025 (Q4 2024/25, the target column's year;
 * said as the words give it: Q4 2024/25, March 2025 or the end of 2024/25):
 * at Q1 2024/25, 90 % does not meet it yet: not rated, one `target-due-later` each; at Q4, 90 % is
 * 5.3 % short, beyond 5 %: red.
 */
describe('a target date written other ways', () => {
  const written = [
    '95% (by end of Q4)',
    '95% by 31 March 2025',
    '95% by end Q4',
    '95% by Mar-25',
    '95% by 31/03/2025',
    '95% by year end',
  ];
  const rows: RawValue[][] = [
    ['Measure', 'Polarity', 'Target 2024/25', 'Q1 2024/25', 'Q4 2024/25'],
    ...written.map((t, i): RawValue[] => [`% of cases closed on time (${i + 1})`, 'Higher', t, 90, 90]),
  ];
  const on = (period: string) => buildReport([{ name: 'Plan', values: rows }], parseConfig({ period }));

  it('is read as the date the target is due, however written', () => {
    const r = on('Q1 2024/25');
    const due = ['Q4 2024/25', 'March 2025', 'Q4 2024/25', 'March 2025', 'March 2025', 'the end of 2024/25'];
    expect(r.items.map((i) => i.rating.targetUnusable?.why)).toEqual(
      due.map((d) => ({ kind: 'due-later', due: d, reported: 'Q1 2024/25' })),
    );
    expect(r.issues.filter((i) => i.code === 'target-due-later')).toHaveLength(6);
    expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
  });

  it('holds from that date', () => {
    expect(on('Q4 2024/25').items.map((i) => [i.indicator.target?.value, i.rating.rag])).toEqual(
      written.map(() => [95, 'red']),
    );
  });
});
