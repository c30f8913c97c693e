/**
 * A large, deterministic scorecard for the benchmark: thousands of indicators under section rows
 * every fifteen or so, eight quarterly columns, and a mix of polarities, units and both
 * percentage conventions, with the occasional missing value.
 */
import ExcelJS from 'exceljs';
import { COUNT, newWorkbook, ONE_DP, PERCENT, putRow, setWidths, styleHeader, styleSection } from './workbook';

/** The eight quarters a large scorecard reports (the benchmark's grids use the same). */
export const QUARTERS = [
  'Q3 2019/20',
  'Q4 2019/20',
  'Q1 2020/21',
  'Q2 2020/21',
  'Q3 2020/21',
  'Q4 2020/21',
  'Q1 2021/22',
  'Q2 2021/22',
];
const HEADER = ['Ref', 'Indicator', 'Polarity', 'Target', ...QUARTERS, 'Commentary'];
const HEADER_ROW = 3;
const THEMES = [
  'Front Door',
  'Assessment',
  'Child Protection',
  'Children in Care',
  'Care Leavers',
  'Early Help',
  'Adults',
  'Housing',
  'Education',
  'Public Health',
];

/** Small, fast, seedable generator (mulberry32): the same seed gives the same workbook. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Kind {
  readonly name: (n: number) => string;
  readonly format: string;
  /** Target (or a typical level) in stored units. */
  readonly level: (r: () => number) => number;
  readonly round: (x: number) => number;
  readonly polarities: readonly string[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

const KINDS: readonly Kind[] = [
  {
    name: (n) => `% of assessments completed within 45 working days (team ${n})`,
    format: PERCENT,
    level: (r) => 0.6 + 0.35 * r(),
    round: (x) => Math.min(1, round3(x)),
    polarities: ['Higher'],
  },
  {
    name: (n) => `% of referrals that were re-referrals within 12 months (team ${n})`,
    format: PERCENT,
    level: (r) => 0.1 + 0.15 * r(),
    round: round3,
    polarities: ['Lower'],
  },
  {
    name: (n) => `% of visits completed within timescale (team ${n})`,
    format: ONE_DP,
    level: (r) => 60 + 35 * r(),
    round: (x) => Math.min(100, round1(x)),
    polarities: ['Higher'],
  },
  {
    name: (n) => `Number of children supported (team ${n})`,
    format: COUNT,
    level: (r) => 50 + Math.floor(900 * r()),
    round: Math.round,
    polarities: ['n/a', 'Lower', 'Higher'],
  },
  {
    name: (n) => `Average days from referral to plan (team ${n})`,
    format: ONE_DP,
    level: (r) => 10 + 40 * r(),
    round: round1,
    polarities: ['Lower'],
  },
  {
    name: (n) => `Rate of referrals per 10,000 children (team ${n})`,
    format: ONE_DP,
    level: (r) => 300 + 300 * r(),
    round: round1,
    polarities: ['n/a', 'Lower'],
  },
];

function missingCode(r: () => number): string | null {
  const x = r();
  if (x < 0.02) return 'TBC';
  if (x < 0.03) return 'n/a';
  if (x < 0.04) return 'c';
  return null;
}

function indicatorRow(n: number, r: () => number): { cells: ExcelJS.CellValue[]; format: string } {
  const kind = KINDS[Math.floor(r() * KINDS.length)];
  const polarity = kind.polarities[Math.floor(r() * kind.polarities.length)];
  const level = kind.level(r);
  const target = polarity === 'n/a' ? null : kind.round(level);
  const values: (number | string | null)[] = [];
  let value = level * (0.85 + 0.3 * r());
  for (let q = 0; q < QUARTERS.length; q++) {
    value *= 0.96 + 0.08 * r();
    values.push(kind.round(value));
  }
  values[QUARTERS.length - 1] = missingCode(r) ?? values[QUARTERS.length - 1];
  const ref = `L${String(n).padStart(5, '0')}`;
  return { cells: [ref, kind.name(n), polarity, target, ...values, null], format: kind.format };
}

/**
 * A workbook with one sheet "Scorecard": a title, the header on row 3 and `indicators` indicator
 * rows with a section row before every 12–18 of them. Deterministic for a given `seed`.
 */
export function buildLargeScorecard(indicators: number, seed = 1): ExcelJS.Workbook {
  if (!Number.isInteger(indicators) || indicators < 0) {
    throw new RangeError(`buildLargeScorecard: indicators must be a whole number ≥ 0, not ${indicators}.`);
  }
  const r = generator(seed);
  const wb = newWorkbook('Scorecard Narrator benchmark');
  const ws = wb.addWorksheet('Scorecard', { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }] });
  putRow(ws, 1, [`Benchmark scorecard — ${indicators.toLocaleString('en-GB')} indicators`]);
  putRow(ws, HEADER_ROW, HEADER);
  styleHeader(ws, HEADER_ROW, HEADER.length);
  let row = HEADER_ROW + 1;
  let untilSection = 0;
  let sectionNo = 0;
  for (let n = 1; n <= indicators; n++) {
    if (untilSection === 0) {
      sectionNo += 1;
      putRow(ws, row, [`${THEMES[(sectionNo - 1) % THEMES.length]} — area ${Math.ceil(sectionNo / THEMES.length)}`]);
      styleSection(ws, row, HEADER.length);
      row += 1;
      untilSection = 12 + Math.floor(r() * 7);
    }
    const { cells, format } = indicatorRow(n, r);
    const formats: Record<number, string> = {};
    for (let c = 4; c <= 4 + QUARTERS.length; c++) formats[c] = format;
    putRow(ws, row, cells, formats);
    row += 1;
    untilSection -= 1;
  }
  setWidths(ws, [8, 62, 10, 10, ...QUARTERS.map(() => 11), 30]);
  return wb;
}
