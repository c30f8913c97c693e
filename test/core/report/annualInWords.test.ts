/**
 * A Pentana export ("How Good Is Our Service?", East Dunbartonshire's quarterly reports) gives an
 * annual measure among quarterly ones with nothing to say so but its note: "Annual measure: 2023/24
 * outturn shown. Next update Q1 2025/26." Its quarters are blank. It was said to have "nothing
 * entered" for Q2 and counted as data unavailable; the note says it is measured once a year. A name
 * that says so ("(annual)") does the same. The answers below were worked out by hand before the
 * engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Assets and Facilities',
  values: [
    ['HOW GOOD IS OUR SERVICE? QUARTERLY PERFORMANCE REPORT'],
    ['Code', 'Short Name', 'Q1 2024/25 Value', 'Q2 2024/25 Value', 'Current Target', 'Latest Note'],
    ['AF01', '% of void properties returned within target time', 84, 86, 85, 'Exceeded target.'],
    ['AF07', '% of rent due collected', 97.3, 97.6, 98, 'Universal Credit migration continues.'],
    [
      'AF13',
      '% of council buildings in satisfactory condition',
      null,
      null,
      85,
      'Annual measure: 2023/24 outturn shown. Next update Q1 2025/26.',
    ],
    ['AF14', 'Residents satisfied with parks (annual)', null, null, 80, null],
    [
      'AF06',
      '% of planned maintenance jobs completed on time',
      88,
      null,
      90,
      'Q2 data delayed by the system migration.',
    ],
  ],
};

describe('a measure whose note or name says it is annual', () => {
  const r = buildReport([grid], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('is reported annually, not missing, and said so, naming the cell that says it', () => {
    expect(r.period?.label).toBe('Q2 2024/25');
    for (const id of ['AF13', 'AF14']) {
      expect([id, item(id).indicator.frequency, item(id).rating.reportedAnnually]).toEqual([id, 'annual', true]);
    }
    // AF06's Q2 is missing, its note saying why: still data unavailable, not annual.
    expect([item('AF06').indicator.frequency, item('AF06').rating.reportedAnnually]).toEqual([null, false]);
    expect(r.narrative.text).toContain(
      'There is no figure this period for council buildings in satisfactory condition (AF13), which is reported annually.',
    );
    expect(r.narrative.text).not.toMatch(/satisfactory condition[^.]*nothing has been entered/);
    const notes = r.issues.filter((i) => i.code === 'annual-from-words');
    expect(notes.map((i) => [i.cell, i.severity])).toEqual([
      ['F5', 'info'],
      ['B6', 'info'],
    ]);
    expect(notes[0].message).toBe(
      "Assets and Facilities!F5: the note for '% of council buildings in satisfactory condition' says it is measured once a year ('Annual measure: 2023/24 outturn shown. Next update Q1 2025/26.'), so it is read as reported annually: a quarter or month without a figure is not missing data. Set \"frequency\" for it in the configuration if that is wrong.",
    );
  });

  it('leaves a note that only speaks of a year alone', () => {
    // "annual target", "the annual figure" say nothing of how often the measure is counted.
    const g: SheetGrid = {
      name: 'KPIs',
      values: [
        ['Indicator', 'Q1 2024/25', 'Q2 2024/25', 'Target', 'Comment'],
        ['% of calls answered', 90, null, 85, 'On track to meet the annual target.'],
        ['% of invoices paid within 30 days', 91, 92, 90, 'The annual figure will be reported in Q4.'],
      ],
    };
    const rr = buildReport([g], parseConfig({}));
    expect(rr.items.map((i) => i.indicator.frequency)).toEqual([null, null]);
    expect(rr.issues.filter((i) => i.code === 'annual-from-words')).toEqual([]);
  });
});
