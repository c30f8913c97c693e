/**
 * Some councils' scorecards head their column of units "Measure", beside the indicator's name:
 * "Indicator | Measure | Polarity | Target | Q1 | Q2", the "Measure" holding "%", "Number" or "£k".
 * "Measure" also means the name, so the column was left unread (with a warning that it was a second
 * name column), and the figures were printed without their units: £1,530k as "£1,530", 96 per cent
 * as "96". The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const grid = (header: readonly string[], rows: readonly (readonly RawValue[])[]): SheetGrid => ({
  name: 'Scorecard',
  values: [['Corporate Scorecard Q2 2024/25'], [], [...header], ...rows.map((r) => [...r])],
});

const HEADER = ['Indicator', 'Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'];
const ROWS: readonly (readonly RawValue[])[] = [
  ['Invoices paid on time', '%', 'Higher', 95, 94, 96],
  ['Complaints responded to in time', 'Number', 'Higher', 120, 118, 110],
  ['Spend against budget', '£k', 'Lower', 1500, 1420, 1530],
];

describe("a column headed 'Measure' beside the names, holding units", () => {
  it('is read as the units, and the figures printed with them', () => {
    const r = buildReport([grid(HEADER, ROWS)], parseConfig({}));
    // 96 against 95, higher: green. 110 against 120, higher: 8.3 % short, red. 1,530 against 1,500, lower: 2 % over, amber.
    expect(r.items.map((i) => [i.indicator.name, i.indicator.unit, i.rating.rag])).toEqual([
      ['Invoices paid on time', 'percentage', 'green'],
      ['Complaints responded to in time', 'count', 'red'],
      ['Spend against budget', 'money', 'amber'],
    ]);
    expect(r.narrative.text).toContain('Invoices paid on time stood at 96 per cent, above the target of 95 per cent');
    expect(r.narrative.text).toContain('Spend against budget stood at £1,530k, just above the target of £1,500k');
    const notes = r.issues.filter((i) => i.code === 'units-beside-names');
    expect(notes.map((n) => [n.severity, n.cell])).toEqual([['info', 'B3']]);
    expect(notes[0].message).toContain("the column headed 'Measure' holds units (%, Number, £k)");
    expect(r.issues.filter((i) => i.code === 'duplicate-role' || i.code === 'currency-assumed')).toEqual([]);
    expect(r.tables[0].columns[1].role).toBe('unit');
  });

  it('is left unread, as before, where it holds descriptions rather than units', () => {
    const rows = ROWS.map((row) => [row[0], `How many ${String(row[0]).toLowerCase()}`, ...row.slice(2)]);
    const r = buildReport([grid(HEADER, rows)], parseConfig({}));
    expect(r.issues.filter((i) => i.code === 'units-beside-names')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'duplicate-role').map((i) => i.cell)).toEqual(['B3']);
  });

  it('is left alone where the table has a unit column already', () => {
    const header = [...HEADER, 'Unit'];
    const rows = ROWS.map((row) => [...row, row[1]]);
    const r = buildReport([grid(header, rows)], parseConfig({}));
    expect(r.issues.filter((i) => i.code === 'units-beside-names')).toEqual([]);
    expect(r.items.map((i) => i.indicator.unit)).toEqual(['percentage', 'count', 'money']);
  });
});
