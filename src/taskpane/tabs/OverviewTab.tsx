import { Subtitle2, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { lastRefreshSentence } from '../../app/lastRefresh';
import { ragPosition } from '../../app/ragPosition';
import { RagChangeList } from '../RagChangeList';
import { RagChart } from '../RagChart';
import type { ScorecardPane } from '../useScorecardPane';
import { usePaneStyles } from '../usePaneStyles';
import { WarningList } from '../WarningList';
import { WritePlanSection } from '../WritePlanSection';

/** Props for {@link OverviewTab}. */
export interface OverviewTabProps {
  readonly pane: ScorecardPane;
}

/** What the pane says before anything is shown: what the ratings are, and whether anything was written. */
function opening(pane: ScorecardPane): string | null {
  if (pane.status !== null) return null;
  if (pane.indicators.length > 0) {
    const period = pane.settings?.reporting ? ` for ${pane.settings.reporting}` : '';
    // A workbook refreshed before (in another session) has our rules and labels already.
    if (pane.lastRefresh)
      return `These ratings${period} are worked out from the workbook as it is now. Refresh RAG brings its colours and labels up to date with them.`;
    return `These ratings${period} are worked out from the workbook as it is: nothing has been written to it yet. Refresh RAG writes them into the workbook, as set out below.`;
  }
  if (pane.narrative !== null) return null;
  return 'Choose Refresh RAG to rate the indicators against their targets, or Draft narrative to write the covering report.';
}

/**
 * The RAG position at a glance: the counts and their chart, which ratings the last refresh changed
 * (as the workbook keeps it, with when; else against the pane's reading before it), what to check,
 * and what Refresh RAG writes.
 */
export function OverviewTab({ pane }: OverviewTabProps) {
  const styles = usePaneStyles();
  const position = useMemo(() => ragPosition(pane.indicators), [pane.indicators]);
  const onSelect = pane.selectCell && ((sheet: string, cell: string) => void pane.selectCell?.(sheet, cell));
  const intro = opening(pane);
  return (
    <>
      <Subtitle2 as="h2" className={styles.heading}>
        RAG position
      </Subtitle2>
      {intro && <Text block>{intro}</Text>}
      {position.total > 0 && <RagChart position={position} />}
      {(pane.lastRefresh !== null || pane.changes !== null) && (
        <section aria-labelledby="changes-heading" className={styles.results}>
          <Text as="h3" id="changes-heading" weight="semibold" size={400} block className={styles.heading}>
            Changed by the last refresh
          </Text>
          {pane.lastRefresh ? (
            <>
              <Text block>{lastRefreshSentence(pane.lastRefresh)}</Text>
              {pane.lastRefresh.changes && (
                <RagChangeList changes={pane.lastRefresh.changes} onSelect={onSelect} none="No rating changed." />
              )}
            </>
          ) : (
            <RagChangeList
              changes={pane.changes!}
              onSelect={onSelect}
              none="No rating changed since the pane last read the workbook."
            />
          )}
        </section>
      )}
      {pane.warnings.length > 0 && <WarningList warnings={pane.warnings} onSelect={onSelect} />}
      {pane.plan && <WritePlanSection plan={pane.plan} before={pane.status === null && pane.lastRefresh === null} />}
    </>
  );
}
