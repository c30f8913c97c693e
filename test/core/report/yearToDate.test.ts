import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const config = parseConfig({});
const grid = (values: RawValue[][]): SheetGrid => ({ name: 'Housing', values });
const sentenceFor = (report: ReturnType<typeof buildReport>, id: string) => {
  const n = report.narrative;
  return (
    [...n.performingWell, ...n.areasForFocus, ...n.context, ...(n.check ?? [])].find((i) => i.indicatorId === id)
      ?.text ?? ''
  );
};

describe('year-to-date columns', () => {
  const values: RawValue[][] = [
    ['Housing performance 2023/24'],
    ['Ref', 'Indicator', 'Good is', 'Target', 'Q1', 'Q2', 'Q3', 'YTD'],
    ['HS1', 'Homes improved through grants', 'Higher', 30, 28, 33, 31, 92],
    ['HS2', 'Average days to re-let council homes', 'Lower', 28, 30, 29, 27, 28.7],
  ];

  it('reads the YTD column beside the quarters, reports on Q3, and says so', () => {
    const report = buildReport([grid(values)], config);
    expect(report.period?.label).toBe('Q3 2023/24');
    expect(report.items[0].rating.current?.measure.cell).toBe('G3');
    expect(report.items[0].rating.yearToDate?.measure.cell).toBe('H3');
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'ytd-column', sheet: 'Housing', cell: 'H2' }));
    const json = reportToJson(report).indicators[0];
    expect(json.yearToDate).toEqual({ period: '2023/24 year to date', value: 92, display: '92', cell: 'H3' });
    expect(sentenceFor(report, 'HS1')).toContain('stood at 31 (92 in the year to date), above the target of 30.');
  });

  it('says no year to date in the first quarter, where it is the figure itself', () => {
    // A planning page at Q1 2025/26: 79.5 % determined in time, and 79.5 % in the year to date.
    const q1: RawValue[][] = [
      ['Planning performance 2025/26'],
      ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2025/26', 'Q2 2025/26', 'Year to date'],
      ['PL04', '% of householder applications determined within 8 weeks', 'Higher', 85, 79.5, null, 79.5],
    ];
    const text = sentenceFor(buildReport([grid(q1)], config), 'PL04');
    expect(text).toContain('stood at 79.5 per cent, ');
    expect(text).not.toContain('in the year to date');
  });

  it('keeps direction of travel against the previous quarter for a measure that is not cumulative', () => {
    const report = buildReport([grid(values)], config);
    expect(report.items[1].rating.shortTerm?.from.period.label).toBe('Q2 2023/24');
    expect(report.items[1].rating.shortTerm?.direction).toBe('improving');
  });
});

describe('cumulative measures', () => {
  const header = [
    'Ref',
    'Indicator',
    'Good is',
    'Annual target',
    'Q1 2022/23',
    'Q2 2022/23',
    'Q3 2022/23',
    'Q4 2022/23',
    'Q1 2023/24',
    'Q2 2023/24',
    'Q3 2023/24',
  ];

  it('compares a measure whose name says cumulative with the same point last year, never the previous quarter', () => {
    const report = buildReport(
      [
        grid([
          header,
          ['W1', 'Tonnes of waste recycled (cumulative)', 'Higher', 12000, 3100, 6300, 9200, 12100, 3000, 6100, 9000],
        ]),
      ],
      config,
    );
    const r = report.items[0].rating;
    expect(report.items[0].indicator.cumulative).toBe(true);
    expect(r.shortTerm).toBeNull();
    expect(r.longTerm?.from.measure.cell).toBe('G2');
    expect(r.longTerm?.direction).toBe('declining');
    // 9,000 tonnes to Q3 against 12,000 for the year: the rest of the year decides, so it is not rated.
    expect([r.rag, r.status]).toEqual(['none', 'no-target']);
    expect(report.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['cumulative-from-name', 'target-for-year']),
    );
    expect(report.issues.find((i) => i.code === 'target-for-year')).toMatchObject({ sheet: 'Housing', cell: 'D2' });
    expect(report.issues.map((i) => i.code)).not.toContain('cumulative-annual-target');
    const text = sentenceFor(report, 'W1');
    expect(text).toContain(
      "It is not rated: its target is for the whole year ('12,000' in D2), but this figure is for the year so far, only a part of it — please check it.",
    );
    expect(text).toContain('worse than 9,200 tonnes a year earlier');
    expect(text).not.toContain('Q2 2023/24');
  });

  it('rates a cumulative measure against a plain "Target", which may be the target to date, with a caveat', () => {
    const plain = header.map((h) => (h === 'Annual target' ? 'Target' : h));
    const report = buildReport(
      [
        grid([
          plain,
          ['W1', 'Tonnes of waste recycled (cumulative)', 'Higher', 12000, 3100, 6300, 9200, 12100, 3000, 6100, 9000],
        ]),
      ],
      config,
    );
    // 9,000 < 12,000 × 0.95 = 11,400: red, against "the target": the sheet does not say it is the year's.
    expect(report.items[0].rating.rag).toBe('red');
    expect(report.issues.find((i) => i.code === 'cumulative-annual-target')).toMatchObject({
      sheet: 'Housing',
      cell: 'D2',
    });
    expect(sentenceFor(report, 'W1')).toContain('below the target of 12,000');
  });

  it('reads "Cumulative" in a frequency column, and the configuration, without a warning about the name', () => {
    const withType = buildReport(
      [
        grid([
          [...header, 'Frequency'],
          ['W2', 'Affordable homes delivered', 'Higher', 400, 80, 170, 260, 390, 90, 200, 310, 'Cumulative'],
        ]),
      ],
      config,
    );
    expect(withType.items[0].indicator.cumulative).toBe(true);
    expect(withType.issues.map((i) => i.code)).not.toContain('cumulative-from-name');
    const configured = buildReport(
      [grid([header, ['W3', 'Affordable homes delivered', 'Higher', 400, 80, 170, 260, 390, 90, 200, 310]])],
      parseConfig({ indicators: { W3: { cumulative: true } } }),
    );
    expect(configured.items[0].indicator.cumulative).toBe(true);
    expect(configured.items[0].rating.shortTerm).toBeNull();
  });

  it('rejects an unknown key beside cumulative, as for any indicator setting', () => {
    expect(() => parseConfig({ indicators: { W3: { cumulative: true, cumulativ: true } } })).toThrow(/cumulativ/);
  });

  it('rates against a profiled target for the reporting quarter where the sheet gives one', () => {
    const values: RawValue[][] = [
      ['Waste performance 2023/24'],
      ['Ref', 'Indicator', 'Good is', 'Annual target', 'Q2 target', 'Q3 target', 'Q1', 'Q2', 'Q3'],
      ['W4', 'Tonnes of waste recycled year to date', 'Higher', 12000, 6000, 9000, 3000, 6100, 8800],
    ];
    const report = buildReport([grid(values)], config);
    const item = report.items[0];
    expect(item.indicator.targetProfiled).toBe(true);
    expect(item.indicator.target?.measure?.cell).toBe('F3');
    expect(item.rating.rag).toBe('amber'); // 9000 × 0.95 = 8550 ≤ 8800 < 9000
    expect(report.issues.map((i) => i.code)).not.toContain('cumulative-annual-target');
    expect(sentenceFor(report, 'W4')).toContain('just below the profiled target of 9,000');
    expect(report.formatPlan.blocks[0].rules[0].formula).toContain('$F3');
  });

  it("reads a 'Profiled target' column beside the annual target", () => {
    const values: RawValue[][] = [
      ['Ref', 'Indicator', 'Good is', 'Annual target', 'Profiled target', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24'],
      ['W5', 'Affordable homes delivered (YTD)', 'Higher', 400, 300, 90, 200, 310],
    ];
    const report = buildReport([grid(values)], config);
    expect(report.tables[0].columns.map((c) => c.role)).toEqual([
      'ref',
      'name',
      'polarity',
      'target',
      'target',
      'period',
      'period',
      'period',
    ]);
    expect(report.items[0].indicator.target?.value).toBe(300);
    expect(report.items[0].rating.rag).toBe('green');
  });
});

describe("last year's outturn as the long-term comparison", () => {
  const values: RawValue[][] = [
    ['Ref', 'Indicator', 'Good is', 'Target', '2022/23 outturn', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24'],
    ['P1', '% of major planning applications decided in time', 'Higher', 60, 57.4, 51, 48, 43.2],
  ];

  it("compares with the previous year's outturn when there is no same quarter last year, labelled with its year", () => {
    const report = buildReport([grid(values)], config);
    const r = report.items[0].rating;
    expect(r.longTerm?.from.measure.cell).toBe('E2');
    expect(r.longTerm?.direction).toBe('declining');
    const text = sentenceFor(report, 'P1');
    expect(text).toContain('That is worse than 48 per cent last quarter and 57.4 per cent in 2022/23.');
    expect(text).not.toContain('same point last year');
    const cited = report.items.length && [...report.narrative.areasForFocus][0].cells.map((c) => c.cell);
    expect(cited).toContain('E2');
    expect(reportToJson(report).indicators[0].lastYear).toEqual({ period: '2022/23', value: 57.4, cell: 'E2' });
  });

  it('prefers the same quarter last year where the table has it', () => {
    const more: RawValue[][] = [
      ['Ref', 'Indicator', 'Good is', 'Target', '2022/23 outturn', 'Q3 2022/23', 'Q2 2023/24', 'Q3 2023/24'],
      ['P1', '% of major planning applications decided in time', 'Higher', 60, 57.4, 40, 48, 43.2],
    ];
    expect(buildReport([grid(more)], config).items[0].rating.longTerm?.from.measure.cell).toBe('F2');
  });
});
