/**
 * A Scottish local fire and rescue plan's report: no target column, but a key that says what the
 * colours are measured against, "Green = below the three year average; Amber = up to 5% above the
 * three year average; Red = more than 5% above the three year average", beside a column headed
 * "3 year average". All five were context measures "without a target", and the sheet's two reds were
 * missing from the committee text. Worked by hand (lower is better, as the key's "below" says, 5 %):
 * - accidental dwelling fires 57 against 55: 3.6 % above, amber;
 * - casualties 6 against 8.7: green; unintentional injuries 60 against 46: 30 % above, red;
 * - deliberate fires 211 against 186.3: 13 % above, red; unwanted fire alarm signals 344 against 373: green.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Local Fire and Rescue Plan – Quarterly Performance Report, Q2 2024/25 (April to September)'],
  [
    'RAG: Green = below the three year average; Amber = up to 5% above the three year average; Red = more than 5% above the three year average',
  ],
  [],
  [
    'Key performance indicator',
    'Apr to Sep 2022/23',
    'Apr to Sep 2023/24',
    'Apr to Sep 2024/25',
    '3 year average',
    'RAG',
  ],
  ['Accidental dwelling fires', 55, 52, 57, 55, 'Amber'],
  ['Accidental dwelling fire casualties (non-fatal)', 7, 8, 6, 8.7, 'Green'],
  ['Unintentional injuries and harm', 48, 51, 60, 46, 'Red'],
  ['Deliberate fires', 176, 181, 211, 186.3, 'Red'],
  ['Unwanted fire alarm signals', 371, 360, 344, 373, 'Green'],
];
const r = buildReport([{ name: 'Local Fire Plan', values }], parseConfig({}));

describe('a key that rates against a column of its own', () => {
  it('reads that column as the target, and says so', () => {
    expect(r.tables[0].columns.find((c) => c.header === '3 year average')?.role).toBe('target');
    const said = r.issues.filter((i) => i.code === 'target-from-key');
    expect(said.map((i) => [i.sheet, i.cell])).toEqual([['Local Fire Plan', 'E4']]);
  });

  it('rates each indicator as the sheet does', () => {
    expect(r.items.map((i) => i.rating.rag)).toEqual(['amber', 'green', 'red', 'red', 'green']);
    expect(r.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
  });

  it('names the reds in the committee text against the average, not a target', () => {
    expect(r.narrative.reds.map((i) => i.text)).toEqual([
      'Unintentional injuries and harm: 60 against a 3 year average of 46.',
      'Deliberate fires: 211 against a 3 year average of 186.3.',
    ]);
  });
});
