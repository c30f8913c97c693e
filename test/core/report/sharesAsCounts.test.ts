/**
 * A children's services scorecard that writes small shares as their counts, "1 of 9", under a
 * percentage target and floor (a county's scorecard, Target and Floor columns). The engine read no
 * figure in them: "not read as a single figure, so it is not rated", and a red went missing from the
 * committee's list. Worked by hand, Q3 2024/25, lower is better unless said:
 * - CSC05 repeat child protection plans, "1 of 9" = 11.1 % against 15 % (floor 20 %): green; last
 *   quarter "2 of 11" = 18.2 %, so better;
 * - CSC06 plans lasting 2 years or more, "2 of 31" = 6.5 % against 3 % (floor 5 %): red;
 * - CSC10 adopted within 18 months (higher), "3 of 4" = 75 % against 60 %: green;
 * - CS04 re-referrals, written "2/19" = 10.5 % against 5 % (floor 8 %): red.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { parseNumber } from '../../../src/core/values/parseNumber';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

describe('a share written as its counts', () => {
  it.each([
    ['1 of 9', 1 / 9, 1, 9],
    ['2 of 31', 2 / 31, 2, 31],
    ['0 of 5', 0, 0, 5],
    ['12 OF 12', 1, 12, 12],
    // Darlington's children's report writes "2/19" and "266 out of 291" too.
    ['266 out of 291', 266 / 291, 266, 291],
    ['70/74', 70 / 74, 70, 74],
    ['2 / 19', 2 / 19, 2, 19],
  ])("reads '%s' as the share, with its counts", (text, value, of, total) => {
    const p = parseNumber(text);
    expect(p.value).toBeCloseTo(value, 12);
    expect([p.percentFormat, p.counts]).toEqual([true, { of, in: total }]);
  });

  it.each(['5 of 3', '1 of 0', '1.5 of 9', 'Phase 1 of 2', '1 of 9 cases', '19/2', '2/19/24'])(
    "reads no share in '%s'",
    (text) => {
      expect(parseNumber(text).value).toBeNull();
    },
  );
});

// A council plan's "% of calls answered" written "85% (17/20)": the percentage, with the counts it is of.
describe('a percentage written with its counts', () => {
  it.each([
    ['85% (17/20)', 0.85, 0, 17, 20],
    ['85.0% (17 out of 20)', 0.85, 1, 17, 20],
    ['17 of 20 (85%)', 0.85, 0, 17, 20],
    // 1 of 3 is 33.3 %, shown to the nearest whole per cent.
    ['33% (1/3)', 0.33, 0, 1, 3],
  ])("reads '%s' as the percentage, with its counts", (text, value, decimals, of, total) => {
    const p = parseNumber(text);
    expect(p.value).toBeCloseTo(value, 12);
    expect([p.percentFormat, p.formatDecimals, p.counts]).toEqual([true, decimals, { of, in: total }]);
  });

  // Counts that do not give the percentage: one of the two is wrong, and neither is chosen.
  it.each(['85% (17/21)', '85% (20/17)', '85% (17/20) (p)', '85 (17/20)'])("reads no figure in '%s'", (text) => {
    expect(parseNumber(text).value).toBeNull();
  });
});

describe('a scorecard of small shares written as counts', () => {
  const P = '0.0%';
  const rows: [RawValue[], (string | null)[]][] = [
    [["Children's Social Care Performance Scorecard – Quarter 3 2024/25"], []],
    [[], []],
    [['Ref', 'Indicator', 'Polarity', 'Q2 2024/25', 'Q3 2024/25', 'Target', 'Floor'], []],
    [
      [
        'CSC05',
        'Children subject to a child protection plan for a second time within 2 years',
        'L',
        '2 of 11',
        '1 of 9',
        0.15,
        0.2,
      ],
      [null, null, null, null, null, P, P],
    ],
    [
      ['CSC06', 'Child protection plans lasting 2 years or more at closure', 'L', '1 of 24', '2 of 31', 0.03, 0.05],
      [null, null, null, null, null, P, P],
    ],
    [
      ['CSC10', 'Children adopted within 18 months of entering care', 'H', '2 of 5', '3 of 4', 0.6, 0.5],
      [null, null, null, null, null, P, P],
    ],
    [
      ['CS04', 'Re-referrals within 12 months of a previous referral', 'L', '1/15', '2/19', 0.05, 0.08],
      [null, null, null, null, null, P, P],
    ],
  ];
  const grid: SheetGrid = { name: 'CSC', values: rows.map((r) => r[0]), formats: rows.map((r) => r[1]) };
  const r = buildReport([grid], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('rates each share, and lists the red', () => {
    expect(['CSC05', 'CSC06', 'CSC10'].map((id) => item(id).rating.rag)).toEqual(['green', 'red', 'green']);
    expect(r.narrative.reds.map((i) => i.indicatorId)).toEqual(['CSC06', 'CS04']);
  });

  it('says the share with its counts, and compares it with last quarter', () => {
    const text = r.narrative.performingWell.find((i) => i.indicatorId === 'CSC05')!.text;
    expect(text).toContain('stood at 11.1 per cent (1 of 9');
    expect(text).toContain('18.2 per cent last quarter');
    const note = r.issues.find((i) => i.code === 'share-from-counts' && i.cell === 'E5');
    expect(note?.message).toBe("CSC!E5: '2 of 31' is read as the share it gives, 6.5%, and said with its counts.");
  });

  it('colours the copy by the same share, read from the text by the live formula', () => {
    const label = r.formatPlan.labels.find((l) => l.cell.endsWith('5') && l.expected === 'Red');
    expect(label?.formula).toContain('FIND(" of ",TRIM(E5))');
    // "2/19" = 10.5 % against 5 % (floor 8 %), lower is better: red, the formula reading either side of "/".
    expect(item('CS04').rating.rag).toBe('red');
    const slash = r.formatPlan.labels.find((l) => l.cell.endsWith('7'));
    expect(slash?.formula).toContain('FIND("/",TRIM(E7))');
    expect(slash?.formula).toContain('MID(TRIM(E7),FIND("/",TRIM(E7))+1,99)');
  });
});

describe('a scorecard of percentages written with their counts', () => {
  // Worked by hand, Q2 2024/25: care leavers in education, employment or training, higher being
  // better, "65% (13/20)" against 60 %: green, up from "55% (11/20)" in Q1; said with its counts.
  // The copy's formulas read the percentage before the bracket: its label says Green.
  const grid: SheetGrid = {
    name: 'Corporate',
    values: [
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
      ['CL1', '% of care leavers in education, employment or training', 'High', 0.6, '55% (11/20)', '65% (13/20)'],
    ],
    formats: [[], [null, null, null, '0%', null, null]],
  };
  const r = buildReport([grid], parseConfig({}));

  it('rates the percentage, and says it with its counts', () => {
    expect(r.items.map((i) => [i.rating.rag, i.rating.shortTerm?.direction])).toEqual([['green', 'improving']]);
    const text = r.narrative.performingWell[0].text;
    expect(text).toContain('stood at 65 per cent (13 of 20)');
    expect(text).toContain('55 per cent');
    expect(r.issues.filter((i) => i.code === 'figure-unreadable')).toEqual([]);
  });

  it('says at the cell that the percentage is read as written', () => {
    const note = r.issues.find((i) => i.code === 'share-from-counts' && i.cell === 'F2');
    expect(note?.message).toBe(
      "Corporate!F2: '65% (13/20)' is read as the percentage it gives, 65%, which its counts bear out, and said with its counts.",
    );
    // 1 of 3 written "33%": read, and said, as the 33 % the cell gives, not 33.3 %.
    const third = buildReport(
      [
        {
          name: 'S',
          values: [
            ['Indicator', 'Polarity', 'Target', 'Q2 2024/25'],
            ['% of plans reviewed', 'High', 0.5, '33% (1/3)'],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(third.issues.find((i) => i.code === 'share-from-counts')?.message).toContain(
      'the percentage it gives, 33%,',
    );
  });

  it('gives the copy a live colour, the formulas reading the percentage before the bracket', () => {
    const label = r.formatPlan.labels.find((l) => l.cell === 'G2');
    expect(label?.formula).toContain('LEFT(TRIM(F2),IFERROR(FIND("(",TRIM(F2))-1,LEN(TRIM(F2))))');
    expect(label?.expected).toBe('Green');
  });
});
