import { Spinner, Text, Subtitle2 } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { ScorecardPane } from './useScorecardPane';
import { usePaneStyles } from './usePaneStyles';

// The lists and the narrative editor load only once there is something to show, keeping them (and
// the Fluent components only they use) out of the pane's first download.
const NarrativePreview = lazy(() =>
  import('./NarrativePreview').then((module) => ({ default: module.NarrativePreview })),
);
const IndicatorList = lazy(() => import('./IndicatorList').then((module) => ({ default: module.IndicatorList })));
const WarningList = lazy(() => import('./WarningList').then((module) => ({ default: module.WarningList })));
const WorkbookSettingsForm = lazy(() =>
  import('./WorkbookSettingsForm').then((module) => ({ default: module.WorkbookSettingsForm })),
);
const TableList = lazy(() => import('./TableList').then((module) => ({ default: module.TableList })));

const loading = <Spinner size="tiny" label="Loading…" />;

/** Props for {@link ResultsArea}: the pane's state and actions, from `useScorecardPane`. */
export interface ResultsAreaProps {
  readonly pane: ScorecardPane;
}

/**
 * What the last actions produced: the RAG summary, what to check, the draft narrative, the
 * indicators, the tables and the workbook settings. Markup only: each action comes from the hook,
 * and is left out where the host cannot do it.
 */
export function ResultsArea({ pane }: ResultsAreaProps) {
  const styles = usePaneStyles();
  const busy = pane.busy !== null;
  const onSelect = pane.selectCell && ((sheet: string, cell: string) => void pane.selectCell?.(sheet, cell));
  return (
    <section className={styles.results} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading" className={styles.heading}>
        Results
      </Subtitle2>
      {pane.status === null && pane.narrative === null && (
        <Text>
          Choose Refresh RAG to rate the indicators against their targets, or Draft narrative to write the covering
          report.
        </Text>
      )}
      <Text role="status">{pane.status}</Text>
      {pane.warnings.length > 0 && (
        <Suspense fallback={loading}>
          <WarningList warnings={pane.warnings} onSelect={onSelect} />
        </Suspense>
      )}
      {pane.narrative !== null && (
        <Suspense fallback={loading}>
          <NarrativePreview
            key={pane.narrative}
            text={pane.narrative}
            onInsert={pane.insertNarrative && ((text) => void pane.insertNarrative?.(text))}
            notice={pane.narrativeNotice}
            stale={pane.narrativeStale}
            busy={busy}
            paragraphs={pane.paragraphs}
            onSelect={onSelect}
          />
        </Suspense>
      )}
      {(pane.indicators.length > 0 || pane.excluded.length > 0) && (
        <Suspense fallback={loading}>
          <IndicatorList
            indicators={pane.indicators}
            onSelect={onSelect}
            onSave={pane.saveIndicator && ((key, settings) => void pane.saveIndicator?.(key, settings))}
            onInclude={
              pane.saveIndicatorIncluded && ((key, included) => void pane.saveIndicatorIncluded?.(key, included))
            }
            excluded={pane.excluded}
            busy={busy}
          />
        </Suspense>
      )}
      {pane.tables.length > 0 && (
        <Suspense fallback={loading}>
          <TableList
            tables={pane.tables}
            onSaveRole={
              pane.saveColumnRole && ((table, column, role) => void pane.saveColumnRole?.(table, column, role))
            }
            onInclude={pane.saveTableIncluded && ((table, included) => void pane.saveTableIncluded?.(table, included))}
            busy={busy}
          />
        </Suspense>
      )}
      {pane.settings && pane.saveWorkbookSettings && (
        <Suspense fallback={loading}>
          <WorkbookSettingsForm
            view={pane.settings}
            onSave={(settings) => void pane.saveWorkbookSettings?.(settings)}
            busy={busy}
          />
        </Suspense>
      )}
    </section>
  );
}
