/**
 * A key above the scorecard that says what its colours mean. Where it puts a figure on amber's edge
 * ("Amber = within 10% of target"), the table is rated with it; where it rates by a scheme of its
 * own (Havering's corporate reports: "Green = on or within 10% of the quarterly target"), the report
 * says so rather than colour the sheet otherwise in silence. The answers below were worked out by
 * hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { readKeyStatement } from '../../../src/core/indicators/ragKey';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

describe('what a key says of the colours', () => {
  it('reads the edge of amber from the amber line, or from the red one', () => {
    expect(
      readKeyStatement([
        'Key: Green = on or above target; Amber = within 5% of target; Red = more than 5% below target',
      ]),
    ).toEqual({ tolerance: { type: 'relative', value: 0.05 }, ownScheme: false });
    expect(readKeyStatement(['Amber within 2 percentage points of target'])).toEqual({
      tolerance: { type: 'absolute', value: 2 },
      ownScheme: false,
    });
    expect(readKeyStatement(['R: more than 10 per cent off target'])).toEqual({
      tolerance: { type: 'relative', value: 0.1 },
      ownScheme: false,
    });
    // A key over two cells, joined as one line.
    expect(readKeyStatement(['Amber = Up to 15% below target'])?.tolerance).toEqual({ type: 'relative', value: 0.15 });
  });

  it('reads a share of the target as the margin it leaves', () => {
    // An adult social care scorecard's key: "at least 95% of target" is within 5% of it, said twice.
    const asc =
      'Key: Green = target met or exceeded; Amber = below target but at least 95% of target (within 5%); Red = more than 5% adverse to target.';
    expect(readKeyStatement([asc])).toEqual({ tolerance: { type: 'relative', value: 0.05 }, ownScheme: false });
    expect(
      readKeyStatement([
        'Green = at least 100% of target',
        'Amber = 90% or more of the target',
        'Red = less than 90% of the target',
      ]),
    ).toEqual({
      tolerance: { type: 'relative', value: 0.1 },
      ownScheme: false,
    });
  });

  it('knows a scheme of its own: green short of the target, amber between two figures, or two edges', () => {
    expect(
      readKeyStatement([
        'Red = more than 10% off the quarterly target and where performance had not improved',
        'Amber= more than 10% off the quarterly target and where performance had improved or been maintained',
        'Green = on or within 10% of the quarterly target',
      ]),
    ).toEqual({ tolerance: null, ownScheme: true });
    expect(readKeyStatement(['Amber = between 5% and 10% below target'])).toEqual({ tolerance: null, ownScheme: true });
    expect(readKeyStatement(['Amber = within 5% of target', 'Red = more than 10% below target'])).toEqual({
      tolerance: null,
      ownScheme: true,
    });
  });

  it('follows a scheme of its own where it says all of it: green within a margin, and what lies past it', () => {
    // Havering's corporate reports: green within 10% of the quarter's target; past it, amber or red
    // by the figure against the quarter it names.
    const havering = readKeyStatement([
      'RAG key: Green = on or within 10% of the Quarter 3 target. Amber = more than 10% off the Quarter 3 target and performance has improved or been maintained compared with Quarter 3 2023/24. Red = more than 10% off the Quarter 3 target and performance has not improved compared with Quarter 3 2023/24.',
    ]);
    expect(havering).toMatchObject({
      tolerance: { type: 'relative', value: 0.1 },
      ownScheme: false,
      scheme: { green: { type: 'relative', value: 0.1 }, beyond: { by: 'direction' } },
    });
    const against = havering?.scheme?.beyond.by === 'direction' ? havering.scheme.beyond.against : null;
    expect(typeof against === 'object' && against?.label).toBe('Q3 2023/24');
    // The same quarter last year, or the quarter before, said in words.
    expect(
      readKeyStatement([
        'Green = on or within 10% of target',
        'Amber = more than 10% off target but improved or maintained on the same quarter last year',
        'Red = more than 10% off target and not improved on the same quarter last year',
      ])?.scheme,
    ).toEqual({ green: { type: 'relative', value: 0.1 }, beyond: { by: 'direction', against: 'last-year' } });
    expect(
      readKeyStatement([
        'Green = within 5% of target',
        'Amber = more than 5% below target and better than the previous quarter',
        'Red = more than 5% below target and not improved on the previous quarter',
      ])?.scheme,
    ).toEqual({ green: { type: 'relative', value: 0.05 }, beyond: { by: 'direction', against: 'previous' } });
    // Two bands: green within 5%, amber to 10%, red past it; amber's far edge is the tolerance.
    expect(
      readKeyStatement([
        'Green = on target or within 5% of target',
        'Amber = between 5% and 10% below target',
        'Red = more than 10% below target',
      ]),
    ).toEqual({
      tolerance: { type: 'relative', value: 0.1 },
      ownScheme: false,
      scheme: { green: { type: 'relative', value: 0.05 }, beyond: { by: 'tolerance' } },
    });
    // Not the whole of it: red's edge is not amber's, so the band between is unsaid.
    expect(
      readKeyStatement([
        'Green = within 5% of target',
        'Amber = between 5% and 10% below target',
        'Red = more than 15% below target',
      ]),
    ).toEqual({ tolerance: null, ownScheme: true });
  });

  it('reads "above target by no more than 10%" as the edge for lower-is-better measures, not a scheme of its own', () => {
    // A children's scorecard modelled on Darlington's: amber is at least 90% of the target, or for
    // measures where lower is better, above it by no more than 10% of it; red past either.
    const key =
      'RAG: Green = target met or exceeded; Amber = below target but at least 90% of target (lower-is-better measures: above target by no more than 10% of the target); Red = less than 90% of target (or more than 10% above it).';
    expect(readKeyStatement([key])).toEqual({ tolerance: { type: 'relative', value: 0.1 }, ownScheme: false });
    // The direction of a lower-is-better amber, "up to 5% above target" or "over target by up to 5%".
    expect(readKeyStatement(['Amber = up to 5% above target'])).toEqual({
      tolerance: { type: 'relative', value: 0.05 },
      ownScheme: false,
    });
    expect(readKeyStatement(['Amber = over target by up to 5%'])?.tolerance).toEqual({ type: 'relative', value: 0.05 });
    // "over the year" in the note that follows the amber line is no margin beyond amber.
    expect(
      readKeyStatement([
        'Amber = worse than target by up to 5%. Figures that build up over the year are measured against the year-end target at the year end, unless it has already been met or passed.',
      ]),
    ).toEqual({ tolerance: { type: 'relative', value: 0.05 }, ownScheme: false });
    // Amber beyond a margin is still a scheme of its own, however it is said.
    expect(readKeyStatement(['Amber = over 10% off target but improving'])).toEqual({
      tolerance: null,
      ownScheme: true,
    });
    expect(readKeyStatement(['Amber = 10% or more below target and improved'])).toEqual({
      tolerance: null,
      ownScheme: true,
    });
  });

  it('reads a key that gives percentages their edge in points and other measures theirs as a share', () => {
    // A planning and regulatory page: 5 points for percentages, 5 % of the target for the rest.
    const key =
      'Status: Green = target met; Amber = up to 5 percentage points below target (percentage measures) or within 5% of target (other measures); Red = more than 5 percentage points / 5% adverse to target.';
    expect(readKeyStatement([key])).toEqual({
      tolerance: { type: 'absolute', value: 5 },
      ownScheme: false,
      others: { type: 'relative', value: 0.05 },
    });
  });

  it("reads a rating's words for the colour where the key names none", () => {
    // Maidstone's key: the colours are marks beside "Target not achieved", "Target slightly missed
    // (within 10%)" and "Target met".
    expect(readKeyStatement(['Target not achieved', 'Target slightly missed (within 10%)', 'Target met'])).toEqual({
      tolerance: { type: 'relative', value: 0.1 },
      ownScheme: false,
    });
  });

  it('says nothing of a key without a figure, or of text that is not a key', () => {
    expect(readKeyStatement(['Green = on or above target', 'Amber = within agreed tolerance'])).toBeNull();
    expect(readKeyStatement(['Number of children in care reduced by 5% against target'])).toBeNull();
    expect(readKeyStatement(['Data as at 30 September: 5% of records awaiting a target date'])).toBeNull();
    expect(readKeyStatement(['Amber rating as we were 3% below target in August'])).toBeNull();
  });
});

/** A quarterly scorecard with the key in the rows above its header. */
function scorecard(key: readonly string[]): SheetGrid {
  return {
    name: 'Q2 2024/25',
    values: [
      ['Corporate Performance Scorecard: Quarter 2 2024/25'],
      ...key.map((k) => [k]),
      [],
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2 2024/25'],
      ['CP1', '% of calls answered within 60 seconds', 'Higher is better', 90, 92],
      ['CP2', '% of FOI requests answered within 20 working days', 'Higher is better', 90, 87],
      ['CP3', '% of invoices paid within 30 days', 'Higher is better', 90, 84],
      ['CP4', '% of complaints answered on time', 'Higher is better', 90, 80],
    ],
  };
}

const rags = (grid: SheetGrid) => {
  const r = buildReport([grid], parseConfig({}));
  return { rags: r.items.map((i) => [i.indicator.id, i.rating.rag]), issues: r.issues };
};

describe('a key beside the scorecard', () => {
  it('gives percentages their points and other measures their share, as it says', () => {
    const grid: SheetGrid = {
      name: 'Planning',
      values: [
        ['Planning and Regulatory Services Performance, Quarter 1 2025/26'],
        [
          'Status: Green = target met; Amber = up to 5 percentage points below target (percentage measures) or within 10% of target (other measures); Red = more than 5 percentage points / 10% adverse to target.',
        ],
        [],
        ['Ref', 'Measure', 'Polarity', 'Target', 'Q1 2025/26'],
        ['PL02', '% of minor applications determined within 8 weeks', 'Higher is better', 70, 66.4],
        ['PL08', 'Average working days to return a land charges search', 'Lower is better', 10, 10.9],
        ['RS04', 'Number of fly-tipping incidents reported', null, null, 412],
      ],
    };
    // 66.4 against 70: 3.6 points short, amber within 5 points (red by 5 % of 70, 66.5).
    // 10.9 days against 10: 9 % over, amber within the key's 10 % for other measures (red by the usual 5 %).
    // RS04 has no target: a context measure, of which no note says how it is rated.
    const { rags: rated, issues } = rags(grid);
    expect(rated).toEqual([
      ['PL02', 'amber'],
      ['PL08', 'amber'],
      ['RS04', 'none'],
    ]);
    const notes = issues.filter((i) => i.code === 'key-points-not-unit');
    expect(notes.map((i) => i.message.match(/\(row (\d+)\)/)?.[1])).toEqual(['6']);
    expect(notes[0].message).toContain(
      'so it is rated amber within 10% of the target, as the key gives other measures',
    );
  });

  it('counts a yellow band nearest the target as amber, with the amber past it, to the red edge', () => {
    // Anglesey's key: "Green = on target; Yellow = within 5% of target; Amber = between 5% and 10% of
    // target; Red = more than 10% from target". Yellow is off target, as the sheet's own "Yellow" is
    // read: 92 meets 90 (green); 87 and 84, 3.3 % and 6.7 % short, are yellow and amber by the key,
    // both amber here; 80, 11.1 % short, is red. Not green within 5 %, and not the usual 5 %.
    const { rags: rated, issues } = rags(
      scorecard([
        'Key: Green = on target; Yellow = within 5% of target; Amber = between 5% and 10% of target; Red = more than 10% from target.',
      ]),
    );
    expect(rated).toEqual([
      ['CP1', 'green'],
      ['CP2', 'amber'],
      ['CP3', 'amber'],
      ['CP4', 'red'],
    ]);
    const note = issues.find((i) => i.code === 'tolerance-from-key');
    expect(note?.message).toContain('10 % of the target');
    expect(note?.message).toContain('yellow');
    expect(issues.filter((i) => i.code === 'rag-key-scheme' || i.code === 'rag-key-differs')).toEqual([]);
  });

  it('rates the table with the edge of amber it states, and says so', () => {
    const { rags: rated, issues } = rags(
      scorecard(['Green = on or above target', 'Amber = within 10% of target', 'Red = more than 10% below target']),
    );
    // 87 and 84 are 3.3 % and 6.7 % short of 90: amber within 10 %; 80 is 11.1 % short: red.
    expect(rated).toEqual([
      ['CP1', 'green'],
      ['CP2', 'amber'],
      ['CP3', 'amber'],
      ['CP4', 'red'],
    ]);
    const said = issues.filter((i) => i.code === 'tolerance-from-key');
    expect(said.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['Q2 2024/25', 'A3', 'info']]);
    expect(said[0].message).toContain('puts the edge of amber at 10 % of the target');
  });

  it('rates with a key that gives lower-is-better measures their side of the target', () => {
    const grid: SheetGrid = {
      name: 'CYP Scorecard',
      values: [
        ["Children's Services Performance Scorecard, Quarter 2 2024/25"],
        [
          'RAG: Green = target met or exceeded; Amber = below target but at least 90% of target (lower-is-better measures: above target by no more than 10% of the target); Red = less than 90% of target (or more than 10% above it).',
        ],
        [],
        ['Ref', 'Measure', 'Good is', 'Target', 'Q2 2024/25'],
        ['CS7', '% of care leavers aged 19-21 in education, employment or training', 'High', 60, 56.8],
        ['CS13', '% of children in care with an up-to-date PEP', 'High', 95, 85.5],
        ['CS6', '% of children in care with 3 or more placements in 12 months', 'Low', 10, 10.8],
        ['CS8', '% adopted within 12 months of the decision', 'High', 60, 33.3],
      ],
    };
    // 56.8 is 94.7 % of 60 and 85.5 exactly 90 % of 95: amber by the key (red by the usual 5 %).
    // 10.8 is 8 % above 10: amber. 33.3 is 55.5 % of 60: red.
    const { rags: rated, issues } = rags(grid);
    expect(rated).toEqual([
      ['CS7', 'amber'],
      ['CS13', 'amber'],
      ['CS6', 'amber'],
      ['CS8', 'red'],
    ]);
    expect(issues.filter((i) => i.code === 'rag-key-differs')).toEqual([]);
    expect(issues.find((i) => i.code === 'tolerance-from-key')?.cell).toBe('A2');
  });

  it("keeps the workbook's tolerance, and warns, where the key rates by a scheme of its own", () => {
    const { rags: rated, issues } = rags(
      scorecard([
        'Red = more than 10% off the quarterly target and where performance had not improved',
        'Amber = more than 10% off the quarterly target and where performance had improved or been maintained',
        'Green = on or within 10% of the quarterly target',
      ]),
    );
    // The workbook's 5 %: 87 amber, 84 and 80 red.
    expect(rated).toEqual([
      ['CP1', 'green'],
      ['CP2', 'amber'],
      ['CP3', 'red'],
      ['CP4', 'red'],
    ]);
    expect(issues.filter((i) => i.code === 'rag-key-differs').map((i) => i.cell)).toEqual(['A2']);
    expect(issues.filter((i) => i.code === 'tolerance-from-key')).toEqual([]);
  });

  it('rates green within the margin its green line gives, and amber to the edge of its amber line', () => {
    const { rags: rated, issues } = rags(
      scorecard([
        'Green = on target or within 5% of target',
        'Amber = between 5% and 10% below target',
        'Red = more than 10% below target',
      ]),
    );
    // 92 against 90: green. 87 is 3.3 % short: green by the key. 84 (6.7 %): amber. 80 (11.1 %): red.
    expect(rated).toEqual([
      ['CP1', 'green'],
      ['CP2', 'green'],
      ['CP3', 'amber'],
      ['CP4', 'red'],
    ]);
    expect(issues.filter((i) => i.code === 'rag-key-scheme').map((i) => i.cell)).toEqual(['A2']);
    expect(issues.filter((i) => /^(rag-key-differs|tolerance-from-key)$/.test(i.code))).toEqual([]);
  });

  it("keeps the workbook's tolerance in silence where the key states no figure", () => {
    const { rags: rated, issues } = rags(
      scorecard(['Green = on or above target', 'Amber = within agreed tolerance', 'Red = below target']),
    );
    expect(rated.map(([, rag]) => rag)).toEqual(['green', 'amber', 'red', 'red']);
    expect(issues.filter((i) => /key/.test(i.code))).toEqual([]);
  });
});

describe("a key of the sheet's own rating words", () => {
  it('rates the table with the margin its amber words give', () => {
    // CP1 92 against 90: green. CP2 87 (3.3 % short), CP3 84 (6.7 %): amber within 10 %. CP4 80 (11.1 %): red.
    const { rags: rated, issues } = rags(
      scorecard([
        'Key to performance ratings',
        'Target not achieved',
        'Target slightly missed (within 10%)',
        'Target met',
      ]),
    );
    expect(rated).toEqual([
      ['CP1', 'green'],
      ['CP2', 'amber'],
      ['CP3', 'amber'],
      ['CP4', 'red'],
    ]);
    expect(issues.find((i) => i.code === 'tolerance-from-key')?.cell).toBe('A4');
  });
});

describe("a key at the sheet's top", () => {
  // Maidstone's appendices: the key first, then a summary of counts, then a table under each priority.
  const sheet = (between: number): SheetGrid => ({
    name: 'PIED Q2',
    values: [
      ['Appendix 2 – Second quarter performance monitoring'],
      ['Key to performance ratings'],
      ['RAG Rating', 'Target not achieved'],
      [null, 'Target slightly missed (within 10%)'],
      [null, 'Target met'],
      ...Array.from({ length: between }, () => []),
      ['Performance Summary'],
      ['RAG Rating', 'Green', 'Amber', 'Red', 'N/A', 'Total'],
      ['KPIs', 4, 2, 1, 10, 17],
      [],
      ['Planning'],
      ['Performance Indicator', 'Polarity', 'Target', 'Q2 2023/24'],
      ['Success rate at planning appeals', 'Higher', 70, 65.96],
      ['Minor applications processed in time', 'Higher', 95, 99.11],
      [],
      [],
      ['Enforcement'],
      ['Performance Indicator', 'Polarity', 'Target', 'Q2 2023/24'],
      ['Priority 2 cases dealt with in time', 'Higher', 92, 84],
      ['Priority 3 cases dealt with in time', 'Higher', 90, 80],
    ],
  });

  it('rates every table below it by its margin, however far down, and says so once', () => {
    // 65.96 is 5.8 % short of 70, 84 is 8.7 % short of 92: amber within 10 %. 80 is 11.1 % short of 90: red.
    for (const between of [0, 12]) {
      const { rags: rated, issues } = rags(sheet(between));
      expect(rated.map(([, rag]) => rag)).toEqual(['amber', 'green', 'amber', 'red']);
      expect(issues.filter((i) => i.code === 'tolerance-from-key').map((i) => i.cell)).toEqual(['B4']);
    }
  });

  it('leaves a table with a key of its own to that key', () => {
    const grid = sheet(0);
    const values = [...grid.values];
    // Below the first table, the second table's own key: amber within 5 %.
    values.splice(15, 0, ['Amber = within 5% of target']);
    const { rags: rated, issues } = rags({ ...grid, values });
    expect(rated.map(([, rag]) => rag)).toEqual(['amber', 'green', 'red', 'red']);
    expect(issues.filter((i) => i.code === 'tolerance-from-key').map((i) => i.cell)).toEqual(['B4', 'A16']);
  });
});

describe('a key in percentage points beside a measure in hours', () => {
  // An ICT scorecard's key: "Amber = within 2 percentage points of target". Worked by hand: the
  // service desk's 78 % against 80 % is within 2 points, amber; the average time to resolve an
  // incident, 8.6 hours against 8, is not 2 hours' grace but the workbook's 5 % (edge 8.4): red.
  const grid: SheetGrid = {
    name: 'ICT',
    values: [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q2 2024/25', 'Q3 2024/25'],
      ['ICT1', 'Service desk tickets resolved at first contact (%)', 'Higher', 80, 79, 78],
      ['ICT5', 'Average time to resolve Priority 2 incidents (hours)', 'Lower', 8, 7.4, 8.6],
      [],
      ['RAG key: Green = on or better than target; Amber = within 2 percentage points of target'],
    ],
  };
  const report = buildReport([grid], parseConfig({}));

  it('holds for the percentages, and the workbook tolerance for the rest, said', () => {
    expect(report.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['ICT1', 'amber'],
      ['ICT5', 'red'],
    ]);
    expect(report.issues.filter((i) => i.code === 'key-points-not-unit')).toEqual([
      expect.objectContaining({
        severity: 'info',
        sheet: 'ICT',
        cell: 'A5',
        message: expect.stringContaining('row 3'),
      }),
    ]);
  });
});

describe('a key on the contents sheet before the scorecard', () => {
  // A workbook whose first sheet lists its contents and the key, "Amber = within 10% of target", and
  // whose scorecard sheet has none. Worked by hand: 50.5 % against 55 % is 8.2 % short, amber within
  // 10 % (red within the workbook's 5 %); 46 % against 50 %, 8 % short, amber.
  const contents: SheetGrid = {
    name: 'Contents',
    values: [
      ['Quarter 2 2024/25 Performance'],
      ['Contents: Q2 Scorecard'],
      ['RAG key: Green = target met; Amber = within 10% of target; Red = more than 10% from target'],
    ],
  };
  const scorecard = (key: string | null): SheetGrid => ({
    name: 'Q2 Scorecard',
    values: [
      ...(key ? [[key], []] : []),
      ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
      ['H1', 'Homelessness cases prevented (%)', 'Higher', 55, 52, 50.5],
      ['E1', 'Household waste recycled (%)', 'Higher', 50, 48, 46],
    ],
  });

  it('holds for the scorecard, said once, naming the key', () => {
    const report = buildReport([contents, scorecard(null)], parseConfig({}));
    expect(report.items.map((i) => i.rating.rag)).toEqual(['amber', 'amber']);
    expect(report.issues.filter((i) => i.code === 'tolerance-from-cover-key')).toEqual([
      expect.objectContaining({ severity: 'info', sheet: 'Contents', cell: 'A3' }),
    ]);
  });

  it("gives way to the scorecard's own key", () => {
    const report = buildReport([contents, scorecard('Key: Amber = within 5% of target')], parseConfig({}));
    expect(report.items.map((i) => i.rating.rag)).toEqual(['red', 'red']);
    expect(report.issues.map((i) => i.code)).not.toContain('tolerance-from-cover-key');
  });
});
