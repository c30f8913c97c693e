import { parseConfig } from '../../src/core/config/schema';
import { buildReport } from '../../src/core/report/buildReport';
import {
  settingsKey,
  withColumnRole,
  withIndicatorIncluded,
  withIndicatorSettings,
  withTableIncluded,
  withWorkbookSettings,
} from '../../src/app/settingEdits';
import { currentWorkbookSettings } from '../../src/app/workbookSettings';

describe('storing one indicator’s settings', () => {
  const settings = { target: 90, polarity: 'higher', tolerance: 0.1 } as const;

  it('starts a configuration when none is stored, leaving the defaults out', () => {
    const merged = withIndicatorSettings(null, 'CSC02', settings);
    expect(merged).toEqual({
      indicators: { CSC02: { target: 90, polarity: 'higher', tolerance: { type: 'relative', value: 0.1 } } },
    });
    expect(parseConfig(merged).indicators.CSC02.target).toBe(90);
  });

  it('keeps the rest of the stored configuration and the indicator’s other settings', () => {
    const stored = JSON.stringify({
      style: { percent: '%' },
      indicators: { CSC02: { frequency: 'annual', target: 95 }, CSC03: { exclude: true } },
    });
    expect(withIndicatorSettings(stored, 'CSC02', settings)).toEqual({
      style: { percent: '%' },
      indicators: {
        CSC02: { frequency: 'annual', target: 90, polarity: 'higher', tolerance: { type: 'relative', value: 0.1 } },
        CSC03: { exclude: true },
      },
    });
  });

  it('removes a stored target or tolerance set back to blank, so the cell and the workbook’s tolerance apply', () => {
    const stored = { indicators: { CSC02: { target: 95, tolerance: { type: 'absolute', value: 2 } } } };
    expect(withIndicatorSettings(stored, 'CSC02', { target: null, polarity: 'lower', tolerance: null })).toEqual({
      indicators: { CSC02: { polarity: 'lower' } },
    });
  });
});

describe('storing one column’s role', () => {
  const goodIs = { column: 'D', header: 'Good is' };

  it('starts a table entry keyed by the column’s letter, and the engine reads it', () => {
    const merged = withColumnRole(null, 'Scorecard', goodIs, 'ignore');
    expect(merged).toEqual({ tables: [{ sheet: 'Scorecard', columns: { D: 'ignore' } }] });
    expect(parseConfig(merged).tables[0].columns).toEqual({ D: 'ignore' });
  });

  it('replaces a key naming the same column by its header text, which would otherwise win', () => {
    const stored = JSON.stringify({
      style: { percent: '%' },
      tables: [
        { sheet: 'scorecard', headerRow: 4, columns: { 'good is': 'polarity', E: 'target' } },
        { sheet: 'tblCare', columns: { D: 'name' } },
      ],
    });
    expect(withColumnRole(stored, 'Scorecard', goodIs, 'commentary')).toEqual({
      style: { percent: '%' },
      tables: [
        { sheet: 'scorecard', headerRow: 4, columns: { E: 'target', D: 'commentary' } },
        { sheet: 'tblCare', columns: { D: 'name' } },
      ],
    });
  });

  it('hands the column back to its header with a null role, dropping a table entry left empty', () => {
    const stored = {
      indicators: { CSC02: { target: 90 } },
      tables: [{ sheet: 'Scorecard', columns: { D: 'ignore' } }],
    };
    expect(withColumnRole(stored, 'Scorecard', goodIs, null)).toEqual({ indicators: { CSC02: { target: 90 } } });
    const withRow = { tables: [{ sheet: 'Scorecard', headerRow: 4, columns: { D: 'ignore' } }] };
    expect(withColumnRole(withRow, 'Scorecard', goodIs, null)).toEqual({
      tables: [{ sheet: 'Scorecard', headerRow: 4, columns: {} }],
    });
  });
});

describe('storing the workbook-wide settings', () => {
  const settings = {
    period: 'Q1 2021/22',
    tolerance: { type: 'absolute', value: 2 },
    amberRule: 'tolerance-or-improving',
    percent: '%',
    decimals: 0,
  } as const;

  it('sets the period, tolerance, amber rule and house style, keeping the rest', () => {
    const stored = JSON.stringify({ style: { smallNumber: 10 }, indicators: { CSC02: { target: 90 } } });
    const merged = withWorkbookSettings(stored, settings);
    expect(merged).toEqual({
      style: { smallNumber: 10, percent: '%', decimals: 0 },
      indicators: { CSC02: { target: 90 } },
      period: 'Q1 2021/22',
      tolerance: { type: 'absolute', value: 2 },
      amberRule: 'tolerance-or-improving',
    });
    expect(parseConfig(merged)).toMatchObject({
      period: 'Q1 2021/22',
      style: { percent: '%', decimals: 0, smallNumber: 10 },
    });
  });

  it('removes a stored period for the latest with data', () => {
    expect(withWorkbookSettings({ period: 'Q1 2021/22' }, { ...settings, period: null })).not.toHaveProperty('period');
  });

  it("stores ragSource 'sheet', and removes it for our own ratings (the default)", () => {
    const sheet = withWorkbookSettings({}, { ...settings, ragSource: 'sheet' });
    expect(sheet.ragSource).toBe('sheet');
    expect(parseConfig(sheet).ragSource).toBe('sheet');
    expect(withWorkbookSettings(sheet, { ...settings, ragSource: 'engine' })).not.toHaveProperty('ragSource');
  });

  it('stores a narrative style other than committee, keeps one not given, and removes committee (the default)', () => {
    const briefing = withWorkbookSettings({ amberRule: 'tolerance' }, { ...settings, narrativeStyle: 'briefing' });
    expect(parseConfig(briefing).narrativeStyle).toBe('briefing');
    expect(withWorkbookSettings(briefing, settings)).toMatchObject({
      narrativeStyle: 'briefing',
      amberRule: 'tolerance-or-improving',
    });
    expect(withWorkbookSettings(briefing, { ...settings, narrativeStyle: 'committee' })).not.toHaveProperty(
      'narrativeStyle',
    );
  });

  it('reads back what it stored: the settings in force after a save are the ones saved', () => {
    const saved = {
      ...currentWorkbookSettings(parseConfig({})),
      ...settings,
      ragSource: 'sheet',
      narrativeStyle: 'exceptions',
    } as const;
    expect(currentWorkbookSettings(parseConfig(withWorkbookSettings(null, saved)))).toEqual(saved);
    expect(
      currentWorkbookSettings(
        parseConfig(
          withWorkbookSettings(null, { ...saved, period: null, ragSource: 'engine', narrativeStyle: 'committee' }),
        ),
      ),
    ).toEqual({
      ...saved,
      period: null,
      ragSource: 'engine',
      narrativeStyle: 'committee',
    });
  });
});

describe('leaving a table or an indicator out, and taking it back in', () => {
  it('marks an indicator excluded, keeping its other settings, and the engine leaves it out', () => {
    const stored = JSON.stringify({ indicators: { CSC02: { target: 90 } } });
    const out = withIndicatorIncluded(stored, 'CSC02', false);
    expect(out).toEqual({ indicators: { CSC02: { target: 90, exclude: true } } });
    expect(parseConfig(out).indicators.CSC02.exclude).toBe(true);
    expect(withIndicatorIncluded(out, 'CSC02', true)).toEqual({ indicators: { CSC02: { target: 90 } } });
  });

  it('removes an indicator entry, and the list, left empty when it is taken back in', () => {
    const out = withIndicatorIncluded(null, 'Re-referrals within 12 months (%)', false);
    expect(out).toEqual({ indicators: { 'Re-referrals within 12 months (%)': { exclude: true } } });
    expect(withIndicatorIncluded(out, 'Re-referrals within 12 months (%)', true)).toEqual({});
  });

  it('marks a table excluded beside its column roles, and removes the entry left with nothing when taken back', () => {
    const stored = { style: { percent: '%' }, tables: [{ sheet: 'scorecard', columns: { D: 'ignore' } }] };
    const out = withTableIncluded(stored, 'Scorecard', false);
    expect(out).toEqual({
      style: { percent: '%' },
      tables: [{ sheet: 'scorecard', columns: { D: 'ignore' }, exclude: true }],
    });
    expect(parseConfig(out).tables[0].exclude).toBe(true);
    expect(withTableIncluded(out, 'Scorecard', true)).toEqual(stored);
    const alone = withTableIncluded(null, 'tblCare', false);
    expect(alone).toEqual({ tables: [{ sheet: 'tblCare', exclude: true }] });
    expect(withTableIncluded(alone, 'TBLCARE', true)).toEqual({});
  });
});

describe('the settings of a measure kept for two areas, a sheet each, without references', () => {
  // The report names each with its sheet ("… (North)"); the configuration matches names as the sheet writes them.
  const head = ['Indicator', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'];
  const grids = [
    { name: 'North', values: [head, ['Re-referrals within 12 months (%)', 'Lower', 22, 24, 25]] },
    { name: 'South', values: [head, ['Re-referrals within 12 months (%)', 'Lower', 22, 20, 19]] },
  ];

  it('are stored under the name as the sheet writes it, which the next run reads', () => {
    const r = buildReport(grids, parseConfig({}));
    expect(r.items.map((i) => i.indicator.name)).toEqual([
      'Re-referrals within 12 months (%) (North)',
      'Re-referrals within 12 months (%) (South)',
    ]);
    const key = settingsKey(r.items[0]);
    expect(key).toBe('Re-referrals within 12 months (%)');
    const stored = withIndicatorSettings(null, key, { target: 30, polarity: 'lower', tolerance: null });
    const again = buildReport(grids, parseConfig(stored));
    expect(again.items.map((i) => [i.indicator.target?.value, i.rating.rag])).toEqual([
      [30, 'green'],
      [30, 'green'],
    ]);
    expect(again.issues.filter((i) => i.code === 'config-indicator-unmatched')).toEqual([]);
  });
});
