import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Narrative, NarrativeItem } from '../../src/core/narrative/types';
import { saveCopy, writeNarrativeSheet } from '../../src/xlsx/writeAnnotated';
import { buildScorecard, tempDir } from './scorecardFixture';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const item = (
  id: string | null,
  rag: NarrativeItem['rag'],
  text: string,
  cells: [string, number | string][],
  section: string | null = null,
): NarrativeItem => ({
  indicatorId: id,
  section,
  rag,
  text,
  cells: cells.map(([cell, value]) => ({ sheet: 'Scorecard', cell, value })),
});

const NASTY = '=HYPERLINK("http://example.org","click")';

const narrative: Narrative = {
  period: 'Q2 2021/22',
  style: 'committee',
  summary: [item(null, null, 'Of the 6 indicators rated, 2 are green, 2 amber and 2 red; 2 have no data.', [])],
  reds: [
    item('CS03', 'red', 'Plans reviewed on time (CS03): 80 per cent against a target of 90 per cent.', [
      ['G6', 80],
      ['E6', 90],
    ]),
  ],
  ragSummary: {
    green: ['Assessments completed within 45 working days', NASTY],
    amber: ['Visits within timescale', 'Health assessments on time'],
    red: ['Plans reviewed on time', 'Dental checks'],
    unavailable: 1,
    annual: 0,
    notDue: 0,
  },
  performingWell: [
    item(
      'CS01',
      'green',
      'Assessments completed within 45 working days rose to 92.0 per cent, above the target of 90 per cent.',
      [
        ['G4', 92],
        ['E4', 90],
        ['G4', 92],
      ],
      'Front Door',
    ),
    item('CS04', 'green', `${NASTY} met its target of 90 per cent.`, [['G7', 90]], 'Front Door'),
  ],
  areasForFocus: [
    item(
      'CS02',
      'amber',
      'Visits within timescale were 87.0 per cent, just below the target of 90 per cent.',
      [['G5', 87]],
      'Front Door',
    ),
    item('CS07', 'amber', 'Health assessments on time were 86.0 per cent.', [['G11', 86]], 'Children in care'),
    item('CS03', 'red', 'Plans reviewed on time fell to 80.0 per cent.', [['G6', 80]], 'Front Door'),
    item('CS08', 'red', 'Dental checks were 85.4 per cent.', [['G12', 85.4]], 'Children in care'),
  ],
  context: [],
  noData: [
    item('CS05', 'none', 'Placement stability: data not available for Q2 2021/22.', [['G9', 'n/a']]),
    item('CS06', 'none', 'Children seen alone has no target.', []),
  ],
  text: '',
};

const meta = {
  title: 'Northmoor Council: Children’s Services scorecard',
  generated: 'Drafted on 3 March 2025 from scorecard.xlsx',
};

async function reread(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

/** Column A of a sheet, top to bottom, blanks left out. */
const columnA = (ws: ExcelJS.Worksheet) =>
  (ws.getColumn(1).values as unknown[]).filter((v) => v !== undefined && v !== null);

describe('writeNarrativeSheet', () => {
  it('writes heading, period, counts and the sections in order, each item a row of plain text', async () => {
    const wb = buildScorecard();
    expect(writeNarrativeSheet(wb, narrative, meta, null).issues).toEqual([]);
    const ws = (await reread(wb, 'order.xlsx')).getWorksheet('Narrative')!;
    expect(columnA(ws)).toEqual([
      meta.title,
      'Period: Q2 2021/22',
      meta.generated,
      'Indicators by rating',
      'Green',
      'Amber',
      'Red',
      'No target',
      'No data',
      'Summary',
      narrative.summary[0].text,
      'Red indicators',
      narrative.reds[0].text,
      'RAG summary',
      `Green (2): Assessments completed within 45 working days; ${NASTY}`,
      'Amber (2): Visits within timescale; Health assessments on time',
      'Red (2): Plans reviewed on time; Dental checks',
      'Data currently unavailable: 1',
      'Performing well',
      'Front Door',
      narrative.performingWell[0].text,
      narrative.performingWell[1].text,
      'Areas for focus',
      'Front Door',
      narrative.areasForFocus[0].text,
      'Children in care',
      narrative.areasForFocus[1].text,
      'Front Door',
      narrative.areasForFocus[2].text,
      'Children in care',
      narrative.areasForFocus[3].text,
      'Context measures',
      'None this period.',
      'Data not available',
      narrative.noData[0].text,
      narrative.noData[1].text,
    ]);
    const counts = [6, 7, 8, 9, 10].map((r) => ws.getCell(r, 2).value);
    expect(counts).toEqual([2, 2, 2, 0, 2]);
  });

  it("keeps every cell within Excel's 32,767 characters: a RAG summary of thousands of names runs on below", async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Indicator number ${i + 1} of the very large scorecard`);
    const big: Narrative = { ...narrative, ragSummary: { ...narrative.ragSummary, green: names } };
    const wb = buildScorecard();
    writeNarrativeSheet(wb, big, meta, null);
    const texts = columnA(wb.getWorksheet('Narrative')!).filter((v): v is string => typeof v === 'string');
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32767);
    const green = texts.filter((t) => t.startsWith('Green (3,000): ') || t.startsWith('Indicator number '));
    expect(green.length).toBeGreaterThan(1);
    expect(green.join(' ').replace('Green (3,000): ', '').split('; ')).toEqual(names);
  });

  it('keeps text that looks like a formula as text, stored as a shared string', async () => {
    const wb = buildScorecard();
    writeNarrativeSheet(wb, narrative, meta, null);
    const file = path.join(dir, 'strings.xlsx');
    await wb.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const ws = back.getWorksheet('Narrative')!;
    const cell = ws.getColumn(1).values.findIndex((v) => typeof v === 'string' && v.startsWith(NASTY));
    expect(ws.getCell(cell, 1).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(cell, 1).value).toBe(narrative.performingWell[1].text);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const sheetXml = await zip.file(`xl/worksheets/sheet${ws.id}.xml`)!.async('string');
    expect(sheetXml).toMatch(new RegExp(`<c r="A${cell}"[^>]*t="s"`));
    expect(sheetXml).not.toContain('example.org');
  });

  it('links each cited cell once, to the cell itself', async () => {
    const wb = buildScorecard();
    writeNarrativeSheet(wb, narrative, meta, null);
    const ws = (await reread(wb, 'links.xlsx')).getWorksheet('Narrative')!;
    const row = (ws.getColumn(1).values as unknown[]).indexOf(narrative.performingWell[0].text);
    expect([ws.getCell(row, 2).result, ws.getCell(row, 3).result, ws.getCell(row, 4).value]).toEqual([
      'Scorecard!G4',
      'Scorecard!E4',
      null,
    ]);
    expect(ws.getCell(row, 2).formula).toBe('HYPERLINK("#\'Scorecard\'!G4","Scorecard!G4")');
  });

  it("replaces its own sheet on a re-run, and leaves a user's sheet called Narrative alone", async () => {
    const wb = buildScorecard();
    const theirs = wb.addWorksheet('Narrative');
    theirs.getCell('A1').value = 'My own notes';
    const { issues, fingerprint } = writeNarrativeSheet(wb, narrative, meta, null);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'narrative-sheet-renamed', sheet: 'Narrative (Scorecard)' }),
    ]);
    const again = await reread(wb, 'rerun-1.xlsx');
    writeNarrativeSheet(again, { ...narrative, period: 'Q3 2021/22' }, meta, fingerprint);
    const third = await reread(again, 'rerun-2.xlsx');
    expect(third.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative', 'Narrative (Scorecard)']);
    expect(third.getWorksheet('Narrative')!.getCell('A1').value).toBe('My own notes');
    expect(third.getWorksheet('Narrative (Scorecard)')!.getCell('A2').value).toBe('Period: Q3 2021/22');
  });

  it('finds its sheet again after the user renames it in Excel (which updates the defined name)', async () => {
    const wb = buildScorecard();
    const { fingerprint } = writeNarrativeSheet(wb, narrative, meta, null);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const renamed = book
      .replace('name="Narrative"', 'name="Q2 draft"')
      .replace(/>(&apos;)?Narrative(&apos;)?!\$A\$1</, () => '>&apos;Q2 draft&apos;!$A$1<');
    expect(renamed).toContain('Q2 draft&apos;!$A$1');
    zip.file('xl/workbook.xml', renamed);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await zip.generateAsync({ type: 'arraybuffer' }));
    expect(again.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Q2 draft']);
    writeNarrativeSheet(again, narrative, meta, fingerprint);
    expect((await reread(again, 'renamed.xlsx')).worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative']);
  });

  it('leaves its earlier sheet that the officer renamed and changed, or that no fingerprint vouches for, and drafts on a new one, saying so', async () => {
    const wb = buildScorecard();
    const { fingerprint } = writeNarrativeSheet(wb, narrative, meta, null);
    // Renamed in Excel (the sheet and our name together), then its title retyped.
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const book = await zip.file('xl/workbook.xml')!.async('string');
    zip.file(
      'xl/workbook.xml',
      book
        .replace('name="Narrative"', 'name="Q2 draft"')
        .replace(/>(&apos;)?Narrative(&apos;)?!\$A\$1</, () => '>&apos;Q2 draft&apos;!$A$1<'),
    );
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(await zip.generateAsync({ type: 'arraybuffer' }));
    edited.getWorksheet('Q2 draft')!.getCell('A1').value = 'Q2: checked by the head of service';
    const { issues } = writeNarrativeSheet(edited, narrative, meta, fingerprint);
    expect(issues).toEqual([expect.objectContaining({ code: 'narrative-sheet-edited', sheet: 'Narrative' })]);
    const out = await reread(edited, 'edited-out.xlsx');
    expect(out.worksheets.map((w) => [w.name, w.getCell('A1').value])).toEqual([
      ['Scorecard', 'Northmoor Council: Children’s Services scorecard'],
      ['Q2 draft', 'Q2: checked by the head of service'],
      ['Narrative', meta.title],
    ]);
    // A sheet of ours from a copy that kept no fingerprint: not known to be as written, so kept too.
    const unvouched = await reread(wb, 'unvouched.xlsx');
    expect(writeNarrativeSheet(unvouched, narrative, meta, null).issues).toEqual([
      expect.objectContaining({ code: 'narrative-sheet-edited', sheet: 'Narrative (Scorecard)' }),
    ]);
    expect(unvouched.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative', 'Narrative (Scorecard)']);
  });
});

describe('saveCopy with the narrative', () => {
  it('saves the annotated workbook beside the input, leaving the input as it was', async () => {
    const input = path.join(dir, 'input.xlsx');
    await buildScorecard().xlsx.writeFile(input);
    const original = await fs.readFile(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    writeNarrativeSheet(wb, narrative, meta, null);
    await saveCopy(wb, input, path.join(dir, 'input.annotated.xlsx'));
    expect(await fs.readFile(input)).toEqual(original);
  });
});
