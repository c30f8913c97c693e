import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { RagPosition } from '../app/ragPosition';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  rows: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr max-content',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  track: {
    height: '12px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    minWidth: '2px',
    // In Windows high contrast the system colours replace backgrounds: the bar is drawn in the
    // text colour instead, so it stays visible (its word and count are beside it in any case).
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'CanvasText',
    },
  },
  red: { backgroundColor: tokens.colorPaletteRedBackground3 },
  amber: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  green: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  none: { backgroundColor: tokens.colorNeutralForeground3 },
  count: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
  },
  caption: {
    margin: 0,
  },
  term: {
    margin: 0,
  },
  value: {
    margin: 0,
  },
});

/** Props for {@link RagChart}. */
export interface RagChartProps {
  readonly position: RagPosition;
}

/**
 * The RAG counts as a small bar chart. Every bar has its word and its number beside it, and the
 * caption says the whole in a sentence, so nothing rests on colour or on seeing the bars (which
 * are hidden from screen readers, the numbers being the same information).
 */
export function RagChart({ position }: RagChartProps) {
  const styles = useStyles();
  return (
    <figure className={styles.figure} aria-labelledby="rag-chart-caption">
      <Text as="p" id="rag-chart-caption" block className={styles.caption}>
        {position.sentence}
      </Text>
      <dl className={styles.rows}>
        {position.bars.map((bar) => (
          <div key={bar.rag} style={{ display: 'contents' }}>
            <dt className={styles.term}>
              <Text>{bar.label}</Text>
            </dt>
            <dd className={styles.value} aria-hidden="true">
              <div className={styles.track}>
                <div
                  className={mergeClasses(styles[bar.rag], styles.bar)}
                  style={{ width: `${(bar.share * 100).toFixed(1)}%` }}
                />
              </div>
            </dd>
            <dd className={mergeClasses(styles.value, styles.count)}>
              <Text weight="semibold">{bar.countText}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
