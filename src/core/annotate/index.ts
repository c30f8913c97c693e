/**
 * The annotation plan: everything the tool writes into a workbook — the RAG rules and labels and
 * when a label cell may be written, the Narrative sheet's rows, looks, widths, print set-up and
 * chart, our names and marker, the palette — decided once, with its invariants. The Excel add-in
 * and the command line only render it.
 */
export * from './palette';
export * from './labels';
export * from './limits';
export * from './planChecks';
export * from './ownRules';
export * from './narrativeSheet';
export * from './narrativeEdits';
export * from './removal';
