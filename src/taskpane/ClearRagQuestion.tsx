import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';

/** Props for {@link ClearRagQuestion}. */
export interface ClearRagQuestionProps {
  readonly question: string;
  readonly busy: boolean;
  /** The officer's answer: delete the Narrative sheet as well, keep it, or (null) clear nothing. */
  readonly onAnswer: (choice: 'delete' | 'keep' | null) => void;
}

/** Before Clear RAG deletes a Narrative sheet the officer changed (or other sheets refer to): delete it, keep it, or clear nothing. */
export function ClearRagQuestion({ question, busy, onAnswer }: ClearRagQuestionProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Narrative sheet is yours now</MessageBarTitle>
        <Text>{question}</Text>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Cancel: clear nothing"
            icon={<Dismiss20Regular />}
            onClick={() => onAnswer(null)}
          />
        }
      >
        <Button disabledFocusable={busy} onClick={() => onAnswer('delete')}>
          Delete it as well
        </Button>
        <Button disabledFocusable={busy} onClick={() => onAnswer('keep')}>
          Keep it
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
