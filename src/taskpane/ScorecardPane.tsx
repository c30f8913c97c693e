import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Title3,
} from '@fluentui/react-components';
import { ArrowSync20Regular, Dismiss20Regular, DocumentText20Regular, Eraser20Regular } from '@fluentui/react-icons';
import type { HostApi, NarrativeStyle } from '../app/hostApi';
import { ClearRagQuestion } from './ClearRagQuestion';
import { CommandProgress } from './CommandProgress';
import { ResultsArea } from './ResultsArea';
import { type PaneError, useScorecardPane } from './useScorecardPane';
import { usePaneStyles } from './usePaneStyles';

/** The narrative's styles in the officer's words, in the order offered. */
export const NARRATIVE_STYLE_CHOICES: readonly (readonly [NarrativeStyle, string])[] = [
  ['committee', 'Committee report'],
  ['briefing', 'Briefing: a line each'],
  ['exceptions', 'Exceptions: red and amber'],
];

/** Props for {@link ScorecardPane}. */
export interface ScorecardPaneProps {
  readonly host: HostApi;
  readonly startupError: PaneError | null;
}

/** Header, the two actions, the message bar and the results: markup only, state in the hook. */
export function ScorecardPane({ host, startupError }: ScorecardPaneProps) {
  const pane = useScorecardPane(host, startupError);
  const styles = usePaneStyles();
  const busy = pane.busy !== null;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        <Title3 as="h1" className={styles.heading}>
          Scorecard Narrator
        </Title3>
      </header>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<ArrowSync20Regular />}
          disabledFocusable={busy}
          onClick={() => void pane.refreshRag()}
        >
          Refresh RAG
        </Button>
        <Button icon={<DocumentText20Regular />} disabledFocusable={busy} onClick={() => void pane.draftNarrative()}>
          Draft narrative
        </Button>
        <Field label="Style" orientation="horizontal" className={styles.styleChoice}>
          <Select
            value={pane.narrativeStyle}
            onChange={(_, data) => pane.setNarrativeStyle(data.value as NarrativeStyle)}
          >
            {NARRATIVE_STYLE_CHOICES.map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </Select>
        </Field>
        {pane.clearRag && (
          <Button icon={<Eraser20Regular />} disabledFocusable={busy} onClick={() => void pane.clearRag?.()}>
            Clear RAG
          </Button>
        )}
      </div>
      <CommandProgress
        busy={pane.busy}
        progress={pane.progress}
        notice={pane.commandNotice}
        onCancel={pane.cancelCommand}
      />
      {pane.clearQuestion && (
        <ClearRagQuestion
          question={pane.clearQuestion}
          busy={busy}
          onAnswer={(choice) => void pane.answerClearQuestion(choice)}
        />
      )}
      {pane.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{pane.error.title}</MessageBarTitle>
            <Text>{pane.error.detail}</Text>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss message"
                icon={<Dismiss20Regular />}
                onClick={pane.dismissError}
              />
            }
          />
        </MessageBar>
      )}
      {pane.narrativeQuestion && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Narrative sheet changed</MessageBarTitle>
            <Text>{pane.narrativeQuestion}</Text>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Cancel: write nothing"
                icon={<Dismiss20Regular />}
                onClick={() => void pane.answerNarrativeQuestion(null)}
              />
            }
          >
            <Button disabledFocusable={busy} onClick={() => void pane.answerNarrativeQuestion('replace')}>
              Replace it
            </Button>
            <Button disabledFocusable={busy} onClick={() => void pane.answerNarrativeQuestion('new-sheet')}>
              Write to a new sheet
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ResultsArea pane={pane} />
    </main>
  );
}
