import { toA1 } from '../address';
import { isUnitCellText } from '../values/units';
import { warning } from '../warningMessages';
import { cellValue } from './gridAccess';
import { displayText, isBlank } from './headerText';
import { ROWS_LOOKED_AT, repeatsHeaders, type SecondNameArea, type SecondNameRead } from './secondNameColumn';
import type { ColumnInfo } from './types';

/** The longest text taken for a unit: "Rate per 10,000 children" and no more. */
const LONGEST = 30;

/**
 * A second column headed as the indicators' name ("Indicator | Measure | Target", the council's
 * "Measure" being what each figure measures) that holds units: "%", "Number", "Days", "£k", "Rate
 * per 10,000". It is read as the unit column, where it would otherwise be left unread and the
 * figures printed without their units ("£1,530" for £1,530k). Null when the column is not so: every
 * filled cell short text, at least two, and at least half of them units the engine reads; nor when
 * the table has a unit column already, or the configuration sets the column.
 */
export function unitsBesideNames(area: SecondNameArea): SecondNameRead | null {
  const { grid, pair, columns, headerRow, lastRow } = area;
  if (columns.some((c) => c.role === 'unit')) return null;
  const { name, other, column } = pair;
  const shown: string[] = [];
  let known = 0;
  let blanks = 0;
  for (let row = headerRow + 1; row <= Math.min(lastRow, headerRow + ROWS_LOOKED_AT); row++) {
    if (repeatsHeaders(area, row)) break;
    const v = cellValue(grid, row, other.col);
    if (isBlank(v)) {
      if (isBlank(cellValue(grid, row, name.col)) && ++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (typeof v !== 'string') return null;
    const text = displayText(v);
    if (text.length > LONGEST || text.split(' ').length > 4) return null;
    if (isUnitCellText(text)) known++;
    shown.push(text);
  }
  if (shown.length < 2 || known * 2 < shown.length) return null;
  const units = [...new Set(shown)].slice(0, 4);
  const moved = columns.map((c): ColumnInfo =>
    c === column
      ? {
          col: c.col,
          header: c.header,
          source: c.source,
          role: 'unit',
          reason: `header '${c.header}' means the indicator name, but its cells hold units (${units.join(', ')}), and '${name.header}' holds the names`,
        }
      : c,
  );
  const cell = toA1(headerRow, other.col);
  const args = { sheet: grid.name, cell, header: other.display, units: units.join(', '), names: name.header };
  return { columns: moved, note: warning('units-beside-names', args, { sheet: grid.name, cell }) };
}
