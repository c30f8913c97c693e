/**
 * How the ribbon buttons tell the task pane what happened. A ribbon command has no window of
 * its own to speak in; in the shared runtime it publishes its outcome here and the pane (mounted
 * in the same page, shown or not) displays it.
 */
import type {
  HostApi,
  NarrativeParagraph,
  NarrativeStyle,
  NarrativeWhenClearing,
  NarrativeWhenEdited,
  RunControl,
  WorkbookReview,
} from './hostApi';

export type CommandOutcome =
  | ({ readonly kind: 'refreshed'; readonly message: string } & Partial<WorkbookReview>)
  | {
      readonly kind: 'drafted';
      readonly text: string;
      readonly paragraphs?: readonly NarrativeParagraph[];
      readonly notice?: string;
    }
  /** The Narrative sheet has been changed since it was drafted: nothing was written; the pane asks. */
  | { readonly kind: 'narrativeQuestion'; readonly question: string }
  | { readonly kind: 'inserted'; readonly message: string }
  /** Clear RAG removed what the add-in wrote; the message says what, and what it kept; the lists as read after it, where the host gives them. */
  | ({ readonly kind: 'cleared'; readonly message: string } & Partial<WorkbookReview>)
  /** Clear RAG found a Narrative sheet that is not simply ours: nothing was removed; the pane asks. */
  | { readonly kind: 'clearQuestion'; readonly question: string }
  /** A command stopped by Cancel before it wrote anything. */
  | { readonly kind: 'cancelled'; readonly message: string }
  | {
      readonly kind: 'failed';
      readonly command: 'refreshRag' | 'draftNarrative' | 'clearRag';
      readonly message: string;
    };

type Listener = (outcome: CommandOutcome) => void;

const listeners = new Set<Listener>();
let last: CommandOutcome | undefined;

/** Delivers an outcome to every subscriber and remembers it for a pane that mounts later. */
export function publishOutcome(outcome: CommandOutcome): void {
  last = outcome;
  for (const listener of [...listeners]) listener(outcome);
}

/** Calls `listener` for each outcome published from now on; returns the unsubscribe function. */
export function subscribeOutcomes(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The most recent outcome, if any command has run since the page loaded. */
export function lastOutcome(): CommandOutcome | undefined {
  return last;
}

/** Refresh RAG as an outcome: the summary and, where the host gives them, the pane's lists from the same reading. */
export async function refreshOutcome(host: HostApi, control?: RunControl): Promise<CommandOutcome> {
  const { message, review } = await (control ? host.refreshRag(control) : host.refreshRag());
  return { kind: 'refreshed', message, ...review };
}

/**
 * Draft narrative as an outcome. The ribbon gives no `whenEdited` (the host writes a changed
 * Narrative sheet's draft to a new sheet); the pane asks first, then passes the officer's answer.
 */
export async function draftOutcome(
  host: HostApi,
  style?: NarrativeStyle,
  whenEdited?: NarrativeWhenEdited,
  control?: RunControl,
): Promise<CommandOutcome> {
  const result = await (control !== undefined
    ? host.draftNarrative(style, whenEdited, control)
    : whenEdited !== undefined
      ? host.draftNarrative(style, whenEdited)
      : style === undefined
        ? host.draftNarrative()
        : host.draftNarrative(style));
  if ('question' in result) return { kind: 'narrativeQuestion', question: result.question };
  const { text, paragraphs, notice } = result;
  return { kind: 'drafted', text, ...(paragraphs && { paragraphs }), ...(notice && { notice }) };
}

/**
 * Insert in workbook as an outcome: the officer's edited narrative written to the Narrative sheet.
 * The pane asks first when that sheet was changed since it was written, then passes the answer.
 */
export async function insertOutcome(
  host: HostApi,
  text: string,
  style: NarrativeStyle | undefined,
  whenEdited: NarrativeWhenEdited,
): Promise<CommandOutcome> {
  const result = await host.insertNarrative?.(text, style, whenEdited);
  if (result && 'question' in result) return { kind: 'narrativeQuestion', question: result.question };
  return { kind: 'inserted', message: result?.message ?? '' };
}

/**
 * Clear RAG as an outcome. The ribbon gives no `whenEdited` (a Narrative sheet the officer changed
 * is kept); the pane asks first, then passes the answer.
 */
export async function clearOutcome(
  host: HostApi,
  whenEdited?: NarrativeWhenClearing,
  control?: RunControl,
): Promise<CommandOutcome> {
  if (!host.clearRag) throw new Error('Clear RAG is not available here. Open the workbook in Excel.');
  const result = await host.clearRag(whenEdited, control);
  if ('question' in result) return { kind: 'clearQuestion', question: result.question };
  return { kind: 'cleared', message: result.message, ...result.review };
}
