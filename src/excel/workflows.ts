/// <reference types="office-js" />
/**
 * The two commands as work on one request context: read the workbook and the stored settings,
 * build the report, then write. Kept apart from `host.ts` so the engine loads only when a command
 * first runs, not with the task pane.
 */
import {
  buildReport,
  clearNarrativeQuestion,
  type NarrativeStyle,
  type NarrativeWhenClearing,
  type NarrativeWhenEdited,
  newFigures,
  NoIndicatorReadError,
  NoIndicatorTableError,
  unreadSheetIssues,
  narrativeMeta,
  parseTextLabelCells,
  ragCounts,
  removalCounts,
  type Report,
  type SheetGrid,
  staleLabelRuns,
  staleTextRuns,
} from '../core';
import { applyFormats } from './applyFormats';
import { clearedMessage, insertedMessage, refreshMessage } from '../app/commandMessages';
import { commandSteps, type RunControl, type Steps } from '../app/progress';
import { clearRag } from './clearRag';
import type { DraftedNarrative, NarrativeQuestion, WorkbookReview } from '../app/hostApi';
import { narrativeParagraphs } from '../app/narrativeLinks';
import { paneSummary } from '../app/paneSummary';
import { readWorkbook } from './readWorkbook';
import { lastRefreshFrom, refreshNote } from '../app/lastRefresh';
import { LAST_REFRESH_KEY, noteToStore, requestConfig, requestNote, TEXT_LABELS_KEY } from './settings';
import { clearStaleLabels } from './staleLabels';
import { writeNarrative } from './writeNarrative';

/** What the commands need to know about the host and the moment. */
export interface WorkflowOptions {
  /** Whether ExcelApi 1.9 is available: one rule per block over all its ranges. */
  readonly rangeAreas: boolean;
  readonly now: Date;
  readonly cellsPerSync?: number;
  /** Whether merged areas are read with the cells (ExcelApi 1.13; see `readWorkbook`). */
  readonly mergedAreas?: boolean;
  /** How the narrative is written, over the workbook's own setting (the pane's choice beside the draft). */
  readonly narrativeStyle?: NarrativeStyle;
  /** Where the command reports its steps, and its Cancel (see `app/progress.ts`); none from the ribbon's tests. */
  readonly control?: RunControl;
}

/** Nothing to report to and no Cancel: the review, which writes nothing. */
const quiet = commandSteps('Review');

/**
 * Reads the workbook and settings and builds the report; throws a sentence when there is nothing
 * to do (unless `anyway`: a review lists what it found even when no indicator could be read).
 */
async function report(
  context: Excel.RequestContext,
  options: WorkflowOptions,
  steps: Steps,
  anyway = false,
): Promise<{ report: Report; sheets: string[]; grids: SheetGrid[] }> {
  steps.step('Reading the workbook', 0);
  const stored = requestConfig(context);
  const grids = await readWorkbook(context, {
    cellsPerSync: options.cellsPerSync,
    steps,
    mergedAreas: options.mergedAreas,
  });
  const { config, issue } = stored();
  if (issue) throw new Error(`${issue.message} Nothing was changed.`);
  steps.step('Rating the indicators', 0.5);
  const built = buildReport(
    grids,
    options.narrativeStyle ? { ...config, narrativeStyle: options.narrativeStyle } : config,
  );
  if (!anyway && (!built.items.length || !built.period)) {
    // The pane shows one message: why a sheet or a column was not read goes first in it.
    const why = built.items.length ? [] : unreadSheetIssues(built.issues).map((i) => i.message);
    if (built.tables.length && !built.items.length)
      throw new NoIndicatorReadError(
        'this workbook',
        built.tables[0],
        "choose each column's role in the pane's list of tables if the headers are unusual",
        why,
      );
    throw new NoIndicatorTableError(
      'this workbook',
      'where the pane lists a table as not read, choose the column that holds the indicator names',
      why,
    );
  }
  return { report: built, sheets: grids.map((g) => g.name), grids };
}

/**
 * Refresh RAG: rate every indicator and apply the live conditional formats and labels. Resolves to
 * the summary sentence and the pane's lists from the same reading, so nothing is read twice.
 */
export async function refreshInContext(
  context: Excel.RequestContext,
  options: WorkflowOptions,
): Promise<{ message: string; review: WorkbookReview }> {
  const steps = commandSteps('Refresh RAG', options.control);
  const earlier = requestNote(context, LAST_REFRESH_KEY);
  const textNote = requestNote(context, TEXT_LABELS_KEY);
  const { report: built, sheets, grids } = await report(context, options, steps);
  const review = paneSummary(built);
  // This refresh's ratings, noted with its writes, and what it changed against the refresh before.
  const note = refreshNote(earlier.value(), review.indicators, options.now);
  steps.step('Checking the rules and label cells', 0.6);
  const result = await applyFormats(context, built.formatPlan, {
    sheets,
    rangeAreas: options.rangeAreas,
    beforeWrite: () => steps.beginWriting('Writing the rules and labels', 0.8),
    alsoStore: noteToStore(LAST_REFRESH_KEY, note),
  });
  // Labels left from an earlier refresh on rows no longer rated (an indicator or table left out since).
  const stale = staleLabelRuns(grids, built.formatPlan);
  if (stale.length) {
    clearStaleLabels(context, stale, staleTextRuns(grids, built.formatPlan, parseTextLabelCells(textNote.value())));
    await context.sync();
  }
  const skipped = result.issues.filter((i) => i.code === 'label-cell-occupied').map((i) => `${i.sheet}!${i.cell}`);
  const lastRefresh = lastRefreshFrom(note);
  // The officer's own rules that win over ours on some cells: listed with the workbook's warnings.
  const overlaps = result.issues
    .filter((i) => i.code === 'own-rules-overlap')
    .map((i) => ({ message: i.message, sheet: i.sheet ?? null, cell: i.cell ?? null }));
  return {
    message: refreshMessage(built.period!.label, ragCounts(built.items), skipped),
    review: { ...review, lastRefresh, ...(overlaps.length && { warnings: [...overlaps, ...review.warnings] }) },
  };
}

/** Review: read the workbook and rate it for the pane's lists, with what the last refresh changed, writing nothing. */
export async function reviewInContext(
  context: Excel.RequestContext,
  options: WorkflowOptions,
): Promise<WorkbookReview> {
  const last = requestNote(context, LAST_REFRESH_KEY);
  const { report: built } = await report(context, options, quiet, true);
  return { ...paneSummary(built), lastRefresh: lastRefreshFrom(last.value()) };
}

const longDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Draft narrative: write the Narrative sheet and return the draft text; when the sheet has been
 * changed since it was drafted, as `whenEdited` says (see `writeNarrative`): the question, with
 * nothing written, or a notice naming the new sheet the draft went to.
 */
export async function draftInContext(
  context: Excel.RequestContext,
  options: WorkflowOptions,
  whenEdited?: NarrativeWhenEdited,
): Promise<DraftedNarrative | NarrativeQuestion> {
  const steps = commandSteps('Draft narrative', options.control);
  const { report: built } = await report(context, options, steps);
  const generated = `Drafted on ${longDate(options.now)} by Scorecard Narrator.`;
  steps.step('Checking the Narrative sheet', 0.6);
  const written = await writeNarrative(context, built.narrative, narrativeMeta(built, generated), undefined, {
    whenEdited,
    beforeWrite: () => steps.beginWriting('Writing the Narrative sheet', 0.8),
  });
  if (written.kind === 'ask') return { question: written.question };
  const notice = written.issues.find((i) => i.code === 'narrative-sheet-edited')?.message;
  return { text: built.narrative.text, paragraphs: narrativeParagraphs(built.narrative), ...(notice && { notice }) };
}

/**
 * Insert: write the narrative as the officer edited it to the Narrative sheet, with the counts and
 * chart of the scorecard as it is now; sentences left as drafted keep their cited cells, and
 * figures typed in the edit that the draft did not have are named, on the sheet and in the message.
 * A Narrative sheet changed since it was written is left as it is and the text goes to a new sheet,
 * which the message names.
 */
export async function insertInContext(
  context: Excel.RequestContext,
  options: WorkflowOptions,
  text: string,
  whenEdited: NarrativeWhenEdited = 'new-sheet',
): Promise<{ message: string } | NarrativeQuestion> {
  if (text.trim() === '') throw new Error('The narrative is empty, so nothing was inserted.');
  const steps = commandSteps('Insert in workbook', options.control);
  const { report: built } = await report(context, options, steps);
  const generated = `Edited in Scorecard Narrator on ${longDate(options.now)}.`;
  const added = newFigures(built.narrative.text, text);
  const written = await writeNarrative(
    context,
    built.narrative,
    narrativeMeta(built, generated),
    { text, newFigures: added },
    { whenEdited, beforeWrite: () => steps.beginWriting('Writing the Narrative sheet', 0.8) },
  );
  if (written.kind === 'ask') return { question: written.question };
  const kept = written.issues.find((i) => i.code === 'narrative-sheet-edited');
  return { message: `${insertedMessage(written.sheet, added)}${kept ? ` ${kept.message}` : ''}` };
}

/**
 * Clear RAG: remove what the add-in wrote and nothing of the officer's (`clearRag`), then read the
 * workbook again for the pane's lists; when the Narrative sheet is not simply ours and `whenEdited`
 * is `ask`, the question, with nothing removed.
 */
export async function clearInContext(
  context: Excel.RequestContext,
  options: WorkflowOptions,
  whenEdited: NarrativeWhenClearing = 'keep',
): Promise<{ message: string; review?: WorkbookReview } | NarrativeQuestion> {
  const result = await clearRag(context, whenEdited, commandSteps('Clear RAG', options.control), options.cellsPerSync);
  const { narrative } = result.plan;
  if (result.kind === 'ask' && narrative?.claim)
    return { question: clearNarrativeQuestion(narrative.sheet, narrative.claim) };
  const message = clearedMessage(
    removalCounts(result.plan),
    narrative && { sheet: narrative.sheet, deleted: narrative.action === 'delete' },
  );
  // The pane's lists read again: the tables no longer have the label column that was taken out.
  // What was removed stays removed if this read fails; the pane then keeps its lists until the next.
  try {
    return { message, review: await reviewInContext(context, options) };
  } catch {
    return { message };
  }
}
