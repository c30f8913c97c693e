import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ScorecardPane } from './useScorecardPane';
import { type PaneTab, usePaneTab } from './usePaneTab';

// Each tab (and the Fluent components only it uses) loads when first shown — the Overview at once,
// alongside the workbook's first reading — keeping them all out of the pane's first download.
const OverviewTab = lazy(() => import('./tabs/OverviewTab').then((m) => ({ default: m.OverviewTab })));
const IndicatorsTab = lazy(() => import('./tabs/IndicatorsTab').then((m) => ({ default: m.IndicatorsTab })));
const NarrativeTab = lazy(() => import('./tabs/NarrativeTab').then((m) => ({ default: m.NarrativeTab })));
const SettingsTab = lazy(() => import('./tabs/SettingsTab').then((m) => ({ default: m.SettingsTab })));

const TAB_WORDS: Readonly<Record<PaneTab, string>> = {
  overview: 'Overview',
  indicators: 'Indicators',
  narrative: 'Narrative',
  settings: 'Settings',
};

const useStyles = makeStyles({
  tabs: {
    // Wrapping keeps every tab whole should a larger text size need more room than the pane has.
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`,
  },
  /** In a narrow pane (Excel's narrowest is 320 px) the tabs' text is smaller, so that they fit on one line. */
  tab: {
    '@media (max-width: 399px)': {
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
      '& .fui-Tab__content, & .fui-Tab__content--reserved-space': {
        fontSize: tokens.fontSizeBase200,
        lineHeight: tokens.lineHeightBase200,
      },
    },
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

/** Props for {@link PaneTabs}. */
export interface PaneTabsProps {
  readonly pane: ScorecardPane;
}

function TabContent({ tab, pane }: { tab: PaneTab; pane: ScorecardPane }) {
  switch (tab) {
    case 'overview':
      return <OverviewTab pane={pane} />;
    case 'indicators':
      return <IndicatorsTab pane={pane} />;
    case 'narrative':
      return <NarrativeTab pane={pane} />;
    case 'settings':
      return <SettingsTab pane={pane} />;
  }
}

/**
 * The tabs under the commands, and the chosen tab's panel. Fluent's TabList is one Tab stop and
 * the arrow keys move between its tabs (https://react.fluentui.dev/?path=/docs/components-tablist--docs).
 * The tab chosen is remembered (see `usePaneTab`); a new draft brings the Narrative tab forward,
 * since that is where it is read and edited. A tab once shown stays mounted, hidden while another is
 * shown, so what the officer was typing in one (a target, a setting, the draft) is still there when
 * they come back to it.
 */
export function PaneTabs({ pane }: PaneTabsProps) {
  const styles = useStyles();
  const { tab, choose, show } = usePaneTab();
  const [visited, setVisited] = useState<readonly PaneTab[]>([tab]);
  if (!visited.includes(tab)) setVisited([...visited, tab]);
  const shownDraft = useRef(pane.narrative);
  useEffect(() => {
    if (pane.narrative !== null && pane.narrative !== shownDraft.current) show('narrative');
    shownDraft.current = pane.narrative;
  }, [pane.narrative, show]);
  return (
    <>
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => choose(data.value as PaneTab)}
        aria-label="Views"
        className={styles.tabs}
      >
        {(Object.keys(TAB_WORDS) as PaneTab[]).map((value) => (
          <Tab
            key={value}
            value={value}
            className={styles.tab}
            id={`tab-${value}`}
            aria-controls={value === tab ? `panel-${value}` : undefined}
          >
            {TAB_WORDS[value]}
          </Tab>
        ))}
      </TabList>
      {visited.map((value) => (
        <div
          key={value}
          role="tabpanel"
          id={`panel-${value}`}
          aria-labelledby={`tab-${value}`}
          // The panel's class sets display, which would outweigh the hidden attribute: none while hidden.
          className={value === tab ? styles.panel : undefined}
          hidden={value !== tab}
        >
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <TabContent tab={value} pane={pane} />
          </Suspense>
        </div>
      ))}
    </>
  );
}
