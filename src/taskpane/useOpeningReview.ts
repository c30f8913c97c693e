import { type Dispatch, type SetStateAction, useEffect } from 'react';
import type { HostApi } from '../app/hostApi';
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
