/**
 * Builds samples/northmoor-childrens-scorecard.xlsx, the demonstration workbook of a fictional
 * council. The build is reproducible: the same bytes every time.
 *
 * Usage: npm run samples
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { newWorkbook, workbookBytes, writeBytes } from './lib/workbook';
import { addEducationSheet } from './samples/northmoorEducation';
import { addScorecardSheet } from './samples/northmoorScorecard';

/** Where the sample is written, relative to the repository root. */
export const SAMPLE_PATH = join('samples', 'northmoor-childrens-scorecard.xlsx');

/** The Northmoor Borough Council Children's Services scorecard, Q2 2021/22. */
export function buildNorthmoorScorecard(): ExcelJS.Workbook {
  const wb = newWorkbook('Northmoor Borough Council — Performance and Intelligence');
  wb.title = "Children's Services Performance Scorecard — Q2 2021/22";
  wb.company = 'Northmoor Borough Council';
  addScorecardSheet(wb);
  addEducationSheet(wb);
  return wb;
}

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const bytes = await workbookBytes(buildNorthmoorScorecard());
  writeBytes(join(root, SAMPLE_PATH), bytes);
  console.log(`Wrote ${SAMPLE_PATH} (${bytes.length.toLocaleString('en-GB')} bytes)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
