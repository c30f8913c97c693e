/// <reference types="office-js" />
import type { DraftedNarrative, NarrativeQuestion } from '../../src/app/hostApi';
import { toA1 } from '../../src/core/address';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { buildReport } from '../../src/core/report/buildReport';
import type { SheetGrid } from '../../src/core/values/types';
import { createExcelHost } from '../../src/excel/host';
import { ragCounts } from '../../src/core/report/ragCounts';
import { lastRefreshFrom } from '../../src/app/lastRefresh';
import { CONFIG_KEY, LAST_REFRESH_KEY, saveConfig } from '../../src/excel/settings';
import { FakeExcel, FakeOfficeError } from './fakeExcel';
import { SMALL_GRID, fakeWith, sampleGrids, syntheticExcel } from './sampleWorkbook';

/** The draft, where the host wrote it rather than asking first. */
function drafted(result: DraftedNarrative | NarrativeQuestion): DraftedNarrative {
  if ('question' in result) throw new Error(`Asked instead of drafting: ${result.question}`);
  return result;
}

const hostFor = (excel: FakeExcel, rangeAreas = true) =>
  createExcelHost({ run: excel.run, rangeAreas: () => rangeAreas, now: () => new Date(2025, 2, 3) });

let grids: SheetGrid[];
beforeAll(async () => {
  grids = await sampleGrids();
});

describe('createExcelHost', () => {
  it('refreshes RAG and says what it rated, in the words of the pane', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    const refreshed = await host.refreshRag();
    expect(refreshed.message).toBe('Rated 4 indicators for Q2 2021/22: 2 green, 1 amber, 1 red.');
    // The pane's lists come from the same reading: what a review of the rated workbook shows.
    expect(refreshed.review?.indicators.map((i) => [i.id, i.label])).toEqual([
      ['CS01', 'Green'],
      ['CS02', 'Amber'],
      ['CS03', 'Red'],
      ['CS04', 'Green'],
    ]);
    expect(refreshed.review?.indicators).toEqual((await host.review!()).indicators);
    // Read again, the table takes in the label column the refresh wrote, marked as ours.
    const columns = (await host.refreshRag()).review?.tables[0].columns ?? [];
    expect(columns.filter((c) => c.labels).map((c) => [c.column, c.header])).toEqual([['G', 'RAG Q2 2021/22']]);
    const report = buildReport(grids, DEFAULT_CONFIG);
    const c = ragCounts(report.items);
    const { message } = await hostFor(fakeWith(grids)).refreshRag();
    expect(message).toContain(
      `Rated ${c.green + c.amber + c.red} indicators for ${report.period?.label}: ${c.green} green, ${c.amber} amber, ${c.red} red.`,
    );
  });

  it('takes the same number of round trips for 10 indicators as for 1,000', async () => {
    const trips = async (n: number) => {
      const excel = syntheticExcel(n);
      const host = hostFor(excel);
      await host.refreshRag();
      const first = excel.roundTrips;
      await host.refreshRag();
      return [first, excel.roundTrips - first];
    };
    const small = await trips(10);
    expect(await trips(1000)).toEqual(small);
    // Each refresh: settings and cells, one to learn the separator getRanges takes, then applyFormats' own.
    expect(small).toEqual([5, 6]);
  });

  it('leaves the same rules, labels and cells after a hundred refreshes as after one', async () => {
    const excel = fakeWith(grids);
    const plan = buildReport(grids, DEFAULT_CONFIG).formatPlan;
    // Labels show what Excel would calculate, so each refresh reads them back as a user would see them.
    const shows = new Map(
      [...plan.labels, ...plan.labelHeaders].map((l) => [
        `${l.sheet}!${l.cell}`,
        'expected' in l ? l.expected : l.text,
      ]),
    );
    excel.evaluate = (_formula, sheet, row, col) => shows.get(`${sheet}!${toA1(row, col)}`) ?? '';
    const host = hostFor(excel);
    await host.refreshRag();
    // The note of the last refresh differs after the second (it has one before it to compare with); all else is the same.
    const once = excel.snapshot([LAST_REFRESH_KEY]);
    for (let i = 0; i < 99; i++) await host.refreshRag();
    expect(excel.snapshot([LAST_REFRESH_KEY])).toBe(once);
    expect(lastRefreshFrom(excel.doc.settings.get(LAST_REFRESH_KEY))?.changes).toEqual([]);
    expect(excel.rules('Scorecard').length).toBeGreaterThan(0);
  });

  it('uses the configuration stored in the workbook', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await excel.run((context) => saveConfig(context, { period: 'Q1 2021/22' }));
    expect((await hostFor(excel).refreshRag()).message).toMatch(/^Rated 4 indicators for Q1 2021\/22:/);
  });

  it('says plainly when the stored configuration is invalid, and changes nothing', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.doc.settings.set(CONFIG_KEY, '{"amberRule": "lenient"}');
    const before = excel.snapshot();
    await expect(hostFor(excel).refreshRag()).rejects.toThrow(
      /^The configuration in the workbook settings has a problem:\n- amberRule: must be one of .*Nothing was changed\.$/s,
    );
    expect(excel.snapshot()).toBe(before);
  });

  it('gives one clear message for a protected sheet, naming it, with nothing half-written', async () => {
    const excel = fakeWith(grids);
    excel.sheet('Scorecard').isProtected = true;
    const before = excel.snapshot();
    await expect(hostFor(excel).refreshRag()).rejects.toThrow(
      "The sheet 'Scorecard' is protected, so the RAG colours and labels could not be written; nothing was changed. Unprotect it (Review › Unprotect Sheet) and try again.",
    );
    expect(excel.snapshot()).toBe(before);
  });

  it('asks the officer to finish editing a cell, and changes nothing', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.editMode = true;
    await expect(hostFor(excel).draftNarrative()).rejects.toThrow(
      'Excel is still editing a cell. Press Enter or Esc to finish editing, then try again. Nothing was changed.',
    );
  });

  it('says so when Excel stops partway through the writes, and a second run puts everything right', async () => {
    const excel = fakeWith(grids);
    let adds = 0;
    excel.beforeCommand = (command) => {
      if (command.what === 'ConditionalFormatCollection.add' && ++adds === 5)
        throw new FakeOfficeError('GeneralException', command.what);
    };
    await expect(hostFor(excel).refreshRag()).rejects.toThrow(
      /^Excel stopped partway through writing the RAG colours and labels\. .*run Refresh RAG again to finish\.$/,
    );
    excel.beforeCommand = null;
    await hostFor(excel).refreshRag();
    const clean = fakeWith(grids);
    await hostFor(clean).refreshRag();
    expect(excel.snapshot()).toBe(clean.snapshot());
  });

  it('says when no indicator table is found, and when the configured period has no column', async () => {
    const excel = fakeWith([{ name: 'Notes', values: [['Just some notes']] }]);
    await expect(hostFor(excel).refreshRag()).rejects.toThrow(
      /^No indicator table was found in this workbook, so nothing was changed\./,
    );
    const scorecard = fakeWith([SMALL_GRID]);
    await scorecard.run((context) => saveConfig(context, { period: 'Q4 2030/31' }));
    await expect(hostFor(scorecard).draftNarrative()).rejects.toThrow("No column for the period 'Q4 2030/31'.");
  });

  it('says first that the only scorecard sheet is very hidden, when that is why no table was found', async () => {
    const excel = fakeWith([
      { name: 'Cover', values: [['Northmoor Council'], ['Quarter 2 performance']] },
      { ...SMALL_GRID, visibility: 'veryHidden' },
    ]);
    await expect(hostFor(excel).refreshRag()).rejects.toThrow(
      /^Scorecard: the sheet is very hidden .*\. No indicator table was found in this workbook, so nothing was changed\./s,
    );
  });

  it('says first which column names no period, when that is why no indicator was read', async () => {
    // Worked by hand: "Actual" names no period and nothing above it does, so the table has no period to rate.
    const excel = fakeWith([
      {
        name: 'KPIs',
        values: [
          ['Indicator', 'Target', 'Actual'],
          ['% of invoices paid within 30 days', 95, 96.1],
        ],
      },
    ]);
    await expect(hostFor(excel).refreshRag()).rejects.toThrow(
      /^KPIs!C1: the column 'Actual' names no period, .*, so it is not read; .* No indicator could be read in this workbook: the table with its header on row 1 of 'KPIs' has indicator names and targets but no period columns \(e\.g\. 'Q2 2021\/22'\): head the column of figures with its period, or choose each column's role in the pane's list of tables if the headers are unusual\.$/s,
    );
  });

  it('says first that a sheet is turned the other way round, when that is why no table was found', async () => {
    // Worked by hand: months down column A under measures across row 1, and nothing else.
    const excel = fakeWith([
      {
        name: 'Tracker',
        values: [
          ['Month', 'Calls answered', 'Complaints'],
          ['Apr-24', 820, 12],
          ['May-24', 845, 9],
          ['Jun-24', 901, 14],
        ],
      },
    ]);
    await expect(hostFor(excel).refreshRag()).rejects.toThrow(
      /^Tracker!A2:A4: the periods run down column A \(April 2024 to June 2024\) with the indicators across row 1 \('Calls answered', 'Complaints'\), .* No indicator table was found in this workbook, so nothing was changed\./s,
    );
  });

  it('rates a column headed "Actual" as the period the title above names', async () => {
    const excel = fakeWith([
      {
        name: 'KPIs',
        values: [
          ['Corporate performance report, Quarter 2 2024/25'],
          ['Indicator', 'Target', 'Actual'],
          ['% of invoices paid within 30 days', 95, 96.1],
        ],
      },
    ]);
    const refreshed = await hostFor(excel).refreshRag();
    expect(refreshed.message).toBe('Rated 1 indicator for Q2 2024/25: 1 green, 0 amber, 0 red.');
  });

  it('drafts the narrative: writes the Narrative sheet and returns the text, in four round trips', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const { text } = drafted(await hostFor(excel).draftNarrative());
    expect(text).toBe(buildReport([SMALL_GRID], DEFAULT_CONFIG).narrative.text);
    expect(excel.cell('Narrative', 'A3')?.value).toBe('Drafted on 3 March 2025 by Scorecard Narrator.');
    expect(excel.roundTrips).toBe(4);
  });

  it('inserts the narrative as edited: unchanged sentences keep their cited cells, changed ones have none', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    const { text } = drafted(await host.draftNarrative());
    const report = buildReport([SMALL_GRID], DEFAULT_CONFIG);
    const kept = report.narrative.performingWell[0];
    const changed = report.narrative.areasForFocus[0];
    const edited = text.replace(changed.text, 'Plans reviewed on time fell; the service has a recovery plan.');
    const before = excel.roundTrips;
    expect(await host.insertNarrative!(`${edited}\nChecked by the performance team.`)).toEqual({
      message: "Your edited narrative is on the sheet 'Narrative'.",
    });
    // One more than a first draft: the sheet the draft wrote is read, to tell whether the officer changed it.
    expect(excel.roundTrips - before).toBe(5);
    const lines: string[] = [];
    for (let r = 1; excel.cell('Narrative', `A${r}`) !== undefined; r++)
      lines.push(String(excel.cell('Narrative', `A${r}`)?.value ?? ''));
    expect(lines[2]).toBe('Edited in Scorecard Narrator on 3 March 2025.');
    expect(lines).not.toContain(changed.text);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Performing well',
        'Plans reviewed on time fell; the service has a recovery plan.',
        'Checked by the performance team.',
      ]),
    );
    const keptRow = lines.indexOf(kept.text) + 1;
    expect(excel.cell('Narrative', `B${keptRow}`)?.value).toBe(`${kept.cells[0].sheet}!${kept.cells[0].cell}`);
    expect(
      excel.cell('Narrative', `B${lines.indexOf('Plans reviewed on time fell; the service has a recovery plan.') + 1}`)
        ?.value || null,
    ).toBeNull();
    // The counts by rating are still there for the chart, and the sheet is still the one sheet of ours.
    expect(excel.cell('Narrative', 'B6')?.value).toBe(ragCounts(report.items).green);
    expect(excel.doc.sheets.map((s) => s.name).filter((n) => n.startsWith('Narrative'))).toEqual(['Narrative']);
  });

  it('names the figures typed in the edit that the draft did not have, in the message and on the sheet', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    const { text } = drafted(await host.draftNarrative());
    expect(text).toContain('stood at 92 per cent');
    const edited = `${text.replace('stood at 92 per cent', 'stood at 93 per cent')}\nA further 14 assessments are due.`;
    const inserted = await host.insertNarrative!(edited);
    const message = 'message' in inserted ? inserted.message : inserted.question;
    expect(message).toBe(
      "Your edited narrative is on the sheet 'Narrative'. 2 figures in it are not in the draft (93 and 14): check them against the scorecard before it goes to committee.",
    );
    expect(excel.cell('Narrative', 'A12')?.value).toBe(
      'Figures typed in the edit, not in the draft: 93, 14. Check them against the scorecard.',
    );
  });

  it('refuses to insert an empty narrative, changing nothing', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await expect(hostFor(excel).insertNarrative!('  \n')).rejects.toThrow(
      'The narrative is empty, so nothing was inserted.',
    );
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard']);
  });

  it('stores a column’s role and reads the table with it; a null role hands it back to the header', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.saveColumnRole!('Scorecard', { column: 'C', header: 'Good is' }, 'ignore');
    const { review } = await host.refreshRag();
    const goodIs = review?.tables[0].columns.find((c) => c.column === 'C');
    expect(goodIs).toMatchObject({ role: 'ignore', configured: true });
    // Without its polarity column, CS04 (re-referrals, lower is better by its name) is still rated, with a warning.
    expect(review?.indicators.find((i) => i.id === 'CS04')?.label).toBe('Green');
    await host.saveColumnRole!('Scorecard', { column: 'C', header: 'Good is' }, null);
    const again = await host.review!();
    expect(again.tables[0].columns.find((c) => c.column === 'C')).toMatchObject({
      role: 'polarity',
      configured: false,
    });
  });

  it('stores a role for a column of an Excel table under the table’s name, and the next refresh reads the table with it', async () => {
    const grid: SheetGrid = {
      name: 'Care',
      values: [
        ['Area', 'Target', 'Q2 2021/22', 'Good is'],
        ['Adoption within 14 months (%)', 60, 50, 'Higher'],
      ],
      tables: [{ name: 'tblCare', top: 0, left: 0, bottom: 1, right: 3 }],
    };
    const excel = fakeWith([grid]);
    const host = hostFor(excel);
    // Unread for want of a name column, the table is still listed, with its columns, for one to be named.
    const before = await host.review!();
    expect(before.indicators).toEqual([]);
    expect(before.tables).toEqual([
      expect.objectContaining({
        title: 'tblCare (Care, not read)',
        configKey: 'tblCare',
        unread: expect.stringMatching(/^None of its columns/),
      }),
    ]);
    expect(before.tables[0].columns.map((c) => `${c.column}: ${c.role}`)).toEqual([
      'A: ignore',
      'B: target',
      'C: period',
      'D: polarity',
    ]);
    expect(before.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('has no column of indicator names') }),
    );
    await expect(host.refreshRag()).rejects.toThrow(/choose the column that holds the indicator names/);
    await host.saveColumnRole!('tblCare', { column: 'A', header: 'Area' }, 'name');
    const { review } = await host.refreshRag();
    expect(review?.indicators.map((i) => [i.name, i.label])).toEqual([['Adoption within 14 months (%)', 'Red']]);
    expect(review?.tables[0].columns[0]).toMatchObject({ role: 'name', configured: true });
  });

  it('stores the workbook settings: the next refresh reports on the chosen period, the draft in the chosen style', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    const before = await host.review!();
    expect(before.settings).toEqual({
      current: expect.objectContaining({
        period: null,
        tolerance: { type: 'relative', value: 0.05 },
        amberRule: 'tolerance',
        percent: 'per cent',
        decimals: 1,
        ragSource: 'engine',
        narrativeStyle: 'committee',
      }),
      periods: ['Q1 2021/22', 'Q2 2021/22'],
      reporting: 'Q2 2021/22',
      reportingWhy: expect.stringMatching(
        /^The report is on Q2 2021\/22 \(Scorecard!F3\): the latest period in which at least half/,
      ),
    });
    const chosen = { ...before.settings!.current, period: 'Q1 2021/22', percent: '%' } as const;
    await host.saveWorkbookSettings!(chosen);
    const { message, review } = await host.refreshRag();
    expect(message).toMatch(/^Rated 4 indicators for Q1 2021\/22: /);
    expect(review?.settings?.current).toEqual(chosen);
    expect(drafted(await host.draftNarrative()).text).toContain(
      '\nAssessments completed within 45 working days (CS01) stood at 85%, below the target of 90%.\n',
    );
    expect(drafted(await host.draftNarrative('briefing')).text).toContain(
      '\n• Assessments completed within 45 working days (CS01): 85% against a target of 90%.\n',
    );
  });

  it('stores a short name, which the next draft uses for the indicator', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.saveIndicator!('CS01', {
      target: null,
      polarity: 'higher',
      tolerance: null,
      shortName: 'Assessments on time',
    });
    expect(drafted(await host.draftNarrative()).text).toContain(
      '\nAssessments on time (CS01) stood at 92 per cent, above the target of 90 per cent.',
    );
    const { review } = await host.refreshRag();
    expect(review?.indicators[0]).toMatchObject({
      settings: expect.objectContaining({ shortName: 'Assessments on time' }),
      derivedShortName: 'Assessments completed within 45 working days',
    });
  });

  it('does not take its own Narrative sheet for a scorecard on the next refresh or draft', async () => {
    const excel = fakeWith(grids);
    const host = hostFor(excel);
    const before = await host.refreshRag();
    const first = await host.draftNarrative();
    expect((await host.refreshRag()).message).toEqual(before.message);
    expect(await host.draftNarrative()).toEqual(first);
    expect(excel.rules('Narrative')).toEqual([]);
  });

  it('puts one set of rules over all of a block’s ranges without asking Office: the manifest requires ExcelApi 1.9', async () => {
    const excel = fakeWith([SMALL_GRID]);
    // An Office that denies every set: the host must not consult it (Excel without 1.9 cannot install the add-in).
    const isSetSupported = jest.fn(() => false);
    (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported } } };
    try {
      await createExcelHost({ run: excel.run }).refreshRag();
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
    const plan = buildReport([SMALL_GRID], DEFAULT_CONFIG).formatPlan;
    expect(plan.blocks.some((b) => b.ranges.length > 1)).toBe(true);
    expect(excel.rules('Scorecard')).toHaveLength(3 * plan.blocks.length);
    expect(excel.rules('Scorecard').some((r) => r.areas.length > 1)).toBe(true);
    expect(isSetSupported).not.toHaveBeenCalledWith('ExcelApi', '1.9');
  });
});
