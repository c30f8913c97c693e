import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

// Two Excel tables on one sheet whose first columns are headed "Area", which is not a name header.
const grid: SheetGrid = {
  name: 'Scorecard',
  values: [
    ['Area', 'Target', 'Q2 2021/22', 'Good is', null, 'Area', 'Target', 'Q2 2021/22', 'Good is'],
    ['Early help', 90, 92, 'Higher', null, 'Adoption', 60, 50, 'Higher'],
  ],
  tables: [
    { name: 'tblFrontDoor', top: 0, left: 0, bottom: 1, right: 3 },
    { name: 'tblCare', top: 0, left: 5, bottom: 1, right: 8 },
  ],
};

const names = (config: unknown) => buildReport([grid], parseConfig(config)).items.map((i) => i.indicator.name);

describe('buildReport: table configuration', () => {
  it("applies a configuration named after an Excel table to that table, whatever the name's case", () => {
    expect(names({ tables: [{ sheet: 'TBLCARE', columns: { Area: 'name' } }] })).toEqual(['Adoption']);
  });

  it('applies configurations for two Excel tables on one sheet, each to its own', () => {
    const report = buildReport(
      [grid],
      parseConfig({
        tables: [
          { sheet: 'tblFrontDoor', columns: { A: 'name' } },
          { sheet: 'tblCare', columns: { Area: 'name' } },
        ],
      }),
    );
    expect(report.items.map((i) => [i.indicator.name, i.rating.rag])).toEqual([
      ['Early help', 'green'],
      ['Adoption', 'red'],
    ]);
    expect(report.issues.filter((i) => i.code.startsWith('config-'))).toEqual([]);
  });

  it('says so when a table configuration names no sheet or table of the workbook', () => {
    const report = buildReport([grid], parseConfig({ tables: [{ sheet: 'Scorecards', columns: { Area: 'name' } }] }));
    expect(report.items).toEqual([]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'config-sheet-unmatched',
        message:
          "The table configuration for 'Scorecards' matches no sheet or Excel table in the workbook, so it is not used; the closest are 'Scorecard', 'tblCare' and 'tblFrontDoor'.",
      }),
    );
  });
});
