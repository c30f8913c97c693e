import {
  Badge,
  Button,
  type ButtonProps,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowUndo16Regular,
  CheckmarkCircle16Filled,
  Circle16Regular,
  DismissCircle16Filled,
  Edit16Regular,
  EyeOff16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import { type FocusEvent, type KeyboardEvent, type ReactNode, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ExcludedIndicatorSummary, IndicatorSettings, IndicatorSummary, SheetRagSummary } from '../app/hostApi';
import { countText } from '../core';
import { CellLink } from './CellLink';
import { IndicatorSettingsForm } from './IndicatorSettingsForm';
import { useListNavigation } from './useListNavigation';
import { usePaneStyles } from './usePaneStyles';
import { useWindowedRows } from './useWindowedRows';

/** Props for {@link IndicatorList}. */
export interface IndicatorListProps {
  readonly indicators: readonly IndicatorSummary[];
  /** Selects a cell in Excel; without it the names are plain text. */
  readonly onSelect: ((sheet: string, cell: string) => void) | null;
  /** Stores an indicator's settings; without it there is no Edit button. */
  readonly onSave?: ((key: string, settings: IndicatorSettings) => void) | null;
  /** Leaves an indicator out of the report (false) or takes it back in (true); without it neither is offered. */
  readonly onInclude?: ((key: string, included: boolean) => void) | null;
  /** The indicators the workbook's configuration leaves out, listed after the rest to be taken back in. */
  readonly excluded?: readonly ExcludedIndicatorSummary[];
  /** True while an action runs: the choices wait. */
  readonly busy?: boolean;
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

/**
 * The sheet's own rating beside ours (`ours`, its badge word): in words, with its cell, and a warning
 * icon where the two differ. "Target not met" beside our Amber is in line with it, not the same.
 */
function SheetRagLine({ sheetRag, ours }: { sheetRag: SheetRagSummary; ours: string }) {
  const styles = usePaneStyles();
  const own = sheetRag.shown.toLowerCase() === sheetRag.label.toLowerCase() ? '' : ` (‘${sheetRag.shown}’)`;
  const alike = sheetRag.label === ours ? ', the same.' : ', in line with ours.';
  return (
    <Text as="p" block size={200} className={styles.detail}>
      {!sheetRag.agrees && <Warning16Filled aria-hidden="true" />} Sheet says {sheetRag.label}
      {own} in {sheetRag.cell}
      {sheetRag.agrees ? alike : ', which differs from ours: see Things to check.'}
    </Text>
  );
}

/** The indicators left out of the report (folded away), each with a button to take it back in. */
function LeftOut({ excluded, onInclude, busy }: Required<Pick<IndicatorListProps, 'excluded' | 'onInclude' | 'busy'>>) {
  const styles = usePaneStyles();
  return (
    <details>
      <summary>
        <Text weight="semibold">
          {excluded.length === 1 ? '1 indicator left out' : `${excluded.length} indicators left out`} of the report
        </Text>
      </summary>
      <ul className={styles.list}>
        {excluded.map((x) => (
          <li key={`${x.sheet}!${x.cell}`} className={styles.nameRow}>
            <Text>
              {x.name} ({x.sheet}!{x.cell})
            </Text>
            {onInclude && (
              <Button
                size="small"
                icon={<ArrowUndo16Regular />}
                disabledFocusable={busy}
                aria-label={`Include again: ${x.name}`}
                onClick={() => onInclude(x.settingsKey, true)}
              >
                Include again
              </Button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The controls a row can have, left to right: arrow keys move between rows and along a row. */
const CONTROLS = ['name', 'edit', 'exclude'] as const;
type Control = (typeof CONTROLS)[number];

/** A row's small icon button, known to the keyboard handling by its `data-control`. */
function RowButton({ control, ...props }: ButtonProps & { control: Control }) {
  return <Button size="small" appearance="subtle" data-control={control} {...props} />;
}

/** The list's own layout: no gaps between rows (each row's height is measured with its heading). */
const useListStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: { paddingBlock: tokens.spacingVerticalXS },
  heading: { margin: 0, paddingTop: tokens.spacingVerticalS },
  /**
   * The indicator's name, moved to by the arrow keys: Fluent's Link marks keyboard focus only with a
   * double underline, too faint to follow down a long list, so it gets the outline buttons have.
   */
  name: { position: 'relative', ...createFocusOutlineStyle() },
});

/**
 * Each row's key, kept from one reading of the workbook to the next so that a row's open form
 * outlasts a fresh reading: its sheet and id (its reference, or its row), not its value's cell,
 * which moves to the next column when a new period is filled in. A key met twice is numbered.
 */
function rowKeys(shown: readonly IndicatorSummary[]): string[] {
  const seen = new Map<string, number>();
  return shown.map((indicator) => {
    const key = `${indicator.sheet}!${indicator.id}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n > 1 ? `${key}#${n}` : key;
  });
}

/** Each indicator's place in its group: the group's size and its position, counted from 1. */
function placesInGroups(shown: readonly IndicatorSummary[]): { position: number; size: number; headed: boolean }[] {
  const sizes = new Map<string, number>();
  for (const indicator of shown) sizes.set(indicator.group, (sizes.get(indicator.group) ?? 0) + 1);
  const seen = new Map<string, number>();
  return shown.map((indicator) => {
    const position = (seen.get(indicator.group) ?? 0) + 1;
    seen.set(indicator.group, position);
    return { position, size: sizes.get(indicator.group)!, headed: position === 1 };
  });
}

/**
 * The rated indicators by sheet and section, each with a RAG badge (icon and word, not colour
 * alone). A long list renders only the rows in view (see `useWindowedRows`); each row says where it
 * stands in its section (`aria-posinset`, `aria-setsize`), and the list is one Tab stop: the arrow
 * keys, Home and End move between the rows' controls, bringing the row into view.
 */
export function IndicatorList({
  indicators,
  onSelect,
  onSave = null,
  onInclude = null,
  excluded = [],
  busy = false,
}: IndicatorListProps) {
  const styles = usePaneStyles();
  const own = useListStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [active, setActive] = useState<{ key: string; control: Control } | null>(null);
  const focusPending = useRef(false);
  // Whether the keyboard focus is in the list: a row put back in the page as the window moves is a
  // new element, and the focus it held falls to the page, so the next render gives it back.
  const focusInList = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  // One Tab stop for the filters, arrows inside (the list below moves by its own keys, row by row).
  const filterKeys = useListNavigation('horizontal');
  const count = (f: Filter) => (f === 'all' ? indicators.length : indicators.filter((i) => i.rag === f).length);
  const shown = useMemo(
    () => (filter === 'all' ? indicators : indicators.filter((i) => i.rag === filter)),
    [indicators, filter],
  );
  const places = useMemo(() => placesInGroups(shown), [shown]);
  const rows = useMemo(() => rowKeys(shown).map((key, n) => ({ key, headed: places[n].headed })), [shown, places]);
  const indexOf = useMemo(() => new Map(rows.map((row, n) => [row.key, n])), [rows]);
  const activeIndex = active ? (indexOf.get(active.key) ?? 0) : 0;
  const editingIndex = shown.findIndex((i) => editing !== null && i.settingsKey === editing);
  const layout = useWindowedRows(rows, container, [activeIndex, editingIndex]);
  const controlsOf = (indicator: IndicatorSummary): Control[] =>
    CONTROLS.filter((c) =>
      c === 'name'
        ? onSelect !== null
        : c === 'edit'
          ? onSave !== null && indicator.settings !== null
          : onInclude !== null,
    );
  const activeControl = (() => {
    const controls = shown.length ? controlsOf(shown[activeIndex]) : [];
    return active && controls.includes(active.control) ? active.control : controls[0];
  })();
  const tabStop = (n: number, control: Control) => (n === activeIndex && activeControl === control ? 0 : -1);

  // Focus follows the keyboard once the row it moved to has been rendered (tried again after the next
  // render should the row not be there yet).
  useLayoutEffect(() => {
    const dropped =
      focusInList.current && (document.activeElement === null || document.activeElement === document.body);
    if ((!focusPending.current && !dropped) || !active) return;
    const row = [...(container.current?.querySelectorAll<HTMLElement>('[data-row]') ?? [])].find(
      (element) => element.dataset.row === active.key,
    );
    const target = row?.querySelector<HTMLElement>(`[data-control="${active.control}"]`);
    target?.focus();
    focusPending.current = !target || document.activeElement !== target;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const control = (event.target as HTMLElement).dataset.control as Control | undefined;
    if (!control || !shown.length) return;
    const here = activeIndex;
    const controls = controlsOf(shown[here]);
    let n = here;
    let next = control;
    if (event.key === 'ArrowDown') n = Math.min(shown.length - 1, here + 1);
    else if (event.key === 'ArrowUp') n = Math.max(0, here - 1);
    else if (event.key === 'Home') n = 0;
    else if (event.key === 'End') n = shown.length - 1;
    else if (event.key === 'ArrowRight') next = controls[Math.min(controls.length - 1, controls.indexOf(control) + 1)];
    else if (event.key === 'ArrowLeft') next = controls[Math.max(0, controls.indexOf(control) - 1)];
    else return;
    event.preventDefault();
    const there = controlsOf(shown[n]);
    focusPending.current = true;
    setActive({ key: rows[n].key, control: there.includes(next) ? next : there[0] });
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    // Focus moved by the officer out of the list (a null target is an element taken out of the page).
    if (event.relatedTarget && !container.current?.contains(event.relatedTarget as Node)) focusInList.current = false;
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    focusInList.current = true;
    const control = (event.target as HTMLElement).dataset.control as Control | undefined;
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-row]')?.dataset.row;
    focusPending.current = false;
    if (control && key && (active?.key !== key || active.control !== control)) setActive({ key, control });
  };

  const renderRow = (indicator: IndicatorSummary, n: number) => {
    const look = BADGE_LOOK[indicator.rag];
    const key = rows[n].key;
    return (
      <li
        key={key}
        data-row={key}
        aria-posinset={places[n].position}
        aria-setsize={places[n].size}
        className={mergeClasses(styles.item, own.row)}
      >
        <Badge appearance="tint" shape="rounded" color={look.color} icon={look.icon} className={styles.badge}>
          {indicator.label}
        </Badge>
        <div className={styles.indicator}>
          <div className={styles.nameRow}>
            {onSelect ? (
              <CellLink
                data-control="name"
                className={own.name}
                tabIndex={tabStop(n, 'name')}
                title={`Go to ${indicator.sheet}!${indicator.cell}`}
                onClick={() => onSelect(indicator.sheet, indicator.cell)}
              >
                {indicator.name}
              </CellLink>
            ) : (
              <Text>{indicator.name}</Text>
            )}
            {onSave && indicator.settings && (
              <RowButton
                control="edit"
                tabIndex={tabStop(n, 'edit')}
                icon={<Edit16Regular />}
                aria-label={`Edit target and polarity: ${indicator.name}`}
                aria-expanded={editing === indicator.settingsKey}
                onClick={() => setEditing(editing === indicator.settingsKey ? null : indicator.settingsKey)}
              />
            )}
            {onInclude && (
              <RowButton
                control="exclude"
                tabIndex={tabStop(n, 'exclude')}
                icon={<EyeOff16Regular />}
                disabledFocusable={busy}
                title="Leave out of the report"
                aria-label={`Leave out of the report: ${indicator.name}`}
                onClick={() => onInclude(indicator.settingsKey, false)}
              />
            )}
          </div>
          <Text as="p" block size={200} className={styles.detail}>
            {indicator.detail}
          </Text>
          {indicator.sheetRag && <SheetRagLine sheetRag={indicator.sheetRag} ours={indicator.label} />}
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
  };

  // The rendered rows, each run of one group in a section of its own with the group's heading
  // where its first row is rendered; the space of the rows not rendered is kept by spacers.
  const parts: ReactNode[] = [];
  const sectionKeys = new Map<string, number>();
  layout.ranges.forEach((range, r) => {
    if (range.gapBefore > 0) parts.push(<div key={`gap${r}`} aria-hidden="true" style={{ height: range.gapBefore }} />);
    for (let n = range.start; n <= range.end;) {
      const group = shown[n].group;
      let end = n;
      while (end < range.end && shown[end + 1].group === group) end++;
      const repeat = sectionKeys.get(group) ?? 0;
      sectionKeys.set(group, repeat + 1);
      parts.push(
        <section key={repeat ? `${group}#${repeat}` : group} aria-label={group}>
          {places[n].headed && (
            <Text as="h3" weight="semibold" className={own.heading} data-heading-for={rows[n].key}>
              {group}
            </Text>
          )}
          <ul className={own.list}>{shown.slice(n, end + 1).map((indicator, i) => renderRow(indicator, n + i))}</ul>
        </section>,
      );
      n = end + 1;
    }
  });
  if (layout.gapAfter > 0) parts.push(<div key="gapAfter" aria-hidden="true" style={{ height: layout.gapAfter }} />);

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
      <div ref={container} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur}>
        {parts}
      </div>
      {excluded.length > 0 && <LeftOut excluded={excluded} onInclude={onInclude} busy={busy} />}
    </section>
  );
}
