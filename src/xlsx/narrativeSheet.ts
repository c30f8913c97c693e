import type { Workbook } from 'exceljs';
import type { Issue, Narrative } from '../core/types';
import { quoteSheet } from './a1';
import { CITE_WIDTH, LAST_CITE_COLUMN, TEXT_WIDTH, fillNarrativeRows, type NarrativeMeta } from './narrativeRows';

export type { NarrativeMeta };

/** The workbook-level name that marks the sheet we wrote, so a re-run replaces only that sheet. */
export const NARRATIVE_SHEET_NAME_TAG = '_ScorecardNarrative';

/** The sheet named in a reference such as "'Q2 draft'!$A$1" or "Narrative!$A$1". */
export function referencedSheet(ref: string): string {
  const sheet = ref.slice(0, ref.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The sheet a previous run wrote, found by our defined name (it follows the sheet if renamed). */
function ourSheetNames(wb: Workbook): string[] {
  return wb.definedNames.getRanges(NARRATIVE_SHEET_NAME_TAG).ranges.map(referencedSheet);
}

function removePrevious(wb: Workbook): void {
  const { ranges } = wb.definedNames.getRanges(NARRATIVE_SHEET_NAME_TAG);
  for (const name of ourSheetNames(wb)) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  for (const r of ranges) wb.definedNames.remove(r, NARRATIVE_SHEET_NAME_TAG);
}

/** "Narrative", or "Narrative (Scorecard)" when the user has a sheet of that name (Excel ignores case). */
export function freeNarrativeName(sheetNames: readonly string[]): string {
  const taken = new Set(sheetNames.map((name) => name.toLowerCase()));
  for (const name of ['Narrative', 'Narrative (Scorecard)']) if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) if (!taken.has(`narrative (scorecard ${i})`)) return `Narrative (Scorecard ${i})`;
}

/** The warning when the narrative could not have the sheet name "Narrative", or none. */
export function narrativeNameIssues(name: string): Issue[] {
  if (name === 'Narrative') return [];
  return [{
    severity: 'warning',
    code: 'narrative-sheet-renamed',
    message: `The workbook already has its own sheet called 'Narrative', left as it is; the narrative is on the sheet '${name}'.`,
    sheet: name,
  }];
}

/**
 * Adds a "Narrative" sheet: title, period, a count of indicators by rating, the opening summary,
 * then "Performing well", "Areas for focus", "Context measures" and "Data not available", one item
 * a row — the text (plain strings, wrapped) and, to its right, a link to each cell it cites. A sheet
 * written by an earlier run is replaced; a sheet of the user's own called "Narrative" is left alone
 * and ours is named "Narrative (Scorecard)" (returned as a warning).
 */
export function writeNarrativeSheet(wb: Workbook, narrative: Narrative, meta: NarrativeMeta): Issue[] {
  removePrevious(wb);
  const name = freeNarrativeName(wb.worksheets.map((ws) => ws.name));
  const issues = narrativeNameIssues(name);
  const ws = wb.addWorksheet(name, { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.getColumn(1).width = TEXT_WIDTH;
  for (let c = 2; c <= LAST_CITE_COLUMN; c++) ws.getColumn(c).width = CITE_WIDTH;
  fillNarrativeRows(ws, narrative, meta);
  // Print the text and the column beside it (the counts; the cell each item cites first). exceljs
  // puts "$" before each corner as given, so "A$1" becomes the absolute "$A$1" every reader accepts.
  ws.pageSetup.printArea = `A$1:B$${ws.rowCount}`;
  wb.definedNames.add(`${quoteSheet(name)}!$A$1`, NARRATIVE_SHEET_NAME_TAG);
  return issues;
}
