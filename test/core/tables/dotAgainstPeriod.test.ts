/**
 * Havering's children's performance report heads two columns "Short Term DOT against 2022/23 (Q4)"
 * and "Long Term DOT against Q1 2022/23" and fills them with the figures compared with, not arrows.
 * They are the figures for those periods, and give the direction of travel. Worked by hand:
 * - care leavers in education, employment or training: 60.9 % in Q1 2023/24 against 67.2 % in Q4
 *   2022/23 and 62.3 % in Q1 2022/23, higher is better: worse than both; red against 80 %;
 * - in-house foster carers, 78 against 77 and 81: better than last quarter, worse than a year earlier.
 * A direction column of arrows or words under such a header is still not read as figures.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const header = [
  'Indicator and Description',
  'Value',
  '2023/24 Annual Target',
  '2023/24 Q1',
  'Q1 Performance',
  'Short Term DOT against 2022/23 (Q4)',
  'Long Term DOT against Q1 2022/23',
];
const figures: RawValue[][] = [
  header,
  [
    '% of young people leaving care who are in education, employment or training at ages 18-21',
    'Bigger is better',
    80,
    60.9,
    'RED',
    67.2,
    62.3,
  ],
  ['Total no. of in-house foster carers', 'Bigger is better', 90, 78, 'RED', 77, 81],
];

describe('a direction-of-travel column that holds the figures compared with', () => {
  const r = buildReport([{ name: 'Children', values: figures }], parseConfig({}));

  it('is read as the figures of the period its header names', () => {
    const cols = r.tables[0].columns.map((c) => [c.header, c.role, c.period?.label ?? null]);
    expect(cols.slice(5)).toEqual([
      ['Short Term DOT against 2022/23 (Q4)', 'period', 'Q4 2022/23'],
      ['Long Term DOT against Q1 2022/23', 'period', 'Q1 2022/23'],
    ]);
    expect(r.period?.label).toBe('Q1 2023/24');
  });

  it('says so in a note naming each header cell', () => {
    const notes = r.issues.filter((i) => i.code === 'dot-column-figures');
    expect(notes.map((n) => [n.severity, n.cell])).toEqual([
      ['info', 'F1'],
      ['info', 'G1'],
    ]);
    expect(notes[0].message).toContain("'Short Term DOT against 2022/23 (Q4)' holds figures, not arrows or words");
    expect(notes[0].message).toContain("read as Q4 2022/23's");
  });

  it('gives the direction of travel on last quarter and a year earlier', () => {
    const [leavers, carers] = r.narrative.areasForFocus.map((i) => i.text);
    expect(leavers).toContain('That is worse than 67.2 per cent last quarter and 62.3 per cent a year earlier.');
    expect(carers).toContain('78');
    expect(carers).toMatch(/better than 77 last quarter but worse than 81 a year earlier/);
  });

  it('is left unread where it holds arrows or words', () => {
    const arrows = figures.map((row, i) => (i === 0 ? row : [...row.slice(0, 5), '↓', 'Worse']));
    const a = buildReport([{ name: 'Children', values: arrows }], parseConfig({}));
    expect(a.tables[0].columns.slice(5).map((c) => c.role)).toEqual(['ignore', 'ignore']);
    expect(a.issues.some((i) => i.code === 'dot-column-figures')).toBe(false);
  });
});
