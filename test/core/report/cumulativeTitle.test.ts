/**
 * A fire authority's quarterly scorecard (Cheshire Fire's corporate scorecard; Hereford & Worcester's
 * cumulative targets) says in its title that its figures are "(cumulative from 1 April)". Its rows
 * were read one by one, some as years to date from the rise of their figures, with a warning that
 * "nothing on the sheet says it is cumulative", and the rest (percentages, times) compared with the
 * quarter before as if each were that quarter's own. The title is read for the table. The answers
 * below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid = (title: string): SheetGrid => ({
  name: 'Q3 Scorecard',
  values: [
    [title],
    [],
    ['KPI', 'Indicator', 'Polarity', 'Q1 2020/21', 'Q2 2020/21', 'Q3 2020/21', 'Target', 'Q3 2019/20'],
    ['1', 'Accidental dwelling fires', 'Smaller is better', 88, 181, 273, 272, 301],
    ['10', '% of incidents attended within 10 minutes', 'Bigger is better', 90.1, 92.4, 91.2, 88, 89.6],
    ['14', 'Working days lost to sickness per employee', 'Smaller is better', 2.1, 4.2, 6, 6, 6.3],
  ],
});

describe('a title that says the figures are cumulative', () => {
  const r = buildReport(
    [grid('Corporate Performance Scorecard 2020/21 – Quarter 3 (cumulative from 1 April)')],
    parseConfig({}),
  );
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('reads every row as the year so far, with one note naming the title', () => {
    expect(r.items.map((i) => i.indicator.cumulative)).toEqual([true, true, true]);
    expect(r.issues.filter((i) => i.code === 'cumulative-from-figures')).toEqual([]);
    const notes = r.issues.filter((i) => i.code === 'cumulative-from-title');
    expect(notes.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['Q3 Scorecard', 'A1', 'info']]);
  });

  it('compares each with the same point last year, not the quarter before, and rates as before', () => {
    // 273 against 272 (5 %: 285.6): amber; 91.2 % against 88 %: green; 6 days against 6: green.
    expect(['1', '10', '14'].map((id) => item(id).rating.rag)).toEqual(['amber', 'green', 'green']);
    for (const id of ['1', '10', '14']) expect(item(id).rating.shortTerm).toBeNull();
    // A year earlier: 301 fires, 89.6 %, 6.3 days: all three improved.
    expect(['1', '10', '14'].map((id) => item(id).rating.longTerm?.direction)).toEqual([
      'improving',
      'improving',
      'improving',
    ]);
    expect(r.narrative.text).not.toContain('last quarter');
  });

  it('is not read from a title that only names the report', () => {
    const plain = buildReport([grid('Corporate Performance Scorecard 2020/21 – Quarter 3')], parseConfig({}));
    expect(plain.issues.filter((i) => i.code === 'cumulative-from-title')).toEqual([]);
    expect(plain.items.find((i) => i.indicator.id === '10')!.indicator.cumulative).toBeFalsy();
  });
});
