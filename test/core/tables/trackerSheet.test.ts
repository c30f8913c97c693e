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

describe('a milestone tracker with its target dates', () => {
  // Rotherham's delivery plan tracker: "Ref | Action / milestone | Lead directorate | Target date |
  // Status | Progress update", the dates formatted "mmm-yy". The first row's date reads like a month
  // header, but the row is an action, not a header of figures: one warning for the sheet, the tracker's.
  const tracker = {
    name: 'Delivery Plan Tracker',
    values: [
      ['Council Plan 2022-25: Year Ahead Delivery Plan 2024-25 – Milestone tracker (position at 19 December 2024)'],
      ['Status key: Complete | On track to be delivered by original target date | Delayed by less than 3 months'],
      [],
      ['Ref', 'Action / milestone', 'Lead directorate', 'Target date', 'Status', 'Progress update'],
      ['TN1', 'Adopt a town centre Public Spaces Protection Order', 'Regeneration', 45565, 'Complete', 'Adopted.'],
      ['TN2', 'Deliver the cultural events programme', 'Regeneration', 45747, 'On track to be delivered', '8 of 12.'],
      ['TN3', 'Procure upgraded CCTV software', 'Regeneration', 45596, 'Delayed by less than 3 months', 'January.'],
      ['TN4', 'Complete Towns and Villages Fund schemes', 'Regeneration', 45657, 'Will not be met', 'June 2025.'],
    ] as RawValue[][],
    formats: [[], [], [], [], ...[0, 1, 2, 3].map(() => [null, null, null, 'mmm-yy'])],
  };
  const r = buildReport([{ name: 'KPIs', values: kpis }, tracker], parseConfig({}));

  it('is said not to be read, once', () => {
    const onSheet = r.issues.filter((i) => i.sheet === 'Delivery Plan Tracker' && i.severity === 'warning');
    expect(onSheet.map((i) => i.code)).toEqual(['rag-table-unread']);
  });
});
