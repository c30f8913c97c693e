/// <reference types="office-js" />
/**
 * Clear RAG in the open workbook: reads what is there, lets the engine decide what is ours
 * (`planRemoval`, `core/annotate/removal.ts`: the same marks Refresh RAG and Draft narrative write)
 * and removes exactly that, in one batch of writes.
 */
import {
  type FoundRule,
  NARRATIVE_NAME,
  type NarrativeWhenClearing,
  parseTextLabelCells,
  planRemoval,
  type RemovalPlan,
  splitAddress,
} from '../core';
import type { Steps } from '../app/progress';
import { SheetProtectedError, WorkbookProtectedError } from './errors';
import { readWorkbook } from './readWorkbook';
import { LAST_REFRESH_KEY, requestNote, TEXT_LABELS_KEY } from './settings';
import { earlierSheet } from './writeNarrative';
import { WriteBatch } from './writeBatch';

/** Rough request size of one command, for batching writes. */
const COMMAND_BYTES = 100;

/** What was removed, or the question to ask first (nothing removed). */
export type ClearResult =
  { readonly kind: 'cleared'; readonly plan: RemovalPlan } | { readonly kind: 'ask'; readonly plan: RemovalPlan };

/**
 * Reads the workbook (its cells, through `readWorkbook`), every sheet's conditional formats and
 * their formulas, and our name and the sheet it marks with that sheet's fingerprint; then, unless
 * the officer is to be asked about the Narrative sheet, removes in one batch: our rules (deleted
 * from the last up, so the positions read still hold: ConditionalFormat.delete,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-delete-member(1)),
 * the contents of our label cells (`Range.clear("Contents")`, which leaves the cells' formats:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)),
 * the Text format put back on those a refresh turned General, our notes in the workbook's settings,
 * our name, and the Narrative sheet when it is to go (Worksheet.delete,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 * A protected sheet that holds something of ours, or a protected structure when the sheet is to
 * be deleted, stops it before any write. Round trips: those of `readWorkbook` (two for most
 * workbooks), two more to read, one or two for the fingerprint, one to write.
 */
export async function clearRag(
  context: Excel.RequestContext,
  whenEdited: NarrativeWhenClearing,
  steps: Steps,
  cellsPerSync?: number,
): Promise<ClearResult> {
  steps.step('Reading the workbook', 0);
  const grids = await readWorkbook(context, { cellsPerSync, steps });
  steps.step('Finding what Scorecard Narrator wrote', 0.6);
  const sheets = grids.map((g) => context.workbook.worksheets.getItem(g.name));
  const protections = sheets.map((ws) => ws.protection.load('protected'));
  const formats = sheets.map((ws) => ws.getRange().conditionalFormats.load('items/type'));
  const name = context.workbook.names.getItemOrNullObject(NARRATIVE_NAME).load(['type', 'value', 'comment']);
  const structure = context.workbook.protection.load('protected');
  const notes = [TEXT_LABELS_KEY, LAST_REFRESH_KEY].map((key) => requestNote(context, key));
  await context.sync();

  const formulas = formats.map((c) =>
    c.items.map((cf) => (cf.type === 'Custom' ? cf.custom.rule.load('formula') : null)),
  );
  if (formulas.some((list) => list.some((f) => f !== null))) await context.sync();
  const rules = new Map<string, FoundRule[]>(
    grids.map((g, i) => [g.name, formulas[i].map((f) => ({ formula: f === null ? null : f.formula }))]),
  );
  const marked =
    !name.isNullObject && name.type === 'Range' ? splitAddress(String(name.value).replace(/^=/, '')).sheet : null;
  const sheetName = grids.find((g) => g.name === marked)?.name ?? null;
  steps.step('Checking the Narrative sheet', 0.75);
  const earlier = sheetName ? await earlierSheet(context, sheetName, name.comment || null) : null;
  const plan = planRemoval(
    {
      grids,
      rules,
      name: !name.isNullObject,
      narrative: earlier && sheetName ? { sheet: sheetName, ...earlier.found } : null,
      textLabels: parseTextLabelCells(notes[0].value()),
    },
    whenEdited,
  );
  if (plan.narrative?.action === 'ask') return { kind: 'ask', plan };

  const touched = [...new Set([...plan.rules.map((r) => r.sheet), ...plan.labels.map((l) => l.sheet)])];
  const locked = touched.filter((s) => protections[grids.findIndex((g) => g.name === s)].protected);
  if (locked.length) throw new SheetProtectedError(locked, 'clear');
  const deleting = plan.narrative?.action === 'delete' ? plan.narrative.sheet : null;
  if (deleting && structure.protected) throw new WorkbookProtectedError(deleting, 'clear');

  steps.beginWriting('Removing the rules, labels and Narrative sheet', 0.9);
  const batch = new WriteBatch(context, 'clear', [...touched, ...(deleting ? [deleting] : [])]);
  for (const { sheet, positions } of plan.rules) {
    const i = grids.findIndex((g) => g.name === sheet);
    await batch.room(COMMAND_BYTES * positions.length);
    for (const position of positions) formats[i].items[position].delete();
  }
  for (const label of plan.labels) {
    await batch.room(COMMAND_BYTES + label.range.length);
    sheets[grids.findIndex((g) => g.name === label.sheet)].getRange(label.range).clear('Contents');
  }
  for (const run of plan.textFormats) {
    await batch.room(COMMAND_BYTES + run.range.length + 6 * run.cells);
    const range = sheets[grids.findIndex((g) => g.name === run.sheet)].getRange(run.range);
    range.numberFormat = Array.from({ length: run.cells }, () => ['@']);
  }
  // Our notes about what we wrote go with it.
  for (const note of notes) note.forget();
  if (plan.names.length) name.delete();
  if (deleting) sheets[grids.findIndex((g) => g.name === deleting)].delete();
  await batch.send();
  return { kind: 'cleared', plan };
}
