import { Title3 } from '@fluentui/react-components';
import type { HostApi } from '../app/hostApi';
import { CommandBar } from './CommandBar';
import { PaneMessages } from './PaneMessages';
import { PaneTabs } from './PaneTabs';
import { type PaneError, useScorecardPane } from './useScorecardPane';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link ScorecardPane}. */
export interface ScorecardPaneProps {
  readonly host: HostApi;
  readonly startupError: PaneError | null;
}

/** Header, the commands, the message bars and the tabs: markup only, state in the hook. */
export function ScorecardPane({ host, startupError }: ScorecardPaneProps) {
  const pane = useScorecardPane(host, startupError);
  const styles = usePaneStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        <Title3 as="h1" className={styles.heading}>
          Scorecard Narrator
        </Title3>
      </header>
      <CommandBar pane={pane} />
      <PaneMessages pane={pane} />
      <PaneTabs pane={pane} />
    </main>
  );
}
