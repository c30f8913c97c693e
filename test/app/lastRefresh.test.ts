import { lastRefreshFrom, lastRefreshSentence, refreshNote, refreshTimeText } from '../../src/app/lastRefresh';
import { paneSummary } from '../../src/app/paneSummary';
import { DEFAULT_CONFIG } from '../../src/core/config/schema';
import { buildReport } from '../../src/core/report/buildReport';
import { SMALL_GRID } from '../excel/sampleWorkbook';

// The small scorecard, and again after CS02's value (row 5) went from 87 to 91 per cent: Amber to Green.
const first = paneSummary(buildReport([SMALL_GRID], DEFAULT_CONFIG)).indicators;
const changed = {
  ...SMALL_GRID,
  values: SMALL_GRID.values.map((row, r) => (r === 4 ? [...row.slice(0, 5), 91] : row)),
};
const second = paneSummary(buildReport([changed], DEFAULT_CONFIG)).indicators;
const at1 = new Date(2026, 11, 1, 9, 7);
const at2 = new Date(2026, 11, 2, 14, 5);

describe('the note of the last refresh', () => {
  it('has nothing to compare the first refresh with', () => {
    const note = refreshNote(undefined, first, at1);
    expect(lastRefreshFrom(note)).toEqual({ at: at1.toISOString(), previous: null, changes: null });
    expect(lastRefreshSentence(lastRefreshFrom(note)!)).toBe(
      'The refresh on 1 December 2026 at 09:07 is the first this workbook has a record of, so there is nothing to compare it with yet.',
    );
  });

  it('gives the ratings a refresh changed against the one before, read back from JSON text as stored', () => {
    const stored = JSON.stringify(refreshNote(JSON.stringify(refreshNote(undefined, first, at1)), second, at2));
    const last = lastRefreshFrom(stored)!;
    expect(last.changes).toEqual([
      { name: 'Visits within timescale (%)', sheet: 'Scorecard', cell: 'F5', from: 'Amber', to: 'Green', better: true },
    ]);
    expect(lastRefreshSentence(last)).toBe(
      'Last refreshed on 2 December 2026 at 14:05. Since the refresh before it, on 1 December 2026 at 09:07:',
    );
    // Refreshing again with nothing changed: no change, against the refresh just before.
    expect(lastRefreshFrom(refreshNote(stored, second, new Date(2026, 11, 3, 8, 0)))?.changes).toEqual([]);
  });

  it('takes a note that is not ours, or damaged, as no note', () => {
    for (const stored of [undefined, null, 'not json', '{"version":2}', { version: 1, at: 'yesterday', ratings: [] }])
      expect(lastRefreshFrom(stored)).toBeNull();
    // A damaged rating is left out rather than failing the refresh.
    const note = {
      ...refreshNote(undefined, first, at1),
      ratings: [['Scorecard', 'CS02'], ...refreshNote(undefined, first, at1).ratings],
    };
    expect(lastRefreshFrom(refreshNote(note, second, at2))?.changes).toHaveLength(1);
  });

  it('writes the time as the officer reads it: a British date and a 24-hour clock', () => {
    expect(refreshTimeText(new Date(2026, 0, 5, 0, 9).toISOString())).toBe('5 January 2026 at 00:09');
  });
});
