/**
 * The sentences a command resolves to, worded from what it did: how many indicators were rated
 * and which label cells were left alone; where the edited narrative went and which of its figures
 * are not in the draft. The Office.js workflows (src/excel/workflows.ts) supply the facts.
 */
import { listJoin, type RagCounts } from '../core';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Rated 20 indicators for Q2 2021/22: 8 green, 4 amber, 3 red." and what else the officer should know. */
export function refreshMessage(period: string, counts: RagCounts, skippedLabels: readonly string[]): string {
  const rated = counts.green + counts.amber + counts.red;
  const parts = [
    `Rated ${plural(rated, 'indicator')} for ${period}: ${counts.green} green, ${counts.amber} amber, ${counts.red} red.`,
  ];
  const unrated = counts.noTarget + counts.noData;
  const inWords = counts.inWords ?? 0;
  const words = (n: number) => `${n === 1 ? 'reports its' : 'report their'} progress in words`;
  if (unrated)
    parts.push(
      `${plural(unrated, 'other')} ${unrated === 1 ? 'has' : 'have'} no target or no data this period${inWords ? `, and ${inWords} ${words(inWords)}` : ''}.`,
    );
  else if (inWords) parts.push(`${plural(inWords, 'other')} ${words(inWords)}.`);
  const toCheck = counts.toCheck ?? 0;
  if (toCheck) parts.push(`${toCheck} more ${toCheck === 1 ? 'is' : 'are'} not rated until a cell is checked.`);
  if (skippedLabels.length) {
    const cells = skippedLabels.slice(0, 3).join(', ') + (skippedLabels.length > 3 ? ' and others' : '');
    parts.push(
      `${plural(skippedLabels.length, 'label cell')} held your own content and ${skippedLabels.length === 1 ? 'was' : 'were'} left alone (${cells}).`,
    );
  }
  return parts.join(' ');
}

/** "Your edited narrative is on the sheet 'Narrative'." and, when the officer's text has figures the draft had not, which to check. */
export function insertedMessage(sheet: string, added: readonly string[]): string {
  const check =
    added.length === 0
      ? ''
      : ` ${added.length === 1 ? 'One figure in it is' : `${added.length} figures in it are`} not in the draft (${listJoin(added.slice(0, 5))}${added.length > 5 ? ' and others' : ''}): check ${added.length === 1 ? 'it' : 'them'} against the scorecard before it goes to committee.`;
  return `Your edited narrative is on the sheet '${sheet}'.${check}`;
}

/**
 * "Removed 6 RAG rules, 29 RAG labels and the sheet 'Narrative'. Nothing of yours was changed."; a
 * Narrative sheet kept (the officer's answer, or the ribbon's default) is named as kept.
 */
export function clearedMessage(
  counts: { readonly rules: number; readonly labels: number },
  narrative: { readonly sheet: string; readonly deleted: boolean } | null,
): string {
  const removed = [
    ...(counts.rules ? [plural(counts.rules, 'RAG rule')] : []),
    ...(counts.labels ? [plural(counts.labels, 'RAG label')] : []),
    ...(narrative?.deleted ? [`the sheet '${narrative.sheet}'`] : []),
  ];
  const kept =
    narrative && !narrative.deleted
      ? ` The sheet '${narrative.sheet}' was kept as yours: it had been changed since it was drafted, or other sheets refer to it.`
      : '';
  if (!removed.length) return `There was nothing of Scorecard Narrator's to remove.${kept}`;
  return `Removed ${listJoin(removed)}. Nothing of yours was changed.${kept}`;
}

/** What is running, in the officer's words (the buttons' names). */
const STILL_RUNNING = {
  refresh: 'Refresh RAG is still running',
  draft: 'Draft narrative is still running',
  insert: 'Insert in workbook is still running',
  save: 'The settings are still being saved',
  clear: 'Clear RAG is still running',
} as const;
const NOT_STARTED = {
  refresh: 'Refresh RAG did not start',
  draft: 'Draft narrative did not start',
  insert: 'the narrative was not inserted',
  save: 'the settings were not saved',
  clear: 'Clear RAG did not start',
} as const;

/** "Refresh RAG is still running, so Draft narrative did not start. Wait for it to finish, then try again." */
export function busyMessage(running: keyof typeof STILL_RUNNING, refused: keyof typeof STILL_RUNNING): string {
  const what = running === refused && running !== 'save' ? 'it did not start again' : NOT_STARTED[refused];
  return `${STILL_RUNNING[running]}, so ${what}. Wait for it to finish, then try again.`;
}
