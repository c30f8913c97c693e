import { Button, Field, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { Copy20Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { copyNarrative } from '../app/copyText';
import { draftLength } from '../app/draftLength';
import type { NarrativeParagraph } from '../app/hostApi';
import { NarrativeFigures } from './NarrativeFigures';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link NarrativePreview}. */
export interface NarrativePreviewProps {
  /** The draft as the engine wrote it. Give the component `key={text}` so a new draft replaces the officer's edits. */
  readonly text: string;
  /** Writes the text as edited to the Narrative sheet; without it there is no Insert button. */
  readonly onInsert?: ((text: string) => void) | null;
  /** What became of the last Insert. */
  readonly notice?: string | null;
  /** True when RAG was refreshed after this draft was written. */
  readonly stale?: boolean;
  /** True while an action runs: Insert waits. */
  readonly busy?: boolean;
  /** The draft's paragraphs with their figures tied to cells, for checking. */
  readonly paragraphs?: readonly NarrativeParagraph[];
  /** Selects a cell in Excel; with paragraphs, the figures link to their cells. */
  readonly onSelect?: ((sheet: string, cell: string) => void) | null;
}

/** The draft narrative in an editable box as tall as the pane allows, for the officer to check, adjust and copy. */
export function NarrativePreview({
  text,
  onInsert = null,
  notice = null,
  stale = false,
  busy = false,
  paragraphs = [],
  onSelect = null,
}: NarrativePreviewProps) {
  const styles = usePaneStyles();
  const [draft, setDraft] = useState(text);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      const kind = await copyNarrative(draft);
      setCopied(
        kind === 'rich' ? 'Copied, with paragraphs, ready to paste into your report.' : 'Copied as plain text.',
      );
    } catch (error) {
      setCopied(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className={styles.results}>
      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The ratings were refreshed after this draft was written. Draft again if anything changed.
          </MessageBarBody>
        </MessageBar>
      )}
      <Field
        label="Draft narrative"
        hint={`Also written to the Narrative sheet${onInsert ? '; Insert in workbook puts your edited version there' : ''}. Check every figure against the scorecard before it goes to committee.`}
      >
        <Textarea
          className={styles.narrative}
          textarea={{ className: styles.narrativeText }}
          resize="vertical"
          value={draft}
          onChange={(_, data) => setDraft(data.value)}
        />
      </Field>
      <Text size={200} className={styles.detail}>
        {draftLength(draft)}
      </Text>
      <div className={styles.actions}>
        <Button icon={<Copy20Regular />} onClick={() => void copy()}>
          Copy
        </Button>
        {onInsert && (
          <Button icon={<TextBulletListAdd20Regular />} disabledFocusable={busy} onClick={() => onInsert(draft)}>
            Insert in workbook
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {copied && <Text block>{copied}</Text>}
        {notice && <Text block>{notice}</Text>}
      </div>
      {onSelect && paragraphs.length > 0 && <NarrativeFigures paragraphs={paragraphs} onSelect={onSelect} />}
    </div>
  );
}
