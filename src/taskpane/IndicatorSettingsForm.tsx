import { Button, Field, Input, Select } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { IndicatorSettings, IndicatorSummary } from '../app/hostApi';
import { fieldsFor, readFields, type SettingsFields } from '../app/indicatorSettingsDraft';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link IndicatorSettingsForm}. */
export interface IndicatorSettingsFormProps {
  readonly indicator: IndicatorSummary;
  readonly settings: IndicatorSettings;
  readonly onSave: (key: string, settings: IndicatorSettings) => void;
  readonly onCancel: () => void;
}

/** Target, polarity, amber tolerance and the short name the narrative uses for one indicator, stored in the workbook on Save. */
export function IndicatorSettingsForm({ indicator, settings, onSave, onCancel }: IndicatorSettingsFormProps) {
  const styles = usePaneStyles();
  const [fields, setFields] = useState<SettingsFields>(() => fieldsFor(settings));
  const [problem, setProblem] = useState<{ field: 'target' | 'tolerance' | 'shortName'; message: string } | null>(null);
  const set = (change: Partial<SettingsFields>) => setFields((previous) => ({ ...previous, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readFields(fields, indicator);
    setProblem(read.problem);
    if (read.settings) onSave(indicator.settingsKey, read.settings);
  };
  const units = indicator.targetUnits ? ` (${indicator.targetUnits})` : '';
  return (
    <form className={styles.form} aria-label={`Settings for ${indicator.name}`} onSubmit={submit}>
      <Field
        label={`Target${units}`}
        hint="Leave blank to use the target in the scorecard."
        validationMessage={problem?.field === 'target' ? problem.message : undefined}
      >
        <Input inputMode="decimal" value={fields.target} onChange={(_, data) => set({ target: data.value })} />
      </Field>
      <Field label="Good performance is">
        <Select
          value={fields.polarity}
          onChange={(_, data) => set({ polarity: data.value as SettingsFields['polarity'] })}
        >
          <option value="higher">Higher</option>
          <option value="lower">Lower</option>
          <option value="none">Not rated (for context)</option>
        </Select>
      </Field>
      <Field
        label="Amber when within (per cent of the target)"
        hint="Leave blank to use the workbook's tolerance."
        validationMessage={problem?.field === 'tolerance' ? problem.message : undefined}
      >
        <Input inputMode="decimal" value={fields.tolerance} onChange={(_, data) => set({ tolerance: data.value })} />
      </Field>
      <Field
        label="Short name in the narrative"
        hint={
          indicator.derivedShortName
            ? `Leave blank for “${indicator.derivedShortName}”.`
            : 'Leave blank for a name made from the indicator’s.'
        }
        validationMessage={problem?.field === 'shortName' ? problem.message : undefined}
      >
        <Input value={fields.shortName} onChange={(_, data) => set({ shortName: data.value })} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Save and refresh
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
