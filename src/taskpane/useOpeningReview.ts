import { type Dispatch, type SetStateAction, useEffect } from 'react';
import { commandGate } from '../app/commandGate';
import type { HostApi, WorkbookReview } from '../app/hostApi';
import type { PaneError, PaneState } from './useScorecardPane';

/**
 * Reads the workbook once when the pane opens (where the host can), so the tables found and the
 * indicators show before any click. A refresh that finishes first wins; a failure here shows
 * nothing, since Refresh RAG will say the same thing when the officer asks for it.
 */
export function useOpeningReview(
  host: HostApi,
  startupError: PaneError | null,
  setState: Dispatch<SetStateAction<PaneState>>,
): void {
  useEffect(() => {
    if (!host.review || startupError) return;
    let live = true;
    host.review().then(
      (review) => {
        if (live)
          setState((previous) =>
            previous.indicators.length || previous.status !== null ? previous : { ...previous, ...review },
          );
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, startupError, setState]);
}

/** The lists a review gives the pane, and nothing else of its state. */
function reviewLists({
  indicators,
  tables,
  warnings,
  settings,
  excluded,
  lastRefresh,
}: WorkbookReview): Partial<PaneState> {
  return {
    indicators,
    tables,
    ...(warnings && { warnings }),
    ...(settings && { settings }),
    ...(excluded && { excluded }),
    ...(lastRefresh !== undefined && { lastRefresh }),
  };
}

/**
 * Reads the workbook again each time the pane is shown after being hidden (where the host can tell),
 * since it may have changed meanwhile: the lists are replaced, and nothing else — the officer's
 * unsaved edits in the pane's forms and the draft stay, as the forms keep their own fields. A read
 * overtaken by a command (from the pane or the ribbon) is dropped: the command brings its own lists;
 * and a failure shows nothing, as on opening.
 */
export function useReviewWhenShown(
  host: HostApi,
  startupError: PaneError | null,
  setState: Dispatch<SetStateAction<PaneState>>,
): void {
  useEffect(() => {
    if (!host.review || !host.onPaneShown || startupError) return;
    let live = true;
    const stopReads = new Set<() => void>();
    const stopListening = host.onPaneShown(() => {
      if (commandGate.running() !== null) return;
      let overtaken = false;
      const stopWatching = commandGate.subscribe((running) => {
        if (running !== null) overtaken = true;
      });
      stopReads.add(stopWatching);
      const done = () => {
        stopWatching();
        stopReads.delete(stopWatching);
      };
      host.review!().then((review) => {
        done();
        if (live && !overtaken) setState((previous) => ({ ...previous, ...reviewLists(review) }));
      }, done);
    });
    return () => {
      live = false;
      stopListening();
      for (const stop of stopReads) stop();
    };
  }, [host, startupError, setState]);
}
