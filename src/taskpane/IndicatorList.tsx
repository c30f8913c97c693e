import { Badge, Button, Link, Subtitle2, Text } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular, DismissCircle16Filled, Edit16Regular, Warning16Filled } from '@fluentui/react-icons';
import { useState } from 'react';
import type { IndicatorSettings, IndicatorSummary } from './hostApi';
import { IndicatorSettingsForm } from './IndicatorSettingsForm';
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

function groups(indicators: readonly IndicatorSummary[]): [string, IndicatorSummary[]][] {
  const byGroup = new Map<string, IndicatorSummary[]>();
  for (const indicator of indicators) byGroup.set(indicator.group, [...(byGroup.get(indicator.group) ?? []), indicator]);
  return [...byGroup];
}

/** The rated indicators by sheet and section, each with a RAG badge (icon and word, not colour alone). */
export function IndicatorList({ indicators, onSelect, onSave = null }: IndicatorListProps) {
  const styles = usePaneStyles();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className={styles.results} aria-labelledby="indicators-heading">
      <Subtitle2 as="h2" id="indicators-heading" className={styles.heading}>
        Indicators
      </Subtitle2>
      {groups(indicators).map(([group, members]) => (
        <section key={group} aria-label={group}>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {group}
          </Text>
          <ul className={styles.list}>
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
                        <Link as="button" title={`Go to ${indicator.sheet}!${indicator.cell}`} onClick={() => onSelect(indicator.sheet, indicator.cell)}>
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
