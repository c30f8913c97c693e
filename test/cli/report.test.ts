import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core/report/toJson';
import { indicatorsOf, reportable, type FixtureFacts } from '../fixtures/catalogue';

const outDir = mkdtempSync(join(tmpdir(), 'scorecard-report-'));

async function json(file: string, extra: { out?: string; configFile?: string } = {}): Promise<ReportJson> {
  const r = await runReport({ workbook: file, format: 'json', ...extra });
  expect(r.stderr.filter((l) => l.startsWith('error'))).toEqual([]);
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout) as ReportJson;
}

const cases = reportable().filter((f) => f.indicatorCount === undefined);

describe.each(cases.map((f): [string, FixtureFacts] => [f.file, f]))('report on %s', (_, facts) => {
  let report: ReportJson;
  beforeAll(async () => {
    report = await json(facts.path);
  });

  it('finds every table with its header row', () => {
    for (const t of facts.tables) {
      expect(report.tables.some((rt) => rt.sheet === t.sheet && rt.headerRow === t.headerRow)).toBe(true);
    }
  });

  it('reports on the period the catalogue works out', () => {
    expect(facts.tables.map((t) => t.period)).toContain(report.period);
  });

  it('reads, rates and trends every indicator as an officer would by hand', () => {
    const expected = facts.tables.flatMap((t) => t.indicators.map((i) => ({ sheet: t.sheet, ...i })));
    for (const e of expected) {
      const got = report.indicators.find((i) => i.sheet === e.sheet && i.cell === e.cell);
      const label = `${e.sheet}!${e.cell} ${e.name}`;
      expect([label, got ? 'found' : 'missing']).toEqual([label, 'found']);
      if (!got) continue;
      expect({
        label,
        rag: got.rag,
        status: got.status,
        polarity: got.polarity,
        unit: got.unit,
        direction: got.direction,
        section: got.section,
      }).toEqual({
        label,
        rag: e.rag,
        status: e.status,
        polarity: e.polarity,
        unit: e.unit,
        direction: e.direction,
        section: e.section ?? (facts.tables.length > 1 ? got.section : null),
      });
      if (e.longTermDirection !== undefined)
        expect([label, got.longTermDirection]).toEqual([label, e.longTermDirection]);
      if (e.noData) expect([label, got.noData?.reason]).toEqual([label, e.noData]);
      if (e.id) expect([label, got.id]).toEqual([label, e.id]);
      if (e.value === null) expect(got.value).toBeNull();
      if (e.flag) expect([label, got.flag]).toEqual([label, e.flag]);
      if (e.cumulative !== undefined) expect([label, got.cumulative]).toEqual([label, e.cumulative]);
      if (e.yearToDateCell) expect([label, got.yearToDate?.cell]).toEqual([label, e.yearToDateCell]);
      if (e.lastYearCell) expect([label, got.lastYear?.cell]).toEqual([label, e.lastYearCell]);
      if (e.display !== undefined) expect([label, got.display]).toEqual([label, e.display]);
      if (e.warnings !== undefined) {
        const row = Number(e.cell.replace(/^[A-Z]+/, ''));
        const about = report.warnings.filter(
          (w) =>
            w.sheet === e.sheet &&
            (Number(w.cell?.replace(/^[A-Z]+/, '')) === row || w.message.includes(` row ${row} `)),
        );
        expect([label, about.map((w) => w.code).sort()]).toEqual([label, [...e.warnings].sort()]);
      }
      if (e.sheetRag !== undefined) {
        expect([label, got.sheetRag]).toEqual([label, e.sheetRag]);
        const disagrees = report.warnings.some((w) => w.code === 'rag-disagrees' && w.cell === e.sheetRag?.cell);
        expect([label, disagrees]).toEqual([label, e.sheetRag !== null && e.sheetRag.rag !== e.rag]);
      }
      if (e.targetCell) {
        expect([label, got.targetCell]).toEqual([label, e.targetCell]);
        // The JSON gives the target as stored, like the value: back to a person's reading by the value's own scale.
        if (typeof e.target === 'number' && typeof got.target === 'number' && e.value)
          expect(got.target * (e.value / (e.stored as number))).toBeCloseTo(e.target, 6);
      }
    }
    expect(report.indicators).toHaveLength(indicatorsOf(facts).length);
  });

  it('gives every warning the catalogue expects, naming its sheet and cell', () => {
    for (const w of facts.warnings ?? []) {
      expect(report.warnings.map((x) => `${x.code} ${x.sheet}!${x.cell}`)).toContain(`${w.code} ${w.sheet}!${w.cell}`);
    }
  });

  it('counts the ratings in the summary', () => {
    const all = indicatorsOf(facts);
    const n = (rag: string) => all.filter((i) => i.rag === rag).length;
    expect(report.summary).toMatchObject({
      green: n('green'),
      amber: n('amber'),
      red: n('red'),
      noData: all.filter((i) => i.status === 'no-data').length,
    });
  });
});

describe('the report command', () => {
  const sample = 'samples/northmoor-childrens-scorecard.xlsx';

  it('prints JSON with the documented fields', async () => {
    const r = await json(sample);
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining(['period', 'indicators', 'summary', 'narrative', 'warnings']),
    );
    const first = r.indicators[0];
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'sheet',
        'cell',
        'value',
        'display',
        'unit',
        'target',
        'polarity',
        'rag',
        'status',
        'direction',
        'warnings',
      ]),
    );
    expect(Object.keys(r.narrative)).toEqual(
      expect.arrayContaining(['performingWell', 'areasForFocus', 'context', 'noData', 'text']),
    );
    expect(r.narrative.performingWell[0]).toEqual({
      indicatorId: expect.any(String),
      section: expect.any(String),
      rag: 'green',
      text: expect.any(String),
      cells: expect.any(Array),
    });
  });

  it('gives the same output for the same workbook', async () => {
    const a = await runReport({ workbook: sample, format: 'text' });
    const b = await runReport({ workbook: sample, format: 'text' });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('Performing well');
  });

  it('never prints a percentage as a fraction or a fraction as thousands', async () => {
    const r = await json(sample);
    expect(r.narrative.text).not.toMatch(/\b0\.\d+ per cent/);
    expect(r.narrative.text).not.toMatch(/\d{4,} per cent/);
  });

  it('reports on an earlier period when asked', async () => {
    const r = await runReport({ workbook: sample, format: 'json', period: 'Q1 2021/22' });
    expect(JSON.parse(r.stdout).period).toBe('Q1 2021/22');
  });

  it.each([
    ['test/fixtures/not-a-workbook.xlsx', /not an? .*xlsx|not a workbook|is not/i],
    ['test/fixtures/encrypted.xlsx', /password-protected|encrypted/i],
    ['test/fixtures/empty.xlsx', /No indicator table was found|empty/i],
    ['test/fixtures/does-not-exist.xlsx', /not found|does not exist|cannot find/i],
  ])('gives one clear message and a non-zero exit for %s', async (file, message) => {
    const r = await runReport({ workbook: file, format: 'json' });
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(message);
    expect(r.stderr[0]).not.toMatch(/\n\s+at /);
  });

  it('says first that a sheet of months down and measures across is turned round, then that no table was found', async () => {
    // no-table.xlsx: prose on 'Notes', and on 'Chart data' months April to September 2021 down column A
    // under 'Contacts received' and 'Referrals': a table turned the other way round, which is not read.
    const r = await runReport({ workbook: 'test/fixtures/no-table.xlsx', format: 'json' });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual([
      "warning: Chart data!A2:A7: the periods run down column A (April 2021 to September 2021) with the indicators across row 1 ('Contacts received', 'Referrals'), so nothing on the sheet is read: indicators are read one to a row, with the periods across. Copy the table and paste it into a new sheet with Paste Special and Transpose, then run again.",
      expect.stringMatching(
        /^error: No indicator table was found in test\/fixtures\/no-table\.xlsx \(sheets 'Notes', 'Chart data'\)/,
      ),
    ]);
  });

  it("takes ragSource from --config: the narrative follows the sheet's own RAG, the ratings and warnings stay ours", async () => {
    const config = join(outDir, 'rag-source.json');
    writeFileSync(config, JSON.stringify({ ragSource: 'sheet' }));
    const out = join(outDir, 'rag-source.xlsx');
    const r = await json('test/fixtures/sheet-rag.xlsx', { configFile: config, out });
    expect(r.settings.ragSource).toBe('sheet');
    // The Narrative sheet counts as its text does, by the sheet's ratings: CP04 Red (ours: Green). CP02's
    // Amber is ours too: no tolerance is stated, so the sheet's amber stands over the usual 5 %'s red.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const narrative = wb.getWorksheet('Narrative')!;
    expect([6, 7, 8, 9].map((row) => [narrative.getCell(`A${row}`).value, narrative.getCell(`B${row}`).value])).toEqual(
      [
        ['Green', 3],
        ['Amber', 2],
        ['Red', 2],
        ['No target', 1],
      ],
    );
    expect(r.summary).toMatchObject({ green: 4, amber: 2, red: 1 });
    expect(r.indicators.find((i) => i.id === 'CP04')).toMatchObject({
      rag: 'green',
      sheetRag: { rag: 'red', shown: 'Off target', cell: 'G7' },
    });
    expect(r.narrative.areasForFocus.map((i) => i.indicatorId)).toEqual(expect.arrayContaining(['CP04']));
    expect(r.narrative.performingWell.map((i) => i.indicatorId)).not.toContain('CP04');
    // The words follow the figures: 47 is below the target of 50, whatever colour the sheet gives it.
    const cp04 = r.narrative.areasForFocus.find((i) => i.indicatorId === 'CP04')!.text;
    expect(cp04).toContain('below the target of 50');
    expect(cp04).not.toContain('above the target');
    expect(r.warnings.filter((w) => w.code === 'rag-disagrees').map((w) => w.message)).toEqual([
      expect.stringMatching(/G7: .*; the narrative follows the sheet's rating\.$/),
    ]);
    expect(r.warnings.filter((w) => w.code === 'rag-band-from-sheet').map((w) => w.cell)).toEqual(['G5']);
    writeFileSync(config, JSON.stringify({ ragsource: 'sheet' }));
    const refused = await runReport({ workbook: 'test/fixtures/sheet-rag.xlsx', format: 'json', configFile: config });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr.join('\n')).toMatch(/ragsource.*did you mean 'ragSource'/);
  });

  it('names an unknown period and the periods there are', async () => {
    const r = await runReport({ workbook: sample, format: 'text', period: 'Q3 2030/31' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr[0]).toMatch(/Q3 2030\/31.*Q2 2021\/22/);
  });

  it('refuses to write over its input, and leaves the input untouched', async () => {
    const before = createHash('sha256').update(readFileSync(sample)).digest('hex');
    const r = await runReport({ workbook: sample, format: 'text', out: sample });
    expect(r.exitCode).toBe(2);
    await runReport({ workbook: sample, format: 'text', out: join(outDir, 'copy.xlsx') });
    expect(createHash('sha256').update(readFileSync(sample)).digest('hex')).toBe(before);
  });

  it('says which configuration reads an Excel table that has no column of indicator names, and that configuration reads it', async () => {
    const file = join(outDir, 'unnamed.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Care').addTable({
      name: 'tblCare',
      ref: 'A1',
      headerRow: true,
      columns: [{ name: 'Area' }, { name: 'Target' }, { name: 'Q2 2021/22' }, { name: 'Good is' }],
      rows: [['Adoption within 14 months (%)', 60, 50, 'Higher']],
    });
    await wb.xlsx.writeFile(file);
    const refused = await runReport({ workbook: file, format: 'text' });
    expect(refused.exitCode).toBe(2);
    const suggested = /for example (\{.*\})\.$/.exec(refused.stderr[0]);
    expect(refused.stderr[0]).toMatch(
      /^error: No indicator table could be read in .*unnamed\.xlsx\. The Excel table 'tblCare' on the sheet 'Care' \(header row 1, A1:D1\) has no column of indicator names/,
    );
    expect(JSON.parse(suggested![1])).toEqual({ tables: [{ sheet: 'tblCare', columns: { A: 'name' } }] });
    const config = join(outDir, 'unnamed.json');
    writeFileSync(config, suggested![1]);
    const read = await json(file, { configFile: config });
    expect(read.indicators.map((i) => [i.name, i.rag])).toEqual([['Adoption within 14 months (%)', 'red']]);
  });
});
