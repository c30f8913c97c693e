/**
 * A handful of real workbooks' annotated copies opened in LibreOffice, headless: each must open
 * and show the RAG labels beside the added indicator table, and the Narrative sheet. The whole
 * corpus is checked by `npx tsx scripts/checkLibreOffice.ts`. Skipped, saying so, where LibreOffice
 * is not installed.
 */
import * as path from 'path';
import { checkInLibreOffice, sofficePath } from '../../helpers/libreOffice';

const REAL = path.join(__dirname, '..', '..', 'fixtures', 'real');
/**
 * One of each kind of writer: Excel, Strict Open XML, openpyxl, the Open XML SDK with x: prefixes,
 * Google Sheets, WPS; and Excel's track changes.
 */
const HANDFUL = [
  'poi-WithChart.xlsx',
  'poi-SimpleStrict.xlsx',
  'cal-hyperlinks.xlsx',
  'cx-BasicTable.xlsx',
  'ejs-google-sheets.xlsx',
  'poi-stress020.xlsx',
  'cx-simple-cell-changes.xlsx',
];

const soffice = sofficePath();
if (!soffice)
  console.warn('LibreOffice (soffice) is not installed: the check that annotated copies open in it is skipped.');

(soffice ? it : it.skip)(
  'the annotated copies of a handful of real workbooks open in LibreOffice with their labels and Narrative sheet',
  async () => {
    const results = await checkInLibreOffice(HANDFUL.map((f) => path.join(REAL, f)));
    expect(results.map((r) => [path.basename(r.file), r.problem])).toEqual(HANDFUL.map((f) => [f, null]));
  },
  600_000,
);
