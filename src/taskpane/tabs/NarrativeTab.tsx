import { Text } from '@fluentui/react-components';
import { NarrativePreview } from '../NarrativePreview';
import type { ScorecardPane } from '../useScorecardPane';

/** Props for {@link NarrativeTab}. */
export interface NarrativeTabProps {
  readonly pane: ScorecardPane;
}

/** The draft narrative, given the height of the pane to read and edit in. */
export function NarrativeTab({ pane }: NarrativeTabProps) {
  if (pane.narrative === null)
    return <Text block>No draft yet: choose Draft narrative to write the committee covering report.</Text>;
  return (
    <NarrativePreview
      key={pane.narrative}
      text={pane.narrative}
      onInsert={pane.insertNarrative && ((text) => void pane.insertNarrative?.(text))}
      notice={pane.narrativeNotice}
      stale={pane.narrativeStale}
      busy={pane.busy !== null}
      paragraphs={pane.paragraphs}
      onSelect={pane.selectCell && ((sheet, cell) => void pane.selectCell?.(sheet, cell))}
    />
  );
}
