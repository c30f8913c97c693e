import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { CommandProgress as Progress } from '../app/commandGate';
import type { Busy } from './useScorecardPane';

/** What each command is doing, in the officer's words. */
export const BUSY_LABEL: Record<Busy, string> = {
  refresh: 'Refreshing RAG…',
  draft: 'Drafting the narrative…',
  insert: 'Inserting the narrative…',
  save: 'Saving the settings and refreshing RAG…',
  clear: 'Clearing RAG…',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** Props for {@link CommandProgress}. */
export interface CommandProgressProps {
  /** The command running, whichever side started it, or null. */
  readonly busy: Busy | null;
  readonly progress: Progress | null;
  /** What became of the last command that was cancelled. */
  readonly notice: string | null;
  readonly onCancel: () => void;
}

/** The commands the ribbon starts too; from the pane they always offer Cancel. */
const ON_THE_RIBBON = new Set<Busy>(['refresh', 'draft', 'clear']);

/** Why Cancel is not offered while a command runs, or null when it is (or the command never offers it). */
function noCancel(progress: Progress | null): string | null {
  if (!progress || progress.cancellable || progress.cancelling) return null;
  if (progress.step?.writing)
    return 'Writing has begun, so it will finish: cancelling now would leave the workbook half-written.';
  return ON_THE_RIBBON.has(progress.kind) ? 'Started from the ribbon, so it cannot be cancelled here.' : null;
}

/**
 * The running command's progress: which step and how far (a Fluent `ProgressBar`, indeterminate
 * until the command can tell), with Cancel while it is still reading; and, after a Cancel, that
 * nothing was changed. The rule for when Cancel counts is in `src/app/progress.ts`.
 */
export function CommandProgress({ busy, progress, notice, onCancel }: CommandProgressProps) {
  const styles = useStyles();
  if (!busy) {
    return notice ? (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{notice}</MessageBarBody>
      </MessageBar>
    ) : null;
  }
  const step = progress?.step ?? null;
  const why = noCancel(progress);
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field
          className={styles.bar}
          label={BUSY_LABEL[busy]}
          validationMessage={progress?.cancelling ? 'Cancelling…' : step?.text}
          validationState="none"
        >
          <ProgressBar value={step?.fraction} thickness="large" />
        </Field>
        {progress?.cancellable || progress?.cancelling ? (
          <Button disabledFocusable={progress.cancelling} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
      {why && <Text size={200}>{why}</Text>}
    </div>
  );
}
