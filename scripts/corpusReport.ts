/**
 * Prints how the engine does on the council corpus (test/fixtures/council/) against the
 * hand-worked catalogue: ratings right, and every mismatch by file, cell and field.
 *
 * Usage: npx tsx scripts/buildFixtures.ts && npx tsx scripts/corpusReport.ts [file-substring]
 */
import { councilCorpusFacts } from '../test/fixtures/catalogue/council';
import { compareCorpusFile, corpusTable, type FileResult } from '../test/helpers/corpusCompare';

async function main(): Promise<void> {
  const only = process.argv[2];
  const results: FileResult[] = [];
  for (const facts of councilCorpusFacts) {
    if (only && !facts.file.includes(only)) continue;
    results.push(await compareCorpusFile(facts));
  }
  console.log(corpusTable(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
});
