/**
 * Workbooks as real writers lay them out, which the annotated copy used to mishandle: each built
 * here from the small scorecard by editing its parts as that writer would, then annotated by the
 * CLI. What a person would check: the copy opens (well-formed, in schema order), it is an edit of
 * the input (not a rebuild that loses things), and the colours and labels are right.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runReport, type ReportResult } from '../../../src/cli/runReport';
import { RAG_MARKER } from '../../../src/core/rating/formatPlan';
import type { ReportJson } from '../../../src/core/report/toJson';
import { MAX_CELL_CHARS, MAX_ROW_HEIGHT, narrativeLayout } from '../../../src/core/annotate';
import { evaluateLabels, evaluateRagRules } from '../../helpers/ragCheck';
import {
  hasXmllint,
  inconsistencies,
  partsOf,
  schemaFailures,
  storedParts,
  xmlError,
} from '../../helpers/realWorkbooks';
import { buildScorecard, tempDir } from '../scorecardFixture';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What a person rates Q2 in the small scorecard (see scorecardFixture.ts), by cell. */
const EXPECTED: Record<string, 'green' | 'amber' | 'red' | null> = {
  G4: 'green',
  G5: 'amber',
  G6: 'red',
  G7: 'green',
  G9: null,
  G10: null,
  G11: 'amber',
  G12: 'red',
};
const EXPECTED_LABELS: Record<string, string> = {
  H4: 'Green',
  H5: 'Amber',
  H6: 'Red',
  H7: 'Green',
  H9: 'No data',
  H11: 'Amber',
  H12: 'Red',
};

let n = 0;
/** The small scorecard with `edit` applied to its parts (name → new text, or null to delete). */
async function variant(edit: (zip: JSZip) => Promise<void>, wb = buildScorecard()): Promise<string> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await edit(zip);
  const file = path.join(dir, `case-${++n}.xlsx`);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const read = (zip: JSZip, name: string) => zip.file(name)!.async('string');

async function annotate(
  input: string,
  out = path.join(dir, `out-${++n}.xlsx`),
): Promise<{ out: string; r: ReportResult; report: ReportJson }> {
  const r = await runReport({ workbook: input, format: 'json', out });
  expect([r.exitCode, r.stderr.filter((l) => l.startsWith('error'))]).toEqual([0, []]);
  return { out, r, report: JSON.parse(r.stdout) as ReportJson };
}

const rebuilt = (r: ReportResult) => r.stderr.some((l) => l.includes('rebuilt rather than edited in place'));

/** Every XML part well-formed, the package consistent, and (where xmllint is here) every part the input had valid still valid. */
async function expectSound(input: string, out: string): Promise<void> {
  const after = await partsOf(await fs.readFile(out));
  for (const [name, bytes] of after)
    if (/\.(xml|rels)$/.test(name)) expect([name, xmlError(bytes.toString('utf8'))]).toEqual([name, null]);
  expect(inconsistencies(after)).toEqual([]);
  if (!hasXmllint()) return;
  const text = (m: Map<string, Buffer>) =>
    new Map([...m].filter(([k]) => /\.(xml|rels)$/.test(k)).map(([k, v]) => [k, v.toString('utf8')]));
  const was = await schemaFailures(text(await partsOf(await fs.readFile(input))));
  const now = await schemaFailures(text(after));
  expect([...now].filter(([name]) => !was.has(name))).toEqual([]);
}

async function expectColours(out: string): Promise<void> {
  const colours = await evaluateRagRules(out, RAG_MARKER);
  for (const [cell, rag] of Object.entries(EXPECTED))
    expect([cell, colours.get(`Scorecard!${cell}`) ?? null]).toEqual([cell, rag]);
  const labels = await evaluateLabels(out, RAG_MARKER);
  for (const [cell, label] of Object.entries(EXPECTED_LABELS))
    expect([cell, labels.get(`Scorecard!${cell}`)]).toEqual([cell, label]);
}

/** The scorecard as Excel saves a sheet without rules of its own (so ours are the first). */
function plainScorecard(): ExcelJS.Workbook {
  const wb = buildScorecard();
  (wb.getWorksheet('Scorecard') as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
  return wb;
}

/** Every element of a part given the prefix `x`, as the Open XML SDK and ClosedXML write it. */
function prefixed(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, (_m: string, slash: string, name: string) => `<${slash}x:${name}`)
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

describe('1. a workbook written by openpyxl (the relationships namespace declared on each sheet)', () => {
  it('is patched, and the new sheet declares the prefix it uses', async () => {
    const input = await variant(async (zip) => {
      const book = await read(zip, 'xl/workbook.xml');
      zip.file(
        'xl/workbook.xml',
        book.replace(` xmlns:r="${REL}"`, '').replace(/<sheet /g, `<sheet xmlns:r="${REL}" `),
      );
    });
    const { out, r } = await annotate(input);
    expect(rebuilt(r)).toBe(false);
    await expectSound(input, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative']);
    await expectColours(out);
  });
});

describe('2. a sheet with a custom view', () => {
  it('gets our rules at the sheet’s own place in the schema order, not inside the view', async () => {
    const input = await variant(async (zip) => {
      const sheet = await read(zip, 'xl/worksheets/sheet1.xml');
      const view =
        '<customSheetViews><customSheetView guid="{5A8F1D2B-1C3E-4F5A-9B7C-2D4E6F8A0B1C}" scale="90"><selection activeCell="A1" sqref="A1"/><pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0.3" footer="0.3"/><pageSetup orientation="landscape"/></customSheetView></customSheetViews>';
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('<pageMargins', `${view}<pageMargins`));
    }, plainScorecard());
    const { out, r } = await annotate(input);
    expect(rebuilt(r)).toBe(false);
    await expectSound(input, out);
    const sheet = await read(await JSZip.loadAsync(await fs.readFile(out)), 'xl/worksheets/sheet1.xml');
    const view = sheet.indexOf('</customSheetViews>');
    const rules = sheet.indexOf('<conditionalFormatting');
    expect(view).toBeGreaterThan(0);
    expect(rules).toBeGreaterThan(view);
    expect(rules).toBeLessThan(sheet.lastIndexOf('<pageMargins'));
    await expectColours(out);
  });
});

describe('3. workbooks the patch used to hand to a rebuild', () => {
  it('a Narrative sheet the officer moved before the scorecard is replaced where it stood in the list, and the copy is patched', async () => {
    const first = await annotate(await variant(async () => undefined));
    const zip = await JSZip.loadAsync(await fs.readFile(first.out));
    const book = await read(zip, 'xl/workbook.xml');
    const [, a, b] = /<sheets>(<sheet [^>]*\/>)(<sheet [^>]*\/>)<\/sheets>/.exec(book)!;
    zip.file(
      'xl/workbook.xml',
      book
        .replace(`${a}${b}`, `${b}${a}`)
        .replace('localSheetId="1"', 'localSheetId="0"')
        .replace('activeTab="0"', 'activeTab="1"'),
    );
    const moved = path.join(dir, 'moved.xlsx');
    await fs.writeFile(moved, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const { out, r } = await annotate(moved);
    expect(rebuilt(r)).toBe(false);
    await expectSound(moved, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Narrative']);
    const after = await read(await JSZip.loadAsync(await fs.readFile(out)), 'xl/workbook.xml');
    expect(after.match(/_ScorecardNarrative/g)).toHaveLength(1);
    expect(after).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1">'Narrative'!/);
    await expectColours(out);
  });

  it('a sheet list written with end tags, a minimal styles part and a sheet listed without a part are patched', async () => {
    const input = await variant(async (zip) => {
      const book = await read(zip, 'xl/workbook.xml');
      zip.file(
        'xl/workbook.xml',
        book
          .replace(/<sheet ([^>]*)\/>/g, '<sheet $1></sheet>')
          .replace('</sheets>', '<sheet name="Lost" sheetId="9" r:id="rId99"></sheet></sheets>'),
      );
      zip.file(
        'xl/styles.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
      );
      const sheet = await read(zip, 'xl/worksheets/sheet1.xml');
      zip.file('xl/worksheets/sheet1.xml', sheet.replace(/ s="\d+"/g, ''));
    }, plainScorecard());
    const { out, r } = await annotate(input);
    expect(rebuilt(r)).toBe(false);
    const after = await JSZip.loadAsync(await fs.readFile(out));
    const styles = await read(after, 'xl/styles.xml');
    for (const part of ['<fonts', '<fills', '<borders', '<cellXfs', '<dxfs']) expect(styles).toContain(part);
    expect(await read(after, 'xl/workbook.xml')).toContain('<sheet name="Lost" sheetId="9" r:id="rId99"></sheet>');
    for (const [name, bytes] of await partsOf(await fs.readFile(out)))
      if (/\.(xml|rels)$/.test(name)) expect([name, xmlError(bytes.toString('utf8'))]).toEqual([name, null]);
    await expectColours(out);
  });

  it('where a rebuild cannot be avoided, the warning names everything it loses', async () => {
    // Our labels saved by Excel as one shared formula that also reaches a row given no label (the
    // section heading on row 8): the patch cannot take the formula from under that cell, so the copy is rebuilt.
    const first = await annotate(await variant(async () => undefined, plainScorecard()));
    const zip = await JSZip.loadAsync(await fs.readFile(first.out));
    {
      const shared = (await read(zip, 'xl/worksheets/sheet1.xml'))
        .replace(/(<c r="H4"[^>]*>)<f>/, '$1<f t="shared" ref="H4:H8" si="0">')
        .replace(/(<c r="H[567]"[^>]*>)<f>[^<]*<\/f>/g, '$1<f t="shared" si="0"/>')
        .replace(
          /(<row r="8"[^>]*>[\s\S]*?)<\/row>/,
          '$1<c r="H8" t="str"><f t="shared" si="0"/><v>No data</v></c></row>',
        );
      zip.file(
        'xl/worksheets/sheet1.xml',
        shared
          .replace(/<sheetFormatPr\b[^>]*>/, '<sheetFormatPr baseColWidth="10"/>')
          .replace(
            '</worksheet>',
            '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Scorecard!F4:G4</xm:f><xm:sqref>I4</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>',
          ),
      );
      const book = await read(zip, 'xl/workbook.xml');
      zip.file(
        'xl/workbook.xml',
        book.replace(/<definedNames>|<calcPr/, (m) =>
          m === '<definedNames>'
            ? '<definedNames><definedName name="Rate">Scorecard!$G$4/100</definedName>'
            : `<definedNames><definedName name="Rate">Scorecard!$G$4/100</definedName></definedNames><calcPr`,
        ),
      );
      zip.file(
        'docProps/custom.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Owner"><vt:lpwstr>Performance team</vt:lpwstr></property></Properties>',
      );
      // No theme, and a sheet format without its row height, as some writers save them.
      zip.remove('xl/theme/theme1.xml');
      const bookRels = await read(zip, 'xl/_rels/workbook.xml.rels');
      zip.file('xl/_rels/workbook.xml.rels', bookRels.replace(/<Relationship [^>]*theme1\.xml"\/>/, ''));
      const types = await read(zip, '[Content_Types].xml');
      zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/, ''));
      const styles = await read(zip, 'xl/styles.xml');
      zip.file(
        'xl/styles.xml',
        styles.replace(
          /<cellStyles[\s\S]*?<\/cellStyles>/,
          '<cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Committee figure" xfId="0"/></cellStyles>',
        ),
      );
    }
    // And the officer renamed the Narrative sheet of that run (Excel moves our name with it) and retyped its title.
    const named = await read(zip, 'xl/workbook.xml');
    zip.file(
      'xl/workbook.xml',
      named.replace('name="Narrative"', 'name="Q2 draft"').replace(/'Narrative'!/g, "'Q2 draft'!"),
    );
    const narrativeXml = await read(zip, 'xl/worksheets/sheet2.xml');
    expect(narrativeXml).toContain('>Scorecard narrative<');
    zip.file(
      'xl/worksheets/sheet2.xml',
      narrativeXml.replace('>Scorecard narrative<', '>Q2: checked by the head of service<'),
    );
    const input = path.join(dir, 'shared-labels.xlsx');
    await fs.writeFile(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const { r, out } = await annotate(input);
    expect(rebuilt(r)).toBe(true);
    const warning = r.stderr.find((l) => l.includes('rebuilt'))!;
    for (const lost of ['sparklines', "defined names ('Rate')", 'custom document properties', 'named cell styles'])
      expect(warning).toContain(lost);
    // The officer's sheet is kept, saying so, as in a patched copy; the draft goes to a new sheet.
    expect(r.stderr).toContain(
      "warning: The sheet 'Q2 draft' has been changed since it was drafted, so it was left as it is; the new draft is on the sheet 'Narrative'.",
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => [w.name, w.getCell('A1').value])).toEqual([
      ['Scorecard', 'Northmoor Council: Children’s Services scorecard'],
      ['Q2 draft', 'Q2: checked by the head of service'],
      ['Narrative', 'Scorecard narrative'],
    ]);

    // 8. The rebuilt copy itself: no relationship to a part that is not there, a row height in every sheet format, and styles that stop growing.
    const parts = await partsOf(await fs.readFile(out));
    expect(inconsistencies(parts)).toEqual([]);
    for (const [name, bytes] of parts) {
      const format = /<sheetFormatPr\b[^>]*>/.exec(bytes.toString('utf8'))?.[0];
      if (format) expect([name, /defaultRowHeight="/.test(format)]).toEqual([name, true]);
    }
    await expectColours(out);
    // Run again on the rebuilt copy and on each copy after: edited in place, no sheet and no format added.
    const styles = [parts.get('xl/styles.xml')!.toString('utf8')];
    let from = out;
    for (let i = 0; i < 5; i++) {
      const again = await annotate(from);
      expect(rebuilt(again.r)).toBe(false);
      expect(again.r.stderr.filter((l) => l.includes('Narrative'))).toEqual([]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(again.out);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Q2 draft', 'Narrative']);
      styles.push((await partsOf(await fs.readFile(again.out))).get('xl/styles.xml')!.toString('utf8'));
      from = again.out;
    }
    for (const later of styles.slice(1)) expect(later).toBe(styles[0]);
  });
});

describe('4. valid workbooks exceljs cannot read as they stand', () => {
  it('SpreadsheetML written with an x: prefix is read and patched, the prefix’s parts still valid', async () => {
    const input = await variant(async (zip) => {
      for (const name of ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']) {
        const f = zip.file(name);
        if (f) zip.file(name, `\ufeff${prefixed(await f.async('string'))}`);
      }
    });
    const { out, r, report } = await annotate(input);
    expect(rebuilt(r)).toBe(false);
    expect(report.indicators.filter((i) => i.cell).map((i) => [i.cell, i.rag === 'none' ? null : i.rag])).toEqual(
      Object.entries(EXPECTED),
    );
    await expectSound(input, out);
    await expectColours(out);
  });

  it('a table filtered by colour, icon, top 10 and date, with a calculated column that is not the last, is read', async () => {
    const wb = plainScorecard();
    const ws = wb.getWorksheet('Scorecard')!;
    ws.addTable({
      name: 'Extra',
      ref: 'J3',
      headerRow: true,
      columns: [{ name: 'Code' }, { name: 'Share' }, { name: 'Note' }, { name: 'When' }],
      rows: [
        ['A', 1, 'x', 45000],
        ['B', 2, 'y', 45100],
      ],
    });
    const input = await variant(async (zip) => {
      const table = Object.keys(zip.files).find((k) => /^xl\/tables\/.*\.xml$/.test(k))!;
      const xml = await read(zip, table);
      const edited = xml
        .replace(
          /<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/,
          '<autoFilter ref="$1"><filterColumn colId="0"><colorFilter dxfId="0"/></filterColumn><filterColumn colId="1"><top10 top="1" val="10"/></filterColumn><filterColumn colId="2"><iconFilter iconSet="3Arrows" iconId="1"/></filterColumn><filterColumn colId="3"><dynamicFilter type="thisMonth"/></filterColumn></autoFilter>',
        )
        .replace(
          /<tableColumn id="2" name="Share"[^>]*\/>/,
          '<tableColumn id="2" name="Share"><calculatedColumnFormula>Extra[[#This Row],[Code]]&amp;"!"</calculatedColumnFormula></tableColumn>',
        );
      expect(edited).toContain('<colorFilter');
      expect(edited).toContain('<calculatedColumnFormula>');
      zip.file(table, edited);
    }, wb);
    const { out, r } = await annotate(input);
    expect(rebuilt(r)).toBe(false);
    await expectColours(out);
  });
});

describe('5. a data validation over whole columns', () => {
  it('is not expanded cell by cell: the copy is written, the validation kept as it was', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A:Z"><formula1>"Higher,Lower"</formula1></dataValidation></dataValidations>';
    const input = await variant(async (zip) => {
      const sheet = await read(zip, 'xl/worksheets/sheet1.xml');
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('<pageMargins', `${validation}<pageMargins`));
    }, plainScorecard());
    const before = process.memoryUsage().rss;
    const { out, r } = await annotate(input);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    expect(rebuilt(r)).toBe(false);
    expect(await read(await JSZip.loadAsync(await fs.readFile(out)), 'xl/worksheets/sheet1.xml')).toContain(validation);
    await expectColours(out);
  });
});

describe('6. Excel’s limits on the Narrative sheet', () => {
  it('a summary longer than a cell holds runs on over rows, each within the limits, nothing lost', () => {
    const long = Array.from(
      { length: 1500 },
      (_, i) => `Indicator number ${i + 1} of the children’s services scorecard`,
    ).join(', ');
    expect(long.length).toBeGreaterThan(MAX_CELL_CHARS);
    const item = {
      indicatorId: null,
      section: null,
      rag: null,
      text: long,
      cells: [{ sheet: '', cell: 'A1', value: 1 }],
    };
    const ragSummary = { green: [], amber: [], red: [], unavailable: 0, annual: 0 };
    const narrative = {
      period: 'Q2 2021/22',
      style: 'committee',
      summary: [item],
      reds: [],
      ragSummary,
      performingWell: [],
      areasForFocus: [],
      context: [],
      noData: [],
      text: long,
    } as never;
    const rows = Array.from(narrativeLayout(narrative, { title: 'T', generated: 'G' }));
    const texts = rows.flatMap((r) =>
      r.cells.filter((c) => c.kind === 'text').map((c) => (c as { text: string }).text),
    );
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    for (const r of rows) expect(r.height ?? 0).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(texts.join(' ').replace(/\s+/g, ' ')).toContain(long.replace(/\s+/g, ' '));
    // A cited cell without a sheet gets no link that points nowhere.
    expect(rows.flatMap((r) => r.cells).filter((c) => c.kind === 'link')).toEqual([]);
  });
});

describe('7. a table with a name column but no figures', () => {
  it('is a problem with the input: exit 2, naming the sheet and row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Measures');
    ws.getRow(2).values = ['Indicator', 'Lead officer', 'Notes'];
    ws.getRow(3).values = ['Percentage of assessments completed within 45 days', 'J. Smith', 'Quarterly'];
    ws.getRow(4).values = ['Number of children in care', 'A. Khan', 'Monthly'];
    const input = path.join(dir, 'names-only.xlsx');
    await wb.xlsx.writeFile(input);
    const r = await runReport({ workbook: input, format: 'text' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.join('\n')).toMatch(/error: .*Measures/);
  });
});

describe('8 and 9. the copy of a copy, and the document’s list of sheets', () => {
  it('five runs on its own output give the labels, rules and styles of one', async () => {
    const input = await variant(async () => undefined);
    const runs: string[] = [];
    let from = input;
    for (let i = 0; i < 5; i++) {
      const runDir = path.join(dir, `run-${n}-${i}`);
      await fs.mkdir(runDir);
      const { out, r } = await annotate(from, path.join(runDir, 'scorecard.xlsx'));
      expect(rebuilt(r)).toBe(false);
      runs.push(out);
      from = out;
    }
    const first = await partsOf(await fs.readFile(runs[1]));
    const last = await partsOf(await fs.readFile(runs[4]));
    expect([...last.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, bytes] of last) expect([name, bytes.equals(first.get(name)!)]).toEqual([name, true]);
    const once = await fs.readFile(runs[0]);
    const sheetOnce = (await partsOf(once)).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const sheetFive = last.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheetFive.match(/<cfRule /g)).toHaveLength(sheetOnce.match(/<cfRule /g)!.length);
    expect(sheetFive.split(RAG_MARKER).length).toBe(sheetOnce.split(RAG_MARKER).length);
    expect(last.get('xl/styles.xml')!.equals((await partsOf(once)).get('xl/styles.xml')!)).toBe(true);
    await expectColours(runs[4]);
  });

  it('app.xml lists the Narrative sheet and counts it', async () => {
    const input = await variant(async (zip) => {
      zip.file(
        'docProps/app.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Scorecard</vt:lpstr><vt:lpstr>Scorecard!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>',
      );
    });
    const { out } = await annotate(input);
    const app = await read(await JSZip.loadAsync(await fs.readFile(out)), 'docProps/app.xml');
    expect(app).toContain(
      '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>',
    );
    expect(app).toContain(
      '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Scorecard</vt:lpstr><vt:lpstr>Narrative</vt:lpstr><vt:lpstr>Scorecard!Print_Area</vt:lpstr></vt:vector></TitlesOfParts>',
    );
  });
});

describe('10. our labels saved by Excel as one shared formula down the column', () => {
  /** The annotated scorecard with its labels on rows 4 to 7 saved as Excel saves a column of like formulas. */
  async function sharedLabels(): Promise<string> {
    const first = await annotate(await variant(async () => undefined));
    const zip = await JSZip.loadAsync(await fs.readFile(first.out));
    const sheet = await read(zip, 'xl/worksheets/sheet1.xml');
    const shared = sheet
      .replace(/(<c r="H4"[^>]*>)<f>/, '$1<f t="shared" ref="H4:H7" si="0">')
      .replace(/(<c r="H[567]"[^>]*>)<f>[^<]*<\/f>/g, '$1<f t="shared" si="0"/>');
    expect(shared.match(/t="shared"/g)).toHaveLength(4);
    zip.file('xl/worksheets/sheet1.xml', shared);
    // Under the name the runs write, so that the Narrative sheet's "drafted from" line is the same in each.
    const file = path.join(dir, `shared-${++n}`, 'scorecard.xlsx');
    await fs.mkdir(path.dirname(file));
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  }

  it('is patched, each label written once over the shared formula, and five more runs change nothing', async () => {
    const input = await sharedLabels();
    const runs: string[] = [];
    let from = input;
    for (let i = 0; i < 6; i++) {
      const runDir = path.join(dir, `shared-run-${n}-${i}`);
      await fs.mkdir(runDir);
      const { out, r } = await annotate(from, path.join(runDir, 'scorecard.xlsx'));
      expect(rebuilt(r)).toBe(false);
      runs.push(out);
      from = out;
    }
    await expectSound(input, runs[0]);
    await expectColours(runs[0]);
    const first = await partsOf(await fs.readFile(runs[0]));
    const sheet = first.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheet).not.toContain('t="shared"');
    for (const cell of ['H4', 'H5', 'H6', 'H7'])
      expect([cell, sheet.split(`<c r="${cell}"`).length - 1]).toEqual([cell, 1]);
    // The labels and their header, each once.
    expect(sheet.match(/<f>[^<]*scorecard-narrator:rag/g)).toHaveLength(Object.keys(EXPECTED_LABELS).length + 1);
    for (const later of runs.slice(1)) {
      const parts = await partsOf(await fs.readFile(later));
      expect([...parts].filter(([name, bytes]) => !bytes.equals(first.get(name)!)).map(([name]) => name)).toEqual([]);
    }
  });
});

describe('the package as the conventions allow it', () => {
  it('part names in another case than the relationships give them are found, and the copy patched', async () => {
    const input = await variant(async (zip) => {
      const sheet = await read(zip, 'xl/worksheets/sheet1.xml');
      zip.remove('xl/worksheets/sheet1.xml');
      zip.file('xl/worksheets/Sheet1.xml', sheet);
      const types = await read(zip, '[Content_Types].xml');
      zip.file('[Content_Types].xml', types.replace('/xl/worksheets/sheet1.xml', '/xl/worksheets/Sheet1.xml'));
    });
    const { out, r } = await annotate(input);
    expect(rebuilt(r)).toBe(false);
    const stored = storedParts(await fs.readFile(out));
    expect(stored.has('xl/worksheets/Sheet1.xml')).toBe(true);
    expect(stored.has('xl/worksheets/sheet1.xml')).toBe(false);
  });

  it('an output path that is a read-only file is not replaced', async () => {
    const input = await variant(async () => undefined);
    const out = path.join(dir, 'read-only.xlsx');
    await fs.writeFile(out, 'keep me');
    await fs.chmod(out, 0o444);
    const r = await runReport({ workbook: input, format: 'text', out });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.join('\n')).toContain('read-only');
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
  });
});
