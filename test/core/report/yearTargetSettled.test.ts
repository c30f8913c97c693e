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
      'Affordable homes delivered (HS01) stood at 210 in the year to date (90 in Q2 2024/25). It is above the full-year target of 200.',
    );
    expect(notes.map((n) => n.cell)).toEqual(['F6', 'G8']);
  });

  it('holds back what the rest of the year decides, and amounts of money', () => {
    for (const id of ['ED04', 'HS02', 'HS03']) expect([id, item(id).rating.rag]).toEqual([id, 'none']);
    const held = report.issues.filter((i) => i.code === 'target-for-year').map((i) => i.cell);
    expect(held).toEqual(['H5', 'H9', 'H10']);
  });
});
