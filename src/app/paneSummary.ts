/**
 * The report as the task pane lists it: each indicator with its badge word and one line of
 * detail, grouped by sheet and section, and each table with its column roles. Everything is
 * worded here, from the engine's own JSON form, so the pane only displays.
 */
import {
  colToLetters,
  type ColumnInfo,
  type IndicatorJson,
  measureInWords,
  type Report,
  type ReportJson,
  reportToJson,
  sheetRagAgrees,
  shortName,
} from '../core';
import type {
  ColumnSummary,
  ExcludedIndicatorSummary,
  IndicatorSummary,
  TableSummary,
  WorkbookReview,
} from './hostApi';
import { currentSettings, settingsKey } from './settingEdits';
import { currentWorkbookSettings } from './workbookSettings';
import { writePlan } from './writePlan';

const BADGE = { green: 'Green', amber: 'Amber', red: 'Red' } as const;

/** The sheet's rating as the pane words it. */
function ragWordCapital(rag: IndicatorJson['rag']): string {
  return rag === 'none' ? 'Not rated' : BADGE[rag];
}

function badge(json: IndicatorJson): { rag: IndicatorSummary['rag']; label: string } {
  if (json.status === 'rated' && json.rag !== 'none') return { rag: json.rag, label: BADGE[json.rag] };
  // Not rated until the officer checks a cell: the tolerance's unit, a target cell that holds a date or the wrong unit, or a polarity's words.
  if (json.toleranceUnclear || json.targetUnusable || json.polarityUnread) return { rag: 'none', label: 'Check' };
  if (inWords(json)) return { rag: 'none', label: 'In words' };
  return { rag: 'none', label: json.status === 'no-data' ? 'No data' : 'No target' };
}

/** A milestone's "Complete" or "Delayed" in place of a figure: progress reported in words, not missing data. */
function inWords(json: IndicatorJson): boolean {
  return measureInWords(json);
}

function detail(json: IndicatorJson): string {
  if (json.display === null && json.noData && inWords(json))
    return `Reported in words: '${json.noData.shown}' in ${json.cell}`;
  if (json.display === null)
    return json.noData ? `No data ('${json.noData.shown}' in ${json.cell})` : 'No data this period';
  const target = json.targetUnusable
    ? unusedTarget(json.targetUnusable)
    : json.targetDisplay === null
      ? 'no target'
      : `target ${json.targetDisplay}`;
  return `${json.display}; ${target} — ${json.reason}`;
}

/** A target the indicator is not rated against: one read but for another year or the whole year, or a cell that is no target. */
function unusedTarget(u: NonNullable<IndicatorJson['targetUnusable']>): string {
  if (u.reason === 'other-year') return `target for another year ('${u.shown}' in ${u.cell})`;
  if (u.reason === 'for-the-year') return `target for the whole year ('${u.shown}' in ${u.cell})`;
  if (u.reason === 'due-later') return `target not yet due ('${u.shown}' in ${u.cell})`;
  return `target not read ('${u.shown}' in ${u.cell})`;
}

/** The indicator's name cell, for an indicator with no value cell this period. */
function nameCell(tables: ReportJson['tables'], sheet: string, row: number): string {
  const table = tables.find((t) => t.sheet === sheet && t.columns.some((c) => c.role === 'name'));
  const column = table?.columns.find((c) => c.role === 'name')?.column ?? 'A';
  return `${column}${row + 1}`;
}

/** A table's cells in A1 form ("A4:O33"). */
const boundsText = (t: { top: number; left: number; bottom: number; right: number }) =>
  `${colToLetters(t.left)}${t.top + 1}:${colToLetters(t.right)}${t.bottom + 1}`;

/** A column as the pane lists it: its letter and header, the role it was given and why. */
function columnSummary(c: ColumnInfo): ColumnSummary {
  const column = colToLetters(c.col);
  return {
    column,
    header: c.header || `Column ${column}`,
    role: c.role,
    reason: c.reason,
    configured: c.source === 'config',
  };
}

/** The pane's view of a report: indicators in report order, tables in workbook order. */
export function paneSummary(report: Report): Required<Omit<WorkbookReview, 'lastRefresh'>> {
  const json = reportToJson(report);
  const indicators = json.indicators.map((ind, i): IndicatorSummary => ({
    id: ind.id,
    name: ind.name,
    group: ind.section ? `${ind.sheet} › ${ind.section}` : ind.sheet,
    sheet: ind.sheet,
    cell: ind.cell ?? nameCell(json.tables, ind.sheet, report.items[i].indicator.row),
    ...badge(ind),
    detail: detail(ind),
    settingsKey: settingsKey(report.items[i]),
    settings: currentSettings(report.items[i]),
    targetUnits: ind.unit === 'percentage' ? 'per cent' : null,
    targetSource: report.items[i].indicator.target?.source ?? null,
    sheetRag: sheetRagSummary(report.items[i].sheetRag, ind.rag),
    derivedShortName: shortName({ ...report.items[i].indicator, shortName: null }).name,
  }));
  // A label column is known by its heading, or by its labels where an Excel table took it in (no heading of ours).
  const { labelHeaders: headings, labels } = report.formatPlan;
  const labelColumns = new Set([...headings, ...labels].map((h) => `${h.sheet}!${h.cell.replace(/\d+$/, '')}`));
  const tables = json.tables.map((t, i): TableSummary => ({
    title: t.name ? `${t.name} (${t.sheet}!${t.range})` : `${t.sheet}!${t.range}`,
    configKey: t.name ?? t.sheet,
    columns: report.tables[i].columns.map((c) => ({
      ...columnSummary(c),
      labels: labelColumns.has(`${t.sheet}!${colToLetters(c.col)}`),
    })),
  }));
  for (const t of report.excluded.tables) {
    tables.push({
      title: t.tableName ? `${t.tableName} (${t.sheet}!${boundsText(t)})` : `${t.sheet}!${boundsText(t)}`,
      configKey: t.tableName ?? t.sheet,
      excluded: true,
      columns: t.columns.map(columnSummary),
    });
  }
  for (const t of report.unreadTables) {
    tables.push({
      title: t.tableName
        ? `${t.tableName} (${t.sheet}, not read)`
        : `${t.sheet}, header row ${t.headerRow + 1} (not read)`,
      configKey: t.tableName ?? t.sheet,
      unread:
        'None of its columns was taken for the indicator names, so it was not read. Choose the column that holds them.',
      columns: t.columns.map(columnSummary),
    });
  }
  // What was decided without doubt (the period, and why) is not a thing to check: it goes beside the period setting.
  const warnings = json.warnings
    .filter((w) => w.severity !== 'info')
    .map(({ message, sheet, cell }) => ({ message, sheet, cell }));
  const reportingWhy = json.warnings.find((w) => w.severity === 'info' && w.code === 'period-chosen')?.message ?? null;
  const settings = {
    current: currentWorkbookSettings(report.config),
    periods: json.periods,
    reporting: json.period,
    reportingWhy,
  };
  // An exclusion is stored under the indicator's reference or its name, whichever the engine matched.
  const excluded = report.excluded.indicators.map((x): ExcludedIndicatorSummary => ({
    name: x.name,
    sheet: x.sheet,
    cell: nameCell(json.tables, x.sheet, x.row),
    settingsKey: report.config.indicators[x.id]?.exclude ? x.id : x.name,
  }));
  return { indicators, tables, warnings, settings, excluded, plan: writePlan(report.formatPlan) };
}

/**
 * The sheet's own rating beside ours (`ours`): in words ("Target met" or "Target not met" from a
 * column that says only that), and whether the two agree — "not met" there is no disagreement with
 * our amber.
 */
function sheetRagSummary(
  s: Report['items'][number]['sheetRag'],
  ours: IndicatorJson['rag'],
): IndicatorSummary['sheetRag'] {
  if (!s) return null;
  const said = !s.metOrNot ? null : s.rag === 'green' ? 'Target met' : s.rag === 'red' ? 'Target not met' : null;
  return { label: said ?? ragWordCapital(s.rag), shown: s.shown, cell: s.cell, agrees: sheetRagAgrees(s, ours) };
}
