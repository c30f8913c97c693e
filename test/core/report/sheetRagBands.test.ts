/**
 * Amber or red where nothing states a tolerance: the sheet's own RAG draws amber's edge, not our
 * usual 5 % (see sheetRagBands.ts). Modelled on North Lanarkshire's revenues scorecard (the cost of
 * collection, £9.92 against £9.50, 4.4 % over, rated Red) and Kingston's performance index (library
 * visits, 169,250 against 180,000, 5.97 % short, rated Amber). Worked by hand:
 * - cost £9.92 against £9.50, lower: 5 % gives amber (≤ £9.975); the sheet's Red stands, no margin;
 * - visits 169,250 against 180,000, higher: 5 % gives red (< 171,000); the sheet's Amber stands,
 *   allowing 6 % (169,200 ≤ 169,250);
 * - bins 47 against 50, lower: green; the sheet's Red is a disagreement, not an edge;
 * - calls 70 % against 90 %, higher: 22 % short, red; the sheet's Amber is wider than any key, a
 *   disagreement.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { narrativeMeta } from '../../../src/core/report/narrativeMeta';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const grid = (tolerance?: readonly RawValue[]): SheetGrid => ({
  name: 'Revenues',
  values: [
    ['Indicator', 'Polarity', 'Target', ...(tolerance ? ['Tolerance'] : []), '2023/24', 'RAG'],
    [
      'Cost of collecting council tax per dwelling (£)',
      'Lower',
      9.5,
      ...(tolerance ? [tolerance[0]] : []),
      9.92,
      'Red',
    ],
    ['Visits to libraries', 'Higher', 180000, ...(tolerance ? [tolerance[1]] : []), 169250, 'Amber'],
    ['Missed bins per 100,000 collections', 'Lower', 50, ...(tolerance ? [tolerance[2]] : []), 47, 'Red'],
    ['% of calls answered', 'Higher', 90, ...(tolerance ? [tolerance[3]] : []), 70, 'Amber'],
  ],
});

const codes = (r: ReturnType<typeof buildReport>, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => i.cell);

describe("the sheet's own amber or red where no tolerance is stated", () => {
  const r = buildReport([grid()], parseConfig({}));

  it('is followed where ours and the sheet both say the target was missed, and within a key’s width', () => {
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red', 'amber', 'green', 'red']);
    expect(codes(r, 'rag-band-from-sheet')).toEqual(['E2', 'E3']);
    // A target beaten rated red, and an amber 22 % short, are disagreements as before.
    expect(codes(r, 'rag-disagrees')).toEqual(['E4', 'E5']);
  });

  it('says so at the RAG cell, with the colour 5 % would give', () => {
    const [cost, visits] = r.issues.filter((i) => i.code === 'rag-band-from-sheet');
    expect(cost.message).toBe(
      "Revenues!E2: no tolerance is stated for 'Cost of collecting council tax per dwelling (£)', and the sheet rates £9.92 against the target of £9.50 Red: so it is red here too, with no margin (by the usual 5% of the target it would be amber). Give a tolerance (a column beside the targets, a key, or the configuration) to rate it by that instead.",
    );
    expect(visits.message).toContain(
      '169,250 against the target of 180,000 Amber: so it is amber here too, allowing 6% of the target (by the usual 5% of the target it would be red)',
    );
    expect(r.items[0].rating.reason).toBe(
      'off target; red as the sheet rates it (Revenues!E2), the workbook stating no tolerance',
    );
  });

  it('gives the live colours a tolerance that agrees: none for red, the least whole per cent for amber', () => {
    expect(r.items.slice(0, 2).map((i) => i.indicator.tolerance)).toEqual([
      { type: 'relative', value: 0 },
      { type: 'relative', value: 0.06 },
    ]);
    // The cost's cell has its own rules, with no margin: amber's rule never holds beside the target.
    const cost = r.formatPlan.blocks.find((b) => b.ranges.includes('D2'));
    expect(cost?.rules.map((x) => x.formula).join('\n')).toContain('$C2+0*ABS($C2)');
  });

  it("is written as the sheet has it: the red among the reds, the amber as the service's", () => {
    expect(r.narrative.reds.map((i) => i.indicatorId)).toEqual([r.items[0].indicator.id, r.items[3].indicator.id]);
    const cost = r.narrative.areasForFocus.find((i) => i.text.startsWith('Cost of collecting'));
    expect(cost?.text).toContain('stood at £9.92, above the target of £9.50');
    const visits = r.narrative.areasForFocus.find((i) => i.text.startsWith('Visits to libraries'));
    // 6 % short is beyond the usual 5 %: not "just" below, and not "within its tolerance" (none is
    // stated): the amber is the service's own, citing its RAG cell.
    expect(visits?.text).toContain('stood at 169,250, below the target of 180,000, which the service rates amber.');
    expect(visits?.cells.map((c) => c.cell)).toContain('E3');
  });

  it("is listed under the scorecard's own RAG on the Narrative sheet", () => {
    const notes = narrativeMeta(r, 'x').ragNotes ?? [];
    expect(notes[0]).toBe(
      "The scorecard's own RAG column differs from these ratings for 2 of the 4 indicators it rates:",
    );
    expect(notes).toContain('For 2 indicators no tolerance is stated, so amber or red is as the sheet has it:');
  });
});

describe('a tolerance stated anywhere holds over the sheet’s colour', () => {
  it('in a tolerance column', () => {
    const r = buildReport([grid(['5%', '5%', '5%', '5%'])], parseConfig({}));
    expect(r.items.map((i) => i.rating.rag)).toEqual(['amber', 'red', 'green', 'red']);
    expect(codes(r, 'rag-band-from-sheet')).toEqual([]);
    expect(codes(r, 'rag-disagrees')).toEqual(['F2', 'F3', 'F4', 'F5']);
  });

  it("in the configuration, the workbook's or the indicator's", () => {
    const wide = buildReport([grid()], parseConfig({ tolerance: { type: 'relative', value: 0.1 } }));
    // 10 %: the cost amber (≤ £10.45), the visits amber (≥ 162,000).
    expect(wide.items.map((i) => i.rating.rag)).toEqual(['amber', 'amber', 'green', 'red']);
    expect(codes(wide, 'rag-band-from-sheet')).toEqual([]);
    const own = buildReport(
      [grid()],
      parseConfig({ indicators: { 'Visits to libraries': { tolerance: { type: 'relative', value: 0.05 } } } }),
    );
    expect(own.items.map((i) => i.rating.rag)).toEqual(['red', 'red', 'green', 'red']);
    expect(codes(own, 'rag-band-from-sheet')).toEqual(['E2']);
  });

  it('and under the "or improving" rule, whose amber is not only a margin', () => {
    const r = buildReport([grid()], parseConfig({ amberRule: 'tolerance-or-improving' }));
    expect(codes(r, 'rag-band-from-sheet')).toEqual([]);
  });
});
