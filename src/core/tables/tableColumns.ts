import { colToLetters, toA1 } from '../address';
import { periodFromSerial } from '../periods/parsePeriod';
import type { Period } from '../periods/types';
import type { ColumnInfo, ColumnRole } from './types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import type { HeaderCell } from './headerRow';
import { isProfiledTarget } from './profiledTargets';
import { isFiguresHeader, relativePeriodHeader } from './columnRoles';

/** How messages name each role. */
const MEANING: Record<ColumnRole, string> = {
  name: 'the indicator name',
  ref: 'the indicator reference',
  polarity: 'polarity',
  target: 'the target',
  targetLower: 'the lower target',
  targetUpper: 'the upper target',
  tolerance: 'the amber tolerance',
  period: 'a period',
  benchmark: 'a benchmark',
  numerator: 'the numerator',
  denominator: 'the denominator',
  frequency: 'the reporting frequency',
  unit: 'the unit',
  commentary: 'commentary',
  rag: "the sheet's own RAG rating",
  significance: "the sheet's comparison with a benchmark",
  confidenceLower: 'the lower end of the confidence interval',
  confidenceUpper: 'the upper end of the confidence interval',
  actions: 'the actions being taken',
  ignore: 'nothing',
};

/** Roles a table has once; targets once per period. */
const SINGLE = new Set<ColumnRole>([
  'name',
  'ref',
  'polarity',
  'tolerance',
  'numerator',
  'denominator',
  'frequency',
  'unit',
  'confidenceLower',
  'confidenceUpper',
]);

function periodKey(p: Period | undefined): string {
  return p ? `${p.kind}:${p.sortKey}:${p.quarter}:${p.month}` : '';
}

function claimKey(c: ColumnInfo): string | null {
  if (SINGLE.has(c.role)) return c.role;
  if (c.role === 'target' || c.role === 'targetLower' || c.role === 'targetUpper' || c.role === 'rag')
    return `${c.role}@${periodKey(c.period)}${isProfiledTarget(c) && !c.period ? '@profiled' : ''}`;
  if (c.role === 'period') return `period@${periodKey(c.period)}`;
  // One comparison with each benchmark: "Compared with England" once.
  if (c.role === 'significance') return `significance@${c.benchmark?.kind ?? ''}`;
  return null;
}

/** A column as configuration sets it; a period column whose header names no period is not read (and `unreadable` called). */
function configured(cell: HeaderCell, role: ColumnRole, unreadable: () => void): ColumnInfo {
  const base = { col: cell.col, header: cell.display, source: 'config' as const, reason: 'set by configuration' };
  const cls = cell.cls;
  const period = cls?.period ?? (typeof cell.raw === 'number' ? (periodFromSerial(cell.raw) ?? undefined) : undefined);
  if (role === 'period' && !period) {
    unreadable();
    return {
      ...base,
      role: 'ignore',
      reason: `set by configuration as a period, but no period can be read from header '${cell.display}'`,
    };
  }
  if (role === 'benchmark') {
    const benchmark = cls?.benchmark ?? { kind: 'other' as const, label: cell.display };
    return { ...base, role, benchmark, ...(period && { period }) };
  }
  // A comparison set by configuration compares with the benchmark its header names, if it names one.
  if (role === 'significance' && cls?.benchmark) return { ...base, role, benchmark: cls.benchmark };
  const withPeriod =
    role === 'period' || role === 'target' || role === 'targetLower' || role === 'targetUpper' || role === 'rag';
  return { ...base, role, ...(withPeriod && period && { period }) };
}

/** A column as detection reads it; an unrecognised header is kept as 'ignore' with that reason. */
function detected(cell: HeaderCell): ColumnInfo {
  const base = { col: cell.col, header: cell.display, source: 'detected' as const };
  if (!cell.cls)
    return {
      ...base,
      role: 'ignore',
      reason: `header '${cell.display}' is not a recognised column, so it is not read`,
    };
  const { role, reason, period, benchmark } = cell.cls;
  return { ...base, role, reason, ...(period && { period }), ...(benchmark && { benchmark }) };
}

/**
 * The columns of a table from its header cells, in sheet order. Configured roles come first;
 * when two columns claim a role a table has once (name, ref, polarity, tolerance, numerator,
 * denominator, frequency, unit; a target per period; a period), the configured or else the
 * leftmost one keeps it and the other becomes 'ignore' with a reason and a warning.
 */
export function buildColumns(
  cells: readonly HeaderCell[],
  sheet: string,
  headerRow: number,
  titled: () => boolean = () => false,
): { columns: ColumnInfo[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const at = (col: number) => ({ sheet, cell: toA1(headerRow, col) });
  const columns = cells.map((cell) =>
    cell.config
      ? configured(cell, cell.config.role, () =>
          warnings.push(warning('config-period-unreadable', { ...at(cell.col), header: cell.display }, at(cell.col))),
        )
      : detected(cell),
  );
  for (const cell of cells) {
    if (cell.dateWithoutFormat && !cell.config) {
      const args = { ...at(cell.col), raw: String(cell.raw), shown: cell.display };
      warnings.push(warning('date-header-without-format', args, at(cell.col)));
    }
    if (cell.cls?.role === 'ignore' && cell.cls.yearless && !cell.config) {
      warnings.push(warning('period-without-year', { ...at(cell.col), header: cell.display }, at(cell.col)));
    }
    const title = cell.cls?.fromTitle;
    if (title && cell.cls?.period && (!cell.config || cell.config.role === 'period')) {
      const args = { ...at(cell.col), header: cell.display, period: cell.cls.period.label, title };
      warnings.push(warning('period-from-title', args, at(cell.col)));
    }
    const yearBefore = cell.cls?.yearBefore;
    if (yearBefore && cell.cls?.period && !cell.config) {
      const args = {
        ...at(cell.col),
        header: cell.display,
        period: cell.cls.period.label,
        of: yearBefore.of,
        ...(yearBefore.named && { named: true }),
      };
      warnings.push(warning('year-end-before-periods', args, at(cell.col)));
    }
  }
  // A lone "Actual" left without a period (no title names one, or several such columns) is said so: it is why nothing is read.
  if (!columns.some((c) => c.role === 'period'))
    for (const cell of cells) {
      if (cell.cls || cell.config || !(isFiguresHeader(cell.raw) || relativePeriodHeader(cell.raw))) continue;
      const args = { ...at(cell.col), header: cell.display, titled: titled() };
      warnings.push(warning('value-column-no-period', args, at(cell.col)));
    }
  const threshold = thresholdBesideTarget(columns);
  if (threshold) {
    const args = { ...at(threshold.col), header: threshold.header, target: threshold.target };
    warnings.push(warning('threshold-as-amber-edge', args, at(threshold.col)));
  }
  const claims = new Map<string, ColumnInfo>();
  const order = [...columns.keys()].sort(
    (a, b) => Number(columns[b].source === 'config') - Number(columns[a].source === 'config') || a - b,
  );
  for (const i of order) {
    const column = columns[i];
    const key = claimKey(column);
    if (key === null) continue;
    const first = claims.get(key);
    if (!first) {
      claims.set(key, column);
      continue;
    }
    const firstAt = `column ${colToLetters(first.col)} ('${first.header}')`;
    const what = column.role === 'period' ? `the period ${column.period?.label}` : MEANING[column.role];
    const why = first.source === 'config' ? `configuration gives it to ${firstAt}` : `${firstAt} comes first`;
    columns[i] = {
      col: column.col,
      header: column.header,
      source: column.source,
      role: 'ignore',
      reason: `header '${column.header}' also means ${what}, but ${why}`,
    };
    const args = { ...at(column.col), header: column.header, what, why };
    warnings.push(warning(column.role === 'period' ? 'duplicate-period' : 'duplicate-role', args, at(column.col)));
  }
  return { columns, warnings };
}

/** A contract's level past which a KPI fails: "Threshold", "Service credit threshold", "Minimum standard". */
const THRESHOLD_HEADER = /^(?:service credit )?threshold(?: level)?$|^minimum (?:standard|level)$/i;

/**
 * A threshold beside a target, as a contract's KPI sheet has them ("Target | Threshold", where
 * missing the threshold incurs a service credit): the edge of amber, as a floor is, not a second
 * target. Alone, "Threshold" is the target, as before. Changes `columns` in place, and gives the
 * column so read and the target's header, or null.
 */
function thresholdBesideTarget(columns: ColumnInfo[]): { col: number; header: string; target: string } | null {
  if (columns.some((c) => c.role === 'tolerance')) return null;
  const target = columns.find(
    (c) => c.role === 'target' && c.source !== 'config' && !THRESHOLD_HEADER.test(c.header.trim()),
  );
  if (!target) return null;
  const i = columns.findIndex(
    (c) => c.role === 'target' && c.source !== 'config' && THRESHOLD_HEADER.test(c.header.trim()) && !c.period,
  );
  if (i < 0) return null;
  const c = columns[i];
  columns[i] = {
    ...c,
    role: 'tolerance',
    reason: `header '${c.header}' beside '${target.header}' (column ${colToLetters(target.col)}) is the level past which the indicator fails: the edge of amber, as a floor is`,
  };
  return { col: c.col, header: c.header, target: target.header };
}
