import { Spinner, Text, Subtitle2 } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { usePaneStyles } from './usePaneStyles';

// The narrative editor is loaded only once there is a narrative to show, keeping it (and the
// Fluent components only it uses) out of the pane's first download.
const NarrativePreview = lazy(() => import('./NarrativePreview').then((module) => ({ default: module.NarrativePreview })));

/** Props for {@link ResultsArea}. */
export interface ResultsAreaProps {
  readonly status: string | null;
  readonly narrative: string | null;
}

/** What the last actions produced: the RAG summary and the draft narrative. */
export function ResultsArea({ status, narrative }: ResultsAreaProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.results} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading" className={styles.heading}>Results</Subtitle2>
      {status === null && narrative === null && (
        <Text>Choose Refresh RAG to rate the indicators against their targets, or Draft narrative to write the covering report.</Text>
      )}
      <Text role="status">{status}</Text>
      {narrative !== null && (
        <Suspense fallback={<Spinner size="tiny" label="Loading the draft…" />}>
          <NarrativePreview key={narrative} text={narrative} />
        </Suspense>
      )}
    </section>
  );
}
