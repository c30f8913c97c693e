/**
 * The annotated copy of every real workbook in test/fixtures/real opened in LibreOffice, headless,
 * as an officer without Excel would: each must open, show the RAG labels in the cells beside the
 * added indicator table, and have the Narrative sheet with its title block and counts. All the
 * copies go through one LibreOffice process (test/helpers/libreOffice.ts). Where LibreOffice is not
 * installed this is skipped, saying so, except under CI=true, where it fails.
 */
import { readdirSync } from 'fs';
import * as path from 'path';
import { checkInLibreOffice, type LibreOfficeResult, sofficePath } from '../../helpers/libreOffice';

const REAL = path.join(__dirname, '..', '..', 'fixtures', 'real');
const files = readdirSync(REAL)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

/**
 * Inputs LibreOffice itself cannot open (7.4 aborts on the sparklines): their copies cannot be
 * held against us. Any other input it cannot open fails the test, so that a LibreOffice that opens
 * nothing cannot pass it.
 */
const INPUT_UNOPENABLE = new Set(['cx-SampleSparklines.xlsx']);

const run = sofficePath() !== null || process.env.CI === 'true';
if (!run)
  console.warn(
    'LibreOffice (soffice) is not installed: the check that annotated copies open in it is skipped. ' +
      'Install it to run it (Debian or Ubuntu: sudo apt-get install libreoffice-calc-nogui). With CI=true it always runs.',
  );

(run ? describe : describe.skip)('the annotated copies of the real workbooks, opened in LibreOffice', () => {
  const results = new Map<string, LibreOfficeResult>();
  beforeAll(async () => {
    for (const r of await checkInLibreOffice(files.map((f) => path.join(REAL, f))))
      results.set(path.basename(r.file), r);
  }, 600_000);

  it.each(files)('%s opens, with its labels and Narrative sheet', (file) => {
    const r = results.get(file)!;
    expect(r.problem).toBeNull();
    if (r.inputFails) expect([...INPUT_UNOPENABLE]).toContain(file);
  });
});
