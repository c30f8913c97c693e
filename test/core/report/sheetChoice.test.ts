/**
 * Which sheets are read (`report/sheetChoice.ts`): the live scorecard, not last year's sheet, an
 * archive or a very hidden sheet — each left out with a warning — and a hidden sheet with one.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { periodInText } from '../../../src/core/periods/parsePeriod';
import { searchedSheets } from '../../../src/core/report/sheetChoice';
import type { SheetGrid } from '../../../src/core/values/types';

/** A one-indicator scorecard for two quarters. */
function sheet(name: string, quarters: [string, string], extra: Partial<SheetGrid> = {}): SheetGrid {
  return {
    name,
    values: [
      ['Ref', 'Indicator', 'Good is', 'Target', ...quarters],
      [`${name.slice(0, 3)}1`, 'Households prevented from becoming homeless', 'Higher', 100, 96, 104],
    ],
    ...extra,
  };
}

const report = (grids: SheetGrid[], config: unknown = {}) => buildReport(grids, parseConfig(config));
const sheetsRead = (r: ReturnType<typeof report>) => [...new Set(r.items.map((i) => i.indicator.sheet))];
const codes = (r: ReturnType<typeof report>) => r.issues.map((i) => [i.code, i.sheet]);

describe('the period a sheet name gives', () => {
  it.each([
    ['2024-25', '2024/25'],
    ['Q4 2024-25 (old)', 'Q4 2024/25'],
    ['KPIs Q2 2025-26', 'Q2 2025/26'],
    ['Housing Q3', null],
    ['Scorecard', null],
  ])('%s → %s', (name, label) => {
    expect(periodInText(name)?.label ?? null).toBe(label);
  });
});

describe('which sheets are read', () => {
  it('leaves out a sheet of a year that ended before the latest sheet’s period began, and says why', () => {
    const r = report([sheet('2024-25', ['Q3 2024/25', 'Q4 2024/25']), sheet('2025-26', ['Q1 2025/26', 'Q2 2025/26'])]);
    expect(sheetsRead(r)).toEqual(['2025-26']);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'sheet-earlier-period',
        sheet: '2024-25',
        message: expect.stringMatching(
          /^2024-25: its name gives 2024\/25, earlier than the sheet '2025-26' \(2025\/26\)/,
        ),
      }),
    );
  });

  it('reads a year’s sheet and a quarter of the same year both', () => {
    const r = report([
      sheet('2025-26', ['Q1 2025/26', 'Q2 2025/26']),
      sheet('Q2 2025-26', ['Q1 2025/26', 'Q2 2025/26']),
    ]);
    expect(sheetsRead(r)).toEqual(['2025-26', 'Q2 2025-26']);
    expect(codes(r).map(([c]) => c)).not.toContain('sheet-earlier-period');
  });

  it('holds back a sheet called an archive, but reads it when it is the only table there is', () => {
    const both = report([
      sheet('Archive', ['Q3 2023/24', 'Q4 2023/24']),
      sheet('Scorecard', ['Q1 2025/26', 'Q2 2025/26']),
    ]);
    expect(sheetsRead(both)).toEqual(['Scorecard']);
    expect(codes(both)).toContainEqual(['sheet-earlier-period', 'Archive']);
    const alone = report([sheet('Archive', ['Q3 2023/24', 'Q4 2023/24']), { name: 'Notes', values: [['Notes']] }]);
    expect(sheetsRead(alone)).toEqual(['Archive']);
    expect(codes(alone).map(([c]) => c)).not.toContain('sheet-earlier-period');
  });

  it('does not read a very hidden sheet, and names it', () => {
    const r = report([
      sheet('Scorecard', ['Q1 2025/26', 'Q2 2025/26']),
      sheet('Lookups', ['Q1 2025/26', 'Q2 2025/26'], { visibility: 'veryHidden' }),
    ]);
    expect(sheetsRead(r)).toEqual(['Scorecard']);
    expect(codes(r)).toContainEqual(['sheet-very-hidden', 'Lookups']);
  });

  it('reads a hidden sheet, saying how many indicators came from it', () => {
    const r = report([
      sheet('Scorecard', ['Q1 2025/26', 'Q2 2025/26']),
      sheet('Early help', ['Q1 2025/26', 'Q2 2025/26'], { visibility: 'hidden' }),
    ]);
    expect(sheetsRead(r)).toEqual(['Scorecard', 'Early help']);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'sheet-hidden',
        sheet: 'Early help',
        message: expect.stringMatching(/^Early help: the sheet is hidden, and its indicator is in the report;/),
      }),
    );
  });

  it('reads exactly the sheets the configuration names, hidden or old, without those warnings', () => {
    const r = report(
      [
        sheet('2024-25', ['Q3 2024/25', 'Q4 2024/25'], { visibility: 'veryHidden' }),
        sheet('2025-26', ['Q1 2025/26', 'Q2 2025/26']),
      ],
      { sheets: ['2024-25'] },
    );
    expect(sheetsRead(r)).toEqual(['2024-25']);
    expect(codes(r).map(([c]) => c)).not.toContain('sheet-very-hidden');
    expect(codes(r).map(([c]) => c)).not.toContain('sheet-earlier-period');
  });

  it('when no table is found, gives the sheets searched: all but the very hidden, or exactly those named', () => {
    const grids = [
      sheet('Lookups', ['Q1 2025/26', 'Q2 2025/26'], { visibility: 'veryHidden' }),
      sheet('Archive', ['Q1 2024/25', 'Q2 2024/25']),
      sheet('Early help', ['Q1 2025/26', 'Q2 2025/26'], { visibility: 'hidden' }),
    ];
    const names = (gs: SheetGrid[]) => gs.map((g) => g.name);
    expect(names(searchedSheets(grids, undefined))).toEqual(['Archive', 'Early help']);
    expect(names(searchedSheets(grids, ['Early help', 'Lookups']))).toEqual(['Lookups', 'Early help']);
  });
});

/**
 * Laid out as the Isle of Anglesey's published Corporate Scorecard (Quarter 2 2024/25) is: a title
 * row naming the quarter and the year above the header, and columns for the quarters that do not
 * repeat the year. An officer who starts the new year by copying the sheet (Excel names the copy
 * "Scorecard (2)") keeps last year's beside it, told apart only by its title.
 */
function titled(name: string, title: string, quarters: [string, string], values: [number, number]): SheetGrid {
  return {
    name,
    values: [
      [title],
      [],
      ['Ref', 'Performance Indicator', 'Good is', 'Target', ...quarters],
      ['CS01', 'Percentage of FOI requests responded to within timescale', 'Higher', 80, ...values],
      ['CS02', 'Number of empty homes brought back into use', 'Higher', 50, 12, 30],
    ],
  };
}

describe('the period a sheet’s title rows give', () => {
  const current = titled('Scorecard', 'Corporate Scorecard – Quarter 2 2025/26', ['Q1', 'Q2'], [84, 86]);
  const lastYear = titled('Scorecard (2)', 'Corporate Scorecard – Quarter 4 2023/24', ['Q3', 'Q4'], [78, 83]);

  it('holds back a sheet whose title names an earlier period than another sheet’s, and says where it read it', () => {
    // By hand: the current sheet's title gives Q2 2025/26, the copy's Q4 2023/24, which ended in
    // March 2024, before July 2025: the copy is left out. The report is on Q2 2025/26 (the quarters
    // take the year from the title), CS01 86 against 80 green, CS02 30 against 50 red.
    const r = report([current, lastYear]);
    expect(sheetsRead(r)).toEqual(['Scorecard']);
    expect(r.period?.label).toBe('Q2 2025/26');
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['CS01', 'green'],
      ['CS02', 'red'],
    ]);
    expect(r.issues.filter((i) => i.code === 'sheet-earlier-period')).toEqual([
      {
        code: 'sheet-earlier-period',
        severity: 'warning',
        sheet: 'Scorecard (2)',
        cell: 'A1',
        message:
          "Scorecard (2)!A1: its title 'Corporate Scorecard – Quarter 4 2023/24' gives Q4 2023/24, earlier than the sheet 'Scorecard' (Q2 2025/26), so it is taken for earlier figures and not read; name it among the sheets to read (--sheet, or \"sheets\" in the configuration) to report on it.",
      },
    ]);
  });

  it('holds back a sheet whose title names an earlier year than another sheet’s name', () => {
    const old = titled('Scorecard', 'Performance scorecard 2023/24', ['Q3', 'Q4'], [78, 83]);
    const r = report([old, sheet('Q2 2025-26', ['Q1 2025/26', 'Q2 2025/26'])]);
    expect(sheetsRead(r)).toEqual(['Q2 2025-26']);
    expect(codes(r)).toContainEqual(['sheet-earlier-period', 'Scorecard']);
  });

  it('reads a sheet whose title gives the current year, beside a sheet named for a quarter of it', () => {
    const year = titled('Scorecard', 'Corporate Scorecard 2025/26', ['Q1', 'Q2'], [84, 86]);
    const r = report([year, sheet('Q2 2025-26', ['Q1 2025/26', 'Q2 2025/26'])]);
    expect(sheetsRead(r)).toEqual(['Scorecard', 'Q2 2025-26']);
    expect(codes(r).map(([c]) => c)).not.toContain('sheet-earlier-period');
  });

  it('reads a sheet alone in the workbook whatever period its title gives, without a warning', () => {
    const r = report([lastYear, { name: 'Notes', values: [['Definitions of the indicators, 2025/26']] }]);
    expect(sheetsRead(r)).toEqual(['Scorecard (2)']);
    expect(r.period?.label).toBe('Q4 2023/24');
    expect(codes(r).map(([c]) => c)).not.toContain('sheet-earlier-period');
  });

  it('says nothing of a sheet without a table whose title names an earlier year', () => {
    const notes = { name: 'Notes', values: [['Indicator definitions agreed in 2023/24']] };
    const r = report([current, notes]);
    expect(sheetsRead(r)).toEqual(['Scorecard']);
    expect(codes(r).map(([c]) => c)).not.toContain('sheet-earlier-period');
  });

  it('when the title is older than the sheet’s own columns, reads the sheet and asks for the title to be checked', () => {
    // The officer updated the quarters and figures but not the title: the columns say the sheet is
    // current, so it is read, and the title named as the thing to check rather than the sheet dropped.
    const stale = titled('Adults', 'Adult social care scorecard 2023/24', ['Q1 2025/26', 'Q2 2025/26'], [70, 72]);
    const r = report([current, stale]);
    expect(sheetsRead(r)).toEqual(['Scorecard', 'Adults']);
    expect(codes(r).map(([c]) => c)).not.toContain('sheet-earlier-period');
    expect(r.issues.filter((i) => i.code === 'sheet-title-period')).toEqual([
      {
        code: 'sheet-title-period',
        severity: 'warning',
        sheet: 'Adults',
        cell: 'A1',
        message:
          "Adults!A1: the title 'Adult social care scorecard 2023/24' gives 2023/24, earlier than the sheet 'Scorecard' (Q2 2025/26), but the sheet's own columns run to Q2 2025/26, so it is read as current figures; correct the title if it is out of date, or name the sheets to read (--sheet, or \"sheets\" in the configuration) to leave it out.",
      },
    ]);
  });
});
