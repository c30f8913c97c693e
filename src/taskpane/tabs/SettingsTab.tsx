import { Text } from '@fluentui/react-components';
import { WorkbookSettingsForm } from '../WorkbookSettingsForm';
import type { ScorecardPane } from '../useScorecardPane';

/** Props for {@link SettingsTab}. */
export interface SettingsTabProps {
  readonly pane: ScorecardPane;
}

/** The settings for the whole workbook, stored in it. */
export function SettingsTab({ pane }: SettingsTabProps) {
  if (!pane.saveWorkbookSettings) return <Text block>The settings cannot be stored in this workbook from here.</Text>;
  if (!pane.settings) return <Text block>The workbook settings show once the scorecard has been read.</Text>;
  return (
    <WorkbookSettingsForm
      view={pane.settings}
      onSave={(settings) => void pane.saveWorkbookSettings?.(settings)}
      busy={pane.busy !== null}
    />
  );
}
