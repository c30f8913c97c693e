/**
 * A Pentana export as East Dunbartonshire pastes it into its quarterly report: "Code | Short Name |
 * … Value | Current Target | Status | Short Trend | Long Trend | Latest Note", and under the table,
 * after a blank row, Pentana's key: "PI Status" over "Alert – Indicator is off target by more than
 * 5%", "Warning …", "OK …", "Unknown …", "Data Only …", and "Short Term Trends" beside it. Worked
 * out by hand before the engine was run: three indicators (AF01 green, AF04 red, AF07 amber), and
 * no indicator named "Alert", "Warning", "OK", "Unknown" or "Data Only"; nothing said unavailable.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['HOW GOOD IS OUR SERVICE? QUARTERLY PERFORMANCE REPORT'],
  ['July - September 2024'],
  [],
  [
    'Code',
    'Short Name',
    'Q1 2024/25 Value',
    'Q2 2024/25 Value',
    'Current Target',
    'Status',
    'Short Trend',
    'Latest Note',
  ],
  ['AF01', '% of void properties returned within target time', 84, 86, 85, 'OK', 'Improving', '43 of 50.'],
  ['AF04', '% uptake of paid school meals - secondary', 39.2, 38.1, 45, 'Alert', 'Getting Worse', ''],
  ['AF07', '% of rent due collected', 97.9, 98.1, 98.5, 'Warning', 'Improving', ''],
  [],
  ['PI Status', null, null, null, 'Short Term Trends'],
  [null, 'Alert', 'Indicator is off target by more than 5%', null, null, 'Improving'],
  [null, 'Warning', 'Indicator is off target by less than 5%', null, null, 'No Change'],
  [null, 'OK', 'Indicator is on target', null, null, 'Getting Worse'],
  [null, 'Unknown', 'Data is unavailable to generate a RAG status'],
  [null, 'Data Only', 'Indicator is for information only (no target)'],
];

describe('a Pentana key under the table', () => {
  const r = buildReport([{ name: 'Assets and Facilities', values }], parseConfig({}));

  it('is not read as indicators', () => {
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['AF01', 'green'],
      ['AF04', 'red'],
      ['AF07', 'amber'],
    ]);
    expect(r.narrative.ragSummary.unavailable).toBe(0);
  });
});

describe('a Pentana key whose head shares a row with its first entry', () => {
  // "PI Status" in the code column, "Alert" in the names column beside it, its meaning in the first
  // period's column: worked out by hand, two indicators (AF01 green, AF10 red) and nothing unavailable.
  const rows: RawValue[][] = [
    ['Code', 'Title', 'Q1 2024/25 Value', 'Q2 2024/25 Value', 'Current Target', 'Status'],
    ['AF01', '% of void properties returned within target time', 84, 86, 85, 'OK'],
    ['AF10', '% of customer calls answered within 60 seconds', 74, 71.4, 80, 'Alert'],
    [],
    ['PI Status', 'Alert', 'Indicator is off target by more than 5%'],
    [null, 'Warning', 'Indicator is off target by less than 5%'],
    [null, 'OK', 'Indicator is on target'],
  ];
  const r = buildReport([{ name: 'PIs', values: rows }], parseConfig({}));

  it('ends the table: no indicator named "Alert", "Warning" or "OK", and no figure said unreadable', () => {
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['AF01', 'green'],
      ['AF10', 'red'],
    ]);
    expect(r.narrative.ragSummary.unavailable).toBe(0);
    expect(r.issues.filter((i) => i.code === 'figure-unreadable')).toEqual([]);
    expect(r.narrative.text).toContain('both indicators were rated against a target: 1 green and 1 red.');
  });

  it('still reads an indicator whose code cell holds the words of a key head, beside a name that is no rating', () => {
    const kept = rows.slice(0, 3).concat([['PI Status', 'Projects on schedule', 8, 9, 10, 'Warning']]);
    const rr = buildReport([{ name: 'PIs', values: kept }], parseConfig({}));
    expect(rr.items.map((i) => i.indicator.name)).toContain('Projects on schedule');
  });
});
