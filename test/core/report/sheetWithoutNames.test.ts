/**
 * Anglia Revenues Partnership's quarterly report gives its collection measures on one sheet and its
 * fraud figures on another, headed "Fraud type | Q4 Yr | Target". "Fraud type" is not a header the
 * engine knows for the names, so the fraud sheet held no table, and beside the sheet that was read
 * nothing said so: six lines of figures left out in silence. The answers below were worked out by
 * hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const collection: SheetGrid = {
  name: 'Collection',
  values: [
    ['Indicator', 'Polarity', 'Target', 'Q3 2018/19', 'Q4 2018/19'],
    ['% of council tax collected (cumulative)', 'Higher', 98, 84.1, 97.9],
  ],
};

const fraud: SheetGrid = {
  name: 'Fraud',
  values: [
    ['Fraud and Compliance - Fraud Identified 2018/19'],
    [],
    ['Fraud type', 'Q4 2018/19', 'Target'],
    ['Housing Benefit overpayments identified', 149515, 150000],
    ['Single Person Discount', 468000, 400000],
  ],
};

describe('a sheet of figures whose names column is not recognised, beside a sheet that is read', () => {
  it('is said to be left unread, naming its header row and the likely names column', () => {
    const r = buildReport([collection, fraud], parseConfig({}));
    // The collection sheet is read and rated: 97.9 against 98, higher is better, within 5 %: amber.
    expect(r.items.map((i) => [i.indicator.sheet, i.rating.rag])).toEqual([['Collection', 'amber']]);
    const said = r.issues.filter((i) => i.code === 'sheet-without-names');
    expect(said.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', 'Fraud', 'A3:C3']]);
    expect(said[0].message).toContain("so nothing on 'Fraud' is read; rename the header of the names' column (A)");
  });

  it("is not said of a sheet whose words are not a table's figures", () => {
    const notes: SheetGrid = {
      name: 'Notes',
      values: [['Definitions'], ['Target', 'The level the service aims for, agreed each April.']],
    };
    const r = buildReport([collection, notes], parseConfig({}));
    expect(r.issues.filter((i) => i.code === 'sheet-without-names')).toEqual([]);
  });
});
