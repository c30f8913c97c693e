import type { Workbook } from 'exceljs';
import {
  freeNarrativeName,
  type Issue,
  type Narrative,
  NARRATIVE_NAME,
  type NarrativeMeta,
  narrativeEditedIssues,
  narrativeNameIssues,
  narrativeWrite,
  planFingerprint,
  planNarrativeSheet,
  quoteSheet,
} from '../core';
import { excelFacts } from './excelFacts';
import { fillNarrativeRows } from './narrativeRows';
import { fileNarrativeFingerprint as fingerprintOf, referencedSheet } from './workbookFacts';

export type { NarrativeMeta };

/** The workbook-level name that marks the sheet we wrote, so a re-run replaces only that sheet. */
export { NARRATIVE_NAME as NARRATIVE_SHEET_NAME_TAG };

export { referencedSheet };

/** The fingerprint of a sheet as exceljs read it (see {@link fingerprintOf}). */
export function fileNarrativeFingerprint(wb: Workbook, sheet: string): string {
  return fingerprintOf(excelFacts(wb), sheet);
}

/** The sheet a previous run wrote, found by our defined name (it follows the sheet if renamed). */
function ourSheetNames(wb: Workbook): string[] {
  return wb.definedNames.getRanges(NARRATIVE_NAME).ranges.map(referencedSheet);
}

/**
 * Takes out the sheet an earlier run wrote, unless the officer has changed it since (its fingerprint
 * is not the one `stored` that run kept, or it has been given pictures or notes): that one stays, as
 * theirs. Our name goes either way. Returns the name of a sheet left for being changed, if any.
 */
function removePrevious(wb: Workbook, stored: string | null): string | null {
  const { ranges } = wb.definedNames.getRanges(NARRATIVE_NAME);
  let kept: string | null = null;
  for (const name of ourSheetNames(wb)) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    let noted = false;
    ws.eachRow((row) => row.eachCell((cell) => (noted ||= !!cell.note)));
    const now = noted || ws.getImages().length ? 'has parts of its own' : fileNarrativeFingerprint(wb, ws.name);
    if (narrativeWrite({ stored, now }, 'new-sheet') === 'rewrite') wb.removeWorksheet(ws.id);
    else kept ??= ws.name;
  }
  for (const r of ranges) wb.definedNames.remove(r, NARRATIVE_NAME);
  return kept;
}

/** The Narrative sheet written through exceljs: what to warn of, and the fingerprint to keep in our name's comment. */
export interface NarrativeWritten {
  readonly issues: Issue[];
  readonly fingerprint: string;
}

/**
 * Adds a "Narrative" sheet: title, period, a count of indicators by rating, the opening summary,
 * then "Performing well", "Areas for focus", "Context measures" and "Data not available", one item
 * a row — the text (plain strings, wrapped) and, to its right, a link to each cell it cites. A sheet
 * written by an earlier run is replaced if it is as that run left it (`stored`: the fingerprint that
 * run kept, or null for none), else left as the officer's with a warning, as the patched copy does;
 * a sheet of the user's own called "Narrative" is left alone and ours is named "Narrative
 * (Scorecard)" (returned as a warning).
 */
export function writeNarrativeSheet(
  wb: Workbook,
  narrative: Narrative,
  meta: NarrativeMeta,
  stored: string | null,
): NarrativeWritten {
  const changed = removePrevious(wb, stored);
  const name = freeNarrativeName(wb.worksheets.map((ws) => ws.name));
  const issues = changed ? narrativeEditedIssues(changed, name) : narrativeNameIssues(name);
  const plan = planNarrativeSheet(narrative, meta);
  const ws = wb.addWorksheet(name, { pageSetup: { ...plan.pageSetup, fitToPage: true } });
  for (const { from, to, width } of plan.widths) for (let c = from; c <= to; c++) ws.getColumn(c).width = width;
  fillNarrativeRows(ws, plan.rows);
  // exceljs puts "$" before each corner's column itself: given "$A$1", it would write "$$A$1".
  ws.pageSetup.printArea = plan.printArea.replace(/\$([A-Z]+)\$/g, '$1$');
  wb.definedNames.add(`${quoteSheet(name)}!$A$1`, NARRATIVE_NAME);
  return { issues, fingerprint: planFingerprint(plan, []) };
}
