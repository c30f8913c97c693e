/**
 * Names that say which period their figures are for (see `indicators/namePeriod.ts`), checked
 * against the period each figure is reported as, once the report's period is chosen.
 */
import { coversPeriod } from '../indicators/namePeriod';
import type { RatedIndicator } from '../rating/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

/**
 * Warns (`period-in-name`) at the name of each rated indicator whose name states a period that does
 * not take in the one its figure is reported as, and adds the warning to the indicator's own. The
 * figure is still reported as its column's: the sheet puts it there, and the officer says which it is.
 */
export function namePeriodIssues(items: RatedIndicator[]): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < items.length; i++) {
    const { indicator: ind, rating } = items[i];
    const named = ind.namePeriod;
    const current = rating.current;
    if (!named || !current || coversPeriod(named, current.period)) continue;
    const args = {
      sheet: ind.sheet,
      cell: named.cell,
      phrase: named.phrase,
      arrears: named.arrears,
      figure: current.measure.cell,
      period: current.period.label,
    };
    const issue = warning('period-in-name', args, { sheet: ind.sheet, cell: named.cell });
    issues.push(issue);
    items[i] = { ...items[i], indicator: { ...ind, warnings: [...ind.warnings, issue] } };
  }
  return issues;
}
