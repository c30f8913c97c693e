import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link NarrativePreview}. */
export interface NarrativePreviewProps {
  /** The draft as the engine wrote it. Give the component `key={text}` so a new draft replaces the officer's edits. */
  readonly text: string;
}

/** The draft narrative in an editable box, for the officer to check and adjust before use. */
export function NarrativePreview({ text }: NarrativePreviewProps) {
  const styles = usePaneStyles();
  const [draft, setDraft] = useState(text);
  return (
    <Field label="Draft narrative" hint="Check every figure against the scorecard before it goes to committee.">
      <Textarea className={styles.narrative} resize="vertical" value={draft} onChange={(_, data) => setDraft(data.value)} />
    </Field>
  );
}
