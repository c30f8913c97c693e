/// <reference types="office-js" />
import { createExcelHost } from '../../src/excel/host';
import { CONFIG_KEY } from '../../src/excel/settings';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';

const hostFor = (excel: ReturnType<typeof fakeWith>) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });

describe('what the Excel host gives the task pane', () => {
  it('reviews the workbook for the pane’s lists without changing it, in two round trips', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const before = excel.snapshot();
    const review = await hostFor(excel).review!();
    expect(excel.snapshot()).toBe(before);
    expect(excel.roundTrips).toBe(2);
    expect(review.indicators.map((i) => `${i.id} ${i.label} ${i.sheet}!${i.cell}`)).toEqual([
      'CS01 Green Scorecard!F4',
      'CS02 Amber Scorecard!F5',
      'CS03 Red Scorecard!F7',
      'CS04 Green Scorecard!F8',
    ]);
    expect(review.tables.map((t) => t.title)).toEqual(['Scorecard!A3:F8']);
  });

  it('stores an indicator’s settings in the workbook, and the next refresh rates by them', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.saveIndicator!('CS02', { target: 85, polarity: 'higher', tolerance: null });
    expect(JSON.parse(String(excel.doc.settings.get(CONFIG_KEY)))).toEqual({
      indicators: { CS02: { target: 85, polarity: 'higher' } },
    });
    expect((await host.refreshRag()).message).toBe('Rated 4 indicators for Q2 2021/22: 3 green, 0 amber, 1 red.');
    expect((await host.review!()).indicators.find((i) => i.id === 'CS02')).toMatchObject({
      label: 'Green',
      targetSource: 'config',
    });
  });

  it('stores nothing and says why when the settings are not valid', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await expect(
      hostFor(excel).saveIndicator!('CS02', { target: 85, polarity: 'higher', tolerance: 5 }),
    ).rejects.toThrow(/tolerance/);
    expect(excel.doc.settings.has(CONFIG_KEY)).toBe(false);
  });
});
