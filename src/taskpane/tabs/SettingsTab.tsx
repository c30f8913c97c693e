import { Text } from '@fluentui/react-components';
import { TableList } from '../TableList';
import type { ScorecardPane } from '../useScorecardPane';
import { WorkbookSettingsForm } from '../WorkbookSettingsForm';

/** Props for {@link SettingsTab}. */
export interface SettingsTabProps {
  readonly pane: ScorecardPane;
}

/**
 * How the workbook is rated and read: the settings for the whole workbook, then the tables found
 * with what each column was taken to be. Both are stored in the workbook.
 */
export function SettingsTab({ pane }: SettingsTabProps) {
  const busy = pane.busy !== null;
  return (
    <>
      {!pane.saveWorkbookSettings ? (
        <Text block>The settings cannot be stored in this workbook from here.</Text>
      ) : pane.settings ? (
        <WorkbookSettingsForm
          view={pane.settings}
          onSave={(settings) => void pane.saveWorkbookSettings?.(settings)}
          busy={busy}
        />
      ) : (
        <Text block>The workbook settings show once the scorecard has been read.</Text>
      )}
      {pane.tables.length > 0 ? (
        <TableList
          tables={pane.tables}
          onSaveRole={pane.saveColumnRole && ((table, column, role) => void pane.saveColumnRole?.(table, column, role))}
          onInclude={pane.saveTableIncluded && ((table, included) => void pane.saveTableIncluded?.(table, included))}
          busy={busy}
        />
      ) : (
        <Text block>No tables read yet: choose Refresh RAG to read the scorecard.</Text>
      )}
    </>
  );
}
