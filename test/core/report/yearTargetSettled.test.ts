/**
 * A target for the whole year beside the quarters' own figures, part way through the year: the
 * quarter's figure is only a part of the year's, so it is held back until the sheet gives a target
 * for the period, unless what the year has given so far already settles the colour whatever the rest
 * brings. An education scorecard at Q2 2024/25 ("2023/24 outturn | Q1 2024/25 | Q2 2024/25 | Year
 * to date | Target 2024/25", the year to date given for the two housing rows only). Worked by hand,
 * tolerance 5 %:
 *
 * - ED08 permanent exclusions (Low): 7 then 9, target 5 for the year. 9 alone is beyond 5.25, and the
 *   year's can only be more: red, rated on G6 (the sheet's R agrees), its target called the full-year
 *   target, with a note;
 * - ED04 tribunal appeals (Low): 24 then 19, target 22. 19 alone is within it; the year's total
 *   is for the rest of the year to decide (and the sheet's own G reads 22 as the quarter's): held back;
 * - HS01 affordable homes (High): 120 + 90 = 210 to date (H8), target 200: met already, green on H8;
 * - HS02 homes brought back into use (High): 50 + 60 = 110 to date against 200: held back;
 * - HS03 agency staff spend (£k, Low): 300 + 280 = 580 to date against 500: money, which a
 *   refund can take down, so held back.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Education and Housing Scorecard – Quarter 2 2024/25'],
  [],
  ['Ref', 'Measure', 'Good is', '2023/24 outturn', 'Q1 2024/25', 'Q2 2024/25', 'Year to date', 'Target 2024/25', 'RAG'],
  [],
  ['ED04', 'Number of SEND Tribunal appeals registered', 'Low', 88, 24, 19, null, 22, 'G'],
  ['ED08', 'Number of permanent exclusions', 'Low', 21, 7, 9, null, 5, 'R'],
  [],
  ['HS01', 'Number of affordable homes delivered', 'High', 380, 120, 90, 210, 200, 'G'],
  ['HS02', 'Number of empty homes brought back into use', 'High', 190, 50, 60, 110, 200, 'A'],
  ['HS03', 'Agency staff spend (£k)', 'Low', 1150, 300, 280, 580, 500, 'R'],
];

describe('a target for the whole year that the year so far already settles', () => {
  const report = buildReport([{ name: 'Q2 2024-25', values }], parseConfig({}));
  const item = (id: string) => report.items.find((i) => i.indicator.id === id)!;
  const { performingWell, areasForFocus, check } = report.narrative;
  const said = (id: string) =>
    [...performingWell, ...areasForFocus, ...(check ?? [])].find((i) => i.indicatorId === id)!;
  const notes = report.issues.filter((i) => i.code === 'year-target-settled');

  it('rates a count already beyond the year’s target, lower being better, red on the quarter’s own figure', () => {
    expect(report.period?.label).toBe('Q2 2024/25');
    expect([item('ED08').rating.rag, item('ED08').rating.current?.measure.cell]).toEqual(['red', 'F6']);
    expect(said('ED08').text).toBe(
      'Permanent exclusions (ED08) stood at 9, above the full-year target of 5. That is worse than 7 last quarter.',
    );
    expect(report.narrative.text).toContain('• Permanent exclusions (ED08): 9 against a full-year target of 5.');
    const note = notes.find((n) => n.cell === 'F6');
    expect(note).toMatchObject({ severity: 'info', sheet: 'Q2 2024-25' });
    expect(note?.message).toContain("Q2 2024/25's figure alone in F6 is already beyond what the year's target allows");
    expect(report.issues.some((i) => i.code === 'rag-disagrees' && i.cell === 'I6')).toBe(false);
  });

  it('rates a count already at the year’s target, higher being better, green on the year to date', () => {
    expect([item('HS01').rating.rag, item('HS01').rating.current?.measure.cell]).toEqual(['green', 'G8']);
    expect(said('HS01').text).toBe(
      'Affordable homes delivered (HS01) stood at 210 in the year to date (90 in Q2 2024/25). It is above the full-year target of 200. The figure for Q2 2024/25 is worse than 120 last quarter.',
    );
    expect(notes.map((n) => n.cell)).toEqual(['F6', 'G8']);
  });

  it('holds back what the rest of the year decides, and amounts of money', () => {
    for (const id of ['ED04', 'HS02', 'HS03']) expect([id, item(id).rating.rag]).toEqual([id, 'none']);
    const held = report.issues.filter((i) => i.code === 'target-for-year').map((i) => i.cell);
    expect(held).toEqual(['H5', 'H9', 'H10']);
  });

  it('says where the year to date of an amount held back is already past the year’s target', () => {
    // £580k to date against £500k for the year, lower being better: a fact the committee should
    // hear, though a refund could still bring it down, so not a colour.
    expect(said('HS03').text).toContain(
      "It is not rated: its target is for the whole year ('500' in H10), but its figures add up over the year, so this one is only a part of it — please check it. The year to date is already above it.",
    );
    // 110 homes to date against 200: nothing settled, nothing said.
    expect(said('HS02').text).not.toContain('already');
  });
});

/**
 * A seasonal amount against a year-end target, and a figure at a point in time beside it (a borough's
 * Q3 KPIs, "Q1 | Q2 | Q3 | Q4 | Year-end target | 2023/24 outturn"). Worked by hand, Q3 2024/25, 5 %:
 * - K09 garden waste income: £610,000 + £95,000 + £40,000 = £745,000 so far, about last year's
 *   £705,000 (no quarter many times smaller, as most renewals fall in Q1): Q3's £40,000 is a part of
 *   the year's, not rated against £720,000 (it had been red);
 * - K13 households in temporary accommodation (lower): 136, 130 and 128 come to 394, three times last
 *   year's 124 — a count at a point in time — so Q3's 128 is rated against 120 as it stands: 6.7 % over, red.
 */
describe('a seasonal total against a year-end target', () => {
  const values: RawValue[][] = [
    ['Corporate Key Performance Indicators 2024/25 – Third Quarter'],
    [],
    ['Ref', 'KPI', 'Good performance', 'Q1', 'Q2', 'Q3', 'Q4', 'Year-end target', '2023/24 outturn'],
    ['K09', 'Garden waste subscription income (£)', 'High', 610000, 95000, 40000, null, 720000, 705000],
    ['K13', 'Number of households in temporary accommodation', 'Low', 136, 130, 128, null, 120, 124],
  ];
  const r = buildReport([{ name: 'Q3', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('holds back a quarter of a year whose quarters already come to about last year', () => {
    expect(r.period?.label).toBe('Q3 2024/25');
    expect(item('K09').rating.rag).toBe('none');
    const w = r.issues.find((i) => i.code === 'target-for-year' && i.cell === 'H4');
    expect(w?.message).toContain("D4 + E4 + F4 already come to about 2023/24's figure in I4");
  });

  it('rates a figure at a point in time as it stands', () => {
    expect(item('K13').rating.rag).toBe('red');
    expect(r.issues.some((i) => i.code === 'target-for-year' && i.cell === 'H5')).toBe(false);
  });
});
