/**
 * test/fixtures/quiet-answers.xlsx (built by scripts/fixtures/quietAnswerFixtures.ts): a live
 * scorecard sheet beside last year's sheet, an archive, a hidden and a very hidden sheet, with a
 * date where a figure and a target belong, band targets written "18-22%" and "10%-15%" against
 * figures kept 0–100, and names that are formulas, HTML, a link and a bidirectional override.
 * What the officer sees, worked out by hand from the build script: the right ratings, a warning
 * naming each sheet or cell not read, and output that shows the cells' text without letting it act
 * — and the add-in, reading the same workbook through Office.js, says the same.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { runReport } from '../../src/cli/runReport';
import { buildReport, parseConfig, type Report, type ReportJson } from '../../src/core';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { fakeFromXlsx } from '../contract/xlsxToFake';

const FILE = join(__dirname, '..', 'fixtures', 'quiet-answers.xlsx');
const LIVE = 'Q1 2025-26';
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

let json: ReportJson;
let report: Report;
let text: string;
let markdown: string;
beforeAll(async () => {
  const r = await runReport({ workbook: FILE, format: 'json' });
  expect(r.exitCode).toBe(0);
  json = JSON.parse(r.stdout) as ReportJson;
  report = r.report!;
  text = (await runReport({ workbook: FILE, format: 'text' })).stdout;
  markdown = (await runReport({ workbook: FILE, format: 'markdown' })).stdout;
});

const warned = (code: string) => json.warnings.filter((w) => w.code === code).map((w) => [w.sheet, w.cell]);

describe('which sheets are read', () => {
  it('reads the live sheet and the hidden one, and not last year’s, the archive or the very hidden sheet', () => {
    expect(json.indicators.map((i) => `${i.sheet}:${i.id}`)).toEqual([
      `${LIVE}:QA01`,
      `${LIVE}:QA02`,
      `${LIVE}:QA03`,
      `${LIVE}:QA04`,
      `${LIVE}:QA05`,
      `${LIVE}:QA06`,
      `${LIVE}:QA07`,
      `${LIVE}:QA08`,
      'Early help:EH01',
    ]);
  });

  it('names each sheet left out or read although hidden', () => {
    expect(warned('sheet-very-hidden')).toEqual([['Calc', null]]);
    expect(warned('sheet-earlier-period')).toEqual([
      ['Q4 2024-25 (old)', null],
      ['Archive', null],
    ]);
    expect(warned('sheet-hidden')).toEqual([['Early help', null]]);
    const old = json.warnings.find((w) => w.sheet === 'Q4 2024-25 (old)')!;
    expect(old.message).toContain("its name gives Q4 2024/25, earlier than the sheet 'Q1 2025-26' (Q1 2025/26)");
  });

  it('reads last year’s sheet when asked to by name', async () => {
    const r = await runReport({ workbook: FILE, format: 'json', sheets: ['Q4 2024-25 (old)'] });
    const asked = JSON.parse(r.stdout) as ReportJson;
    expect(asked.period).toBe('Q4 2024/25');
    expect(asked.indicators.map((i) => i.id)).toEqual(['QA03', 'QA04', 'QA05']);
    expect(asked.warnings.map((w) => w.code)).not.toContain('sheet-earlier-period');
  });
});

describe('cells that are not what they seem', () => {
  const rated = (id: string) => json.indicators.find((i) => i.id === id)!;

  it('does not rate a date in a figure or target cell, and names the cell', () => {
    expect([rated('QA01').rag, rated('QA01').status]).toEqual(['none', 'no-data']);
    expect(rated('QA02').rag).toBe('none');
    expect(warned('date-not-figure')).toEqual([
      [LIVE, 'F4'],
      [LIVE, 'D5'],
    ]);
    expect(text).toContain(
      "the cell holds a date, not a figure, so it is not rated — please check it ('01/10/2021' in F4)",
    );
  });

  it('lists the indicator whose target cell holds a date as not rated, to be checked, not as a context measure', () => {
    expect(text).toContain(
      'In April to June 2025, 7 of the 9 indicators were rated against a target: 5 green, 1 amber and 1 red. One indicator is not rated until its target is checked: Children in care. Compared with',
    );
    expect(text).not.toContain('context measure');
    expect(text).not.toContain('Context measures');
    expect(text).toContain(
      "Not rated — please check\n\nQ1 2025-26\nChildren in care (QA02) stood at 436. It is not rated: its target holds a date, not a figure — please check it ('01/04/2025' in D5).",
    );
    expect(json.narrative.check?.map((i) => i.indicatorId)).toEqual(['QA02']);
    expect(rated('QA02').reason).toBe(
      "not rated: the target in D5 holds a date ('01/04/2025'), not a figure; please check it",
    );
    expect(rated('QA02').targetUnusable).toEqual({ cell: 'D5', shown: '01/04/2025', reason: 'date' });
    expect(json.indicators.filter((i) => i.targetUnusable).map((i) => i.id)).toEqual(['QA02']);
  });

  it('rates bands written with per cent signs against figures kept 0–100', () => {
    expect([rated('QA03').rag, rated('QA04').rag, rated('QA05').rag]).toEqual(['green', 'amber', 'green']);
    expect(text).toContain('It is within the target range of 18 per cent to 22 per cent.');
  });
});

describe('output that shows the cells and never lets them act', () => {
  it('begins no text line with a formula character', () => {
    expect(text.split('\n').filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
    expect(text.split('\n')).toContain("'=1+1");
  });

  it('carries no HTML, link or bidirectional control in the Markdown', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('### \\[Contact us\\](javascript:alert(1))');
    expect(markdown).not.toMatch(BIDI);
    expect(text).not.toMatch(BIDI);
  });
});

describe('the add-in reading the same workbook', () => {
  it('reads the same sheets, rates the same and gives the same warnings', async () => {
    const grids = await (await fakeFromXlsx(FILE)).run((context) => readWorkbook(context));
    const inExcel = buildReport(grids, parseConfig({}));
    expect(inExcel.items.map((i) => [i.indicator.sheet, i.indicator.id, i.rating.rag])).toEqual(
      report.items.map((i) => [i.indicator.sheet, i.indicator.id, i.rating.rag]),
    );
    expect(inExcel.issues).toEqual(report.issues);
    expect(inExcel.narrative.text).toBe(report.narrative.text);
  });
});

describe('last year’s scorecard copied beside this year’s, told apart only by its title', () => {
  // Laid out as Anglesey's published Corporate Scorecard: the title, merged across the table, names
  // the quarter and year; the quarter columns do not repeat the year. Worked out by hand: the copy's
  // title gives Q4 2023/24, which ended before Q2 2025/26 began, so only 'Scorecard' is read.
  async function workbook(): Promise<string> {
    const file = join(mkdtempSync(join(tmpdir(), 'scorecard-titles-')), 'corporate-scorecard.xlsx');
    const wb = new ExcelJS.Workbook();
    const add = (name: string, title: string, quarters: string[], values: number[]) => {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = title;
      ws.mergeCells('A1:F1');
      ws.getRow(3).values = ['Ref', 'Performance Indicator', 'Good is', 'Target', ...quarters];
      ws.getRow(4).values = [
        'CS01',
        'Percentage of FOI requests responded to within timescale',
        'Higher',
        80,
        ...values,
      ];
    };
    add('Scorecard', 'Corporate Scorecard – Quarter 2 2025/26', ['Q1', 'Q2'], [84, 86]);
    add('Scorecard (2)', 'Corporate Scorecard – Quarter 4 2023/24', ['Q3', 'Q4'], [78, 73]);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('reads this year’s sheet only, and names the copy and its title, in the command line and the add-in', async () => {
    const file = await workbook();
    const r = await runReport({ workbook: file, format: 'json' });
    expect(r.exitCode).toBe(0);
    const got = JSON.parse(r.stdout) as ReportJson;
    expect(got.period).toBe('Q2 2025/26');
    expect(got.indicators.map((i) => [i.sheet, i.id, i.rag])).toEqual([['Scorecard', 'CS01', 'green']]);
    expect(r.stderr).toContain(
      "warning: Scorecard (2)!A1: its title 'Corporate Scorecard – Quarter 4 2023/24' gives Q4 2023/24, earlier than the sheet 'Scorecard' (Q2 2025/26), so it is taken for earlier figures and not read; name it among the sheets to read (--sheet, or \"sheets\" in the configuration) to report on it.",
    );
    const grids = await (await fakeFromXlsx(file)).run((context) => readWorkbook(context));
    const inExcel = buildReport(grids, parseConfig({}));
    expect(inExcel.items.map((i) => [i.indicator.sheet, i.indicator.id, i.rating.rag])).toEqual([
      ['Scorecard', 'CS01', 'green'],
    ]);
    expect(inExcel.issues).toEqual(r.report!.issues);
  });
});

describe('a workbook whose indicator sheet is very hidden', () => {
  // Written by hand: the sheet is left out as in any workbook, and the officer is told so before
  // being told that no table was found, rather than being sent to look for a table that is there.
  const veryHidden = (name: string) =>
    `warning: ${name}: the sheet is very hidden (only a macro or the VBA editor can show it), so it is not read; if it holds indicators to report, make it visible, or name it among the sheets to read (--sheet, or "sheets" in the configuration).`;
  async function workbook(cover: boolean): Promise<string> {
    const file = join(mkdtempSync(join(tmpdir(), 'scorecard-very-hidden-')), 'kpis.xlsx');
    const wb = new ExcelJS.Workbook();
    if (cover) wb.addWorksheet('Cover').getCell('A1').value = 'Corporate performance report';
    const ws = wb.addWorksheet('KPIs', { state: 'veryHidden' });
    ws.addRow(['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2025/26']);
    ws.addRow(['KP01', 'Invoices paid within 30 days (%)', 'Higher', 95, 96.5]);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('when it is the only sheet, says so before saying that no table was found', async () => {
    const file = await workbook(false);
    const r = await runReport({ workbook: file, format: 'text' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toEqual([
      veryHidden('KPIs'),
      `error: No indicator table was found in ${file}, whose every sheet is very hidden, so nothing was changed. A table needs a header row with an indicator column (e.g. 'Indicator' or 'Measure') and period columns (e.g. 'Q2 2021/22') or a 'Target' column; set the columns in a configuration file if the headers are unusual.`,
    ]);
  });

  it('beside a visible sheet without a table, names it and the sheets searched', async () => {
    const file = await workbook(true);
    const r = await runReport({ workbook: file, format: 'text' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toHaveLength(2);
    expect(r.stderr[0]).toBe(veryHidden('KPIs'));
    expect(r.stderr[1]).toMatch(
      /^error: No indicator table was found in .*kpis\.xlsx \(sheets 'Cover'\), so nothing was changed\./,
    );
  });

  it('is read when named among the sheets to read', async () => {
    const r = await runReport({ workbook: await workbook(true), format: 'json', sheets: ['KPIs'] });
    expect(r.exitCode).toBe(0);
    const got = JSON.parse(r.stdout) as ReportJson;
    expect(got.indicators.map((i) => [i.id, i.rag])).toEqual([['KP01', 'green']]);
  });
});

describe('a table whose indicator column has a header nothing recognises', () => {
  it('says which sheet, row and cells it looked at, and the configuration that reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-nameless-'));
    const file = join(dir, 'nameless.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Adults');
    ws.getCell('A1').value = 'Adult social care outcomes — 2025/26';
    ws.addRow([]);
    ws.addRow(['Area', 'Target', 'Q1 2025/26', 'Q2 2025/26']);
    ws.addRow(['Reviews completed on time (%)', 85, 81.2, 86.0]);
    await wb.xlsx.writeFile(file);
    const refused = await runReport({ workbook: file, format: 'text' });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr[0]).toMatch(
      /^error: No indicator table could be read in .*nameless\.xlsx\. Row 3 of 'Adults' \(A3:D3: 'Area', 'Target', 'Q1 2025\/26', 'Q2 2025\/26'\) has period and target columns but no column of indicator names/,
    );
    const suggested = /for example (\{.*\})\.$/.exec(refused.stderr[0])![1];
    writeFileSync(join(dir, 'nameless.json'), suggested);
    const read = await runReport({ workbook: file, format: 'json', configFile: join(dir, 'nameless.json') });
    expect(read.exitCode).toBe(0);
    const got = JSON.parse(read.stdout) as ReportJson;
    expect(got.indicators.map((i) => [i.name, i.rag])).toEqual([['Reviews completed on time (%)', 'green']]);
  });
});

describe("a two-row header with the names under 'Performance' and a blank (Fife's SPI tables)", () => {
  it('suggests the column that holds the names, which then reads the table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-fife-'));
    const file = join(dir, 'fife.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('SPI');
    ws.addRow(['Performance', '2015/16', '2016/17', '2016/17']);
    ws.addRow(['', 'Value', 'Value', 'Target']);
    ws.addRow(['Percentage of users satisfied with the website', 0.677, 0.65, 0.8]);
    for (const c of ['B3', 'C3', 'D3']) ws.getCell(c).numFmt = '0.0%';
    await wb.xlsx.writeFile(file);
    const refused = await runReport({ workbook: file, format: 'text' });
    expect(refused.exitCode).toBe(2);
    // B holds 2015/16's figures; the names are in A, under the blank beside 'Value'.
    const suggested = /for example (\{.*\})\.$/.exec(refused.stderr[0])![1];
    expect(JSON.parse(suggested)).toEqual({ tables: [{ sheet: 'SPI', headerRow: 2, columns: { A: 'name' } }] });
    writeFileSync(join(dir, 'fife.json'), suggested);
    const read = await runReport({ workbook: file, format: 'json', configFile: join(dir, 'fife.json') });
    expect(read.exitCode).toBe(0);
    // 65 % against 80 % (higher is better, assumed): red.
    const got = JSON.parse(read.stdout) as ReportJson;
    expect(got.indicators.map((i) => [i.name, i.rag])).toEqual([
      ['Percentage of users satisfied with the website', 'red'],
    ]);
  });
});

describe('tables without a column of names, one of them on a very hidden sheet (nameless-very-hidden.xlsx)', () => {
  // Worked out by hand in scripts/fixtures/quietAnswerFixtures.ts: the officer is sent only to the
  // sheets the search for tables looked at, as a very hidden sheet is left out of that search.
  const NAMELESS = join(__dirname, '..', 'fixtures', 'nameless-very-hidden.xlsx');
  const headers = "'Area', 'Target', 'Q1 2025/26', 'Q2 2025/26'";
  const noNames = (row: number, sheet: string, range: string) =>
    `error: No indicator table could be read in ${NAMELESS}. Row ${row} of '${sheet}' (${range}: ${headers}) has period and target columns but no column of indicator names`;

  it('names the visible sheet’s header, after the warning that the very hidden sheet is not read', async () => {
    const r = await runReport({ workbook: NAMELESS, format: 'text' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toHaveLength(2);
    expect(r.stderr[0]).toMatch(/^warning: Lookup: the sheet is very hidden .* so it is not read;/);
    expect(r.stderr[1].startsWith(noNames(3, 'Adults', 'A3:D3'))).toBe(true);
  });

  it('looks only at the sheets named to be read', async () => {
    const cover = await runReport({ workbook: NAMELESS, format: 'text', sheets: ['Cover'] });
    expect(cover.exitCode).toBe(2);
    expect(cover.stderr).toHaveLength(1);
    expect(cover.stderr[0]).toMatch(
      /^error: No indicator table was found in .*nameless-very-hidden\.xlsx \(sheets 'Cover'\), so nothing was changed\./,
    );
    const lookup = await runReport({ workbook: NAMELESS, format: 'text', sheets: ['Lookup'] });
    expect(lookup.exitCode).toBe(2);
    expect(lookup.stderr).toHaveLength(1);
    expect(lookup.stderr[0].startsWith(noNames(1, 'Lookup', 'A1:D1'))).toBe(true);
  });
});

describe('the terminal', () => {
  // A file keeps a bidirectional override in a cell (XML cannot hold the escape character itself;
  // what an escape would do is held off by the same filter, tested in outputSafety.test.ts).
  it('gets no bidirectional control or escape from a cell, in the narrative or the warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-escape-'));
    const file = join(dir, 'escape.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.addRow(['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2025/26', 'Q2 2025/26']);
    ws.addRow(['E1', 'Calls answered\u001b[2J\u202E', 'Higher', 'see\u001b]0;owned\u0007 note', 90, 91]);
    ws.addRow(['E2', 'Complaints answered on time (%)', 'Higher', 90, 88, 92]);
    await wb.xlsx.writeFile(file);
    const written: string[] = [];
    const spies = [process.stdout, process.stderr].map((stream) =>
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      }),
    );
    try {
      expect(await main(['report', file])).toBe(0);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    const all = written.join('');
    expect(all).toContain("the target 'see]0;owned note' for 'Calls answered[2J'");
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(all).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
  });
});
