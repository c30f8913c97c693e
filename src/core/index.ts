/**
 * The engine's public surface. The hosts (`src/xlsx`, `src/cli`, `src/excel`) and the add-in's
 * application layer and pane (`src/app`, `src/taskpane`, `src/commands`) import the engine from
 * here and nowhere else (lint-enforced); inside the engine, modules import each other directly.
 *
 * What a host does with it: read its workbook into {@link SheetGrid}s, call {@link buildReport}
 * with a configuration from {@link parseConfig}, and render what the report and the annotation plan
 * (`./annotate`) say — the rules, the labels, the Narrative sheet — and its issues.
 */

// The engine's vocabulary, each type defined beside the subsystem that owns it.
export type {
  CellRef,
  ExcelError,
  ListObjectInfo,
  Magnitude,
  NoDataReason,
  ParsedNumber,
  RawValue,
  SheetGrid,
  Unit,
} from './values/types';
export type { Period, PeriodKind } from './periods/types';
export type {
  BenchmarkKind,
  ColumnInfo,
  ColumnRole,
  DetectedTable,
  IndicatorBlock,
  TableRow,
  UnreadTable,
} from './tables/types';
export type {
  Benchmark,
  Frequency,
  Indicator,
  Measure,
  PeriodTarget,
  PeriodValue,
  Polarity,
  RowTarget,
  SheetRag,
  SheetRagReading,
  Target,
} from './indicators/types';
export type {
  AmberRule,
  Direction,
  FormatPlan,
  Movement,
  Rag,
  RagLabel,
  RagRule,
  RagRuleBlock,
  RagSource,
  RatedIndicator,
  Rating,
  RatingStatus,
} from './rating/types';
export type { CellCitation, Narrative, NarrativeItem, NarrativeStyle, RagSummary } from './narrative/types';
export type { RagCounts } from './report/types';
export type { HouseStyle, IndicatorConfig, ScorecardConfig, TableConfig, Tolerance } from './config/types';

// Warnings and errors: the catalogue of codes, and the one error family.
export { WARNING_CODES, type Issue, type IssueSeverity, type WarningCode } from './warnings';
export { warning } from './warningMessages';
export { NoIndicatorReadError, NoIndicatorTableError, ScorecardError, type ErrorPlace } from './errors';

// A1 addresses.
export * from './address';

// Long text cut into pieces with surrogate pairs kept whole.
export { isHighSurrogate, pieceEnd } from './textPieces';

// The configuration: its schema, its defaults and the words it accepts. The schema itself (and zod)
// is loaded by parseConfig when there is a configuration to check, not with the engine.
export { DEFAULT_CONFIG } from './config/defaults';
export { ConfigError } from './config/ConfigError';
export { parseConfig } from './config/parse';
export type { configSchema } from './config/configSchema';
export { NARRATIVE_STYLES } from './config/vocabulary';

// Tables, as far as a host names them.
export { headerKey } from './tables/headerText';
export { namelessHeader, type NamelessHeader } from './tables/findTables';
export { sameName } from './tables/tableConfig';
export {
  type Axis,
  bands,
  FAR_COLUMNS,
  FAR_ROWS,
  keepPieces,
  lineBoxes,
  mergeBands,
  mightSplit,
  trimFarCells,
} from './tables/farCells';
export { withHiddenRows, withMerges } from './tables/gridAccess';

// The report, its JSON and its narrative.
export { buildReport, PeriodNotFoundError, type Report } from './report/buildReport';
export { reportJsonText, reportToJson, type IndicatorJson, type ReportJson } from './report/toJson';
export { ragCounts } from './report/ragCounts';
export { searchedSheets, unreadSheetIssues } from './report/sheetChoice';
export { agrees as sheetRagAgrees } from './report/sheetRags';
export { isProgressWord, measureInWords } from './values/noDataCodes';
export { NARRATIVE_TITLE, narrativeMeta } from './report/narrativeMeta';
export { newFigures } from './narrative/newFigures';
export { countText, listJoin } from './narrative/listing';
export { shortName } from './narrative/phrases';
export { narrativeBlocks, renderMarkdown } from './narrative/render';
export { withoutControls } from './narrative/outputSafety';

// The annotation plan: everything the tool writes into a workbook.
export * from './annotate';
