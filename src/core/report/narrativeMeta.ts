/**
 * What the Narrative sheet says about the report beside the narrative itself — its title, the line
 * saying where and when it was drafted, the counts by rating and the notes on the sheet's own RAG
 * column — worked out once for the add-in and the command line.
 */
import type { NarrativeMeta } from '../annotate/narrativeSheet';
import type { Report } from './buildReport';
import { ragCounts } from './ragCounts';
import { ratingsForNarrative, sheetRagNotes } from './sheetRags';

/** The Narrative sheet's title. */
export const NARRATIVE_TITLE = 'Scorecard narrative';

/**
 * The sheet's meta for a report: the counts are of the ratings the narrative follows (ours, or the
 * sheet's own where `ragSource` is "sheet"). `generated` is the host's line: "Drafted from
 * northmoor.xlsx", "Drafted on 3 December 2026 by Scorecard Narrator".
 */
export function narrativeMeta(report: Report, generated: string): NarrativeMeta {
  return {
    title: NARRATIVE_TITLE,
    generated,
    counts: ragCounts(ratingsForNarrative(report.items, report.config.ragSource)),
    ragNotes: sheetRagNotes(report.items, report.issues),
  };
}
