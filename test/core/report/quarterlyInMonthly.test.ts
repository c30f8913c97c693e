/**
 * A monthly status report with a Frequency column, as LB Bexley's has: most measures monthly, the
 * planning measures "Quarterly", filled in at June and left blank in July and August. Worked out by
 * hand before the engine was run:
 * - the report is on August 2024: both monthly measures with a target have a figure for it, and the
 *   quarterly ones are not due until September (by the usual rule, 2 of 5 filled in, it fell back to June);
 * - PL_01 47.2 % against 48 % (higher): 1.7 % short, amber; PL_02 37.6 kg against 38 (lower): green;
 * - PL_06, PL_07, PL_08: not due this month, not "data unavailable"; each says it is reported
 *   quarterly, naming its blank August cell, with June's figure, the latest; their labels in the copy
 *   say "Not due".
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['London Borough – Status Report: Places'],
  [],
  ['Ref', 'Performance indicator', 'Frequency', 'Polarity', 'Jun 2024', 'Jul 2024', 'Aug 2024', 'Target'],
  [
    'PL_01',
    '% of household waste sent for reuse, recycling and composting',
    'Monthly',
    'Bigger is better',
    0.46,
    0.469,
    0.472,
    0.48,
  ],
  ['PL_02', 'Residual household waste per household (kg)', 'Monthly', 'Smaller is better', 39.1, 38.9, 37.6, 38],
  [
    'PL_06',
    '% of major planning applications determined within 13 weeks',
    'Quarterly',
    'Bigger is better',
    0.9,
    null,
    null,
    0.6,
  ],
  [
    'PL_07',
    '% of minor planning applications determined within 8 weeks',
    'Quarterly',
    'Bigger is better',
    0.72,
    null,
    null,
    0.7,
  ],
  [
    'PL_08',
    '% of other planning applications determined within 8 weeks',
    'Quarterly',
    'Bigger is better',
    0.81,
    null,
    null,
    0.8,
  ],
];

describe('quarterly measures in a monthly report', () => {
  const pct = '0.0%';
  const formats = values.map((row, r) =>
    row.map((v, c) => (r >= 3 && c >= 4 && typeof v === 'number' && r !== 4 ? pct : null)),
  );
  const r = buildReport([{ name: 'Places', values, formats }], parseConfig({}));
  const json = reportToJson(r);

  it('reports on the latest month, the quarterly measures not counted against it', () => {
    expect(r.period?.label).toBe('August 2024');
    expect(json.indicators.map((i) => [i.id, i.rag])).toEqual([
      ['PL_01', 'amber'],
      ['PL_02', 'green'],
      ['PL_06', 'none'],
      ['PL_07', 'none'],
      ['PL_08', 'none'],
    ]);
    expect(json.summary).toMatchObject({ rated: 2, notDue: 3 });
  });

  it('says they are not due this month, not that data is unavailable', () => {
    const summary = r.narrative.summary.map((s) => s.text).join(' ');
    expect(summary).toContain('3 indicators are not due this month.');
    expect(summary).not.toContain('unavailable');
    expect(r.narrative.noData.map((n) => n.text)).toContain(
      'There is no figure for major planning applications determined within 13 weeks (PL_06) this month: it is reported quarterly (G6 is blank). The latest, for June 2024, was 90 per cent.',
    );
    expect(r.narrative.ragSummary.unavailable).toBe(0);
  });

  it("labels them 'Not due' in the copy", () => {
    const byRow = new Map(r.formatPlan.labels.map((l) => [l.cell.replace(/^[A-Z]+/, ''), l.expected]));
    expect(['4', '5', '6', '7', '8'].map((row) => byRow.get(row))).toEqual([
      'Amber',
      'Green',
      'Not due',
      'Not due',
      'Not due',
    ]);
  });
});
