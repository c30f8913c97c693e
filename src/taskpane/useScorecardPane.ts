import { useCallback, useEffect, useRef, useState } from 'react';
import { type CommandOutcome, lastOutcome, subscribeOutcomes } from './commandOutcomes';
import { describeError, type HostApi } from './hostApi';

/** A problem to show in the pane's message bar. */
export interface PaneError {
  readonly title: string;
  readonly detail: string;
}

/** Everything the pane shows. */
export interface PaneState {
  /** Which action is running, if any; both buttons are disabled meanwhile. */
  readonly busy: 'refresh' | 'draft' | null;
  readonly error: PaneError | null;
  /** The summary from the last RAG refresh. */
  readonly status: string | null;
  /** The last draft narrative. */
  readonly narrative: string | null;
}

/** The pane's state plus the actions its buttons call. */
export interface ScorecardPane extends PaneState {
  refreshRag(): Promise<void>;
  draftNarrative(): Promise<void>;
  dismissError(): void;
}

const refreshFailed = 'RAG not refreshed';
const draftFailed = 'Narrative not drafted';

function applyOutcome(state: PaneState, outcome: CommandOutcome): PaneState {
  switch (outcome.kind) {
    case 'refreshed':
      return { ...state, busy: null, error: null, status: outcome.message };
    case 'drafted':
      return { ...state, busy: null, error: null, narrative: outcome.text };
    case 'failed':
      return { ...state, busy: null, error: { title: outcome.command === 'refreshRag' ? refreshFailed : draftFailed, detail: outcome.message } };
  }
}

/**
 * The task pane's state and actions over a {@link HostApi}. Also shows what the ribbon buttons
 * did (they publish to `commandOutcomes`), so the pane and the ribbon tell one story.
 * @param host the workbook
 * @param startupError a problem found before the pane rendered (e.g. Excel too old)
 */
export function useScorecardPane(host: HostApi, startupError: PaneError | null = null): ScorecardPane {
  const [state, setState] = useState<PaneState>(() => {
    const initial: PaneState = { busy: null, error: startupError, status: null, narrative: null };
    const outcome = lastOutcome();
    const afterRibbon = outcome ? applyOutcome(initial, outcome) : initial;
    return startupError ? { ...afterRibbon, error: startupError } : afterRibbon;
  });
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    const unsubscribe = subscribeOutcomes((outcome) => setState((previous) => applyOutcome(previous, outcome)));
    return () => {
      mounted.current = false;
      unsubscribe();
    };
  }, []);

  const run = useCallback(
    async (busy: 'refresh' | 'draft', work: () => Promise<CommandOutcome>, failureTitle: string): Promise<void> => {
      setState((previous) => ({ ...previous, busy, error: null }));
      let outcome: CommandOutcome;
      try {
        outcome = await work();
      } catch (error) {
        if (mounted.current) setState((previous) => ({ ...previous, busy: null, error: { title: failureTitle, detail: describeError(error) } }));
        return;
      }
      if (mounted.current) setState((previous) => applyOutcome(previous, outcome));
    },
    [],
  );

  const refreshRag = useCallback(
    () => run('refresh', async () => ({ kind: 'refreshed', message: (await host.refreshRag()).message }), refreshFailed),
    [host, run],
  );
  const draftNarrative = useCallback(
    () => run('draft', async () => ({ kind: 'drafted', text: (await host.draftNarrative()).text }), draftFailed),
    [host, run],
  );
  const dismissError = useCallback(() => setState((previous) => ({ ...previous, error: null })), []);

  return { ...state, refreshRag, draftNarrative, dismissError };
}
