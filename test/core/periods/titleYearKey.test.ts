/**
 * A key beneath a title that names the year figures are compared with, as a Welsh council's table of
 * performance accountability measures has it: "PAMs 2022/23" in A1, "Trend: ↑ improved, ↓ declined,
 * ↔ no change, compared with 2021/22" in A2, and columns for 2020/21 to 2022/23, all filled in.
 * Worked out by hand: the report is on 2022/23, the latest year filled in; the key names no period
 * of the figures. It was on 2021/22, taken from the key, with nothing rated.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { figuresPeriodInText } from '../../../src/core/periods/parsePeriod';
import { buildReport } from '../../../src/core/report/buildReport';

describe('a line that names the period figures are compared with', () => {
  it.each([
    'Trend: ↑ improved, ↓ declined, ↔ no change, compared with 2021/22',
    'Key: direction of travel compared to Q1 2023/24',
    'Direction of travel against 2022/23',
    'Performance versus Q2 2023/24',
  ])('%s names no period of the figures', (text) => {
    expect(figuresPeriodInText(text)).toBeNull();
  });

  it.each([
    ['Performance accountability measures 2022/23', '2022/23'],
    ['Corporate Scorecard – Quarter 2 2023/24', 'Q2 2023/24'],
  ])('%s still names its period', (text, label) => {
    expect(figuresPeriodInText(text)?.label).toBe(label);
  });

  it('gives no year to a table below it', () => {
    const r = buildReport(
      [
        {
          name: 'PAMs 2022-23',
          values: [
            ['Performance accountability measures 2022/23'],
            ['Trend: ↑ improved, ↓ declined, ↔ no change, compared with 2021/22'],
            [],
            ['PAM Ref', 'Measure', 'Good is', '2020/21', '2021/22', '2022/23', 'Target 2022/23'],
            ['PAM/020', 'Percentage of A roads in overall poor condition', 'Low', 3.9, 3.6, 4.4, 4],
            ['PAM/030', 'Percentage of waste reused, recycled or composted', 'High', 64.1, 65.2, 66.3, 64],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(r.period?.label).toBe('2022/23');
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red', 'green']);
  });
});
