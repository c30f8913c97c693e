/**
 * Councils that rate in four colours say in their key what blue means, and they do not all mean the
 * same: "Blue = exceeding target" (a BRAG scheme; Swansea's "Achieved TTAF", its target to aim for)
 * or "Blue = data only" (Kingston's index). Each Blue was warned as "not a rating" and left out of
 * the comparison. Where the sheet's key says what blue means, it is read so; without a key it is
 * left unread, as before. Worked out by hand before the engine was run:
 *
 * - new homes, 130 against 100, higher is better: green; the sheet's Blue (exceeding): agrees;
 * - rent collected, 99 against 98: green; Blue: agrees;
 * - re-lets, 31 days against 30, lower is better: amber (within 5 %); Blue: disagrees, said at F5;
 * - under "Blue = data only", a count with no target marked Blue is not rated, and agrees.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const rows: RawValue[][] = [
  ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'BRAG'],
  ['Number of new homes built', 'Higher', 100, 80, 130, 'Blue'],
  ['Rent collected %', 'Higher', 98, 97, 99, 'Blue'],
  ['Days to re-let council homes', 'Lower', 30, 35, 31, 'Blue'],
];
const report = (key: RawValue[][]) => buildReport([{ name: 'KPIs', values: [...key, ...rows] }], parseConfig({}));

describe("a sheet's blue, as its key says", () => {
  it('is green where the key says blue is a target exceeded, and compared with ours', () => {
    const r = report([
      ['Key: Blue = exceeding target; Green = on target; Amber = within 5% of target; Red = more than 5% off'],
    ]);
    expect(r.items.map((i) => [i.rating.rag, i.sheetRag?.rag, i.sheetRag?.shown])).toEqual([
      ['green', 'green', 'Blue'],
      ['green', 'green', 'Blue'],
      ['amber', 'green', 'Blue'],
    ]);
    expect(r.issues.filter((i) => i.code === 'sheet-rag-unreadable')).toEqual([]);
    const differs = r.issues.filter((i) => i.code === 'rag-disagrees');
    expect(differs.map((i) => i.cell)).toEqual(['F5']);
    expect(differs[0].message).toContain("the sheet rates 'Days to re-let council homes' Blue (green by its key), but");
    // The key still sets amber's edge, and says nothing of a scheme of its own.
    expect(r.issues.filter((i) => i.code === 'rag-key-differs')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'tolerance-from-key').map((i) => i.cell)).toEqual(['A1']);
  });

  it('is read from a key of colours alone, in a cell of its own for each', () => {
    const r = report([['Blue', 'Target exceeded'], ['Green', 'Target met'], []]);
    expect(r.items.map((i) => i.sheetRag?.rag)).toEqual(['green', 'green', 'green']);
    expect(r.issues.filter((i) => i.code === 'sheet-rag-unreadable')).toEqual([]);
  });

  it('is "not rated" where the key says blue is data only', () => {
    const r = buildReport(
      [
        {
          name: 'Index',
          values: [
            ['Key: Blue = data only; Green = on target; Red = off target'],
            ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'Status'],
            ['Council carbon emissions (tonnes)', 'Lower', null, 6140, 5822, 'Blue'],
            ['Rent collected %', 'Higher', 98, 97, 99, 'Green'],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.rating.status, i.sheetRag?.rag])).toEqual([
      ['no-target', 'none'],
      ['rated', 'green'],
    ]);
    expect(r.issues.filter((i) => i.code === 'sheet-rag-unreadable' || i.code === 'rag-disagrees')).toEqual([]);
  });

  it('is left unread, and said so, where no key says what it means', () => {
    const r = report([]);
    expect(r.items.map((i) => i.sheetRag?.rag ?? null)).toEqual([null, null, null]);
    expect(r.issues.filter((i) => i.code === 'sheet-rag-unreadable').map((i) => i.cell)).toEqual(['F2', 'F3', 'F4']);
  });
});
