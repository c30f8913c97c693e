import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { ClearRagQuestion } from './ClearRagQuestion';
import type { ScorecardPane } from './useScorecardPane';

/** Props for {@link PaneMessages}. */
export interface PaneMessagesProps {
  readonly pane: ScorecardPane;
}

/**
 * The message bars above the tabs: what went wrong, the question before Clear RAG deletes a Narrative
 * sheet, and the question before a changed Narrative sheet is written over.
 */
export function PaneMessages({ pane }: PaneMessagesProps) {
  const busy = pane.busy !== null;
  return (
    <>
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
    </>
  );
}
