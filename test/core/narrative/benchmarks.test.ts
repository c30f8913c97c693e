import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { rankAmong } from '../../../src/core/narrative/sentences';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const header = [
  'Ref',
  'Indicator',
  'Good is',
  'Target',
  'Q2 2023/24',
  'Q3 2023/24',
  'Stat neighbours 2022/23',
  'Regional 2022/23',
  'England 2022/23',
  'Quartile',
];

function sentence(row: RawValue[]): { text: string; cells: string[] } {
  const grid: SheetGrid = { name: 'Children', values: [header, row] };
  const report = buildReport([grid], parseConfig({}));
  const n = report.narrative;
  const item = [...n.performingWell, ...n.areasForFocus, ...n.context][0];
  return { text: item.text, cells: item.cells.map((c) => c.cell) };
}

describe('every benchmark is cited', () => {
  it('cites three averages judged alike, with the shared year once, and the quartile', () => {
    const { text, cells } = sentence([
      'C1',
      '% of care leavers in education, employment or training',
      'Higher',
      55,
      58,
      61.5,
      52.1,
      54.3,
      55.6,
      1,
    ]);
    expect(text).toContain(
      'It is better than the 2022/23 averages for statistical neighbours (52.1 per cent), the region (54.3 per cent) and England (55.6 per cent). It was in quartile 1.',
    );
    expect(cells).toEqual(expect.arrayContaining(['G2', 'H2', 'I2', 'J2']));
  });

  it('groups averages that compare differently', () => {
    const { text } = sentence([
      'C2',
      '% of re-referrals within 12 months',
      'Lower',
      20,
      21,
      19.5,
      22.4,
      18.2,
      21.1,
      'Second',
    ]);
    expect(text).toContain(
      'It is better than the 2022/23 averages for statistical neighbours (22.4 per cent) and England (21.1 per cent) but worse than that for the region (18.2 per cent). It was in the second quartile.',
    );
  });

  it("keeps a quartile band's letter as the sheet has it", () => {
    // A children's dashboard's quartile bands, A (best) to D: "the B quartile", not "the b quartile".
    const { text } = sentence([
      'C3',
      '% of care leavers in suitable accommodation',
      'Higher',
      90,
      88,
      91,
      null,
      null,
      null,
      'B',
    ]);
    expect(text).toContain('It was in the B quartile.');
  });

  it('says long comparisons in one sentence per judgement, each average with its own year, then the rank and quartile', () => {
    const values: RawValue[][] = [
      [
        'Ref',
        'Indicator',
        'Good is',
        'Target',
        'Q2 2023/24',
        'Q3 2023/24',
        'Stat neighbours 2021/22',
        'Regional 2022/23',
        'England 2022/23',
        'Rank 2022/23',
        'Quartile 2022/23',
      ],
      ['C3', '% of child protection plans reviewed on time', 'Higher', 90, 85, 88, 80.5, 91.2, 86.4, 12, 2],
    ];
    const report = buildReport([{ name: 'Children', values }], parseConfig({}));
    const item = report.narrative.areasForFocus[0];
    // One sentence would be 33 words: said in two, then the places with their shared year once.
    expect(item.text).toContain(
      'It is better than the 2021/22 statistical neighbour average of 80.5 per cent and the 2022/23 England average of 86.4 per cent. ' +
        'It is worse than the 2022/23 regional average of 91.2 per cent. It ranked 12th and was in quartile 2 in 2022/23.',
    );
    expect(item.cells.map((c) => c.cell)).toEqual(expect.arrayContaining(['G2', 'H2', 'I2', 'J2', 'K2']));
  });
});

describe("what the sheet says about a figure, in the value's one bracket", () => {
  it('gives the flag, the counts and the year to date in one bracket, and a flagged earlier figure inside a bracket with a comma', () => {
    const values: RawValue[][] = [
      ['Ref', 'Indicator', 'Good is', 'Target', 'Numerator', 'Denominator', 'Q2 2023/24', 'Q3 2023/24', '2023/24 YTD'],
      ['A1', '% of assessments completed within 45 working days', 'Higher', 85, 612, 695, '86.3 (r)', '88.1 (p)', 87.2],
    ];
    const report = buildReport([{ name: 'Children', values }], parseConfig({}));
    const text = report.narrative.performingWell[0].text;
    expect(text).toMatch(
      /^Assessments completed within 45 working days \(A1\) stood at 88\.1 per cent \(provisional; 612 of 695; 87\.2 per cent in the year to date\)/,
    );
    expect(text).toMatch(/86\.3 per cent \(revised\) last quarter|last quarter \(86\.3 per cent, revised\)/);
    expect(text).not.toMatch(/\)\s*\(|\(\(|\)\)/);
  });
});

describe('what a rank is among, as its header says', () => {
  it.each([
    // Hertfordshire's public health overview: "Rank in CIPFA group".
    ['Rank in CIPFA group', ' in its CIPFA group'],
    ['Rank among statistical neighbours', ' among its statistical neighbours'],
    ['Stat neighbour rank', ' among its statistical neighbours'],
    ['Wales rank 2022/23', ' in Wales'],
    ['Rank in Wales', ' in Wales'],
    ['England rank', ' in England'],
    ['Rank in London', ' in London'],
    ['National rank', ' nationally'],
    ['Regional rank', ' in the region'],
    ['Rank (out of 22)', ' of 22'],
    // Nothing named: the rank alone, as before.
    ['Rank 2022/23', ''],
    ['Ranking', ''],
    ['League table position', ''],
  ])('%p gives %p', (header, words) => {
    expect(rankAmong(header)).toBe(words);
  });

  it('is said after the rank: not "It ranked 2nd." with no group', () => {
    const values: RawValue[][] = [
      ['Indicator', 'Good is', 'Target', '2023/24', 'Rank in CIPFA group'],
      ['Smoking prevalence in adults (%)', 'Lower', 12, 11.2, 2],
    ];
    const report = buildReport([{ name: 'Overview', values }], parseConfig({}));
    expect(report.narrative.performingWell[0].text).toContain('It ranked 2nd in its CIPFA group.');
  });
});

describe("CIPFA's comparators", () => {
  it('are named as the header names them, not as statistical neighbours', () => {
    // Hertfordshire's ASC monitor: "England | CIPFA average". CIPFA's nearest neighbours are not the
    // DfE's statistical neighbours: "the averages for England (95.4 per cent) and CIPFA comparators".
    const values: RawValue[][] = [
      ['Indicator', 'Good is', 'Target', '2023/24', 'England 2023/24', 'CIPFA average 2023/24'],
      ['Section 42 enquiries where desired outcomes were achieved (%)', 'Higher', 95, 96.1, 95.4, 94.8],
    ];
    const report = buildReport([{ name: 'ASC', values }], parseConfig({}));
    expect(report.narrative.performingWell[0].text).toContain(
      'It is better than the 2023/24 averages for England (95.4 per cent) and CIPFA comparators (94.8 per cent).',
    );
  });
});

describe('a rank and a quartile written in words', () => {
  it('are read and said: "Rank (of 16)" holding "11th", "Quartile" holding "Q3"', () => {
    // Hertfordshire's ASC monitor: "England | CIPFA average | Rank (of 16) | Quartile" under "2023-24
    // benchmarking", the rank "11th", the quartile "Q3". Both were passed over as text.
    const values: RawValue[][] = [
      ['Indicator', 'Good is', 'Target', '2023/24', 'Rank (of 16)', 'Quartile'],
      ['Older people still at home 91 days after discharge (%)', 'High', 85, 83, '11th', 'Q3'],
    ];
    const report = buildReport([{ name: 'ASC', values }], parseConfig({}));
    expect(report.tables[0].columns.map((c) => c.role)).toEqual([
      'name',
      'polarity',
      'target',
      'period',
      'benchmark',
      'benchmark',
    ]);
    const item = report.narrative.areasForFocus[0];
    expect(item.text).toContain('It ranked 11th of 16 and was in quartile 3.');
    expect(item.cells.map((c) => c.cell)).toEqual(expect.arrayContaining(['E2', 'F2']));
  });
});

describe('a regional average whose header names the region', () => {
  it('is called by its name, as the sheet calls it: "the London average", "averages for London"', () => {
    // LB Bexley's status report: "Target | London | England". Worked by hand: crime 5.8 per 1,000
    // against London's 8.4 is better; recycling 47.2 % is better than London's 33.5 % and England's 42.3 %.
    const values: RawValue[][] = [
      ['Ref', 'Performance indicator', 'Polarity', 'Aug 2024', 'Target', 'London', 'England'],
      ['PL_12', 'Recorded crime rate per 1,000 population', 'Smaller is better', 5.8, 5.6, 8.4, null],
      [
        'PL_01',
        '% of household waste sent for reuse, recycling and composting',
        'Bigger is better',
        47.2,
        48,
        33.5,
        42.3,
      ],
    ];
    const report = buildReport([{ name: 'Places', values }], parseConfig({}));
    const texts = [...report.narrative.performingWell, ...report.narrative.areasForFocus].map((i) => i.text);
    expect(texts.join(' ')).toContain('It is better than the London average of 8.4 per 1,000.');
    expect(texts.join(' ')).toContain('averages for London (33.5 per cent) and England (42.3 per cent)');
    expect(texts.join(' ')).not.toMatch(/region/);
  });

  it('is "the North West" as a sentence names it, where the header names that region', () => {
    // 61.5 % against the North West's 52.1 % and England's 55.6 %: better than both.
    const values: RawValue[][] = [
      ['Indicator', 'Polarity', '2023/24', 'Target', 'North West', 'England'],
      ['% of care leavers in education, employment or training', 'Higher', 61.5, 55, 52.1, 55.6],
      ['% of re-referrals within 12 months', 'Lower', 21.5, 22, 20.4, null],
    ];
    const report = buildReport([{ name: 'Children', values }], parseConfig({}));
    const texts = report.narrative.performingWell.map((i) => i.text).join(' ');
    expect(texts).toContain('averages for the North West (52.1 per cent) and England (55.6 per cent)');
    expect(texts).toContain('worse than the North West average of 20.4 per cent');
  });

  it('is the regional average where the header names none', () => {
    const values: RawValue[][] = [
      ['Indicator', 'Polarity', '2023/24', 'Target', 'Regional average'],
      ['% of care leavers in suitable accommodation', 'Higher', 91.5, 90, 88.2],
    ];
    const report = buildReport([{ name: 'Children', values }], parseConfig({}));
    expect(report.narrative.performingWell[0].text).toContain('the regional average of 88.2 per cent');
  });
});

describe('a quartile cell that gives none', () => {
  it('says nothing of a quartile where the cell says "n/a"', () => {
    // A Welsh PAMs table: the quartile for a new measure is "n/a".
    const values: RawValue[][] = [
      ['Ref', 'Measure', 'Good is', 'Target 2023/24', '2023/24', 'Wales average', 'Quartile'],
      ['PAM/041', '% of NERS clients who completed the exercise programme', 'Higher', 55, 61, 'n/a', 'n/a'],
    ];
    const report = buildReport([{ name: 'PAMs', values }], parseConfig({}));
    const text = report.narrative.performingWell[0].text;
    expect(text).toContain('above the target of 55');
    expect(text).not.toContain('quartile');
  });

  it('keeps a band\'s letter that reads as a suppression code elsewhere: "C"', () => {
    const values: RawValue[][] = [
      ['Ref', 'Measure', 'Good is', 'Target 2023/24', '2023/24', 'Quartile'],
      ['PAM/020', '% of A roads in poor condition', 'Lower', 4, 3.1, 'C'],
    ];
    const report = buildReport([{ name: 'PAMs', values }], parseConfig({}));
    expect(report.narrative.performingWell[0].text).toContain('It was in the C quartile.');
  });
});
