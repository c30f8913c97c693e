import { Button, Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { WorkbookSettings, WorkbookSettingsView } from '../app/hostApi';
import { usePaneStyles } from './usePaneStyles';
import { readWorkbookFields, type WorkbookFields, workbookFields } from '../app/workbookSettingsDraft';

/** Props for {@link WorkbookSettingsForm}. */
export interface WorkbookSettingsFormProps {
  readonly view: WorkbookSettingsView;
  readonly onSave: (settings: WorkbookSettings) => void;
  /** True while an action runs: Save waits. */
  readonly busy?: boolean;
}

/**
 * The settings for the whole workbook (the Settings tab): reporting period, amber tolerance and
 * rule, whose ratings the narrative follows, house style. After a save the fields start again from
 * the settings as stored; unsaved changes outlast a fresh reading.
 */
export function WorkbookSettingsForm(props: WorkbookSettingsFormProps) {
  const styles = usePaneStyles();
  // The fields start again whenever the settings are read afresh, unless the officer has changed
  // one and not yet saved: then they are held (the workbook read again when the pane is shown
  // must not undo the officer's typing) until saved.
  const [held, setHeld] = useState<string | null>(null);
  const key = held ?? JSON.stringify(props.view);
  return (
    <section className={styles.tables} aria-labelledby="workbook-settings-heading">
      <Subtitle2 as="h2" id="workbook-settings-heading" className={styles.heading}>
        Workbook settings
      </Subtitle2>
      <SettingsFields
        key={key}
        {...props}
        onEdited={() => setHeld(key)}
        onSave={(settings) => {
          setHeld(null);
          props.onSave(settings);
        }}
      />
    </section>
  );
}

function SettingsFields({
  view,
  onSave,
  onEdited,
  busy = false,
}: WorkbookSettingsFormProps & { readonly onEdited: () => void }) {
  const styles = usePaneStyles();
  const [fields, setFields] = useState<WorkbookFields>(() => workbookFields(view.current));
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<WorkbookFields>) => {
    onEdited();
    setFields((previous) => ({ ...previous, ...change }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readWorkbookFields(fields);
    setProblem(read.problem);
    if (read.settings) onSave(read.settings);
  };
  const latest = view.current.period === null ? view.reporting : null;
  const relative = fields.toleranceType === 'relative';
  return (
    <form className={styles.settings} aria-label="Workbook settings" onSubmit={submit}>
      <Field label="Report on" hint={latest && view.reportingWhy ? view.reportingWhy : undefined}>
        <Select value={fields.period} onChange={(_, data) => set({ period: data.value })}>
          <option value="">{latest ? `Latest with data (${latest})` : 'Latest with data'}</option>
          {[...view.periods].reverse().map((period) => (
            <option key={period} value={period}>
              {period}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Amber tolerance"
        hint="How far from the target an indicator may be and still be amber: a share of the target, or a fixed amount in percentage points (or the indicator’s own units). An indicator’s own tolerance comes first."
      >
        <Select
          value={fields.toleranceType}
          onChange={(_, data) => set({ toleranceType: data.value as WorkbookFields['toleranceType'] })}
        >
          <option value="relative">A share of the target</option>
          <option value="absolute">A fixed amount</option>
        </Select>
      </Field>
      <Field
        label={relative ? 'Within (per cent of the target)' : 'Within (points or units)'}
        validationMessage={problem ?? undefined}
      >
        <Input inputMode="decimal" value={fields.tolerance} onChange={(_, data) => set({ tolerance: data.value })} />
      </Field>
      <Field label="Amber when" hint="“Or improving”: beyond the tolerance but better than the previous period.">
        <Select
          value={fields.amberRule}
          onChange={(_, data) => set({ amberRule: data.value as WorkbookFields['amberRule'] })}
        >
          <option value="tolerance">Within the tolerance</option>
          <option value="tolerance-or-improving">Within the tolerance, or improving</option>
        </Select>
      </Field>
      <Field
        label="The narrative follows"
        hint="Where the sheet has its own RAG or status column. Our rules still colour the values, and every difference is listed under Things to check."
      >
        <Select
          value={fields.ragSource}
          onChange={(_, data) => set({ ragSource: data.value as WorkbookFields['ragSource'] })}
        >
          <option value="engine">Our ratings</option>
          <option value="sheet">The sheet’s own RAG ratings</option>
        </Select>
      </Field>
      <Field label="Percentages written as">
        <Select
          value={fields.percent}
          onChange={(_, data) => set({ percent: data.value as WorkbookFields['percent'] })}
        >
          <option value="per cent">92.7 per cent</option>
          <option value="%">92.7%</option>
        </Select>
      </Field>
      <Field label="Decimal places" hint="The most printed where a cell’s own number format does not say.">
        <Select value={fields.decimals} onChange={(_, data) => set({ decimals: data.value })}>
          {[...new Set(['0', '1', '2', '3', fields.decimals])].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Save and refresh
        </Button>
      </div>
    </form>
  );
}
