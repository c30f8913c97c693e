/// <reference types="office-js" />
import { createExcelHost } from '../../src/excel/host';
import { CONFIG_KEY } from '../../src/excel/settings';
import { RAG_MARKER } from '../../src/core';
import { type Bounds, parseA1 } from '../../src/core/address';
import { SMALL_GRID, fakeWith, sampleGrids } from './sampleWorkbook';

/** Whether a conditional format's areas take in a cell. */
function boundsContain(areas: readonly Bounds[], address: string): boolean {
  const { row, col } = parseA1(address)!;
  return areas.some((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
}

/** The cells of a sheet holding one of our label formulas (they carry the marker). */
function labelFormulas(excel: ReturnType<typeof fakeWith>, sheet: string): string[] {
  return [...excel.doc.sheets.find((s) => s.name === sheet)!.cells.values()]
    .filter((cell) => cell.formula?.includes(RAG_MARKER))
    .map((cell) => cell.formula!);
}

const hostFor = (excel: ReturnType<typeof fakeWith>) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });

describe('leaving an indicator or a table out of the report, in the workbook', () => {
  it('leaves an indicator out: stored, no longer rated, its rule and label gone, listed to take back in', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.refreshRag();
    // CS02's value is F5, its label G5 (the first free column right of the table).
    expect(excel.rules('Scorecard').some((r) => boundsContain(r.areas, 'F5'))).toBe(true);
    expect(excel.cell('Scorecard', 'G5')?.formula).toBeTruthy();

    await host.saveIndicatorIncluded!('CS02', false);
    expect(JSON.parse(String(excel.doc.settings.get(CONFIG_KEY)))).toEqual({ indicators: { CS02: { exclude: true } } });
    expect((await host.refreshRag()).message).toBe('Rated 3 indicators for Q2 2021/22: 2 green, 0 amber, 1 red.');
    expect(excel.rules('Scorecard').some((r) => boundsContain(r.areas, 'F5'))).toBe(false);
    expect(excel.cell('Scorecard', 'G5')?.formula ?? null).toBeNull();
    expect(excel.cell('Scorecard', 'G4')?.formula).toBeTruthy();
    const review = await host.review!();
    expect(review.indicators.map((i) => i.id)).toEqual(['CS01', 'CS03', 'CS04']);
    expect(review.excluded).toEqual([
      { name: 'Visits within timescale (%)', sheet: 'Scorecard', cell: 'B5', settingsKey: 'CS02' },
    ]);

    await host.saveIndicatorIncluded!('CS02', true);
    expect(JSON.parse(String(excel.doc.settings.get(CONFIG_KEY)))).toEqual({});
    expect((await host.refreshRag()).message).toBe('Rated 4 indicators for Q2 2021/22: 2 green, 1 amber, 1 red.');
    expect(excel.rules('Scorecard').some((r) => boundsContain(r.areas, 'F5'))).toBe(true);
    expect((await host.review!()).excluded).toEqual([]);
  });

  it('gives a label cell formatted as Text its format back when its indicator is left out', async () => {
    const excel = fakeWith([SMALL_GRID]);
    for (const cell of ['G4', 'G5', 'G7', 'G8']) excel.setCell('Scorecard', cell, null, { format: '@' });
    const host = hostFor(excel);
    await host.refreshRag();
    expect(excel.cell('Scorecard', 'G5')).toMatchObject({ format: 'General' });
    expect(excel.cell('Scorecard', 'G5')?.formula).toContain(RAG_MARKER);

    await host.saveIndicatorIncluded!('CS02', false);
    await host.refreshRag();
    // Its label is gone and the cell is Text again, as before the first refresh; the others keep theirs.
    expect(excel.cell('Scorecard', 'G5')).toEqual({ value: null, formula: null, format: '@' });
    expect(excel.cell('Scorecard', 'G4')).toMatchObject({ format: 'General' });
    expect(excel.cell('Scorecard', 'G4')?.formula).toContain(RAG_MARKER);
  });

  it('takes an indicator excluded under its name back in by that name', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.doc.settings.set(
      CONFIG_KEY,
      JSON.stringify({ indicators: { 'Visits within timescale (%)': { exclude: true } } }),
    );
    const host = hostFor(excel);
    const [left] = (await host.review!()).excluded!;
    expect(left.settingsKey).toBe('Visits within timescale (%)');
    await host.saveIndicatorIncluded!(left.settingsKey, true);
    expect((await host.review!()).indicators).toHaveLength(4);
  });

  it('leaves a table out: its sheet loses our rules and labels, and the table is listed as left out', async () => {
    const grids = await sampleGrids();
    const excel = fakeWith(grids);
    const host = hostFor(excel);
    const first = await host.refreshRag();
    const review = await host.review!();
    const education = review.tables.find((t) => t.configKey === 'EducationIndicators');
    if (!education) throw new Error('The sample has no EducationIndicators table.');
    expect(excel.rules('Education').length).toBeGreaterThan(0);
    expect(labelFormulas(excel, 'Education').length).toBeGreaterThan(0);
    const educationCount = review.indicators.filter((i) => i.sheet === 'Education').length;

    await host.saveTableIncluded!('EducationIndicators', false);
    expect(JSON.parse(String(excel.doc.settings.get(CONFIG_KEY)))).toEqual({
      tables: [{ sheet: 'EducationIndicators', exclude: true }],
    });
    await host.refreshRag();
    expect(excel.rules('Education')).toEqual([]);
    expect(labelFormulas(excel, 'Education')).toEqual([]);
    expect(labelFormulas(excel, 'Scorecard').length).toBeGreaterThan(0);
    const left = await host.review!();
    expect(left.indicators).toHaveLength(review.indicators.length - educationCount);
    expect(left.indicators.some((i) => i.sheet === 'Education')).toBe(false);
    expect(left.tables.find((t) => t.configKey === 'EducationIndicators')).toMatchObject({ excluded: true });

    await host.saveTableIncluded!('EducationIndicators', true);
    expect(JSON.parse(String(excel.doc.settings.get(CONFIG_KEY)))).toEqual({});
    expect((await host.refreshRag()).message).toBe(first.message);
    expect(excel.rules('Education').length).toBeGreaterThan(0);
    expect(labelFormulas(excel, 'Education').length).toBeGreaterThan(0);
  });
});
