/**
 * Formulas as the file stores them. A function added to Excel after the file format's first
 * edition is written with the prefix "_xlfn." ("future functions", MS-XLSX 2.2.2 Formulas):
 * Excel shows `NUMBERVALUE(…)` and saves `_xlfn.NUMBERVALUE(…)`, and a file holding the bare name
 * shows #NAME? in LibreOffice and, until the cell is entered again, in Excel. The engine's formulas
 * use the names as typed; Office.js takes them so too. Only the functions our formulas use are listed.
 */
const FUTURE_FUNCTIONS = ['NUMBERVALUE'];

const NAME = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join('|')})\\(`, 'gi');

/** Whether a formula names one at all: most do not, and are taken as they are. */
const MENTIONS = new RegExp(`(?:${FUTURE_FUNCTIONS.join('|')})\\(`, 'i');

/** A string literal, or a run of formula text between literals. */
const PIECES = /"(?:[^"]|"")*"|[^"]+/g;

/** The formula (no "=") with each future function given its "_xlfn." prefix; text in quotes is left alone. */
export function toFileFormula(formula: string): string {
  if (!MENTIONS.test(formula)) return formula;
  return (formula.match(PIECES) ?? []).map((p) => (p.startsWith('"') ? p : p.replace(NAME, '_xlfn.$1('))).join('');
}
