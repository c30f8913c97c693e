import { Text } from '@fluentui/react-components';
import { IndicatorList } from '../IndicatorList';
import type { ScorecardPane } from '../useScorecardPane';

/** Props for {@link IndicatorsTab}. */
export interface IndicatorsTabProps {
  readonly pane: ScorecardPane;
}

/** Every indicator with its rating, grouped by sheet and section, each with its settings; those left out below. */
export function IndicatorsTab({ pane }: IndicatorsTabProps) {
  if (pane.indicators.length === 0 && pane.excluded.length === 0)
    return <Text block>No indicators yet: choose Refresh RAG to read and rate the scorecard.</Text>;
  return (
    <IndicatorList
      indicators={pane.indicators}
      onSelect={pane.selectCell && ((sheet, cell) => void pane.selectCell?.(sheet, cell))}
      onSave={pane.saveIndicator && ((key, settings) => void pane.saveIndicator?.(key, settings))}
      onInclude={pane.saveIndicatorIncluded && ((key, included) => void pane.saveIndicatorIncluded?.(key, included))}
      excluded={pane.excluded}
      busy={pane.busy !== null}
    />
  );
}
