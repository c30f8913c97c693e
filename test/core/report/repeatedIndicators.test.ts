/**
 * A workbook often shows an indicator on more than one sheet: a "Summary" tab that gathers every
 * directorate's measures (by formulas reading the directorate tabs, or pasted), beside the tabs
 * themselves. Read sheet by sheet, each such indicator was reported twice: "all 6 indicators were
 * rated" of a scorecard of 3, and a red one listed twice. And the same measure for two areas, one
 * sheet each ("North", "South"), was named alike in the summary: "the one improvement … was in
 * re-referrals …; the one decline … was in re-referrals …". Worked out by hand before the engine
 * was run:
 *
 * - Summary (its figures formulas reading the tabs) and the Children's services and Adult social
 *   care tabs: 3 indicators, each reported once, from its tab, where its figures are entered:
 *   re-referrals 25 % against 22 %, lower being better: red; assessments 90 % against 85 %: green;
 *   safeguarding outcomes 94 % against 90 %: green. One warning at Summary says so; the Summary's
 *   cells are coloured as the tabs' are.
 * - The same, pasted as figures, the Summary giving Q2 alone: reported from the tabs, which have
 *   more of the figures (Q1 as well, so the direction of travel).
 * - North and South, the same measure with their own figures: two indicators, named by their sheets,
 *   with a note at each sheet saying why.
 * - The same figures under a different target: two indicators, not one.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const HEAD = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'];
const CS1 = ['CS1', '% of referrals that are re-referrals within 12 months', 'Lower', 0.22, 0.24, 0.25];
const CS2 = ['CS2', '% of single assessments completed within 45 working days', 'Higher', 0.85, 0.88, 0.9];
const AS1 = ['AS1', "% of safeguarding enquiries where the person's outcomes were met", 'Higher', 0.9, 0.93, 0.94];
const PCT = [null, null, null, '0%', '0%', '0%'];

function sheet(name: string, rows: (string | number | null)[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, values: rows, formats: rows.map((_, i) => (i === 0 ? [] : PCT)), ...extra };
}

const children = sheet("Children's services", [
  [...HEAD, 'Commentary'],
  [...CS1, 'Re-referrals rose after the front door restructure.'],
  [...CS2, null],
]);
const adults = sheet('Adult social care', [HEAD, AS1]);

describe('an indicator shown on a summary sheet and on its own tab', () => {
  // The Summary's figures read the tabs: ='Children''s services'!E2 and so on.
  const reads = (tab: string, row: number) => [
    null,
    null,
    null,
    `'${tab}'!D${row}`,
    `'${tab}'!E${row}`,
    `'${tab}'!F${row}`,
  ];
  const summaryRows = [['Corporate performance scorecard – Quarter 2 2024/25'], [], HEAD, CS1, CS2, AS1];
  const summary: SheetGrid = {
    name: 'Summary',
    values: summaryRows,
    formats: summaryRows.map((_, i) => (i < 3 ? [] : PCT)),
    formulas: [
      [],
      [],
      [],
      reads("Children''s services", 2),
      reads("Children''s services", 3),
      reads('Adult social care', 2),
    ],
  };
  const r = buildReport([summary, children, adults], parseConfig({}));

  it('is reported once, from the tab where its figures are entered', () => {
    expect(r.items.map((i) => [i.indicator.sheet, i.indicator.id, i.rating.rag])).toEqual([
      ["Children's services", 'CS1', 'red'],
      ["Children's services", 'CS2', 'green'],
      ['Adult social care', 'AS1', 'green'],
    ]);
    expect(r.narrative.text).toContain('all 3 indicators were rated against a target: 2 green and 1 red');
    expect(r.narrative.reds).toHaveLength(1);
    // The period is chosen on the indicators reported, and its note counts them.
    expect(r.issues.find((i) => i.code === 'period-chosen')?.message).toContain('(3 of 3, 3 with a value)');
  });

  it('is said once for the summary sheet, naming the tabs it is reported from', () => {
    const said = r.issues.filter((i) => i.code === 'indicators-repeated');
    expect(said).toHaveLength(1);
    expect(said[0].sheet).toBe('Summary');
    expect(said[0].cell).toBe('B4');
    expect(said[0].message).toBe(
      "Summary!B4: 3 indicators here are also on Children's services (2) and Adult social care (1), with the same figures and targets: each is reported once, from there, and coloured in both places.",
    );
  });

  it("colours the summary's figures as the tabs' are", () => {
    const ranges = (name: string) =>
      r.formatPlan.blocks
        .filter((b) => b.sheet === name)
        .flatMap((b) => b.ranges)
        .join(',');
    expect(ranges('Summary')).toMatch(/F4/);
    expect(ranges('Summary')).toMatch(/F6/);
    expect(ranges("Children's services")).toMatch(/F2/);
  });
});

describe('an indicator pasted onto a summary sheet that gives only the latest quarter', () => {
  const head = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2 2024/25'];
  const latest = (row: (string | number)[]) => [...row.slice(0, 4), row[5]];
  const rows = [head, latest(CS1), latest(CS2), latest(AS1)];
  const summary: SheetGrid = { name: 'Summary', values: rows, formats: rows.map((_, i) => (i ? PCT : [])) };
  const r = buildReport([summary, children, adults], parseConfig({}));

  it('is reported from the tab, which has more of its figures', () => {
    expect(r.items.map((i) => [i.indicator.sheet, i.indicator.id, i.rating.shortTerm?.direction])).toEqual([
      ["Children's services", 'CS1', 'declining'],
      ["Children's services", 'CS2', 'improving'],
      ['Adult social care', 'AS1', 'improving'],
    ]);
    const said = r.issues.filter((i) => i.code === 'indicators-repeated');
    expect(said.map((i) => i.sheet)).toEqual(['Summary']);
  });
});

describe('the same measure for two areas, a sheet each', () => {
  const r = buildReport(
    [
      sheet('North', [HEAD, CS1]),
      sheet('South', [
        HEAD,
        ['CS1', '% of referrals that are re-referrals within 12 months', 'Lower', 0.22, 0.2, 0.19],
      ]),
    ],
    parseConfig({}),
  );

  it('is two indicators, each named by its sheet', () => {
    expect(r.items.map((i) => [i.indicator.name, i.rating.rag])).toEqual([
      ['% of referrals that are re-referrals within 12 months (North)', 'red'],
      ['% of referrals that are re-referrals within 12 months (South)', 'green'],
    ]);
    expect(r.issues.filter((i) => i.code === 'indicators-repeated')).toEqual([]);
  });

  it('names the area in the summary, so its improvement and decline are told apart', () => {
    const text = r.narrative.text;
    expect(text).toMatch(/The one improvement on last quarter was in [^.]*South/);
    expect(text).toMatch(/The one decline on last quarter was in [^.]*North/);
    expect(text).toMatch(/Green \(1\): [^\n]*South/);
    expect(text).toMatch(/Red \(1\): [^\n]*North/);
  });

  it('says at each sheet why its indicators are named with it', () => {
    const said = r.issues.filter((i) => i.code === 'indicators-named-with-sheet');
    expect(said.map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ['info', 'North', 'B2'],
      ['info', 'South', 'B2'],
    ]);
    expect(said[0].message).toBe(
      "North!B2: '% of referrals that are re-referrals within 12 months' is also the name of a different indicator on South (its figures or targets differ), so the report names it with its sheet: '% of referrals that are re-referrals within 12 months (North)'.",
    );
  });
});

describe('the same figures under a different target', () => {
  const r = buildReport(
    [sheet('Summary', [HEAD, CS1]), sheet("Children's services", [HEAD, [...CS1.slice(0, 3), 0.25, 0.24, 0.25]])],
    parseConfig({}),
  );

  it('is two indicators, each rated against its own target', () => {
    expect(r.items.map((i) => [i.indicator.sheet, i.rating.rag])).toEqual([
      ['Summary', 'red'],
      ["Children's services", 'green'],
    ]);
    expect(r.issues.filter((i) => i.code === 'indicators-repeated')).toEqual([]);
  });
});

describe('headline measures in a table above the table of them all, on one sheet', () => {
  // Worked out by hand: CS1 and AS1 are in both tables with the same figures: 3 indicators, not 5,
  // 1 red (CS1) and 2 green; each reported from the headline table, the first; the second table's
  // copies said to be in the table at A2.
  const rows = [['Headline measures'], HEAD, CS1, AS1, [], ['All measures'], HEAD, CS1, CS2, AS1];
  const r = buildReport(
    [{ name: 'Scorecard', values: rows, formats: rows.map((x) => (x.length > 3 && x[0] !== 'Ref' ? PCT : [])) }],
    parseConfig({}),
  );

  it('is reported once', () => {
    expect(r.items.map((i) => [i.indicator.id, i.indicator.row, i.rating.rag])).toEqual([
      ['CS1', 2, 'red'],
      ['AS1', 3, 'green'],
      ['CS2', 8, 'green'],
    ]);
    expect(r.narrative.text).toContain('all 3 indicators were rated against a target: 2 green and 1 red');
  });

  it('is said at the second table, naming the first', () => {
    const said = r.issues.filter((i) => i.code === 'indicators-repeated');
    expect(said.map((i) => i.message)).toEqual([
      'Scorecard!B8: 2 indicators here are also in the table at A2, with the same figures and targets: each is reported once, from there, and coloured in both places.',
    ]);
  });
});
