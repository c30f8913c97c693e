import { Text } from '@fluentui/react-components';
import { CellLink } from './CellLink';
import { Warning16Regular } from '@fluentui/react-icons';
import type { WorkbookWarning } from '../app/hostApi';
import { useListNavigation } from './useListNavigation';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link WarningList}. */
export interface WarningListProps {
  readonly warnings: readonly WorkbookWarning[];
  /** Selects a cell in Excel; without it there are no links. */
  readonly onSelect: ((sheet: string, cell: string) => void) | null;
}

/** What to check in the workbook (folded away at first), each with a link to its cell. */
export function WarningList({ warnings, onSelect }: WarningListProps) {
  const styles = usePaneStyles();
  const keys = useListNavigation();
  return (
    <details className={styles.tables}>
      <summary>
        <Warning16Regular aria-hidden className={styles.summaryIcon} />
        <Text weight="semibold">
          {warnings.length === 1
            ? '1 thing to check in the workbook'
            : `${warnings.length} things to check in the workbook`}
        </Text>
      </summary>
      <ul className={styles.list} {...keys}>
        {warnings.map((warning, i) => (
          <li key={i}>
            <Text size={200}>{warning.message}</Text>
            {onSelect && warning.sheet && warning.cell && (
              <>
                {' '}
                <CellLink inline onClick={() => onSelect(warning.sheet!, warning.cell!)}>
                  Go to {warning.sheet}!{warning.cell}
                </CellLink>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
