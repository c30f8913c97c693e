import { Spinner, Text, Subtitle2 } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { ColumnRoleName, ColumnSummary, IndicatorSettings, IndicatorSummary, NarrativeParagraph, TableSummary, WorkbookWarning } from './hostApi';
import { usePaneStyles } from './usePaneStyles';

// The lists and the narrative editor load only once there is something to show, keeping them (and
// the Fluent components only they use) out of the pane's first download.
const NarrativePreview = lazy(() => import('./NarrativePreview').then((module) => ({ default: module.NarrativePreview })));
const IndicatorList = lazy(() => import('./IndicatorList').then((module) => ({ default: module.IndicatorList })));
const WarningList = lazy(() => import('./WarningList').then((module) => ({ default: module.WarningList })));
const TableList = lazy(() => import('./TableList').then((module) => ({ default: module.TableList })));

const loading = <Spinner size="tiny" label="Loading…" />;

/** Props for {@link ResultsArea}. */
export interface ResultsAreaProps {
  readonly status: string | null;
  readonly narrative: string | null;
  readonly indicators?: readonly IndicatorSummary[];
  readonly tables?: readonly TableSummary[];
  readonly warnings?: readonly WorkbookWarning[];
  /** Selects an indicator's cell in Excel, when the host can. */
  readonly onSelect?: ((sheet: string, cell: string) => void) | null;
  /** Stores an indicator's settings, when the host can. */
  readonly onSave?: ((key: string, settings: IndicatorSettings) => void) | null;
  /** Stores a column's role, when the host can. */
  readonly onSaveRole?: ((table: string, column: Pick<ColumnSummary, 'column' | 'header'>, role: ColumnRoleName | null) => void) | null;
  /** Writes the edited narrative to the workbook, when the host can. */
  readonly onInsert?: ((text: string) => void) | null;
  /** What became of the last Insert. */
  readonly narrativeNotice?: string | null;
  /** The draft's paragraphs with their figures tied to cells. */
  readonly paragraphs?: readonly NarrativeParagraph[];
  /** True while an action runs. */
  readonly busy?: boolean;
}

/** What the last actions produced: the RAG summary, the indicators and tables, and the draft narrative. */
export function ResultsArea(props: ResultsAreaProps) {
  const { status, narrative, indicators = [], tables = [], warnings = [], onSelect = null, onSave = null, onSaveRole = null, onInsert = null, narrativeNotice = null, paragraphs = [], busy = false } = props;
  const styles = usePaneStyles();
  return (
    <section className={styles.results} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading" className={styles.heading}>Results</Subtitle2>
      {status === null && narrative === null && (
        <Text>Choose Refresh RAG to rate the indicators against their targets, or Draft narrative to write the covering report.</Text>
      )}
      <Text role="status">{status}</Text>
      {warnings.length > 0 && (
        <Suspense fallback={loading}>
          <WarningList warnings={warnings} onSelect={onSelect} />
        </Suspense>
      )}
      {narrative !== null && (
        <Suspense fallback={loading}>
          <NarrativePreview key={narrative} text={narrative} onInsert={onInsert} notice={narrativeNotice} busy={busy} paragraphs={paragraphs} onSelect={onSelect} />
        </Suspense>
      )}
      {indicators.length > 0 && (
        <Suspense fallback={loading}>
          <IndicatorList indicators={indicators} onSelect={onSelect} onSave={onSave} />
        </Suspense>
      )}
      {tables.length > 0 && (
        <Suspense fallback={loading}>
          <TableList tables={tables} onSaveRole={onSaveRole} busy={busy} />
        </Suspense>
      )}
    </section>
  );
}
