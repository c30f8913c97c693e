import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { HostApi } from '../app/hostApi';
import { ScorecardPane } from './ScorecardPane';
import type { PaneError } from './useScorecardPane';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link App}. */
export interface AppProps {
  /** The workbook the buttons act on. */
  readonly host: HostApi;
  /** Follow Office's dark theme (see `prefersDarkTheme`). */
  readonly dark?: boolean;
  /** A problem found before rendering, shown in the message bar from the start. */
  readonly startupError?: PaneError | null;
}

/** The task pane: Fluent theme provider around the Scorecard Narrator pane. */
export function App({ host, dark = false, startupError = null }: AppProps) {
  const styles = usePaneStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <ScorecardPane host={host} startupError={startupError} />
    </FluentProvider>
  );
}
