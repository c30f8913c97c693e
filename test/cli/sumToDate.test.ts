/**
 * A resources directorate's year-to-date table: each month's own figure ("In-month") from April to
 * September, a "YTD Target (to end Sep)" and an annual target, and no year-to-date column. An officer
 * adds the months up and holds the sum to the target to date. Worked out by hand before the command
 * was run:
 * - HS01 affordable homes: 10 + 14 + 20 + 15 + 12 + 16 = 87 against 90 to date (higher): 3.3 % short,
 *   within 5 %: amber;
 * - RB02 new benefit claims: 410 + 395 + 420 + 405 + 398 + 415 = 2,443 against 2,400: green;
 * - CS01 complaints (lower): 35 + 42 + 38 + 40 + 37 + 41 = 233 against 210: 11 % over: red;
 * - EN02 missed bins: May is blank (H9), so the year so far is not known: not rated, and the warning
 *   says which month has no figure;
 * - CS03 looked-after children, a count at a point in time that nothing says is one: 452 in September
 *   beside a target to date of 440 and one of 430 for the year; the months add up to 2,695, nowhere
 *   near 440, so the target is not the sum's: not rated, as before.
 * Each sum is said in a note naming its cells, cited to them in the narrative, and labelled in the
 * copy by a live formula that adds the months up; no cell of the months is coloured as though it
 * were the year to date.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';

const SHEET = 'Resources YTD';

const ROWS: (string | number | null)[][] = [
  [
    'RB01',
    '% of Council Tax collected',
    'Cumulative',
    'Higher is better',
    96.5,
    56,
    10.2,
    19.5,
    28.6,
    37.8,
    46.9,
    55.6,
  ],
  ['HS01', 'Number of affordable homes delivered', 'In-month', 'Higher is better', 200, 90, 10, 14, 20, 15, 12, 16],
  [
    'HS02',
    'Households in temporary accommodation',
    'Snapshot',
    'Lower is better',
    200,
    210,
    212,
    218,
    225,
    230,
    228,
    226,
  ],
  ['RB02', 'New benefit claims processed', 'In-month', 'Higher is better', 4800, 2400, 410, 395, 420, 405, 398, 415],
  ['CS01', 'Complaints received', 'In-month', 'Lower is better', 420, 210, 35, 42, 38, 40, 37, 41],
  ['EN02', 'Missed bin collections', 'In-month', 'Lower is better', 2200, 1100, 180, null, 190, 170, 185, 178],
  ['CS03', 'Number of looked-after children', 'Number', 'Lower is better', 430, 440, 445, 449, 451, 448, 450, 452],
];

async function workbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-sum-to-date-')), 'resources.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['Resources Directorate – Year-to-date Performance, Quarter 2 2024/25 (April – September 2024)']);
  ws.addRow([]);
  ws.addRow([
    'Ref',
    'Measure',
    'Data type',
    'Polarity',
    'Annual Target 2024/25',
    'YTD Target (to end Sep)',
    'Apr-24',
    'May-24',
    'Jun-24',
    'Jul-24',
    'Aug-24',
    'Sep-24',
  ]);
  for (const cells of ROWS) ws.addRow(cells);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('monthly counts held to a target to date, where the sheet gives no year to date', () => {
  let json: ReportJson;
  let copy: string;
  beforeAll(async () => {
    copy = join(mkdtempSync(join(tmpdir(), 'scorecard-sum-to-date-out-')), 'rated.xlsx');
    const r = await runReport({ workbook: await workbook(), format: 'json', out: copy });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
  }, 60_000);
  const ind = (id: string) => json.indicators.find((i) => i.id === id)!;

  it('rates the months so far, added up, against the target to date', () => {
    expect(json.period).toBe('September 2024');
    expect(['HS01', 'RB02', 'CS01'].map((id) => [id, ind(id).rag, ind(id).value, ind(id).cell])).toEqual([
      ['HS01', 'amber', 87, 'G5:L5'],
      ['RB02', 'green', 2443, 'G7:L7'],
      ['CS01', 'red', 233, 'G8:L8'],
    ]);
    expect(ind('HS01').targetCell).toBe('F5');
  });

  it('says so in a note naming the cells, and holds back a year so far with a month missing', () => {
    const notes = json.warnings.filter((w) => w.code === 'rated-on-sum');
    expect(notes.map((w) => w.cell)).toEqual(['F5', 'F7', 'F8']);
    expect(notes[0].message).toContain('G5:L5');
    expect(notes[0].message).toContain('87');
    expect(ind('EN02').rag).toBe('none');
    const missing = json.warnings.find((w) => w.code === 'target-to-date' && w.cell === 'F9')!;
    expect(missing.message).toContain('May 2024 has no figure (H9)');
  });

  it('leaves a count at a point in time, far from the sum, unrated', () => {
    expect(ind('CS03').rag).toBe('none');
    expect(json.warnings.filter((w) => w.code === 'rated-on-sum' && w.cell === 'F10')).toEqual([]);
  });

  it('says the year so far and the month, each with its figure', () => {
    const homes = json.narrative.areasForFocus.find((p) => p.indicatorId === 'HS01')!;
    expect(homes.text).toContain('87 in the year to date (16 in September 2024)');
    expect(homes.text).toContain('target of 90');
    expect(homes.cells.map((c) => c.cell)).toEqual(expect.arrayContaining(['G5:L5', 'F5']));
  });

  it('labels the copy by adding up the months live, and colours none of them as the year to date', async () => {
    const labels = await evaluateLabels(copy, RAG_MARKER);
    const label = (row: number) => [...labels].find(([k]) => new RegExp(`^${SHEET}![A-Z]+${row}$`).test(k))?.[1];
    expect([label(5), label(7), label(8)]).toEqual(['Amber', 'Green', 'Red']);
    const colours = await evaluateRagRules(copy, RAG_MARKER);
    const coloured = [...colours].filter(([k, v]) => v !== null && /![G-L](5|7|8)$/.test(k));
    expect(coloured).toEqual([]);
  });
});
