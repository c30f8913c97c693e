import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { NARRATIVE_TITLE, narrativeMeta } from '../../../src/core/report/narrativeMeta';
import type { SheetGrid } from '../../../src/core/values/types';

// Q2: K1 97.5 against 98 (higher is better) is within 5 per cent, amber; K2 29 days against 28
// (lower is better) is within 5 per cent, amber; K3 80 against 100 is red. The sheet says G, Amber, On target.
const grid: SheetGrid = {
  name: 'KPIs',
  values: [
    ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24', 'RAG'],
    ['K1', '% of rent collected', 'Higher', 98, 97.9, 97.5, 'G'],
    ['K2', 'Average days to re-let council homes', 'Lower', 28, 31, 29, 'Amber'],
    ['K3', 'Number of homelessness preventions', 'Higher', 100, 90, 80, 'On target'],
  ],
};

describe('the Narrative sheet’s meta, the same for the add-in and the command line', () => {
  it('counts our ratings, and says where the sheet’s own RAG column disagrees', () => {
    const meta = narrativeMeta(buildReport([grid], parseConfig({})), 'Drafted from kpis.xlsx');
    expect(meta.title).toBe(NARRATIVE_TITLE);
    expect(meta.generated).toBe('Drafted from kpis.xlsx');
    expect(meta.counts).toMatchObject({ green: 0, amber: 2, red: 1 });
    expect(meta.ragNotes!.length).toBeGreaterThan(0);
  });

  it('counts the sheet’s own ratings when the narrative follows them', () => {
    const meta = narrativeMeta(buildReport([grid], parseConfig({ ragSource: 'sheet' })), 'Drafted');
    expect(meta.counts).toMatchObject({ green: 2, amber: 1, red: 0 });
  });
});
