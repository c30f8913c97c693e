/**
 * Writes the test workbooks under test/fixtures (they are built, not committed).
 *
 * Usage: npm run fixtures
 */
import { join } from 'node:path';
import { writeBytes } from './lib/workbook';
import { fixtures } from './fixtures/index';

/** Folder the fixtures are written to, relative to the repository root. */
export const FIXTURE_DIR = join('test', 'fixtures');

/** Builds every fixture into `dir` and returns the paths written. */
export async function buildFixtures(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const fixture of fixtures) {
    const path = join(dir, fixture.file);
    writeBytes(path, await fixture.build());
    written.push(path);
  }
  return written;
}

async function main(): Promise<void> {
  const written = await buildFixtures(join(__dirname, '..', FIXTURE_DIR));
  console.log(`Wrote ${written.length} fixtures to ${FIXTURE_DIR}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
