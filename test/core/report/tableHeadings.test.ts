/**
 * A sheet of several small tables, each under a heading of its own, as Islington's housing page
 * has them ("Repairs", a sentence, then the table; "Caretaking"…): the narrative groups each table's
 * indicators under its heading rather than under the sheet's name. Worked out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const HEADER = ['Measure', 'Target', '2023/24'];

function sheet(blocks: readonly (readonly (readonly RawValue[])[])[]): SheetGrid {
  const values: RawValue[][] = [['Housing performance'], []];
  for (const block of blocks) values.push(...block.map((r) => [...r]), []);
  return { name: 'Housing', values };
}

const sections = (g: SheetGrid) =>
  buildReport([g], parseConfig({})).items.map((i) => [i.indicator.name, i.indicator.section]);

describe('headings over the tables of a sheet', () => {
  it('name each table’s indicators, passing over a sentence under the heading', () => {
    const g = sheet([
      [['Repairs'], ['We monitor repairs fixed first time.'], HEADER, ['Repairs fixed first time (%)', 85, 85]],
      [['Caretaking'], HEADER, ['Inspections graded A or B (%)', 90, 90]],
    ]);
    expect(sections(g)).toEqual([
      ['Repairs fixed first time (%)', 'Repairs'],
      ['Inspections graded A or B (%)', 'Caretaking'],
    ]);
  });

  it('leave the sheet’s name where a table has no heading, or two share one', () => {
    const none = sheet([
      [['Repairs'], HEADER, ['Repairs fixed first time (%)', 85, 85]],
      [HEADER, ['Inspections graded A or B (%)', 90, 90]],
    ]);
    expect(sections(none).map(([, s]) => s)).toEqual(['Housing', 'Housing']);
    const same = sheet([
      [['Quarter 2'], HEADER, ['Repairs fixed first time (%)', 85, 85]],
      [['Quarter 2'], HEADER, ['Inspections graded A or B (%)', 90, 90]],
    ]);
    expect(sections(same).map(([, s]) => s)).toEqual(['Housing', 'Housing']);
  });

  it('do not take a long title, or a row of several cells, for a heading', () => {
    const long = sheet([
      [['Repairs'], HEADER, ['Repairs fixed first time (%)', 85, 85]],
      [
        ['Quarter 4 Key Performance Indicators (22/23) across all committees missed by more than 10%'],
        HEADER,
        ['Inspections graded A or B (%)', 90, 90],
      ],
    ]);
    expect(sections(long).map(([, s]) => s)).toEqual(['Housing', 'Housing']);
  });
});
