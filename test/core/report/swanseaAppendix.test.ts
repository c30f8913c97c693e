/**
 * Swansea's Annual Performance Report 2012/13, Appendix B, heads its names "PI & Desired Direction
 * of Travel" (each name opening with its code and ending in ↑ or ↓), its year "Annual Perf. 2012/13
 * (i)" and its target "ALP Target 2012/13 (ii)" (the Acceptable Level of Performance, on which the
 * key under the table says its colours are based), then a key and notes. The sheet was refused for
 * want of a name column; with the name column set, the target was not read and the key's rows were
 * read as indicators. CRE4's row is Swansea's; the other two are modelled on its appendix. The
 * answers were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { subject } from '../../../src/core/narrative/phrases';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const rows: RawValue[][] = [
  ['City & County of Swansea Annual Performance Report 2012/13'],
  ['Annual Service Performance Targets'],
  [
    'PI & Desired Direction of Travel',
    'Annual Perf. 2012/13 (i)',
    'ALP Target 2012/13 (ii)',
    'TTAF 2012/13 (iii)',
    'Annual Perf. 2011/12',
    'Trend of Imp.',
    'Comments (if relevant) /Responsible HoS',
    'ALP 2013/14',
    'TTAF 2013/14',
  ],
  [
    'CRE4 The percentage of priority graffiti jobs completed within 7 days ↑',
    0.954,
    0.97,
    1,
    0.993,
    '↓',
    'Explanation: Slight dip in end of year performance was due to long term illness during quarter one.',
    0.99,
    1,
  ],
  [
    'HHA/013 The percentage of households for whom homelessness was prevented ↑',
    0.62,
    0.6,
    0.7,
    0.58,
    '↑',
    null,
    0.6,
    0.7,
  ],
  [
    'PLA/004b The average number of days taken to decide minor planning applications ↓',
    72,
    70,
    56,
    68,
    '↓',
    null,
    70,
    56,
  ],
  [],
  ['Key: Column 2 - Annual Performance'],
  ['Achieved ALP', 'Green'],
  ['Within 5% of ALP', 'Amber'],
  ['Missed ALP', 'Red'],
  ['Achieved TTAF', 'Blue'],
  ['(i) Colour is based on ALP except Blue colouring, which is based on PIs achieving their TTAF'],
  ['(ii) ALP – Acceptable Level of Performance'],
  ['(iii) TTAF – Target to Aim For'],
];
const percent = [null, '0.0%', '0.0%', '0.0%', '0.0%', null, null, '0.0%', '0.0%'];
const grid: SheetGrid = { name: 'Appendix B', values: rows, formats: [[], [], [], percent, percent, []] };

describe("Swansea's annual appendix", () => {
  const r = buildReport([grid], parseConfig({}));

  it('reads the names, the year, the ALP target and the arrows, and nothing of the key', () => {
    expect(r.period?.label).toBe('2012/13');
    // CRE4: 95.4 % against 97 %, higher is better (↑): 1.6 % short, within 5 %: amber.
    // HHA/013: 62 % against 60 %: green. PLA/004b: 72 days against 70, lower is better (↓): 2.9 % over: amber.
    expect(
      r.items.map((i) => [
        i.indicator.polarity,
        i.rating.current?.measure.value,
        i.indicator.target?.value,
        i.indicator.target?.measure?.cell,
        i.rating.rag,
      ]),
    ).toEqual([
      ['higher', 95.4, 97, 'C4', 'amber'],
      ['higher', 62, 60, 'C5', 'green'],
      ['lower', 72, 70, 'C6', 'amber'],
    ]);
    // 2011/12 is the year before, never the figure reported on.
    expect(r.items[0].rating.shortTerm?.from.measure.cell).toBe('E4');
  });

  it('names each indicator without its code and arrow, and gives the code as its reference', () => {
    expect(r.items.map((i) => subject(i.indicator).text)).toEqual([
      'Priority graffiti jobs completed within 7 days (CRE4)',
      'Households for whom homelessness was prevented (HHA/013)',
      'The average number of days taken to decide minor planning applications (PLA/004b)',
    ]);
    expect(r.narrative.text).not.toMatch(/[↑↓]/);
    expect(r.narrative.text).not.toContain('Achieved ALP');
  });
});

describe('a key beneath a table', () => {
  it('ends the table at "Key", "Key:" or "Key to …", but not at a name that opens with "Key stage"', () => {
    const values: RawValue[][] = [
      ['Indicator', 'Polarity', 'Target', '2023/24'],
      ['Key stage 2 pupils reaching the expected standard (%)', 'Higher', 60, 62],
      ['Key to symbols'],
      ['↑', 'Higher is better'],
    ];
    const r = buildReport([{ name: 'Education', values }], parseConfig({}));
    // 62 against 60, higher is better: green; the key's line is no indicator.
    expect(r.items.map((i) => [i.indicator.name, i.rating.rag])).toEqual([
      ['Key stage 2 pupils reaching the expected standard (%)', 'green'],
    ]);
  });
});
