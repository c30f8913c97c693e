/**
 * The engine's vocabulary, gathered from the subsystems that define it (each module's own
 * `types.ts`): kept so that existing imports keep working; import from the subsystem instead.
 * The adapters (`src/excel`, `src/xlsx`) translate the host's cells into a {@link SheetGrid} and
 * write back what a report and a {@link FormatPlan} describe.
 */
export type { CellRef, ExcelError, ListObjectInfo, Magnitude, NoDataReason, ParsedNumber, RawValue, SheetGrid, Unit } from './values/types';
export type { Period, PeriodKind } from './periods/types';
export type { BenchmarkKind, ColumnInfo, ColumnRole, DetectedTable, IndicatorBlock, TableRow, UnreadTable } from './tables/types';
export type { Benchmark, Frequency, Indicator, Measure, PeriodTarget, PeriodValue, Polarity, RowTarget, SheetRag, SheetRagReading, Target } from './indicators/types';
export type { AmberRule, Direction, FormatPlan, Movement, Rag, RagLabel, RagRule, RagRuleBlock, RagSource, RatedIndicator, Rating, RatingStatus } from './rating/types';
export type { CellCitation, Narrative, NarrativeItem, NarrativeStyle, RagSummary } from './narrative/types';
export type { RagCounts } from './report/types';
export type { Issue, IssueSeverity, WarningCode } from './warnings';
export type { HouseStyle, IndicatorConfig, ScorecardConfig, TableConfig, Tolerance } from './config/types';
