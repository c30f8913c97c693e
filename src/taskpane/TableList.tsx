import { Checkbox, Field, Select, Text } from '@fluentui/react-components';
import type { ColumnRef, ColumnRoleName, TableSummary } from '../app/hostApi';
import { ROLE_WORDS } from '../app/roleWords';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link TableList}. */
export interface TableListProps {
  readonly tables: readonly TableSummary[];
  /** Stores a column's role (null: detect it from the header again); without it the roles are read only. */
  readonly onSaveRole?: ((table: string, column: ColumnRef, role: ColumnRoleName | null) => void) | null;
  /** Leaves a table out of the report (false) or takes it back in (true); without it the choice is not offered. */
  readonly onInclude?: ((table: string, included: boolean) => void) | null;
  /** True while an action runs: the choices wait. */
  readonly busy?: boolean;
}

const DETECT = 'detect';
const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
const ROLES = Object.entries(ROLE_WORDS) as [ColumnRoleName, string][];

/**
 * The indicator tables as read (folded away at first): each column with the role it was given and
 * why, and, where the host can store it, a choice of role; a role the officer set can be handed
 * back to the header. A table can be left out of the report, and taken back in.
 */
export function TableList({ tables, onSaveRole = null, onInclude = null, busy = false }: TableListProps) {
  const styles = usePaneStyles();
  return (
    <details className={styles.tables}>
      <summary>
        <Text weight="semibold">{tables.length === 1 ? '1 table found' : `${tables.length} tables found`}</Text>
      </summary>
      {tables.map((table) => (
        <section key={table.title} aria-label={table.title} className={styles.table}>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {table.title}
          </Text>
          {table.unread && <Text size={200}>{table.unread}</Text>}
          {onInclude && !table.unread && (
            <Checkbox
              checked={!table.excluded}
              disabled={busy}
              label="Include its indicators in the report"
              onChange={(_, data) => onInclude(table.configKey, data.checked === true)}
            />
          )}
          {table.excluded && (
            <Text size={200}>Left out of the report: its indicators are not rated, coloured or written about.</Text>
          )}
          <ul className={styles.list}>
            {table.columns.map((column) => (
              <li key={column.column}>
                {column.labels ? (
                  <Text size={200}>
                    <strong>
                      {column.column}: {column.header}
                    </strong>
                    : the RAG in words, written by Refresh RAG.
                  </Text>
                ) : onSaveRole ? (
                  <Field size="small" label={`${column.column}: ${column.header}`} hint={sentence(column.reason)}>
                    <Select
                      size="small"
                      value={column.role}
                      disabled={busy}
                      onChange={(_, data) =>
                        onSaveRole(
                          table.configKey,
                          column,
                          data.value === DETECT ? null : (data.value as ColumnRoleName),
                        )
                      }
                    >
                      {column.configured && <option value={DETECT}>Detect from the header</option>}
                      {ROLES.map(([role, words]) => (
                        <option key={role} value={role}>
                          {words}
                        </option>
                      ))}
                    </Select>
                  </Field>
                ) : (
                  <Text size={200}>
                    <strong>{column.header}</strong>: {ROLE_WORDS[column.role]} ({column.reason})
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
