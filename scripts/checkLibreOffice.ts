/**
 * Opens the annotated copy of every real workbook in test/fixtures/real (or of the files named)
 * in LibreOffice, headless, and says which opened with their labels and Narrative sheet, and what
 * is wrong with the others: the check test/xlsx/patch/libreOffice.test.ts makes, file by file.
 *
 *   npx tsx scripts/checkLibreOffice.ts [file.xlsx …]
 */
import { readdirSync } from 'fs';
import * as path from 'path';
import { checkInLibreOffice, sofficePath } from '../test/helpers/libreOffice';

async function main(): Promise<number> {
  if (!sofficePath()) {
    process.stderr.write('LibreOffice (soffice) is not installed.\n');
    return 2;
  }
  const real = path.join(__dirname, '..', 'test', 'fixtures', 'real');
  const files =
    process.argv.length > 2
      ? process.argv.slice(2)
      : readdirSync(real)
          .filter((f) => f.endsWith('.xlsx'))
          .sort()
          .map((f) => path.join(real, f));
  const results = await checkInLibreOffice(files);
  for (const r of results)
    process.stdout.write(
      `${r.problem ? 'FAIL' : r.inputFails ? 'n/a ' : 'ok  '} ${path.basename(r.file)}${r.problem ? `: ${r.problem}` : r.inputFails ? ': LibreOffice cannot open the input either' : ''}\n`,
    );
  const failed = results.filter((r) => r.problem).length;
  const na = results.filter((r) => r.inputFails).length;
  process.stdout.write(
    `${results.length - failed - na} of ${results.length - na} opened in LibreOffice with their labels and Narrative sheet (${na} whose input LibreOffice cannot open left out).\n`,
  );
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
