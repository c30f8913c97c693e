/**
 * Prints how the engine does on the council corpus (test/fixtures/council/) against the
 * hand-worked catalogue: ratings right, and every mismatch by file, cell and field.
 *
 * Usage: npx tsx scripts/buildFixtures.ts && npx tsx scripts/corpusReport.ts [--gaps] [file-substring]
 *
 * With --gaps, prints every finding as a line of test/fixtures/catalogue/councilGaps.ts, to compare
 * with the known gaps listed there.
 */
import { councilCorpusFacts } from '../test/fixtures/catalogue/council';
import { compareCorpusFile, corpusTable, findings, type FileResult } from '../test/helpers/corpusCompare';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const gaps = args.includes('--gaps');
  const only = args.find((a) => a !== '--gaps');
  const results: FileResult[] = [];
  for (const facts of councilCorpusFacts) {
    if (only && !facts.file.includes(only)) continue;
    results.push(await compareCorpusFile(facts));
  }
  if (gaps)
    console.log(
      results
        .flatMap(findings)
        .map((f) => `  ${JSON.stringify(f)},`)
        .join('\n'),
    );
  else console.log(corpusTable(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
