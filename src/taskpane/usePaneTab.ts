import { useCallback, useState } from 'react';

/**
 * The pane's tabs, in the order shown. Four, so that they fit on one line in Excel's narrowest pane
 * (320 px): the tables as read, with their columns' roles, are part of the Settings — they are how
 * the workbook is read, set once and stored in it, like the settings above them.
 */
export const PANE_TABS = ['overview', 'indicators', 'narrative', 'settings'] as const;
export type PaneTab = (typeof PANE_TABS)[number];

/**
 * Where the chosen tab is remembered. In the browser's storage for the add-in's own origin rather
 * than in the workbook's settings: the tab is how one officer likes to look at the pane, not a
 * fact about the scorecard, so it should not travel with the file to colleagues, and storing it in
 * the document would mark the workbook changed (and need a save) for a click that changes nothing
 * in it. Storage that is unavailable (blocked, or a private window that refuses it) is no error: the
 * pane opens on the Overview.
 */
export const TAB_STORAGE_KEY = 'scorecardNarrator.tab';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function rememberedTab(): PaneTab {
  try {
    const stored = storage()?.getItem(TAB_STORAGE_KEY);
    return PANE_TABS.find((tab) => tab === stored) ?? 'overview';
  } catch {
    return 'overview';
  }
}

/**
 * The tab shown, starting from the one the officer chose last time; `choose` shows a tab and
 * remembers it, `show` shows one without remembering it (the pane bringing a new draft forward is
 * not the officer's choice of where to start next time).
 */
export function usePaneTab(): { tab: PaneTab; choose(tab: PaneTab): void; show(tab: PaneTab): void } {
  const [tab, show] = useState<PaneTab>(rememberedTab);
  const choose = useCallback((next: PaneTab) => {
    show(next);
    try {
      storage()?.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Not remembered: the pane still shows the tab.
    }
  }, []);
  return { tab, choose, show };
}
