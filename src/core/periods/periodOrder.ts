import type { Period, PeriodKind } from './types';
import { parsePeriodHeader } from './parsePeriod';

/** At the same last month, shorter periods come first: a month, its quarter (or a term), year to date, the year. */
const KIND_ORDER: Record<PeriodKind, number> = { month: 0, quarter: 1, term: 1.5, ytd: 2, year: 3 };

/**
 * Orders periods oldest first, for `Array.prototype.sort`: by last month (`sortKey`), then
 * month < quarter < year to date < year when they end together. A year to date that names its
 * end comes before one that does not.
 */
export function comparePeriods(a: Period, b: Period): number {
  return (
    a.sortKey - b.sortKey ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.quarter ?? 5) - (b.quarter ?? 5) ||
    (a.month ?? 13) - (b.month ?? 13)
  );
}

/**
 * The later of `latest` (so far, or null) and `p` by their last month; on the same last month a
 * quarter over its month, as a table's latest column is taken to be the quarter when both end there.
 */
export function laterPeriod(latest: Period | null, p: Period): Period {
  return !latest || p.sortKey > latest.sortKey || (p.sortKey === latest.sortKey && p.kind === 'quarter') ? p : latest;
}

/** True when two values describe the same period (whatever header they were read from). */
export function samePeriod(a: Period, b: Period): boolean {
  return comparePeriods(a, b) === 0;
}

/**
 * The latest period of `periods` before `p` and of the same kind (the quarter before a quarter,
 * the month before a month), or null when there is none. Periods need not be sorted.
 */
export function previousPeriod(periods: readonly Period[], p: Period): Period | null {
  let best: Period | null = null;
  for (const q of periods) {
    if (q.kind !== p.kind || comparePeriods(q, p) >= 0) continue;
    if (best === null || comparePeriods(q, best) > 0) best = q;
  }
  return best;
}

/**
 * The period of `periods` at the same point a year before `p` (same kind, `sortKey` − 12):
 * Q3 2020/21 for Q3 2021/22, December 2020 for December 2021. Null when it is not there.
 */
export function samePeriodLastYear(periods: readonly Period[], p: Period): Period | null {
  const candidates = periods.filter((q) => q.kind === p.kind && q.sortKey === p.sortKey - 12);
  return candidates.find((q) => q.quarter === p.quarter && q.month === p.month) ?? candidates[0] ?? null;
}

/**
 * Finds the period a person typed (a `--period` option, a settings box) among `periods`,
 * loosely: any header form {@link parsePeriodHeader} reads ("Q2 2021/22", "q2 21/22",
 * "Sep-21", "2021/22 YTD") or a period's label in any case. A form without a year ("Q2",
 * "YTD") means the latest year in `periods` that has it. The kind must match: "Sep-21" does
 * not find Q2 2021/22. Returns null when nothing matches.
 */
export function findPeriod(periods: readonly Period[], label: string): Period | null {
  const text = label.trim();
  if (text === '') return null;
  const byLabel = periods.find((p) => p.label.toLowerCase() === text.toLowerCase());
  if (byLabel) return byLabel;
  const typed = parsePeriodHeader(text);
  if (typed) return periods.find((p) => samePeriod(p, typed)) ?? null;
  const years = [...new Set(periods.map((p) => p.fyStart))].sort((a, b) => b - a);
  for (const fyStart of years) {
    const inYear = parsePeriodHeader(text, null, { fyStart });
    const found = inYear && periods.find((p) => samePeriod(p, inYear));
    if (found) return found;
  }
  return null;
}

/**
 * Where a period asked for is not among `periods`, the one of them that ends with it, a month for a
 * quarter or a quarter for a month: Q2 2024/25 asked of a table of months ends with September 2024;
 * September 2024 asked of a table of quarters ends Q2 2024/25. Null where the label is no month or
 * quarter, or none ends with it.
 */
export function periodEndingAlike(
  periods: readonly Period[],
  label: string,
): { readonly asked: Period; readonly found: Period } | null {
  const asked = parsePeriodHeader(label.trim());
  if (!asked || (asked.kind !== 'month' && asked.kind !== 'quarter')) return null;
  const other = asked.kind === 'month' ? 'quarter' : 'month';
  const found = periods.find((p) => p.kind === other && p.sortKey === asked.sortKey);
  return found ? { asked, found } : null;
}
