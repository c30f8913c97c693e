import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { NARRATIVE_TITLE, narrativeMeta } from '../../../src/core/report/narrativeMeta';
import { housingKpis as grid } from './housingKpis';

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
