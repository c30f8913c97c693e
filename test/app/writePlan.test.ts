import { DEFAULT_CONFIG } from '../../src/core/config/schema';
import { buildReport } from '../../src/core/report/buildReport';
import type { FormatPlan } from '../../src/core';
import { paneSummary } from '../../src/app/paneSummary';
import { writePlan } from '../../src/app/writePlan';
import { SMALL_GRID } from '../excel/sampleWorkbook';

describe('what Refresh RAG writes, as the pane says it', () => {
  it('names the cells the rules colour and the column the words go in, from the same plan the hosts write', () => {
    const { plan } = paneSummary(buildReport([SMALL_GRID], DEFAULT_CONFIG));
    expect(plan.sheets).toEqual([
      {
        sheet: 'Scorecard',
        rules:
          'Colour rules on 4 cells: F4:F5, F7, F8. They colour each value by its rating as it changes; the values stay as they are.',
        labels: [
          "The RAG in words in column G, rows 4 to 8 (4 cells), headed 'RAG Q2 2021/22' in G3, so it reads without colour.",
        ],
      },
    ]);
    expect(plan.untouched).toMatch(/^Nothing of yours is overwritten/);
  });

  it('counts with thousands separators and names only the first ranges of a large scorecard', () => {
    const ranges = Array.from({ length: 9 }, (_, i) => `C${i * 300 + 5}:C${i * 300 + 250}`);
    const labels = Array.from({ length: 1500 }, (_, i) => ({
      sheet: 'KPIs',
      cell: `D${i + 5}`,
      formula: '',
      expected: '',
    }));
    const plan: FormatPlan = { marker: 'm', blocks: [{ sheet: 'KPIs', ranges, rules: [] }], labelHeaders: [], labels };
    const [sheet] = writePlan(plan).sheets;
    expect(sheet.rules).toBe(
      'Colour rules on 2,214 cells: C5:C250, C305:C550, C605:C850, C905:C1150, C1205:C1450, C1505:C1750 and 3 more ranges. They colour each value by its rating as it changes; the values stay as they are.',
    );
    expect(sheet.labels).toEqual([
      'The RAG in words in column D, rows 5 to 1504 (1,500 cells), so it reads without colour.',
    ]);
  });

  it('says nothing of a sheet the plan writes nothing on', () => {
    expect(writePlan({ marker: 'm', blocks: [], labelHeaders: [], labels: [] }).sheets).toEqual([]);
  });
});
