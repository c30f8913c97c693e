/**
 * Layouts that re-runs have got wrong, built at test time from the small scorecard
 * (test/xlsx/scorecardFixture.ts): each must come out of five runs, in the command line and in the
 * add-in, as after one. The command line's own copy is the starting point where a layout is what
 * Excel makes of an annotated workbook.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { runReport } from '../../src/cli/runReport';
import { buildScorecard } from '../xlsx/scorecardFixture';

export const RERUN_LAYOUTS = [
  'labels saved by Excel as one shared formula',
  'a Narrative sheet renamed by the officer',
  'a column of the officer’s formulas, without a header, beside the table',
] as const;
export type RerunLayout = (typeof RERUN_LAYOUTS)[number];

const SHEET = 'xl/worksheets/sheet1.xml';

async function rezip(zip: JSZip, file: string): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** The command line's annotated copy of the small scorecard, opened for editing. */
async function annotated(dir: string): Promise<JSZip> {
  const input = path.join(dir, 'plain.xlsx');
  await fs.writeFile(input, Buffer.from(await buildScorecard().xlsx.writeBuffer()));
  const out = path.join(dir, 'annotated.xlsx');
  const r = await runReport({ workbook: input, format: 'json', out });
  if (r.exitCode !== 0) throw new Error(r.stderr.join('\n'));
  return JSZip.loadAsync(await fs.readFile(out));
}

/** Writes the workbook of `layout` in a folder of its own under `dir`; returns its path. */
export async function buildRerunLayout(layout: RerunLayout, dir: string): Promise<string> {
  const own = await fs.mkdtemp(path.join(dir, 'layout-'));
  const file = path.join(own, 'scorecard.xlsx');
  switch (layout) {
    case 'labels saved by Excel as one shared formula': {
      // Excel saves a column of like formulas as one, shared down the column from its first cell.
      const zip = await annotated(own);
      const sheet = (await zip.file(SHEET)!.async('string'))
        .replace(/(<c r="H4"[^>]*>)<f>/, '$1<f t="shared" ref="H4:H7" si="0">')
        .replace(/(<c r="H[567]"[^>]*>)<f>[^<]*<\/f>/g, '$1<f t="shared" si="0"/>');
      if ((sheet.match(/t="shared"/g) ?? []).length !== 4) throw new Error('the labels are not where expected');
      zip.file(SHEET, sheet);
      return rezip(zip, file);
    }
    case 'a Narrative sheet renamed by the officer': {
      // Renamed in Excel: the sheet, and our name and its print area with it.
      const zip = await annotated(own);
      const book = await zip.file('xl/workbook.xml')!.async('string');
      const renamed = book.replace('name="Narrative"', 'name="Q2 draft"').replace(/'Narrative'!/g, "'Q2 draft'!");
      if (!renamed.includes("'Q2 draft'!$A$1")) throw new Error('the Narrative sheet is not where expected');
      zip.file('xl/workbook.xml', renamed);
      return rezip(zip, file);
    }
    case 'a column of the officer’s formulas, without a header, beside the table': {
      // H4:H12, the section heading's row among them: the labels go one column further on.
      const zip = await JSZip.loadAsync(Buffer.from(await buildScorecard().xlsx.writeBuffer()));
      let sheet = await zip.file(SHEET)!.async('string');
      for (let r = 4; r <= 12; r++) {
        const f = r === 4 ? '<f t="shared" ref="H4:H12" si="0">G4-F4</f>' : '<f t="shared" si="0"/>';
        sheet = sheet.replace(
          new RegExp(`(<row r="${r}"[^>]*>[\\s\\S]*?)</row>`),
          `$1<c r="H${r}">${f}<v>0</v></c></row>`,
        );
      }
      zip.file(SHEET, sheet);
      return rezip(zip, file);
    }
  }
}
