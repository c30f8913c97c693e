import { promises as fs } from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { runReport } from '../../../src/cli/runReport';
import { partBytes, readZip } from '../../../src/xlsx/zipParts';
import { reportable } from '../../fixtures/catalogue';
import { tempDir } from '../scorecardFixture';

const { DOMParser } = new JSDOM('').window;

/** The order the file format gives the children of a worksheet, a workbook and a style sheet. */
const ORDER: Record<string, readonly string[]> = {
  worksheet: [
    'sheetPr',
    'dimension',
    'sheetViews',
    'sheetFormatPr',
    'cols',
    'sheetData',
    'sheetCalcPr',
    'sheetProtection',
    'protectedRanges',
    'scenarios',
    'autoFilter',
    'sortState',
    'dataConsolidate',
    'customSheetViews',
    'mergeCells',
    'phoneticPr',
    'conditionalFormatting',
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'rowBreaks',
    'colBreaks',
    'customProperties',
    'cellWatches',
    'ignoredErrors',
    'smartTags',
    'drawing',
    'legacyDrawing',
    'legacyDrawingHF',
    'picture',
    'oleObjects',
    'controls',
    'webPublishItems',
    'tableParts',
    'extLst',
  ],
  workbook: [
    'fileVersion',
    'fileSharing',
    'workbookPr',
    'workbookProtection',
    'bookViews',
    'sheets',
    'functionGroups',
    'externalReferences',
    'definedNames',
    'calcPr',
    'oleSize',
    'customWorkbookViews',
    'pivotCaches',
    'smartTagPr',
    'smartTagTypes',
    'webPublishing',
    'fileRecoveryPr',
    'webPublishObjects',
    'extLst',
  ],
  styleSheet: [
    'numFmts',
    'fonts',
    'fills',
    'borders',
    'cellStyleXfs',
    'cellXfs',
    'cellStyles',
    'dxfs',
    'tableStyles',
    'colors',
    'extLst',
  ],
};

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const files = reportable()
  .filter((f) => f.indicatorCount === undefined)
  .map((f) => f.path);

/** The XML parts of an .xlsx file by name, parsed. */
async function xmlParts(file: string): Promise<Map<string, Document>> {
  const out = new Map<string, Document>();
  for (const part of readZip(await fs.readFile(file))!) {
    if (!/\.(xml|rels)$/.test(part.name)) continue;
    out.set(part.name, new DOMParser().parseFromString((await partBytes(part))!.toString('utf8'), 'application/xml'));
  }
  return out;
}

/** Where a part's elements stand out of the file format's order: "a before b" for each neighbour pair that is. */
function disorder(doc: Document): string[] {
  const order = ORDER[doc.documentElement.localName];
  if (!order) return [];
  const names = [...doc.documentElement.children].filter((c) => c.prefix !== 'mc').map((c) => c.localName);
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    if (order.indexOf(names[i]) < 0) out.push(`unknown ${names[i]}`);
    else if (i > 0 && order.indexOf(names[i]) < order.indexOf(names[i - 1]))
      out.push(`${names[i - 1]} before ${names[i]}`);
  }
  return out;
}

describe.each([...files, 'samples/northmoor-childrens-scorecard.xlsx'])('the annotated copy of %s', (input) => {
  it('is well-formed XML throughout, with its elements in the order the file format requires (or as the input had them)', async () => {
    const out = path.join(dir, `${path.basename(input)}-out.xlsx`);
    const r = await runReport({ workbook: input, format: 'json', out });
    expect(r.exitCode).toBe(0);
    const before = await xmlParts(input);
    const after = await xmlParts(out);
    let ordered = 0;
    for (const [name, doc] of after) {
      expect([name, doc.getElementsByTagName('parsererror').length]).toEqual([name, 0]);
      if (!ORDER[doc.documentElement.localName]) continue;
      const was = before.get(name);
      const allowed = new Set(was ? disorder(was) : []);
      expect([name, disorder(doc).filter((d) => !allowed.has(d))]).toEqual([name, []]);
      ordered++;
    }
    expect(ordered).toBeGreaterThanOrEqual(4); // two sheets, the workbook and the styles at least
  });
});
