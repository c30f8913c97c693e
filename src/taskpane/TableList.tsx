import { Text } from '@fluentui/react-components';
import type { TableSummary } from './hostApi';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link TableList}. */
export interface TableListProps {
  readonly tables: readonly TableSummary[];
}

/** The indicator tables as read, each column with the role it was given and why (folded away at first). */
export function TableList({ tables }: TableListProps) {
  const styles = usePaneStyles();
  return (
    <details className={styles.tables}>
      <summary>
        <Text weight="semibold">{tables.length === 1 ? '1 table found' : `${tables.length} tables found`}</Text>
      </summary>
      {tables.map((table) => (
        <section key={table.title} aria-label={table.title}>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {table.title}
          </Text>
          <ul className={styles.list}>
            {table.columns.map((column, i) => (
              <li key={i}>
                <Text size={200}>
                  <strong>{column.header}</strong>: {column.role} ({column.reason})
                </Text>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
