import { Badge, Button, Link, Subtitle2, Text, ToggleButton } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  Circle16Regular,
  DismissCircle16Filled,
  Edit16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { IndicatorSettings, IndicatorSummary, SheetRagSummary } from '../app/hostApi';
import { countText } from '../core';
import { IndicatorSettingsForm } from './IndicatorSettingsForm';
import { useListNavigation } from './useListNavigation';
import { usePaneStyles } from './usePaneStyles';

/** Props for {@link IndicatorList}. */
export interface IndicatorListProps {
  readonly indicators: readonly IndicatorSummary[];
  /** Selects a cell in Excel; without it the names are plain text. */
  readonly onSelect: ((sheet: string, cell: string) => void) | null;
  /** Stores an indicator's settings; without it there is no Edit button. */
  readonly onSave?: ((key: string, settings: IndicatorSettings) => void) | null;
}

const BADGE_LOOK = {
  green: { color: 'success', icon: <CheckmarkCircle16Filled /> },
  amber: { color: 'warning', icon: <Warning16Filled /> },
  red: { color: 'danger', icon: <DismissCircle16Filled /> },
  none: { color: 'informative', icon: <Circle16Regular /> },
} as const;

/** The ratings the list can be narrowed to, in the order an officer reads them: the problems first. */
const FILTERS = [
  ['all', 'All'],
  ['red', 'Red'],
  ['amber', 'Amber'],
  ['green', 'Green'],
  ['none', 'Not rated'],
] as const;
type Filter = (typeof FILTERS)[number][0];

function groups(indicators: readonly IndicatorSummary[]): [string, IndicatorSummary[]][] {
  const byGroup = new Map<string, IndicatorSummary[]>();
  for (const indicator of indicators)
    byGroup.set(indicator.group, [...(byGroup.get(indicator.group) ?? []), indicator]);
  return [...byGroup];
}

/** The sheet's own rating beside ours: in words, with its cell, and a warning icon where the two differ. */
function SheetRagLine({ sheetRag }: { sheetRag: SheetRagSummary }) {
  const styles = usePaneStyles();
  const own = sheetRag.shown.toLowerCase() === sheetRag.label.toLowerCase() ? '' : ` (‘${sheetRag.shown}’)`;
  return (
    <Text as="p" block size={200} className={styles.detail}>
      {!sheetRag.agrees && <Warning16Filled aria-hidden="true" />} Sheet says {sheetRag.label}
      {own} in {sheetRag.cell}
      {sheetRag.agrees ? ', the same.' : ', which differs from ours: see Things to check.'}
    </Text>
  );
}

/** The rated indicators by sheet and section, each with a RAG badge (icon and word, not colour alone). */
export function IndicatorList({ indicators, onSelect, onSave = null }: IndicatorListProps) {
  const styles = usePaneStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  // One Tab stop for the filters and one for the list, arrows inside each; while a settings form is
  // open the list takes Tab as usual, so every field of the form is reached in order.
  const filterKeys = useListNavigation('horizontal');
  const listKeys = useListNavigation();
  const count = (f: Filter) => (f === 'all' ? indicators.length : indicators.filter((i) => i.rag === f).length);
  const shown = filter === 'all' ? indicators : indicators.filter((i) => i.rag === filter);
  return (
    <section className={styles.results} aria-labelledby="indicators-heading">
      <Subtitle2 as="h2" id="indicators-heading" className={styles.heading}>
        Indicators
      </Subtitle2>
      <div role="toolbar" aria-label="Show indicators" className={styles.actions} {...filterKeys}>
        {FILTERS.map(([f, words]) => (
          <ToggleButton key={f} size="small" checked={filter === f} onClick={() => setFilter(f)}>
            {words} ({countText(count(f))})
          </ToggleButton>
        ))}
      </div>
      {filter !== 'all' && (
        <Text size={200} aria-live="polite">
          Showing {countText(shown.length)} of {countText(indicators.length)} indicators.
        </Text>
      )}
      {groups(shown).map(([group, members]) => (
        <section key={group} aria-label={group}>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {group}
          </Text>
          <ul className={styles.list} {...(editing === null ? listKeys : {})}>
            {members.map((indicator) => {
              const look = BADGE_LOOK[indicator.rag];
              return (
                <li key={`${indicator.sheet}!${indicator.cell}`} className={styles.item}>
                  <Badge appearance="tint" shape="rounded" color={look.color} icon={look.icon} className={styles.badge}>
                    {indicator.label}
                  </Badge>
                  <div className={styles.indicator}>
                    <div className={styles.nameRow}>
                      {onSelect ? (
                        <Link
                          as="button"
                          title={`Go to ${indicator.sheet}!${indicator.cell}`}
                          onClick={() => onSelect(indicator.sheet, indicator.cell)}
                        >
                          {indicator.name}
                        </Link>
                      ) : (
                        <Text>{indicator.name}</Text>
                      )}
                      {onSave && indicator.settings && (
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<Edit16Regular />}
                          aria-label={`Edit target and polarity: ${indicator.name}`}
                          aria-expanded={editing === indicator.settingsKey}
                          onClick={() => setEditing(editing === indicator.settingsKey ? null : indicator.settingsKey)}
                        />
                      )}
                    </div>
                    <Text as="p" block size={200} className={styles.detail}>
                      {indicator.detail}
                    </Text>
                    {indicator.sheetRag && <SheetRagLine sheetRag={indicator.sheetRag} />}
                  </div>
                  {onSave && indicator.settings && editing === indicator.settingsKey && (
                    <IndicatorSettingsForm
                      indicator={indicator}
                      settings={indicator.settings}
                      onCancel={() => setEditing(null)}
                      onSave={(key, settings) => {
                        setEditing(null);
                        onSave(key, settings);
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
