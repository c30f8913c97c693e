import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runReport } from '../../../src/cli/runReport';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import { RAG_MARKER } from '../../../src/core/rating/formatPlan';
import { buildReport } from '../../../src/core/report/buildReport';
import type { ReportJson } from '../../../src/core/report/toJson';
import { patchCopy } from '../../../src/xlsx/patch/patchCopy';
import { readWorkbookGrids } from '../../../src/xlsx/read';
import { readZip } from '../../../src/xlsx/zipParts';
import { evaluateRagRules } from '../../helpers/ragCheck';
import { buildScorecard, tempDir } from '../scorecardFixture';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A bar chart of the Q2 column, drawn on the scorecard sheet: parts exceljs does not keep. */
async function withChart(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const sheet = await zip.file(sheetPath)!.async('string');
  zip.file(sheetPath, sheet.replace('</worksheet>', '<drawing r:id="rIdChart"/></worksheet>'));
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/drawings/drawing1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Q2 chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  );
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/charts/chart1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Q2 2021/22</c:v></c:tx><c:cat><c:strRef><c:f>Scorecard!$A$4:$A$7</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Scorecard!$G$4:$G$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_TYPE}"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function write(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

async function annotate(input: string, out: string): Promise<{ report: ReportJson; stderr: string[] }> {
  const r = await runReport({ workbook: input, format: 'json', out });
  expect(r.exitCode).toBe(0);
  return { report: JSON.parse(r.stdout) as ReportJson, stderr: r.stderr };
}

/** Whether the CLI's copy of `file` would be a patch of it (rather than rebuilt by exceljs). */
async function patches(file: string): Promise<boolean> {
  const { grids, bytes, facts } = await readWorkbookGrids(file);
  const report = buildReport(grids, DEFAULT_CONFIG);
  return (
    'packed' in
    (await patchCopy({
      input: bytes,
      read: { facts },
      plan: report.formatPlan,
      narrative: report.narrative,
      meta: { title: 'T', generated: 'G' },
    }))
  );
}

const stored = (bytes: Buffer) => new Map(readZip(bytes)!.map((p) => [p.name, p.data]));

describe('the annotated copy written as a patch of the input', () => {
  let input: string;
  let out: string;
  beforeAll(async () => {
    input = await write('chart.xlsx', await withChart(Buffer.from(await buildScorecard().xlsx.writeBuffer())));
    out = path.join(dir, 'chart-out.xlsx');
    await annotate(input, out);
  });

  it('is a patch for this workbook, not a rebuild', async () => {
    expect(await patches(input)).toBe(true);
  });

  it('copies every part it does not change byte for byte, a chart exceljs would drop among them', async () => {
    const before = stored(await fs.readFile(input));
    const after = stored(await fs.readFile(out));
    const changed = [
      'xl/worksheets/sheet1.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
      'docProps/app.xml',
    ];
    for (const [name, data] of before) {
      if (changed.includes(name)) continue;
      expect([name, after.get(name)?.equals(data)]).toEqual([name, true]);
    }
    expect(after.has('xl/charts/chart1.xml')).toBe(true);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<drawing r:id="rIdChart"/>');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_TYPE}"/>`,
    );
    // exceljs alone, reading and writing the same file, loses it.
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.readFile(input);
    expect(stored(Buffer.from(await plain.xlsx.writeBuffer())).has('xl/charts/chart1.xml')).toBe(false);
  });

  it('colours what the engine rated, in a spreadsheet engine that is not ours', async () => {
    const { report } = await annotate(input, path.join(dir, 'chart-out-2.xlsx'));
    const colours = await evaluateRagRules(out, RAG_MARKER);
    const rated = report.indicators.filter((i) => i.cell);
    expect(rated.length).toBeGreaterThan(4);
    for (const i of rated)
      expect([i.cell, colours.get(`${i.sheet}!${i.cell}`) ?? null]).toEqual([i.cell, i.rag === 'none' ? null : i.rag]);
  });

  it('gives a label beside a formatted number the same look without the number format', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Scorecard')!;
    const label = ws.getCell('H4');
    expect(label.formula).toContain(RAG_MARKER);
    expect(ws.getCell('G4').numFmt).toBe('0.0');
    expect(label.numFmt ?? 'General').toBe('General');
  });

  it('does not grow the styles, the rules or the sheets when run again on its own output', async () => {
    const again = path.join(dir, 'chart-again.xlsx');
    await annotate(out, again);
    const [a, b] = await Promise.all([
      JSZip.loadAsync(await fs.readFile(out)),
      JSZip.loadAsync(await fs.readFile(again)),
    ]);
    expect(await b.file('xl/styles.xml')!.async('string')).toBe(await a.file('xl/styles.xml')!.async('string'));
    const rules = async (z: JSZip) =>
      (await z.file('xl/worksheets/sheet1.xml')!.async('string')).match(/<cfRule /g)!.length;
    expect(await rules(b)).toBe(await rules(a));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative']);
    expect(stored(await fs.readFile(again)).has('xl/charts/chart1.xml')).toBe(true);
  });
});

/** The scorecard as Excel itself saves a workbook: views, hidden names, a calculation chain, no differential formats yet. */
async function asExcelSavesIt(): Promise<Buffer> {
  const wb = buildScorecard();
  (wb.getWorksheet('Scorecard') as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file(
    'xl/workbook.xml',
    book
      .replace(
        '<sheets>',
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Performance\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews><sheets>',
      )
      .replace(
        /<calcPr[^>]*\/>/,
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Scorecard!$A$3:$G$12</definedName></definedNames><calcPr calcId="191029"/>',
      ),
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId9" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
  );
  zip.file(
    'xl/calcChain.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F13" i="1"/></calcChain>',
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace(/<dxfs[\s\S]*?<\/dxfs>/, '<dxfs count="0"/>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a workbook as Excel saves it', () => {
  it('is edited in place: its views and names kept, its calculation chain left for Excel to rebuild, our formats added', async () => {
    const input = await write('excel-saved.xlsx', await asExcelSavesIt());
    expect(await patches(input)).toBe(true);
    const out = path.join(dir, 'excel-saved-out.xlsx');
    const { report } = await annotate(input, out);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toContain('<x15ac:absPath url="C:\\Performance\\"');
    expect(book).toContain('activeTab="0"');
    expect(book.match(/<definedNames>/g)).toHaveLength(1);
    expect(book).toMatch(
      /<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Scorecard!\$A\$3:\$G\$12<\/definedName><definedName name="_ScorecardNarrative" comment="sn1:[0-9a-f]{16}">'Narrative'!\$A\$1<\/definedName><definedName name="_xlnm.Print_Area" localSheetId="1">'Narrative'!\$A\$1:\$B\$\d+<\/definedName><\/definedNames><calcPr calcId="191029" fullCalcOnLoad="1"\/>/,
    );
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toMatch(/<dxfs count="3">(<dxf>[\s\S]*?<\/dxf>){3}<\/dxfs>/);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<row r="1" spans="1:1" x14ac:dyDescent="0.25">');
    const colours = await evaluateRagRules(out, RAG_MARKER);
    for (const i of report.indicators.filter((x) => x.cell))
      expect([i.cell, colours.get(`${i.sheet}!${i.cell}`) ?? null]).toEqual([i.cell, i.rag === 'none' ? null : i.rag]);
  });
});

describe('the Narrative sheet in a patched copy', () => {
  it('replaces its own sheet when the user has renamed it, and leaves a sheet of the user’s called Narrative alone', async () => {
    const wb = buildScorecard();
    wb.addWorksheet('Narrative').getCell('A1').value = 'My own notes';
    const input = await write('own-narrative.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const first = path.join(dir, 'own-1.xlsx');
    const { stderr } = await annotate(input, first);
    expect(stderr.join('\n')).toContain("the narrative is on the sheet 'Narrative (Scorecard)'");
    // Renamed in Excel: the sheet and the defined name that marks it change together.
    const zip = await JSZip.loadAsync(await fs.readFile(first));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', book.replace(/Narrative \(Scorecard\)/g, 'Q2 draft'));
    const renamed = await write(
      'own-renamed.xlsx',
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    expect(await patches(renamed)).toBe(true);
    const second = path.join(dir, 'own-2.xlsx');
    await annotate(renamed, second);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(second);
    expect(out.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative', 'Narrative (Scorecard)']);
    expect(out.getWorksheet('Narrative')!.getCell('A1').value).toBe('My own notes');
    expect(out.getWorksheet('Narrative (Scorecard)')!.getCell('A1').value).toBe('Scorecard narrative');
    expect(out.definedNames.getRanges('_ScorecardNarrative').ranges).toEqual(["'Narrative (Scorecard)'!$A$1"]);
  });

  it('shows its counts as numbers in a workbook whose first cell format is a date, and knows its own sheet again', async () => {
    // A cell without a style has the first cell format (ECMA-376 Part 1, §18.3.1.4): here a date,
    // under which a count of 2 would show as 02-01-00.
    const zip = await JSZip.loadAsync(await buildScorecard().xlsx.writeBuffer());
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const dated = styles.replace(/(<cellXfs[^>]*>\s*<xf\b[^>]*?)numFmtId="0"/, '$1numFmtId="14"');
    expect(dated).not.toBe(styles);
    zip.file('xl/styles.xml', dated);
    const input = await write('first-format-date.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    const first = path.join(dir, 'first-format-date-1.xlsx');
    const { report } = await annotate(input, first);
    const { grids } = await readWorkbookGrids(first);
    const narrative = grids.find((g) => g.name === 'Narrative')!;
    const counts = narrative.values.flatMap((row, r) =>
      row.flatMap((v, c) => (typeof v === 'number' ? [[v, narrative.formats?.[r]?.[c] ?? null]] : [])),
    );
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.reduce((n, [v]) => n + (v as number), 0)).toBe(report.indicators.length);
    expect(counts.every(([, format]) => format === null)).toBe(true);
    // Run again on its own copy: the Narrative sheet is recognised as ours and rewritten, not kept as edited.
    const second = path.join(dir, 'first-format-date-2.xlsx');
    const again = await annotate(first, second);
    expect(again.stderr.join('\n')).not.toMatch(/changed since it was drafted/);
    expect((await readWorkbookGrids(second)).grids.map((g) => g.name)).toEqual(grids.map((g) => g.name));
  });

  it('writes its text as text, links its citations and sizes its rows', async () => {
    const book = buildScorecard();
    // A name that looks like a formula must stay words on the Narrative sheet.
    book.getWorksheet('Scorecard')!.getCell('B4').value = '=1+1 assessments completed within 45 working days (%)';
    const input = await write('links.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const out = path.join(dir, 'links-out.xlsx');
    await annotate(input, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Narrative')!;
    const texts: string[] = [];
    const links: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) links.push(cell.formula);
        else if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    expect(texts).toEqual(expect.arrayContaining(['Scorecard narrative', 'Performing well', 'Areas for focus']));
    expect(texts.some((t) => t.includes('=1+1 assessments'))).toBe(true);
    ws.getColumn(1).eachCell((cell) =>
      expect([cell.address, cell.type]).toEqual([cell.address, ExcelJS.ValueType.String]),
    );
    expect(links.length).toBeGreaterThan(3);
    for (const f of links) expect(f).toMatch(/^HYPERLINK\("#'Scorecard'![A-Z]+\d+","Scorecard![A-Z]+\d+"\)$/);
    expect(ws.getColumn(1).width).toBe(100);
    expect([...Array(ws.rowCount).keys()].some((r) => (ws.getRow(r + 1).height ?? 0) > 15)).toBe(true);
  });
});

describe('our Narrative sheet moved by the officer', () => {
  it('is replaced by the patch where the list had it, a chart exceljs would drop kept, with the same colours', async () => {
    const input = await write('moved.xlsx', await withChart(Buffer.from(await buildScorecard().xlsx.writeBuffer())));
    const first = path.join(dir, 'moved-1.xlsx');
    await annotate(input, first);
    const zip = await JSZip.loadAsync(await fs.readFile(first));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const sheets = /<sheets>(<sheet [^>]*\/>)(<sheet [^>]*\/>)<\/sheets>/.exec(book)!;
    zip.file(
      'xl/workbook.xml',
      book
        .replace(sheets[0], `<sheets>${sheets[2]}${sheets[1]}</sheets>`)
        .replace('localSheetId="1"', 'localSheetId="0"'),
    );
    const moved = await write('moved-2.xlsx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await patches(moved)).toBe(true);
    const out = path.join(dir, 'moved-out.xlsx');
    const { report, stderr } = await annotate(moved, out);
    expect(stderr.filter((l) => l.includes('rebuilt'))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative']);
    expect(stored(await fs.readFile(out)).has('xl/charts/chart1.xml')).toBe(true);
    const colours = await evaluateRagRules(out, RAG_MARKER);
    for (const i of report.indicators.filter((x) => x.cell))
      expect(colours.get(`${i.sheet}!${i.cell}`) ?? null).toBe(i.rag === 'none' ? null : i.rag);
  });
});
