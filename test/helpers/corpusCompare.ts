/**
 * Runs the report over a council corpus workbook the way the command line does (`report --format
 * json`, default settings) and compares it, fact by fact, with the hand-worked catalogue entry.
 * Shared by test/core/councilCorpus.test.ts and scripts/corpusReport.ts.
 */
import { join } from 'node:path';
import { runReport } from '../../src/cli/runReport';
import type { IndicatorJson, ReportJson } from '../../src/core/report/toJson';
import { itemsOf } from '../fixtures/catalogue/councilItems';
import type { CorpusFacts, ExpectedWarning, IndicatorFacts } from '../fixtures/catalogue/types';

/** The repository root. */
const ROOT = join(__dirname, '..', '..');

/** One fact the engine got other than the catalogue says. */
export interface Mismatch {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly indicator: string;
  /** rag, cell, polarity, direction, longTermDirection, section, unit, shown, id, provisional, reportedAnnually, benchmarks, cumulative, sheetRag, missing. */
  readonly field: string;
  readonly expected: string;
  readonly got: string;
}

/** What the engine made of one corpus file, against the catalogue. */
export interface FileResult {
  readonly file: string;
  /** Set when the command failed (exit code not 0): its error line. */
  readonly error: string | null;
  readonly period: { readonly expected: string; readonly got: string | null };
  /** Expected tables (sheet and header row) the report did not find. */
  readonly tablesMissing: readonly string[];
  /** Indicators the report gave that the catalogue does not have (totals, comparison rows…). */
  readonly extraIndicators: readonly { readonly sheet: string; readonly cell: string | null; readonly name: string }[];
  /** Expected indicators, and how many had the right rating (rag and status both right). */
  readonly indicators: number;
  readonly ratingsRight: number;
  readonly mismatches: readonly Mismatch[];
  readonly warningsMissing: readonly ExpectedWarning[];
  /** Per expected indicator: the issue-8 items it exercises, whether its rating was right, and whether every fact was. */
  readonly outcomes: readonly {
    readonly sheet: string;
    readonly cell: string;
    readonly items: readonly number[];
    readonly ratingRight: boolean;
    readonly allRight: boolean;
  }[];
}

const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v));

function rowOf(cell: string | null | undefined): number | null {
  const m = cell ? /^[A-Z]+(\d+)$/.exec(cell) : null;
  return m ? Number(m[1]) : null;
}

/** The report's indicator for an expected one: by sheet and value cell, else by sheet and name. */
function findIndicator(report: ReportJson, sheet: string, e: IndicatorFacts): IndicatorJson | undefined {
  return (
    report.indicators.find((i) => i.sheet === sheet && i.cell === e.cell) ??
    report.indicators.find((i) => i.sheet === sheet && i.name === e.name)
  );
}

/** The narrative's sentences about one indicator, joined. */
function narrativeFor(report: ReportJson, got: IndicatorJson): string {
  const n = report.narrative;
  return [...n.performingWell, ...n.areasForFocus, ...n.context, ...n.noData]
    .filter((item) => item.indicatorId === got.id)
    .map((item) => item.text)
    .join(' ');
}

/** True when the report has the expected warning: same code and sheet, naming the cell or its row. */
function hasWarning(report: ReportJson, e: ExpectedWarning): boolean {
  return report.warnings.some(
    (w) =>
      w.code === e.code &&
      w.sheet === e.sheet &&
      (w.cell === e.cell ||
        (w.cell !== null &&
          rowOf(w.cell) === rowOf(e.cell) &&
          e.code !== 'ytd-column' &&
          e.code !== 'period-later-values')),
  );
}

/** Compares the report on `facts.path` with the catalogue entry. */
export async function compareCorpusFile(facts: CorpusFacts): Promise<FileResult> {
  const result = await runReport({ workbook: join(ROOT, facts.path), format: 'json' });
  const expected = facts.tables.flatMap((t) => t.indicators.map((i) => ({ sheet: t.sheet, i })));
  if (result.exitCode !== 0) {
    return {
      file: facts.file,
      error: result.stderr.join(' '),
      period: { expected: facts.period, got: null },
      tablesMissing: facts.tables.map((t) => `${t.sheet} (header row ${t.headerRow})`),
      extraIndicators: [],
      indicators: expected.length,
      ratingsRight: 0,
      mismatches: expected.map(({ sheet, i }) => ({
        file: facts.file,
        sheet,
        cell: i.cell,
        indicator: i.name,
        field: 'missing',
        expected: `${i.rag}/${i.status}`,
        got: 'no report',
      })),
      warningsMissing: facts.warnings,
      outcomes: expected.map(({ sheet, i }) => ({
        sheet,
        cell: i.cell,
        items: itemsOf(facts.file, sheet, i.cell),
        ratingRight: false,
        allRight: false,
      })),
    };
  }
  const report = JSON.parse(result.stdout) as ReportJson;
  const mismatches: Mismatch[] = [];
  const matched = new Set<IndicatorJson>();
  let ratingsRight = 0;
  const outcomes: FileResult['outcomes'][number][] = [];
  for (const { sheet, i: e } of expected) {
    const before = mismatches.length;
    const ratedBefore = ratingsRight;
    const got = findIndicator(report, sheet, e);
    const miss = (field: string, exp: unknown, g: unknown) =>
      mismatches.push({
        file: facts.file,
        sheet,
        cell: e.cell,
        indicator: e.name,
        field,
        expected: show(exp),
        got: show(g),
      });
    if (!got) {
      miss('missing', `${e.rag}/${e.status}`, 'not found');
      outcomes.push({
        sheet,
        cell: e.cell,
        items: itemsOf(facts.file, sheet, e.cell),
        ratingRight: false,
        allRight: false,
      });
      continue;
    }
    matched.add(got);
    if (got.rag === e.rag && got.status === e.status) ratingsRight += 1;
    else miss('rag', `${e.rag}/${e.status}`, `${got.rag}/${got.status}`);
    if (got.cell !== e.cell) miss('cell', e.cell, got.cell);
    if (got.polarity !== e.polarity) miss('polarity', e.polarity, got.polarity);
    if (got.direction !== e.direction) miss('direction', e.direction, got.direction);
    if (e.longTermDirection !== undefined && got.longTermDirection !== e.longTermDirection)
      miss('longTermDirection', e.longTermDirection, got.longTermDirection);
    if (got.section !== e.section) miss('section', e.section, got.section);
    if (got.unit !== e.unit) miss('unit', e.unit, got.unit);
    if (e.id && got.id !== e.id) miss('id', e.id, got.id);
    if (e.shownValue !== undefined && got.display !== e.shownValue) miss('shown', e.shownValue, got.display);
    if (e.reportedAnnually && e.status === 'no-data' && !/annual/i.test(narrativeFor(report, got)))
      miss('reportedAnnually', true, narrativeFor(report, got));
    if (e.provisional && !/provisional/i.test(narrativeFor(report, got)))
      miss('provisional', 'called provisional in the text', narrativeFor(report, got) || '(no sentence)');
    if (e.benchmarks !== undefined && got.benchmarks.length !== e.benchmarks)
      miss('benchmarks', e.benchmarks, got.benchmarks.length);
    if (e.cumulative !== undefined && got.cumulative !== e.cumulative) miss('cumulative', e.cumulative, got.cumulative);
    if (e.sheetSays !== undefined) {
      // The JSON gives the sheet's rating as { rag, shown, cell }; the corpus says the rating alone.
      const own = (got as unknown as { sheetRag?: { rag?: unknown } | null }).sheetRag?.rag ?? null;
      if (own !== e.sheetSays) miss('sheetRag', e.sheetSays, own);
    }
    outcomes.push({
      sheet,
      cell: e.cell,
      items: itemsOf(facts.file, sheet, e.cell),
      ratingRight: ratingsRight > ratedBefore,
      allRight: mismatches.length === before,
    });
  }
  const extraIndicators = report.indicators
    .filter((i) => !matched.has(i))
    .map((i) => ({ sheet: i.sheet, cell: i.cell, name: i.name }));
  // A table is found when one starts on its header row and reaches its last indicator row.
  const bottomOf = (range: string) => Number(/(\d+)$/.exec(range)?.[1] ?? 0);
  const tablesMissing = facts.tables
    .filter(
      (t) =>
        !report.tables.some(
          (rt) => rt.sheet === t.sheet && rt.headerRow === t.headerRow && bottomOf(rt.range) >= t.lastRow,
        ),
    )
    .map((t) => `${t.sheet} (header row ${t.headerRow} to row ${t.lastRow})`);
  return {
    file: facts.file,
    error: null,
    period: { expected: facts.period, got: report.period },
    tablesMissing,
    extraIndicators,
    indicators: expected.length,
    ratingsRight,
    mismatches,
    warningsMissing: facts.warnings.filter((e) => !hasWarning(report, e)),
    outcomes,
  };
}

/** A plain-text table of results: one line per file, then every mismatch. */
export function corpusTable(results: readonly FileResult[]): string {
  const lines: string[] = [];
  const total = results.reduce((n, r) => n + r.indicators, 0);
  const right = results.reduce((n, r) => n + r.ratingsRight, 0);
  lines.push(`Ratings right: ${right} of ${total} (${total ? ((100 * right) / total).toFixed(1) : '0.0'} %)`);
  lines.push('');
  lines.push('Issue 8 item | indicators exercising it | ratings right | every fact right');
  for (let item = 1; item <= 11; item++) {
    const these = results.flatMap((r) => r.outcomes.filter((o) => o.items.includes(item)));
    lines.push(
      `${item} | ${these.length} | ${these.filter((o) => o.ratingRight).length} | ${these.filter((o) => o.allRight).length}`,
    );
  }
  lines.push('');
  lines.push(
    'file | period (expected / got) | ratings right | extra indicators | tables missing | warnings missing | other mismatches',
  );
  for (const r of results) {
    const other = r.mismatches.filter((m) => m.field !== 'rag' && m.field !== 'missing').length;
    lines.push(
      `${r.file} | ${r.period.expected} / ${r.period.got ?? '-'} | ${r.ratingsRight}/${r.indicators} | ${r.extraIndicators.length} | ${r.tablesMissing.length} | ${r.warningsMissing.length} | ${other}${r.error ? ` | ERROR ${r.error}` : ''}`,
    );
  }
  lines.push('');
  lines.push('Mismatches (file | sheet!cell | indicator | field | expected | got):');
  for (const r of results) {
    for (const m of r.mismatches)
      lines.push(
        `${m.file} | ${m.sheet}!${m.cell} | ${m.indicator.slice(0, 60)} | ${m.field} | ${m.expected} | ${m.got.slice(0, 120)}`,
      );
    for (const x of r.extraIndicators)
      lines.push(`${r.file} | ${x.sheet}!${x.cell ?? '?'} | ${x.name.slice(0, 60)} | extra | not an indicator | found`);
    for (const t of r.tablesMissing) lines.push(`${r.file} | ${t} | | table | found | missing`);
    for (const w of r.warningsMissing) lines.push(`${r.file} | ${w.sheet}!${w.cell} | | warning | ${w.code} | missing`);
  }
  return lines.join('\n');
}

/**
 * Every way a file's report departs from the catalogue, one stable line each (without what the
 * engine gave, so that a gap reads the same until it is closed): the lines `KNOWN_GAPS` lists.
 */
export function findings(r: FileResult): string[] {
  const out: string[] = [];
  if (r.error) out.push(`${r.file} | not read`);
  if (r.period.got !== r.period.expected) out.push(`${r.file} | period | expected ${r.period.expected}`);
  for (const m of r.mismatches) out.push(`${r.file} | ${m.sheet}!${m.cell} | ${m.field} | expected ${m.expected}`);
  for (const x of r.extraIndicators)
    out.push(`${r.file} | ${x.sheet}!${x.cell ?? '?'} | read as an indicator: ${x.name}`);
  for (const t of r.tablesMissing) out.push(`${r.file} | table not found: ${t}`);
  for (const w of r.warningsMissing) out.push(`${r.file} | ${w.sheet}!${w.cell} | warning ${w.code} not given`);
  return out;
}
