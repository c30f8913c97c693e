/**
 * User-facing wording for the value readers: why a unit was chosen. Kept in one place so the
 * register stays consistent (British English, plain words).
 */

/** Reasons {@link inferUnit} gives for its choice of unit. */
export const unitReasons = {
  unitCell: (text: string): string => `the unit column says '${text}'`,
  unitCellThousands: (text: string): string =>
    `the unit column says '${text}' (an amount in thousands or millions), so it is shown with that scale`,
  percentFormat: (): string => 'the value cell has a percentage number format',
  currencyFormat: (symbol: string): string => `the value cell's number format shows ${symbol}`,
  percentHint: (): string => "the indicator's other cells have a percentage number format",
  currencyHint: (symbol: string): string => `the indicator's other cells show ${symbol}`,
  nameSays: (words: string): string => `the name says '${words}'`,
  nothing: (): string => 'nothing in the name, unit or number format says what kind of quantity it is',
} as const;

/** Warnings about how a row's numbers are read. Each code has one wording, here. */
export const valueMessages = {
  /** `fraction-guess`: a percentage row's plain numbers all lie within 0–1 and nothing states their storage. */
  fractionGuess: (sheet: string, row: number, name: string): string =>
    `${sheet} row ${row + 1} ('${name}'): percentages between 0 and 1 with no % format are read as fractions (0.9 = 90 per cent). Format the cells as percentages, or write the unit as '(%)' if they are already per cent, to make this certain.`,
  /** `percent-points-guess`: the same, settled by the table's other rows, which keep per cent as 0–100. */
  pointsFromTable: (sheet: string, row: number, name: string): string =>
    `${sheet} row ${row + 1} ('${name}'): the figures all lie between 0 and 1 and have no % format; they are read as per cent (0.96 = 0.96 per cent), as the table's other percentage rows are. Format the cells as percentages if they are fractions.`,
  /** `unit-from-table`: nothing states a row's unit; its figures look like the table's per cent (0–100, not whole numbers), so it is read as per cent. */
  unitFromTable: (sheet: string, row: number, name: string): string =>
    `${sheet} row ${row + 1} ('${name}'): nothing in the row says what its figures are; they are read as per cent, as most of the table's rows are. Give the unit in the name ('(%)'), a unit column or the number format if that is wrong.`,
} as const;

/** Warnings about polarity. */
export const polarityMessages = {
  /** `polarity-conflict`: the polarity column and the end of the name disagree; the column is used. */
  conflict: (sheet: string, cell: string, shown: string, name: string, inName: string): string =>
    `${sheet}!${cell}: the polarity '${shown}' disagrees with the name '${name}', which says ${inName} is better; the polarity column is used. Correct whichever is wrong.`,
  /** `polarity-conflict`: the polarity column and the words of the target ("less than 3%") disagree; the column is used. */
  conflictWithTarget: (
    sheet: string,
    cell: string,
    shown: string,
    targetCell: string,
    words: string,
    said: string,
  ): string =>
    `${sheet}!${cell}: the polarity '${shown}' disagrees with the target in ${targetCell} ('${words}' says ${said} is better); the polarity column is used. Correct whichever is wrong.`,
  /** `polarity-assumed`: nothing in the sheet states the polarity; the one used, from the name where it says what it measures. */
  assumed: (sheet: string, row: number, name: string, polarity: string, because: string | null): string =>
    `${sheet} row ${row + 1} ('${name}'): no polarity given; rated as ${polarity} is better${because === null ? '' : `, from '${because}' in its name`}. Set the polarity in the sheet or the configuration if that is wrong.`,
} as const;

/** Warnings about units and scale. */
export const unitMessages = {
  /** `scale-from-title`: money whose row states no scale is taken to be in the scale a title above the table gives. */
  scaleFromTitle: (sheet: string, row: number, name: string, cell: string): string =>
    `${sheet} row ${row + 1} ('${name}'): its figures are taken to be in the scale that ${sheet}!${cell} gives for the table; give the scale in the row's number format or its unit if that is wrong.`,
  /** `currency-assumed`: money with no currency in its cells, name or unit is printed in pounds. */
  currencyAssumed: (sheet: string, row: number, name: string, reason: string): string =>
    `${sheet} row ${row + 1} ('${name}'): read as money because ${reason}, and printed in pounds (£) although no cell, format or unit shows a currency; set its unit in the configuration if that is wrong.`,
} as const;

/** How a tolerance reads in a message: "5 %" of the target, "2 percentage points", "2". */
const share = (v: number): string => `${Math.round(v * 100000) / 1000} %`;

/** Warnings about tolerance cells. */
export const toleranceMessages = {
  /** `tolerance-unreadable`: a tolerance cell holds text that is not a tolerance; the workbook-wide tolerance is used. */
  unreadable: (sheet: string, cell: string, shown: string, name: string): string =>
    `${sheet}!${cell}: the tolerance '${shown}' for '${name}' cannot be read, so the workbook's own tolerance is used; write it as '5%' (of the target) or '2pp' (points).`,
  /** `tolerance-as-boundary`: a plain number too large for a margin and near the target is read as the edge of amber. */
  asBoundary: (sheet: string, cell: string, shown: string, name: string, target: number): string =>
    `${sheet}!${cell}: the tolerance '${shown}' for '${name}' is too large for a margin and close to the target of ${target}, so it is read as the edge of amber (amber between it and the target); head the column 'Amber value' to make this certain, or write the margin as '5%' or '2pp'.`,
  /** `target-pair-as-amber`: low and high target columns with a stated polarity are read as the edge of amber and the target. */
  pairAsAmber: (
    sheet: string,
    cells: string,
    name: string,
    polarity: 'higher' | 'lower',
    edge: string,
    target: string,
  ): string =>
    `${sheet}!${cells}: '${name}' has a low and a high target and ${polarity} is better, so they are read as the edge of amber (${edge}) and the target (${target}): ${polarity === 'higher' ? 'below' : 'above'} ${edge} is red, between the two amber, ${polarity === 'higher' ? 'at or above' : 'at or below'} ${target} green. Set the polarity to 'Within range' if the two are a range to stay inside.`,
  /** `tolerance-unit-unclear`: a plain number with no unit in the cell, its format, the header or a note. */
  unclear: (
    sheet: string,
    cell: string,
    shown: string,
    name: string,
    relative: number,
    absolute: number,
    percentage: boolean,
  ): string =>
    `${sheet}!${cell}: the tolerance '${shown}' for '${name}' does not say whether it is ${share(relative)} of the target or ${absolute} ${percentage ? (absolute === 1 ? 'percentage point' : 'percentage points') : "in the indicator's units"}; where the two give different ratings the indicator is not rated. Write '5%' or '2pp', or head the column 'Tolerance (%)' or 'Tolerance (pp)'.`,
} as const;
