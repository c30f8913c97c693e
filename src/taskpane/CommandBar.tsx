import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowSync20Regular, DocumentText20Regular, Eraser20Regular } from '@fluentui/react-icons';
import type { NarrativeStyle } from '../app/hostApi';
import { CommandProgress } from './CommandProgress';
import type { ScorecardPane } from './useScorecardPane';

/** The narrative's styles in the officer's words, in the order offered. */
export const NARRATIVE_STYLE_CHOICES: readonly (readonly [NarrativeStyle, string])[] = [
  ['committee', 'Committee report'],
  ['briefing', 'Briefing: a line each'],
  ['exceptions', 'Exceptions: red and amber'],
];

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  /** The style's choice shrinks to the pane rather than running past its edge. */
  styleChoice: {
    alignItems: 'center',
    minWidth: 0,
    maxWidth: '100%',
  },
  styleSelect: {
    minWidth: 0,
  },
});

/** Props for {@link CommandBar}. */
export interface CommandBarProps {
  readonly pane: ScorecardPane;
}

/**
 * The commands above the tabs, whichever tab is shown: Refresh RAG, Draft narrative and its style,
 * Clear RAG, the running command's progress with Cancel, and what the last command did (a live
 * status line).
 */
export function CommandBar({ pane }: CommandBarProps) {
  const styles = useStyles();
  const busy = pane.busy !== null;
  return (
    <div className={styles.bar}>
      <div role="toolbar" aria-label="Commands" className={styles.buttons}>
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
            className={styles.styleSelect}
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
      <Text role="status">{pane.status}</Text>
    </div>
  );
}
