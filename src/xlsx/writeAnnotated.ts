/**
 * Writing the annotated copy of a scorecard: live RAG conditional formats and labels from a
 * {@link FormatPlan}, a Narrative sheet, and a safe save beside (never over) the input.
 *
 * Typical use:
 * ```ts
 * const wb = await loadWorkbook(input);
 * const narrativeSheet = writeNarrativeSheet(wb, narrative, meta, await storedNarrativeFingerprint(inputBytes));
 * const issues = [...applyFormatPlan(wb, plan), ...narrativeSheet.issues];
 * await saveCopy(wb, input, output, narrativeSheet.fingerprint);
 * ```
 */
import type { FormatPlan } from '../core';
export { countsFromNarrative as ragCounts, type RagCounts } from '../core';

export { applyFormatPlan } from './applyFormatPlan';
export {
  writeNarrativeSheet,
  NARRATIVE_SHEET_NAME_TAG,
  type NarrativeMeta,
  type NarrativeWritten,
} from './narrativeSheet';
export { saveCopy, startSaveBytes, startSaveCopy, isSameFile, type PendingCopy } from './saveCopy';
export { patchCopy, storedNarrativeFingerprint, type PatchedCopy } from './patch/patchCopy';
export { settleRebuilt } from './settleRebuilt';
export { headerFormula } from './ragLabels';

/** Re-exported for callers that build plans by hand (tests, tools). */
export type { FormatPlan };
