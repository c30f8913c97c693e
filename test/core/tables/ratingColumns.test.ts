/**
 * A column headed as a period whose cells are all ratings, as Havering's children and learning
 * report heads its RAG: "2023/24 Q1" holds the figures, "Q1 Performance" holds RED or GREEN. Worked
 * out by hand: "Q1 Performance" is the sheet's RAG for Q1 2023/24, not a second column of Q1's
 * figures; adoption within 14 months, 73 % against 75 % (higher), is amber by the usual 5 %, where
 * the sheet says Red: no tolerance being stated, the sheet's red stands, said at F2. A column of
 * figures under such a header is still a period's figures.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const report = (ratings: RawValue[]) =>
  buildReport(
    [
      {
        name: 'Children and Learning',
        values: [
          ['Indicator', 'Polarity', 'Target', '2023/24 Q1', 'Annual target', 'Q1 Performance'],
          ['% of children adopted within 14 months of entering care', 'Higher', 75, 73, 75, ratings[0]],
          ['% of care proceedings completed within 26 weeks', 'Higher', 60, 63, 60, ratings[1]],
          ['% of care leavers in suitable accommodation', 'Higher', 90, 92, 90, ratings[2]],
        ],
      },
    ],
    parseConfig({}),
  );

describe('a period column of ratings', () => {
  it("is the sheet's RAG for the period, compared with ours", () => {
    const r = report(['RED', 'GREEN', 'n/a']);
    const col = r.tables[0].columns.find((c) => c.header === 'Q1 Performance');
    expect(col?.role).toBe('rag');
    expect(r.issues.map((i) => i.code)).not.toContain('duplicate-period');
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red', 'green', 'green']);
    expect(r.issues.filter((i) => i.code === 'rag-band-from-sheet').map((i) => i.cell)).toEqual(['F2']);
    // F4's 'n/a' beside our green is a disagreement, as in any RAG column.
    expect(r.issues.filter((i) => i.code === 'rag-disagrees').map((i) => i.cell)).toEqual(['F4']);
  });

  it('is left as a second column of figures when it holds figures', () => {
    const r = report([72, 63, 91]);
    expect(r.tables[0].columns.find((c) => c.header === 'Q1 Performance')?.role).toBe('ignore');
    expect(r.issues.map((i) => i.code)).toContain('duplicate-period');
  });
});
