import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout for the task pane: one column, comfortable at Excel's narrowest pane width (~320 px). */
export const usePaneStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    '@media (max-width: 399px)': {
      paddingLeft: tokens.spacingHorizontalMNudge,
      paddingRight: tokens.spacingHorizontalMNudge,
    },
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  /** The narrative's style, beside the Draft button. */
  styleChoice: {
    alignItems: 'center',
  },
  results: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  narrative: {
    minHeight: '16em',
    maxHeight: 'none',
  },
  /**
   * The draft's box fills the pane's height below the commands and tabs (a draft runs to several
   * thousand characters), never less than 16 lines; the officer can drag it taller still.
   */
  narrativeText: {
    minHeight: 'max(16em, calc(100vh - 22rem))',
    maxHeight: 'none',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '6.5em 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  badge: {
    justifySelf: 'start',
    whiteSpace: 'nowrap',
  },
  indicator: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: 0,
  },
  detail: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  form: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  nameRow: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
  },
  tables: {
    color: tokens.colorNeutralForeground1,
  },
  settings: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
  summaryIcon: {
    verticalAlign: 'middle',
    marginRight: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  figures: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  paragraph: {
    margin: 0,
  },
  table: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
});
