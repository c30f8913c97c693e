/**
 * A council plan workbook with its actions on a sheet of their own, "Ref | Action | Due | Status | RAG
 * | Comment", no period columns: nothing on the sheet is an indicator, and it was passed over without
 * a word, a red action among its rows. Worked by hand: no indicator is read from it, and a warning
 * names its header row and says how to have it reported. A key ("RAG | Meaning") is no such table.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const kpis: RawValue[][] = [
  ['Ref', 'Indicator', 'Good performance is', 'Q2 2024/25', 'Target'],
  ['L1.1', 'Number of affordable homes delivered', 'High', 42, 50],
];
const actions: RawValue[][] = [
  ['Council Plan actions – Quarter 2 2024/25'],
  [],
  ['Ref', 'Action', 'Due', 'Status', 'RAG', 'Comment'],
  ['1.01', 'Adopt the Local Plan review', 'Q3 2024/25', 'In progress', 'Amber', 'Hearings rescheduled.'],
  ['1.03', 'Procure new waste fleet', 'Q4 2024/25', 'In progress', 'Red', 'Supplier withdrew.'],
];
const key: RawValue[][] = [
  ['RAG', 'Meaning'],
  ['Green', 'On or better than target'],
  ['Red', 'More than 5% off target'],
];

describe('a sheet of actions with their own RAG and no periods', () => {
  const r = buildReport(
    [
      { name: 'KPIs', values: kpis },
      { name: 'Actions', values: actions },
      { name: 'Key', values: key },
    ],
    parseConfig({}),
  );

  it('is said not to be read, at its header row', () => {
    expect(r.items.map((i) => i.indicator.id)).toEqual(['L1.1']);
    const unread = r.issues.filter((i) => i.code === 'rag-table-unread');
    expect(unread.map((i) => [i.sheet, i.cell])).toEqual([['Actions', 'A3:F3']]);
    expect(unread[0].message).toContain("'Ref', 'Action', 'Due', 'Status', 'RAG' and 'Comment'");
  });
});
