/**
 * A district council's quarterly report laid out as Dover's are: a table for each service, one under
 * the other, each with the sheet's own "RAG Status" and the service's comment beside it. A comment
 * beside an "Amber" status ("Behind the profile of 85.2% at December.") is what the service says of
 * one indicator, not a key for the sheet. Worked out by hand before the engine was run, with the
 * usual 5 % tolerance, as nothing on the sheet states another:
 * - PLA002 45.5 % against 60 % (higher): 24 % short: red, as the sheet says;
 * - PLA004 71.3 % against 80 %: 10.8 % short: red, as the sheet says;
 * - EKS003 30 days against 20 (lower): 50 % over: red, as the sheet says;
 * - EKS010 96 % against 98 %: 2 % short: amber, as the sheet says.
 * No key is read from the rows of either table, and none is said to have been. In both tables "PI"
 * holds the references and "Description" the names: the first table's rows end where the second's
 * headers begin.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const header = ['PI', 'Description', 'Target 2013/14', 'Q2', 'Q3', 'RAG Status', 'Comments'];
const values: RawValue[][] = [
  ['Planning'],
  header,
  [
    'PLA002',
    'Percentage of major planning applications determined in 13 weeks',
    0.6,
    0.429,
    0.4545,
    'Red',
    'Two out of time.',
  ],
  ['PLA004', 'Percentage of other planning applications determined in 8 weeks', 0.8, 0.673, 0.7134, 'Red', ''],
  [],
  ['Revenues'],
  header,
  ['EKS003', 'Average time taken to process new benefit claims (days)', 20, 21.6, 30, 'Red', 'Backlog.'],
  [
    'EKS010',
    'Percentage of invoices paid within 30 days',
    0.98,
    0.95,
    0.96,
    'Amber',
    'Behind the profile of 85.2% at December.',
  ],
];
const formats: (string | null)[][] = values.map((row) =>
  row.map((v) => (typeof v === 'number' && v < 1 ? '0.0%' : null)),
);

describe('a status and its comment in a row of a table below another', () => {
  const r = buildReport([{ name: 'Q3', values, formats }], parseConfig({}));

  it('rates every table by the usual tolerance, as the sheet does', () => {
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['PLA002', 'red'],
      ['PLA004', 'red'],
      ['EKS003', 'red'],
      ['EKS010', 'amber'],
    ]);
    expect(r.items[0].indicator.name).toBe('Percentage of major planning applications determined in 13 weeks');
    expect(r.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
  });

  it('reads no key from the rows of a table', () => {
    const keyCodes = ['tolerance-from-key', 'rag-key-scheme', 'rag-key-differs', 'key-points-not-unit'];
    expect(r.issues.filter((i) => keyCodes.includes(i.code))).toEqual([]);
  });
});
