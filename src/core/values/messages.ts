/**
 * User-facing wording for the value readers: why a unit was chosen. Kept in one place so the
 * register stays consistent (British English, plain words). The warnings that quote these reasons
 * are worded in the warnings catalogue (`src/core/warningMessages.ts`).
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
