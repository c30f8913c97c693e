import { colToLetters, toA1 } from '../address';
import type { RawValue } from '../values/types';
import { warning } from '../warningMessages';
import { cellValue } from './gridAccess';
import { isBlank } from './headerText';
import { ROWS_LOOKED_AT, repeatsHeaders, type SecondNameArea, type SecondNameRead } from './secondNameColumn';
import type { ColumnInfo } from './types';

/**
 * A reference as councils write them: "1", "KPI1", "HS 01", "CP-03", "1.2a", "ASCOF 1A", "ASC 2A part
 * 2", and as the outcomes frameworks write theirs, with a part in brackets: "2A(2)", "1C(1A)".
 */
const CODE = /^[A-Za-z]{0,8}[ .\-_/]?\d[\w.\-/]*(?:\(\w{1,3}\))?(?:\s+(?:part|pt)\.?\s*\w{1,3})?$/i;

function refLike(v: RawValue): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0;
  return typeof v === 'string' && v.trim().length <= 16 && CODE.test(v.trim());
}

/** Text with a word in it, which a reference is not. */
function nameLike(v: RawValue): boolean {
  return typeof v === 'string' && !refLike(v) && /[A-Za-z]{3}/.test(v);
}

/**
 * Two headers that both mean the indicator's name ("KPI | Description", "Measure | Measure
 * description"), the first holding only references (1, 2, 3; "KPI1", "HS 01") and the second the
 * names: the names are read from the second, and the first is the references' column (or, when
 * the table has one already, not read). Null when the columns are not so; a name column set by
 * configuration is never moved.
 *
 * Taken when, on every row within the first few hundred where both columns are filled, the first
 * holds a reference and the second a name (a section's heading, written only in the first, does
 * not count), down to a row that gives the two headers again (the next table's); the note
 * `names-beside-refs` says so.
 */
export function namesBesideRefs(area: SecondNameArea): SecondNameRead | null {
  const { grid, pair, columns, headerRow, lastRow } = area;
  if (pair.name.source !== 'detected') return null;
  const { name, other, column } = pair;
  let pairs = 0;
  let blanks = 0;
  const refs: RawValue[] = [];
  for (let row = headerRow + 1; row <= Math.min(lastRow, headerRow + ROWS_LOOKED_AT); row++) {
    if (repeatsHeaders(area, row)) break;
    const first = cellValue(grid, row, name.col);
    const second = cellValue(grid, row, other.col);
    if (isBlank(first) && isBlank(second)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isBlank(first) || isBlank(second)) continue;
    if (!refLike(first) || !nameLike(second)) return null;
    pairs++;
    if (refs.length < 2) refs.push(first);
  }
  if (pairs === 0) return null;
  const hasRef = columns.some((c) => c.role === 'ref');
  const shown = refs.map((r) => String(r).trim()).join(', ');
  const at = `column ${colToLetters(other.col)} ('${other.display}')`;
  const moved = columns.map((c): ColumnInfo => {
    if (c === name)
      return {
        col: c.col,
        header: c.header,
        source: c.source,
        role: hasRef ? 'ignore' : 'ref',
        reason: `header '${c.header}' means the indicator name, but its cells hold references (${shown}): the names are read from ${at}${hasRef ? ', and the table has a column of references already' : ''}`,
      };
    if (c === column)
      return {
        col: c.col,
        header: c.header,
        source: c.source,
        role: 'name',
        reason: `header '${c.header}' means the indicator name, and ${name.header === '' ? 'the column before it' : `'${name.header}'`} holds references (${shown})`,
      };
    return c;
  });
  const cell = toA1(headerRow, name.col);
  const args = {
    sheet: grid.name,
    cell,
    header: name.header,
    refs: shown,
    names: { col: colToLetters(other.col), header: other.display },
    asRefs: !hasRef,
  };
  return { columns: moved, note: warning('names-beside-refs', args, { sheet: grid.name, cell }) };
}
