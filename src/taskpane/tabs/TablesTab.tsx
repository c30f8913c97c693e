import { Text } from '@fluentui/react-components';
import { TableList } from '../TableList';
import type { ScorecardPane } from '../useScorecardPane';

/** Props for {@link TablesTab}. */
export interface TablesTabProps {
  readonly pane: ScorecardPane;
}

/** The indicator tables as read, with what each column was taken to be. */
export function TablesTab({ pane }: TablesTabProps) {
  if (pane.tables.length === 0) return <Text block>No tables read yet: choose Refresh RAG to read the scorecard.</Text>;
  return (
    <TableList
      tables={pane.tables}
      onSaveRole={pane.saveColumnRole && ((table, column, role) => void pane.saveColumnRole?.(table, column, role))}
      busy={pane.busy !== null}
    />
  );
}
