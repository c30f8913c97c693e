/**
 * The corpus of real workbooks (test/fixtures/real, with their sources in its README): each given a
 * small indicator table by editing its first worksheet's XML only, then annotated by the CLI. Every
 * copy must be an edit of its input — well-formed, valid against the SpreadsheetML schemas wherever
 * the input is, every part it did not change kept byte for byte, its content types, relationships,
 * defined names and app.xml consistent — rate the added table as a person does, and come out the
 * same from five more runs, each on the last one's copy.
 */
import { promises as fs, readdirSync } from 'fs';
import * as path from 'path';
import { runReport } from '../../../src/cli/runReport';
import { RAG_MARKER } from '../../../src/core/rating/formatPlan';
import type { ReportJson } from '../../../src/core/report/toJson';
import {
  ADDED_TABLE,
  addIndicatorTable,
  hasXmllint,
  inconsistencies,
  partsOf,
  relationships,
  relsPath,
  resolvePart,
  schemaFailures,
  storedParts,
  workbookSheets,
  xmlError,
} from '../../helpers/realWorkbooks';
import { tempDir } from '../scorecardFixture';

const REAL = path.join(__dirname, '..', '..', 'fixtures', 'real');
const files = readdirSync(REAL)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const xmllint = hasXmllint();
if (!xmllint)
  console.warn(
    'xmllint is not installed (Debian: libxml2-utils): the schema checks of the real workbooks are skipped.',
  );

const textParts = (parts: Map<string, Buffer>) =>
  new Map([...parts].filter(([k]) => /\.(xml|rels)$/i.test(k)).map(([k, v]) => [k, v.toString('utf8')]));

/** The parts a patched copy may change: the workbook, its relationships, content types, styles, app.xml, sheets given our rules, the calculation chain. */
function mayChange(parts: Map<string, Buffer>, after: Map<string, Buffer>): Set<string> {
  const { book } = workbookSheets(parts);
  const out = new Set(['[Content_Types].xml', book]);
  const rels = [...parts.keys()].find((k) => k.toLowerCase() === relsPath(book).toLowerCase());
  if (rels) {
    out.add(rels);
    for (const r of relationships(parts.get(rels)!.toString('utf8'))) {
      if (/\/(styles|calcChain)$/.test(r.type))
        out.add(resolvePart(book.slice(0, Math.max(0, book.lastIndexOf('/'))), r.target));
    }
  }
  for (const r of relationships(parts.get('_rels/.rels')!.toString('utf8')))
    if (/extended-?[pP]roperties$/.test(r.type)) out.add(resolvePart('', r.target));
  for (const [name, bytes] of after)
    if (/worksheets\//i.test(name) && bytes.toString('utf8').includes(RAG_MARKER)) out.add(name);
  const folded = new Set([...out].map((n) => n.toLowerCase()));
  return new Set([...parts.keys()].filter((k) => folded.has(k.toLowerCase())));
}

describe.each(files)('the annotated copy of the real workbook %s', (file) => {
  let input: Buffer;
  let output: Buffer;
  /** The copies of five more runs, each on the one before. */
  let again: Buffer[];
  let report: ReportJson;
  let sheet: string;
  let stderr: string[];
  beforeAll(async () => {
    const prepared = await addIndicatorTable(await fs.readFile(path.join(REAL, file)));
    input = prepared.bytes;
    sheet = prepared.sheet;
    const inFile = path.join(dir, file);
    await fs.writeFile(inFile, input);
    // Each later run reads the last copy under the same name, so that the Narrative sheet's "drafted from" line is the same.
    const runs = ['1', '2', '3', '4', '5', '6'];
    for (const sub of runs) await fs.mkdir(path.join(dir, sub), { recursive: true });
    const r = await runReport({ workbook: inFile, format: 'json', out: path.join(dir, '1', file) });
    expect([r.exitCode, r.stderr.filter((l) => l.startsWith('error'))]).toEqual([0, []]);
    stderr = r.stderr;
    report = JSON.parse(r.stdout) as ReportJson;
    output = await fs.readFile(path.join(dir, '1', file));
    again = [];
    for (const [i, sub] of runs.slice(1).entries()) {
      const rn = await runReport({
        workbook: path.join(dir, runs[i], file),
        format: 'json',
        out: path.join(dir, sub, file),
      });
      expect(rn.exitCode).toBe(0);
      again.push(await fs.readFile(path.join(dir, sub, file)));
    }
  });

  it('is written as an edit of the input, rating the added table as a person does', () => {
    expect(stderr.filter((l) => l.includes('rebuilt'))).toEqual([]);
    const added = ADDED_TABLE.map((t) => report.indicators.find((i) => i.sheet === sheet && i.name === t.name)?.rag);
    expect(added).toEqual(ADDED_TABLE.map((t) => t.rag));
  });

  it('is well-formed XML wherever the input is', async () => {
    const before = textParts(await partsOf(input));
    for (const [name, xml] of textParts(await partsOf(output))) {
      const was = before.get(name);
      if (was !== undefined && xmlError(was) !== null) continue;
      expect([name, xmlError(xml)]).toEqual([name, null]);
    }
  });

  (xmllint ? it : it.skip)('passes the SpreadsheetML schemas wherever the input does', async () => {
    // Input and copy in one run of xmllint per schema: loading the schemas is most of the cost.
    const both = new Map([
      ...[...textParts(await partsOf(input))].map(([k, v]) => [`in:${k}`, v] as const),
      ...[...textParts(await partsOf(output))].map(([k, v]) => [`out:${k}`, v] as const),
    ]);
    const failures = await schemaFailures(both);
    expect([...failures].filter(([name]) => name.startsWith('out:') && !failures.has(`in:${name.slice(4)}`))).toEqual(
      [],
    );
  });

  it('keeps every part it did not change byte for byte', async () => {
    const before = storedParts(input);
    const after = storedParts(output);
    const allowed = mayChange(await partsOf(input), await partsOf(output));
    for (const [name, data] of before) {
      if (allowed.has(name)) continue;
      expect([name, after.get(name)?.equals(data)]).toEqual([name, true]);
    }
  });

  it('has content types, relationships, defined names and app.xml consistent with its sheets', async () => {
    const was = new Set(inconsistencies(await partsOf(input)));
    expect(inconsistencies(await partsOf(output)).filter((i) => !was.has(i))).toEqual([]);
  });

  it('is unchanged by five more runs, each on the last one’s copy', async () => {
    const first = await partsOf(output);
    expect(again).toHaveLength(5);
    for (const copy of again) {
      const later = await partsOf(copy);
      expect([...later.keys()].sort()).toEqual([...first.keys()].sort());
      for (const [name, bytes] of later) expect([name, bytes.equals(first.get(name)!)]).toEqual([name, true]);
    }
  });
});

(xmllint ? describe : describe.skip)('the schema check the copies are held to', () => {
  const book = (inner: string) =>
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Scorecard" sheetId="1" r:id="rId1"/></sheets>${inner}</workbook>`;
  const names = '<definedNames><definedName name="Rate">Scorecard!$A$1</definedName></definedNames>';
  const views =
    '<customWorkbookViews><customWorkbookView name="Officer" guid="{5A8F1D2B-1C3E-4F5A-9B7C-2D4E6F8A0B1C}" windowWidth="800" windowHeight="600" activeSheetId="1"/></customWorkbookViews>';

  it('passes a workbook part in the file format’s order and fails one with its names after the calculation settings or views', async () => {
    const failures = await schemaFailures(
      new Map([
        ['in order', book(`${names}<calcPr calcId="191029"/>${views}`)],
        ['names after calcPr', book(`<calcPr calcId="191029"/>${names}`)],
        ['names after views', book(`${views}${names}`)],
      ]),
    );
    expect([...failures.keys()].sort()).toEqual(['names after calcPr', 'names after views']);
  });
});
