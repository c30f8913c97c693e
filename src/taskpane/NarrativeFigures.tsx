import { Text } from '@fluentui/react-components';
import { CellLink } from './CellLink';
import type { NarrativeParagraph } from '../app/hostApi';
import { useListNavigation } from './useListNavigation';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link NarrativeFigures}. */
export interface NarrativeFiguresProps {
  readonly paragraphs: readonly NarrativeParagraph[];
  /** Selects a cell in Excel. */
  readonly onSelect: (sheet: string, cell: string) => void;
}

/**
 * The draft as it was written, folded away at first, each figure a link to the cell it came
 * from: the officer checks a number by choosing it, and Excel shows the cell.
 */
export function NarrativeFigures({ paragraphs, onSelect }: NarrativeFiguresProps) {
  const styles = usePaneStyles();
  const keys = useListNavigation();
  return (
    <details className={styles.tables}>
      <summary>
        <Text weight="semibold">Check the figures</Text>
      </summary>
      <div className={styles.figures} {...keys}>
        <Text as="p" block size={200} className={styles.detail}>
          Each figure in the draft goes to the cell it came from.
        </Text>
        {paragraphs.map((paragraph, i) => {
          const content = paragraph.parts.map((part, j) =>
            part.cell ? (
              <CellLink
                key={j}
                inline
                title={`Go to ${part.cell.sheet}!${part.cell.cell}`}
                aria-label={`${part.text}, from ${part.cell.sheet}!${part.cell.cell}`}
                onClick={() => onSelect(part.cell!.sheet, part.cell!.cell)}
              >
                {part.text}
              </CellLink>
            ) : (
              part.text
            ),
          );
          if (paragraph.kind === 'item')
            return (
              <Text as="p" block key={i} className={styles.paragraph}>
                {content}
              </Text>
            );
          return (
            <Text
              as={paragraph.kind === 'subheading' ? 'h4' : 'h3'}
              weight="semibold"
              block
              key={i}
              className={styles.heading}
            >
              {content}
            </Text>
          );
        })}
      </div>
    </details>
  );
}
