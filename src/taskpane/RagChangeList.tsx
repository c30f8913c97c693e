import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowRight16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import type { RagChange } from '../app/ragPosition';
import { CellLink } from './CellLink';
import { useListNavigation } from './useListNavigation';
import { usePaneStyles } from './usePaneStyles';

const useStyles = makeStyles({
  /** The arrow beside the line; the line, a button, wraps within itself. */
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
  },
  icon: {
    flexShrink: 0,
    marginTop: '2px',
  },
});

/** Props for {@link RagChangeList}. */
export interface RagChangeListProps {
  readonly changes: readonly RagChange[];
  /** Selects a cell in Excel; without it the names are plain text. */
  readonly onSelect: ((sheet: string, cell: string) => void) | null;
  /** What to say when there is no change. */
  readonly none: string;
}

const MOVED = { true: 'better', false: 'worse', null: 'changed' } as const;

/** The indicators whose rating changed, each "Amber to Green (better)", one Tab stop with arrows between names. */
export function RagChangeList({ changes, onSelect, none }: RagChangeListProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const navigation = useListNavigation();
  if (changes.length === 0) return <Text block>{none}</Text>;
  return (
    <ul className={styles.list} aria-label="Ratings changed" {...navigation}>
      {changes.map((change) => {
        const sentence = `${change.name}: ${change.from} to ${change.to} (${MOVED[String(change.better) as keyof typeof MOVED]})`;
        const Icon =
          change.better === null ? ArrowRight16Regular : change.better ? ArrowUp16Regular : ArrowDown16Regular;
        return (
          <li key={`${change.sheet}!${change.cell}`} className={styles.row}>
            <Icon aria-hidden className={styles.icon} />
            {onSelect ? (
              <CellLink onClick={() => onSelect(change.sheet, change.cell)}>{sentence}</CellLink>
            ) : (
              <Text>{sentence}</Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
