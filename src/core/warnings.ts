/**
 * The catalogue of warning codes: every code an {@link Issue} can carry, engine and hosts alike.
 * The codes are stable for the JSON's users (docs/warnings.md says what each means); the wording
 * of the messages may change, and lives in `warningMessages.ts`, one builder per code. A code not
 * listed here does not type-check; one listed here without a builder there does not compile.
 */
export const WARNING_CODES = [
  // Finding the tables
  'table-without-name',
  'sheet-without-names',
  'total-row-skipped',
  'row-without-values',
  'row-without-name',
  'block-without-values',
  'rows-hidden',
  'section-filled-down',
  'section-above-header',
  'header-row-repeated',
  'other-table-not-read',
  'duplicate-reference',
  'indicators-repeated',
  'indicators-named-with-sheet',
  'ytd-column',
  'target-to-date',
  'target-to-date-level',
  'rated-to-date',
  'rated-on-sum',
  'target-beside-ytd',
  'target-clock-read',
  'year-target-settled',
  'tolerance-unit-from-sheet',
  'dot-column-figures',
  'year-end-outturn',
  'polarity-from-target-word',
  'name-from-merge',
  'target-from-benchmark',
  'date-header-without-format',
  'period-without-year',
  'period-from-title',
  'year-end-before-periods',
  'year-total-not-compared',
  'period-from-rows',
  'value-column-no-period',
  'comparison-columns-unread',
  'comparison-no-benchmark',
  'comparison-disagrees',
  'confidence-interval-odd',
  'figures-column-unread',
  'figures-header-unknown',
  'second-half-unread',
  'budget-table-unread',
  'rag-table-unread',
  'periods-in-rows',
  'table-transposed',
  'duplicate-period',
  'duplicate-role',
  'names-beside-refs',
  'threshold-as-amber-edge',
  'names-unheaded',
  'names-qualified',
  'target-from-key',
  'units-beside-names',
  'far-cell-ignored',
  // The reporting period
  'period-chosen',
  'period-named',
  'period-choice-close',
  'period-later-values',
  'period-only-zeros',
  'period-in-name',
  'period-chosen-sparse',
  'period-year-to-date',
  'period-targets-to-date',
  'table-period-missing',
  'target-strict-bound',
  // Values
  'share-from-counts',
  'number-as-text',
  'figure-unit-differs',
  'figure-not-time',
  'figure-unreadable',
  'figure-in-words',
  'figure-bound',
  'cell-error',
  'formula-no-result',
  'value-flagged',
  'fraction-guess',
  'percent-points-guess',
  'percent-format-mixed',
  'percent-label-small',
  'unit-not-read',
  'unit-from-table',
  'scale-from-title',
  'currency-assumed',
  // Polarity, targets and tolerance
  'polarity-assumed',
  'polarity-from-sheet-rag',
  'polarity-from-trend',
  'polarity-unknown',
  'polarity-conflict',
  'band-target-one-side',
  'band-target-single',
  'contextual-not-rated',
  'target-unreadable',
  'milestone-target',
  'target-from-name',
  'target-pair-as-amber',
  'target-row-blank',
  'cumulative-name-own-figures',
  'cumulative-from-name',
  'cumulative-from-comment',
  'cumulative-from-title',
  'figure-marks-from-key',
  'annual-from-section',
  'annual-from-words',
  'cumulative-from-figures',
  'cumulative-from-targets',
  'cumulative-annual-target',
  'year-target-as-it-stands',
  'benchmark-whole-year',
  'target-beside-annual',
  'target-for-year',
  'target-other-year',
  'targets-not-given',
  'tolerance-unit-unclear',
  'tolerance-unit-from-column',
  'tolerance-as-boundary',
  'tolerance-unreadable',
  'tolerance-from-key',
  'key-amber-unstated',
  'rag-key-scheme',
  'key-scheme-uncompared',
  'key-points-not-unit',
  'tolerance-from-cover-key',
  'tolerance-at-zero',
  'rag-key-differs',
  // The sheet's own RAG
  'rag-disagrees',
  'rag-band-from-sheet',
  'amber-usual-tolerance',
  'sheet-rag-unreadable',
  // Configuration
  'config-sheet-unmatched',
  'config-sheet-repeated',
  'config-column-unmatched',
  'config-header-row-empty',
  'config-period-unreadable',
  'stored-config-invalid',
  // Writing the annotation
  'label-cell-occupied',
  'label-cell-invalid',
  'sheet-missing',
  'rule-range-invalid',
  'rule-anchor',
  'narrative-sheet-renamed',
  'narrative-sheet-edited',
  'own-rules-overlap',
  // Cells and sheets that are not what they seem
  'date-not-figure',
  'target-percent-unit',
  'target-unit-word',
  'sheet-very-hidden',
  'sheet-hidden',
  'sheet-earlier-period',
  'label-column-no-room',
  'config-indicator-unmatched',
  'sheet-title-period',
] as const;

/** One of {@link WARNING_CODES}. */
export type WarningCode = (typeof WARNING_CODES)[number];

/** 'info' says what the engine decided where nothing was in doubt (the period chosen, and why). */
export type IssueSeverity = 'info' | 'warning' | 'error';

/**
 * A problem in the workbook, or a decision the sheet does not state, that the report went on with
 * (bad data comes back as values, never thrown). In the JSON's `warnings` each is
 * `{ code, severity, message, sheet, cell }`, with `sheet` and `cell` null when there is none.
 */
export interface Issue {
  readonly severity: IssueSeverity;
  /** Stable machine code from the catalogue, e.g. "number-as-text". */
  readonly code: WarningCode;
  /** A sentence naming the sheet and cell: "Scorecard!F12: 'TBC' read as no data." */
  readonly message: string;
  readonly sheet?: string;
  readonly cell?: string;
}
