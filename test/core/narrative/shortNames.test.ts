/**
 * A rate's name without the base its figure prints with, as the narrative names it: "Rate of
 * children in need per 10,000 children aged under 18" is "Children in need aged under 18" (the
 * figure says "per 10,000 children"). Where an age follows the base ("… average daily delays per
 * 100,000 population 18+", a public health dashboard's), cutting the base out would leave "delays
 * 18+": the name is kept whole.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { shortName } from '../../../src/core/narrative/phrases';
import { buildReport } from '../../../src/core/report/buildReport';

const names = [
  'Delayed transfers of care attributable to adult social care, average daily delays per 100,000 population 18+',
  'Rate of children in need per 10,000 children aged under 18',
  'Rate of referrals per 10,000 children',
];

describe("a rate's short name", () => {
  const r = buildReport(
    [
      {
        name: 'Rates',
        values: [['Indicator', 'Polarity', 'Target', 'Q3 2017/18'], ...names.map((n) => [n, 'Lower', 100, 90])],
      },
    ],
    parseConfig({}),
  );

  it('leaves out the base, unless an age follows it', () => {
    expect(r.items.map((i) => i.indicator.unit)).toEqual(['rate', 'rate', 'rate']);
    expect(r.items.map((i) => shortName(i.indicator).name)).toEqual([
      names[0],
      'Children in need aged under 18',
      'Referrals',
    ]);
  });
});

describe('a rate whose base names a population, or describes one', () => {
  // A public health scorecard's "per 1,000 females aged 15-17": cutting out "per 1,000 females" left
  // "Under-18 conception rate aged 15-17" beside "15.6 per 1,000", and "females" was lost. The figure
  // now prints the population ("per 1,000 females"). And where the base's word describes the next
  // ("per 100,000 registered patients"), the name is kept whole, not cut to "admissions patients".
  const r = buildReport(
    [
      {
        name: 'Public Health',
        values: [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
          ['PH8', 'Under-18 conception rate per 1,000 females aged 15-17', 'Lower', 15, 14.2, 15.6],
          ['PH9', 'Emergency admissions per 100,000 registered patients', 'Lower', 800, 790, 812],
        ],
      },
    ],
    parseConfig({}),
  );

  it('keeps every word of the name that the figure does not say', () => {
    expect(r.items.map((i) => shortName(i.indicator).name)).toEqual([
      'Under-18 conception rate aged 15-17',
      'Emergency admissions per 100,000 registered patients',
    ]);
    const [conceptions, admissions] = r.narrative.areasForFocus.map((i) => i.text);
    expect(conceptions).toMatch(/^Under-18 conception rate aged 15-17 \(PH8\) stood at 15\.6 per 1,000 females[,.]/);
    expect(admissions).toMatch(
      /^Emergency admissions per 100,000 registered patients \(PH9\) stood at 812 per 100,000[,.]/,
    );
  });
});

describe('two indicators with the same short name', () => {
  // A district's fly-tipping: the count reported and the rate per 1,000 households both come out
  // "Fly-tipping incidents"; in the RAG summary, which names them without their sentences, each has its reference.
  const r = buildReport(
    [
      {
        name: 'Environment',
        values: [
          ['Ref', 'Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
          ['WR04', 'Fly-tipping incidents', 'Lower', 400, 341, 362],
          ['WR05', 'Fly-tipping incidents per 1,000 households', 'Lower', 4, 4.4, 4.6],
          ['WR06', 'Average days to clear fly-tipping', 'Lower', 2, 1.4, 1.7],
        ],
      },
    ],
    parseConfig({}),
  );

  it('are told apart by their references in the RAG summary', () => {
    expect(r.items.map((i) => shortName(i.indicator).name)).toEqual([
      'Fly-tipping incidents',
      'Fly-tipping incidents',
      'Average days to clear fly-tipping',
    ]);
    expect(r.narrative.ragSummary.green).toEqual(['Fly-tipping incidents (WR04)', 'Average days to clear fly-tipping']);
    expect(r.narrative.ragSummary.red).toEqual(['Fly-tipping incidents (WR05)']);
  });
});

describe('a name written as a sentence', () => {
  // The Tenant Satisfaction Measures' published descriptions end with a full stop: "… landlord. stood at 77.3 per cent".
  const written = [
    'Homes that do not meet the Decent Homes Standard.',
    'Proportion of respondents who report that they are satisfied with the overall service from their landlord.',
    'Repairs, servicing etc.',
    // A unit in brackets, which the figure says: "3 minutes 45 seconds".
    'Average speed of answer (mm:ss)',
  ];
  const r = buildReport(
    [
      {
        name: 'TSM',
        values: [['Description', 'Polarity', 'Target', '2024/25'], ...written.map((n) => [n, 'Lower', 10, 8.8])],
      },
    ],
    parseConfig({}),
  );

  it('loses its full stop in the report, but not an abbreviation its stop closes', () => {
    expect(r.items.map((i) => shortName(i.indicator).name)).toEqual([
      'Homes that do not meet the Decent Homes Standard',
      'Respondents who report that they are satisfied with the overall service from their landlord',
      'Repairs, servicing etc.',
      'Average speed of answer',
    ]);
    expect(r.narrative.text).not.toMatch(/(?:Standard|landlord)\.[ ,;]/);
    expect(r.narrative.text).toContain('Homes that do not meet the Decent Homes Standard stood at 8.8');
  });
});

describe('a name whose lead or per cent sign the figure says', () => {
  // Islington's housing scorecard names its measures "Amount of all …"; Wandsworth's "… as a % of those
  // due". Worked by hand: the lead and the "all" after it go, as "Percentage of" does; "as a % of"
  // beside a figure printed "0.02 per cent" is spelt "as a percentage of".
  const names = [
    'Amount of all repairs that were fixed first time',
    'Amount of inspections that were graded A or B',
    '% of all calls answered within 60 seconds',
    'Percentage of all households in temporary accommodation with children',
    'Missed refuse and recycling collections as a % of those due in the collection period',
    'All households prevented from becoming homeless',
    'Rent collected as % of rent due',
  ];
  const r = buildReport(
    [
      {
        name: 'Housing',
        values: [['Indicator', 'Polarity', 'Target', '2023/24'], ...names.map((n) => [n, 'Higher', 0.9, 0.85])],
      },
    ],
    parseConfig({}),
  );

  it('is named in prose without them', () => {
    expect(r.items.map((i) => shortName(i.indicator).name)).toEqual([
      'Repairs that were fixed first time',
      'Inspections that were graded A or B',
      'Calls answered within 60 seconds',
      'Households in temporary accommodation with children',
      'Missed refuse and recycling collections as a percentage of those due in the collection period',
      // No lead: a name that opens with "All" keeps it.
      'All households prevented from becoming homeless',
      'Rent collected as a percentage of rent due',
    ]);
  });
});
