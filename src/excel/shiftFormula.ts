import { colToLetters, lettersToCol, MAX_COL, MAX_ROW } from '../core';

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(])/;
const WORD_CHAR = /[A-Za-z0-9_.$]/;

/** Copies a quoted run ("text" or 'sheet name', with doubled quotes inside) starting at `i`. */
function quotedEnd(formula: string, i: number): number {
  const quote = formula[i];
  let j = i + 1;
  while (j < formula.length) {
    if (formula[j] === quote) {
      if (formula[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/**
 * A formula moved as Excel moves it when a rule or cell is copied `rows` down and `cols` across:
 * relative references shift ("F5" → "F12", "$E5" → "$E12"), absolute parts ("$E$5", "$E") stay,
 * and text in quotes (such as the `N("marker")` term) is left alone. Whole-row or whole-column
 * references ("A:A", "5:5") are not used in RAG formulas and are left as they are.
 * @throws RangeError when a reference would move off the sheet (a misplaced rule is a bug).
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const match = (i === 0 || !WORD_CHAR.test(formula[i - 1])) && REF.exec(formula.slice(i));
    const col = match ? lettersToCol(match[2]) : null;
    if (!match || col === null) {
      out += ch;
      i++;
      continue;
    }
    const [text, colAbs, , rowAbs, digits] = match;
    const newCol = colAbs ? col : col + cols;
    const newRow = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
    if (newCol < 0 || newCol > MAX_COL || newRow < 0 || newRow > MAX_ROW) {
      throw new RangeError(`Moving "${text}" by ${rows} rows and ${cols} columns takes it off the sheet.`);
    }
    out += `${colAbs}${colToLetters(newCol)}${rowAbs}${newRow + 1}`;
    i += text.length;
  }
  return out;
}
