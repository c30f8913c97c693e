/**
 * Which sheets are read (`report/sheetChoice.ts`): the live scorecard, not last year's sheet, an
 * archive or a very hidden sheet — each left out with a warning — and a hidden sheet with one.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { sheetNamePeriod } from '../../../src/core/report/sheetChoice';
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
    expect(sheetNamePeriod(name)?.label ?? null).toBe(label);
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
});
