/**
 * A council's annual performance appendix ("2023 / 2024 Annual Performance Indicators") gives
 * "To reply to complaints within 7 working days" a target of "7 working days" beside quarterly
 * figures formatted as percentages (100 %, 100 %, 100 %, 90 %): the share replied to within the
 * timescale. The target's words made the figures days ("stood at 0.90 working days"), and the row
 * was red against 7. The figures are now percentages, and the indicator is not rated until its
 * target is checked. One whose target reads "5% by March 2024" is rated against 5 %, the date passed
 * over: 3 % of calls lost in Q4, lower is better ("Reduce"), is green.
 * The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const P = '0.00%';
const values: RawValue[][] = [
  ['Appendix 1'],
  ['2023 / 2024'],
  ['Annual Performance Indicators'],
  [],
  ['PI No.', 'Indicator', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'],
  [1, '% of undisputed invoices paid within 30 days', 0.9, 0.9565, 0.9715, 0.9912, 0.9939],
  [8, 'Reduce % of calls lost to 5%', '5% by March 2024', 0.036, 0.028, 0.021, 0.03],
  [9, 'To reply to complaints within 7 working days', '7 working days', 1, 1, 1, 0.9],
];
const formats = values.map((row, r) => row.map((_, c) => (r >= 5 && c >= 2 ? P : null)));
const grid: SheetGrid = { name: 'Appendix 1', values, formats };

describe('a target that cannot be compared with percentages', () => {
  const r = buildReport([grid], parseConfig({}));
  const [invoices, calls, complaints] = r.items;

  it('leaves the figures as the percentages their format says', () => {
    expect(r.period?.label).toBe('Q4 2023/24');
    expect(complaints.indicator.unit).toBe('percentage');
    expect(complaints.rating.current?.measure.value).toBe(90);
    // 99.39 % against 90 %: green.
    expect(invoices.rating.rag).toBe('green');
  });

  it('rates against a figure with the date it is to be met by', () => {
    expect([calls.indicator.target?.value, calls.indicator.polarity, calls.rating.rag]).toEqual([5, 'lower', 'green']);
  });

  // Devon's SEND targets: "10% (England average 21/22)", the figure and where it comes from.
  it('rates against a figure with a note in brackets after it, and not one whose bracket is another matter', () => {
    const noted = (target: RawValue, name = 'Percentage of pupils persistently absent (%)') => {
      const rows: RawValue[][] = [
        ['Indicator', 'Polarity', 'Target', 'Q1 2024/25'],
        [name, 'Lower', target, 10.3],
      ];
      return buildReport([{ name: 'KPIs', values: rows }], parseConfig({})).items[0];
    };
    // 10.3 % against 10 % (lower is better): 3 % over, within 5 %: amber.
    expect([
      noted('10% (England average 21/22)').indicator.target?.value,
      noted('10% (England average 21/22)').rating.rag,
    ]).toEqual([10, 'amber']);
    // A bracket that states the polarity is read as before; text with no figure first is still unusable.
    expect(noted('12 (aim to minimise)').rating.rag).toBe('green');
    expect(noted('England average (10%)').rating.targetUnusable?.cell).toBe('C2');
  });

  it('is not rated until checked, and says why', () => {
    expect([complaints].map((i) => [i.rating.rag, i.rating.targetUnusable?.why.kind])).toEqual([['none', 'unit-word']]);
    expect(complaints.rating.reason).toBe(
      "not rated: the target in C8 is in working days ('7 working days'), but the figures are percentages; please check it",
    );
    const warned = r.issues.find((i) => i.code === 'target-unit-word');
    expect(warned?.cell).toBe('C8');
    const text = r.narrative.text;
    expect(text).toContain(
      'One indicator is not rated until its target is checked: To reply to complaints within 7 working days.',
    );
    expect(text).toContain(
      "stood at 90 per cent. It is not rated: its target is in working days ('7 working days' in C8), but its figures are percentages — please check it.",
    );
    expect(text).not.toContain('context measure');
    expect(reportToJson(r).indicators[2].targetUnusable).toEqual({
      cell: 'C8',
      shown: '7 working days',
      reason: 'unit-word',
    });
  });

  it("leaves words that say there is no target as a context measure's, without a warning", () => {
    const words = ['No target set', 'For information', 'Benchmark only', 'Monitoring only'];
    const rows = words.map((w, i): RawValue[] => [i, `Number of visits ${i + 1}`, w, 40, 42, 44, 46]);
    const r = buildReport([{ name: 'Appendix 1', values: [...values.slice(0, 5), ...rows] }], parseConfig({}));
    expect(r.items.map((i) => [i.rating.status, i.rating.targetUnusable ?? null])).toEqual(
      words.map(() => ['no-target', null]),
    );
    expect(r.issues.some((i) => i.code === 'target-unreadable')).toBe(false);
    expect(r.narrative.text).toContain('context measures');
  });
});
