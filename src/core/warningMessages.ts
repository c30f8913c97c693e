/**
 * The wording of every warning, one builder per code, and {@link warning}, the one way to make an
 * {@link Issue}. Each condition is worded here and only here, so that the messages keep one
 * register (British English, the sheet and cell first, what was done, what to do about it) and
 * the same condition met by two hosts reads the same.
 *
 * Builders take plain values the caller has already worked out (names, cell addresses, numbers,
 * words for a rating); they never see the engine's own types, so this module imports nothing but
 * the code list. Row numbers are passed as the engine counts them (from 0) and shown from 1.
 * A code in {@link WARNING_CODES} without a builder here does not compile.
 */
import type { IssueSeverity, Issue, WarningCode } from './warnings';

/** Up to five cells, then how many more: "Q!D4, Q!D5 and 3 more". */
/** A long text quoted in a message: its first 80 characters, and "…" where it goes on. */
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79).trimEnd()}…` : flat;
}

function cellList(cells: readonly string[]): string {
  return cells.length <= 5 ? cells.join(', ') : `${cells.slice(0, 5).join(', ')} and ${cells.length - 5} more`;
}

/** Items listed as a sentence lists them: "A", "A and B", "A, B and C". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Headers quoted and listed: "'Budget', 'Forecast' and 'Variance'". */
function quotedList(items: readonly string[]): string {
  return andList(items.map((h) => `'${h}'`));
}

/** Row numbers (from 0) as a reader counts them: "4", "4 and 5", "4, 5 and 6". */
function rowList(rows: readonly number[]): string {
  return andList(rows.map((r) => String(r + 1)));
}

/** Row numbers (from 0, in order) in runs, as a reader counts them: "12", "12 and 15–17", "3, 5, 8–9 and 4 more". */
function rowRuns(rows: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    runs.push(j === i ? String(rows[i] + 1) : `${rows[i] + 1}–${rows[j] + 1}`);
    i = j;
  }
  const shown = runs.length > 6 ? [...runs.slice(0, 5), `${runs.length - 5} more`] : runs;
  return andList(shown);
}

/** The counted indicators, in the words of the period messages. */
function counted(targeted: boolean): string {
  return targeted ? 'indicators with a target' : 'indicators';
}

/** " (Scorecard!D4)" after a period, or nothing when its header cell is not known. */
function headerAt(at: string | null): string {
  return at ? ` (${at})` : '';
}

/**
 * Why a target whose header names no period is taken for the year to date: its own figure, or, for a
 * share or an average, the column's targets for counts (cells listed).
 */
function toDateWhy(a: { byScale?: boolean; byColumn?: readonly string[] }): string {
  if (a.byScale)
    return " (its header does not say so, but it is near the year to date and far from the period's own figure)";
  if (!a.byColumn?.length) return '';
  const cells = a.byColumn.length > 3 ? `${a.byColumn.slice(0, 3).join(', ')} and others` : andList(a.byColumn);
  return ` (its header does not say so, but the column's targets for counts that add up, in ${cells}, are near their year to date and far from the period's own figure)`;
}

/** How a tolerance reads in a message: "5 %" of the target. */
function share(v: number): string {
  return `${Math.round(v * 100000) / 1000} %`;
}

/** A margin against the target, as a message is given it. */
interface MarginArg {
  readonly type: 'relative' | 'absolute';
  readonly value: number;
}

/** A key's edge of amber as a note says it: "5 % of the target", or an amount in each indicator's own units. */
function keyEdge(t: { type: 'relative' | 'absolute'; value: number }): string {
  return t.type === 'relative'
    ? `${share(t.value)} of the target`
    : `${t.value} (in each indicator's own units; percentage points for a percentage)`;
}

/** A margin in a message: "10 % of it", "2 (in each indicator's own units; percentage points for a percentage)". */
function marginText(m: MarginArg): string {
  return m.type === 'relative'
    ? `${share(m.value)} of it`
    : `${m.value} of it (in each indicator's own units; percentage points for a percentage)`;
}

/** What a key compares a figure with: "the same period a year earlier", "the period before", or a period named. */
function againstText(against: string | null): string {
  return against === 'last-year'
    ? 'the same period a year earlier'
    : against === 'previous'
      ? 'the period before'
      : (against ?? 'an earlier figure');
}

/** A row of a sheet and the indicator named on it, as the row messages begin: "Scorecard row 12 ('Pupils absent')". */
interface RowOf {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
}

/** A percentage row's plain numbers read as written: their cells, its cells with a % format, and one of its figures. */
interface PercentCells extends RowOf {
  readonly cell: string | null;
  readonly plain: readonly string[];
  readonly formatted: readonly string[];
  readonly example: number;
}

/** A cell of a sheet, as most messages begin: "Scorecard!F12". */
interface CellOf {
  readonly sheet: string;
  readonly cell: string;
}

/** How the period messages are given the coverage of a period. */
interface PeriodCoverage {
  /** The period's label, "Q3 2022/23". */
  readonly period: string;
  /** Its header cell, "Scorecard!F4", when known. */
  readonly at: string | null;
  /** Indicators filled in for the period (a value, or a code that answers for it). */
  readonly answered: number;
  /** Indicators that have a column for the period. */
  readonly withColumn: number;
  /** Indicators with a value for the period. */
  readonly withValue: number;
  /** Whether only indicators with a target were counted. */
  readonly targeted: boolean;
}

/** Why a row was taken as a totals row (rows from 0). */
type TotalRowWhy =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'sum'; readonly name: string; readonly rows: readonly number[]; readonly column: string }
  | { readonly kind: 'section-sum'; readonly name: string; readonly rows: readonly number[] }
  | { readonly kind: 'subtotal'; readonly formulaCell: string }
  | { readonly kind: 'table'; readonly table: string };

/** What was not written because a sheet is missing: a block's RAG colours, or a label. */
type NotWritten = 'RAG colours' | 'RAG label' | 'RAG label heading';

/** One entry of the catalogue: the code's severity and its message. */
interface WarningEntry {
  readonly severity: IssueSeverity;
  readonly message: (args: never) => string;
}

/** Every warning code's severity and message builder, in the order of {@link WARNING_CODES}. */
export const WARNING_MESSAGES = {
  // Finding the tables
  'sheet-without-names': {
    severity: 'warning',
    /** `cell`: the header row's cells; `row` zero-based; `column`: the letter most likely to hold the names. */
    message: (a: CellOf & { row: number; headers: readonly string[]; column: string }) => {
      const shown = a.headers.length > 4 ? [...a.headers.slice(0, 4), '…'] : a.headers;
      return `${a.sheet}!${a.cell}: row ${a.row + 1} (${shown.map((h) => (h === '…' ? h : `'${h}'`)).join(', ')}) heads figures, but no column of it is headed as the indicators' names (e.g. 'Indicator' or 'Measure'), so nothing on '${a.sheet}' is read; rename the header of the names' column (${a.column}), or set it as the names in the configuration.`;
    },
  },
  'table-without-name': {
    severity: 'warning',
    /** `origin` opens the reason ("Excel table 'KPIs'"); `range` is the header row's cells, `headers` their text. */
    message: (a: { sheet: string; origin: string; row: number; range: string; headers: readonly string[] }) => {
      const shown = a.headers.length > 4 ? [...a.headers.slice(0, 4), '…'] : a.headers;
      const heads = shown.length ? `, headed ${shown.map((h) => (h === '…' ? h : `'${h}'`)).join(', ')}` : '';
      return `${a.sheet}!${a.range}: ${a.origin} has no column of indicator names in its header row (row ${a.row + 1} of '${a.sheet}'${heads}), so it is not read; name one in the table's configuration.`;
    },
  },
  'total-row-skipped': {
    severity: 'warning',
    message: (a: CellOf & { why: TotalRowWhy }) => {
      const { why } = a;
      const because =
        why.kind === 'name'
          ? `'${why.name}' names a total or summary`
          : why.kind === 'sum'
            ? `'${why.name}' names a total and its figures are the sum of rows ${rowList(why.rows)} in every ${why.column} column`
            : why.kind === 'section-sum'
              ? `its figures and its target are the sums of those of rows ${rowList(why.rows)}, every indicator above it in its section`
              : why.kind === 'subtotal'
                ? `its figures are SUBTOTAL formulas (${a.sheet}!${why.formulaCell})`
                : `it is the totals row of the Excel table '${why.table}'`;
      return `${a.sheet}!${a.cell}: row ${a.cell.replace(/^[A-Z]+/, '')} is a totals row, not an indicator (${because}), so it is not read.`;
    },
  },
  'row-without-values': {
    severity: 'warning',
    message: (a: CellOf & { name: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' has no values, target or other details, so it is not read as an indicator.`,
  },
  'target-from-benchmark': {
    severity: 'info',
    message: (a: CellOf & { name: string; shown: string; benchmark: string }) =>
      `${a.sheet}!${a.cell}: the target of '${a.name}' is '${a.shown}', so it is rated against that figure beside it (${a.sheet}!${a.benchmark}).`,
  },
  'name-from-merge': {
    severity: 'warning',
    message: (a: CellOf & { name: string }) =>
      `${a.sheet}!${a.cell}: the row has values and no name of its own, but lies under the name '${a.name}' merged from the row above, so it is read as an indicator of that name; give it a name of its own if it is another measure.`,
  },
  'row-without-name': {
    severity: 'warning',
    message: (a: CellOf & { nameCell: string }) =>
      `${a.sheet}!${a.cell}: the row has values but no indicator name in ${a.nameCell}, so it is not read.`,
  },
  'block-without-values': {
    severity: 'warning',
    message: (a: CellOf & { name: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' has a Target row but no row of values (one labelled 'Actual', or its own row), so it is not read.`,
  },
  'rows-hidden': {
    severity: 'warning',
    /** `rows`: the rows (from 0) of the indicators left out; `cell` and `name`: the first one's name. */
    message: (a: CellOf & { rows: readonly number[]; name: string }) =>
      a.rows.length === 1
        ? `${a.sheet}!${a.cell}: row ${rowRuns(a.rows)} is hidden (by hand, by a filter or in a collapsed group), so its indicator${a.name ? ` ('${a.name}')` : ''} is left out of the report, as Excel's charts leave out hidden rows; unhide the row, clear the filter or expand the group to report on it.`
        : `${a.sheet}: rows ${rowRuns(a.rows)} are hidden (by hand, by a filter or in a collapsed group), so their ${a.rows.length} indicators are left out of the report, as Excel's charts leave out hidden rows; unhide the rows, clear the filter or expand the group to report on them.`,
  },
  'section-filled-down': {
    severity: 'warning',
    message: (a: CellOf & { text: string; rows: readonly number[] }) =>
      `${a.sheet}!${a.cell}: '${a.text}' is taken as the section of row${a.rows.length > 1 ? 's' : ''} ${a.rows.map((r) => r + 1).join(', ')} too, whose cells in that column are empty (as under a merged cell).`,
  },
  'section-above-header': {
    severity: 'info',
    /** `rows`: the zero-based rows of the indicators before the table's first section row. */
    message: (a: CellOf & { text: string; rows: readonly number[] }) =>
      `${a.sheet}!${a.cell}: '${a.text}', above the table's header, is taken as the section of row${a.rows.length > 1 ? 's' : ''} ${a.rows.map((r) => r + 1).join(', ')}, before its first section row.`,
  },
  'other-table-not-read': {
    severity: 'warning',
    message: (a: CellOf & { headers: readonly string[] }) =>
      `${a.sheet}!${a.cell}: the table above ends here, where another begins (${a.headers.map((h) => `'${h}'`).join(', ')}) with no period or target column, so its rows are not read as indicators; to have them reported, give them a column headed with the period ('Q2 2024/25'), holding each one's figure or status ('Complete', 'Delayed').`,
  },
  'header-row-repeated': {
    severity: 'info',
    /** `headers`: the texts right of the name, as written. */
    message: (a: CellOf & { name: string; headers: readonly string[] }) =>
      `${a.sheet}!${a.cell}: the row '${a.name}' repeats the table's headers (${a.headers.map((h) => `'${h}'`).join(', ')}), so it is read as the heading of the rows below it, not as an indicator; their columns are read as the table's header row has them.`,
  },
  'duplicate-reference': {
    severity: 'warning',
    message: (a: { sheet: string; row: number; id: string; n: number }) =>
      `${a.sheet} row ${a.row + 1}: the reference '${a.id}' is used more than once; this one is reported as '${a.id} (${a.n})'.`,
  },
  'indicators-repeated': {
    severity: 'info',
    /**
     * `cell`: the name of the first copy in this table not reported; `name`: its name; `count`: how many
     * here; `places`: where they are reported from, with how many each: another sheet, or the table
     * with its header at `table` on this one.
     */
    message: (
      a: CellOf & {
        count: number;
        name: string;
        places: readonly ({ sheet: string; count: number } | { table: string; count: number })[];
      },
    ) => {
      const n = (p: { count: number }) => (a.places.length > 1 ? ` (${p.count})` : '');
      const kinds = new Set(a.places.map((p) => ('sheet' in p ? 'on' : 'in')));
      const where = a.places.map((p) => {
        const place = 'sheet' in p ? `${p.sheet}${n(p)}` : `the table at ${p.table}${n(p)}`;
        return kinds.size > 1 ? `${'sheet' in p ? 'on' : 'in'} ${place}` : place;
      });
      const also = kinds.size > 1 ? andList(where) : `${[...kinds][0]} ${andList(where)}`;
      return a.count === 1
        ? `${a.sheet}!${a.cell}: '${clip(a.name)}' is also ${also}, with the same figures and target: it is reported once, from there, and coloured in both places.`
        : `${a.sheet}!${a.cell}: ${a.count} indicators here are also ${also}, with the same figures and targets: each is reported once, from there, and coloured in both places.`;
    },
  },
  'indicators-named-with-sheet': {
    severity: 'info',
    /**
     * `cell`: the name of the first indicator on this sheet so named; `name`: that name as the sheet
     * writes it; `count`: how many here; `others`: the sheets with different indicators of their names.
     */
    message: (a: CellOf & { name: string; count: number; others: readonly string[] }) =>
      a.count === 1
        ? `${a.sheet}!${a.cell}: '${clip(a.name)}' is also the name of a different indicator on ${andList(a.others)} (its figures or targets differ), so the report names it with its sheet: '${clip(a.name)} (${a.sheet})'.`
        : `${a.sheet}!${a.cell}: ${a.count} indicators here, from '${clip(a.name)}', are also the names of different indicators on ${andList(a.others)} (their figures or targets differ), so the report names each with its sheet, as '${clip(a.name)} (${a.sheet})'.`,
  },
  'dot-column-figures': {
    severity: 'info',
    message: (a: CellOf & { header: string; period: string }) =>
      `${a.sheet}!${a.cell}: '${a.header}' holds figures, not arrows or words: they are read as ${a.period}'s, the period it names, and the direction of travel is worked out from them.`,
  },
  'ytd-column': {
    severity: 'warning',
    /** `rated`: how many indicators are rated on it, their target being for the year to date (see `rated-to-date`). */
    message: (a: CellOf & { header: string; period: string; rated?: number }) =>
      a.rated
        ? `${a.sheet}!${a.cell}: '${a.header}' is read as the year to date (${a.period}), shown beside the period's own figure; ${a.rated === 1 ? 'one indicator whose target is for the year to date is' : `${a.rated} indicators whose targets are for the year to date are`} rated on it, as ${a.rated === 1 ? 'its note says' : 'their notes say'}.`
        : `${a.sheet}!${a.cell}: '${a.header}' is read as the year to date (${a.period}), shown beside the period's own figure, never reported on instead of it.`,
  },
  'date-header-without-format': {
    severity: 'warning',
    message: (a: CellOf & { raw: string; shown: string }) =>
      `${a.sheet}!${a.cell}: header ${a.raw} has no date format but is read as ${a.shown}; give it a date format such as mmm-yy if that is right.`,
  },
  'period-without-year': {
    severity: 'warning',
    message: (a: CellOf & { header: string }) =>
      `${a.sheet}!${a.cell}: header '${a.header}' reads as a period but names no year, and none was found above or beside it, so the column is not read; write the year in the header, as in 'Q3 2021/22'.`,
  },
  'period-from-title': {
    severity: 'warning',
    /** `title.cell` is null when the period is the sheet's name. */
    message: (
      a: CellOf & {
        header: string;
        period: string;
        title: { cell: string | null; text: string; before?: { label: string }; yearBefore?: boolean };
      },
    ) =>
      `${a.sheet}!${a.cell}: the column '${a.header}' names no period, so its figures are read as ${a.period}, the period ${a.title.before ? `${a.title.yearBefore ? 'a year ' : ''}before ${a.title.before.label}, ` : ''}${a.title.cell === null ? "in the sheet's name" : `named in the title in ${a.sheet}!${a.title.cell} ('${a.title.text}')`}; if they are for another period, head the column with it, as in 'Q2 2024/25'.`,
  },
  'year-end-before-periods': {
    severity: 'info',
    /** `named`: the column stands after the periods, its header naming the year before's outturn ("Last year outturn"). */
    message: (a: CellOf & { header: string; period: string; of: string; named?: boolean }) =>
      `${a.sheet}!${a.cell}: the column '${a.header}' names no year; ${a.named ? `as it says the year before the ${a.of} periods, its figures are read as those for ${a.period}` : `as it stands before the ${a.of} periods, its figures are read as those for ${a.period}, the year before`}, and the latest figures are compared with them. If they are for another year, head the column with it, as in '${a.period} outturn'.`,
  },
  'year-total-not-compared': {
    severity: 'info',
    message: (
      a: CellOf & {
        name: string;
        shown: string;
        period: string;
        total: string;
        totalCell: string;
        year: string;
        each: 'quarter' | 'month';
      },
    ) =>
      `${a.sheet}!${a.cell}: '${a.name}' (${a.shown} in ${a.period}) is not compared with ${a.total} for ${a.year} (${a.sheet}!${a.totalCell}): that looks like the whole year's total, not one ${a.each}'s figure, so the narrative makes no comparison with last year.`,
  },
  'period-from-rows': {
    severity: 'warning',
    /** `from`: the column that gives the period on every row, and its cells; `earlier`: the figures whose row gives an earlier period. */
    message: (
      a: CellOf & {
        header: string;
        period: string;
        from: { header: string; range: string };
        earlier: readonly { cell: string; period: string }[];
      },
    ) =>
      a.earlier.length === 0
        ? `${a.sheet}!${a.cell}: the column '${a.header}' names no period, so its figures are read as ${a.period}, the period every row gives in the column '${a.from.header}' (${a.sheet}!${a.from.range}); if they are for another period, head the column with it, as in 'Q2 2024/25'.`
        : `${a.sheet}!${a.cell}: the column '${a.header}' names no period, so its figures are read as the periods the rows give in the column '${a.from.header}' (${a.sheet}!${a.from.range}): the latest of them is ${a.period}, and ${a.earlier.length === 1 ? 'one figure is' : `${a.earlier.length} figures are`} for an earlier period, ${a.earlier.length === 1 ? '' : 'each '}rated as its row's latest result with its period named in the narrative (${a.earlier
            .slice(0, 3)
            .map((e) => `${e.cell}: ${e.period}`)
            .join('; ')}${a.earlier.length > 3 ? '; …' : ''}). Check that those are the latest figures to report.`,
  },
  'value-column-no-period': {
    severity: 'warning',
    /** `titled`: a title above the table (or the sheet's name) names a period, but more than one column is headed without one. */
    message: (a: CellOf & { header: string; titled: boolean }) =>
      `${a.sheet}!${a.cell}: the column '${a.header}' names no period${a.titled ? ", nor do the table's other columns of figures" : ", and no title above the table or the sheet's name names one"}, so it is not read; head it with the period its figures are for, as in 'Q2 2024/25'${a.titled ? '' : ', or name the period in a title above the table'}.`,
  },
  'names-qualified': {
    severity: 'info',
    /** `names`: the names the rows are read with, "A01b (Male)" and the like. */
    message: (a: CellOf & { name: string; header: string; names: readonly string[] }) =>
      `${a.sheet}!${a.cell}: the rows named '${clip(a.name)}' are told apart by the column '${a.header}', so each is an indicator of its own: ${quotedList(a.names.map(clip))}.`,
  },
  'comparison-columns-unread': {
    severity: 'warning',
    /**
     * `reason`: 'periods', the table has figures for `periods` periods (not one); 'one-end', an
     * interval's other end has no column; 'figures', a comparison's column holds figures, not words.
     */
    message: (
      a: CellOf & { headers: readonly string[]; reason: 'periods' | 'one-end' | 'figures'; periods: number },
    ) =>
      a.reason === 'figures'
        ? `${a.sheet}!${a.cell}: the column '${a.headers[0]}' holds figures, not the sheet's word on each figure against the benchmark (as in 'Better', 'Similar' or 'Worse'), so it is not read; if they are the benchmark's own figures, head the column as in 'Value (England)'.`
        : a.reason === 'periods'
          ? `${a.sheet}!${a.cell}: the ${a.headers.length === 1 ? 'column' : 'columns'} ${quotedList(a.headers)} ${a.headers.length === 1 ? 'speaks' : 'speak'} of one figure on each row, but the table has figures for ${a.periods === 0 ? 'no period' : `${a.periods} periods`}, so which figure is not known and ${a.headers.length === 1 ? 'it is' : 'they are'} not read; the figures are set beside the benchmarks as they stand.`
          : `${a.sheet}!${a.cell}: the column '${a.headers[0]}' gives one end of a confidence interval, but the table has no column for the other, so it is not read; head the two columns as in '95% Lower CI' and '95% Upper CI'.`,
  },
  'comparison-no-benchmark': {
    severity: 'warning',
    message: (a: CellOf & { header: string }) =>
      `${a.sheet}!${a.cell}: the column '${a.header}' compares each figure with a benchmark, but the table has no column of that benchmark's figures to set beside it, so it is not read; add the benchmark's column, headed as in 'Value (England)'.`,
  },
  'comparison-disagrees': {
    severity: 'warning',
    /** `figure`, `benchmark`: the cells of the figure and of the benchmark's. */
    message: (a: CellOf & { name: string; shown: string; figure: string; benchmark: string }) =>
      `${a.sheet}!${a.cell}: the sheet says '${a.shown}' of '${a.name}' against the benchmark in ${a.benchmark}, but the figure in ${a.figure} is the other side of it, its polarity considered; the narrative says only whether it is above or below. Check the comparison and the polarity.`,
  },
  'confidence-interval-odd': {
    severity: 'warning',
    /** `cell` the interval's lower end, `upper` its upper end, `figure` the figure's cell. */
    message: (a: CellOf & { upper: string; figure: string; name: string }) =>
      `${a.sheet}!${a.cell}: the confidence interval of '${a.name}' (${a.cell} to ${a.upper}) does not hold its figure in ${a.figure}, so it is not read; check the three cells.`,
  },
  'figures-column-unread': {
    severity: 'warning',
    /** `periods`: the first and last periods the table's period columns name, and the financial year of the last. */
    message: (a: CellOf & { header: string; periods: { first: string; last: string; year: string } }) =>
      `${a.sheet}!${a.cell}: the column '${a.header}' names no period, though the table's other columns of figures do (${a.periods.first === a.periods.last ? a.periods.first : `${a.periods.first} to ${a.periods.last}`}), so it is not read or rated; if its figures are for a period, head it with that period, as in '${a.header} ${a.periods.year}'.`,
  },
  'figures-header-unknown': {
    severity: 'warning',
    /**
     * `range`: the column's cells beside the table's rows; `before`, for "Previous year" after the
     * periods: the year before (`year`) and the latest period a year before (`same`), either of which it may hold.
     */
    message: (a: CellOf & { header: string; range: string; before?: { year: string; same: string } }) =>
      a.before
        ? `${a.sheet}!${a.cell}: the column '${a.header}' holds figures (${a.sheet}!${a.range}), but after the periods it may hold ${a.before.year}'s outturn or ${a.before.same}'s figure, a year before the latest period, so they are not read or rated; head it '${a.before.year} outturn' or '${a.before.same}', as they are.`
        : `${a.sheet}!${a.cell}: the column '${a.header}' holds figures (${a.sheet}!${a.range}), but its header is not one that is read, so they are not read or rated; if they are a period's figures, head the column with that period, as in 'Q2 2024/25' or '2024/25'; if they are the targets, head it 'Target'; if they are something else, set the column to 'ignore' in the configuration to say so.`,
  },
  'second-half-unread': {
    severity: 'warning',
    /** `range`: the column's cells beside the table's rows; `year`: the year the header names, with its third and fourth quarters, or null. */
    message: (a: CellOf & { header: string; range: string; year: { year: string; q3: string; q4: string } | null }) =>
      `${a.sheet}!${a.cell}: '${a.header}' is the second half of the year, October to March, which is not a period read here (quarters, months, years and the year to date are: 'H1' is the year to date at September), so its figures (${a.sheet}!${a.range}) are not read or rated; give the year's figure${a.year ? ` ('${a.year.year}')` : ''} or the quarters'${a.year ? ` ('${a.year.q3}', '${a.year.q4}')` : ''} if they are wanted.`,
  },
  'budget-table-unread': {
    severity: 'warning',
    /** `range`: the header row; `headers`: its budgets, forecasts and variances. */
    message: (a: { sheet: string; range: string; headers: readonly string[] }) =>
      `${a.sheet}!${a.range}: the columns headed ${quotedList(a.headers)} are budgets, forecasts or variances, which are not read: the report rates indicators' figures for a period against their targets, and a budget monitoring table is not read as a scorecard.`,
  },
  'rag-table-unread': {
    severity: 'warning',
    /** `range`: the header row; `headers`: its headers as shown. */
    message: (a: { sheet: string; range: string; headers: readonly string[] }) =>
      `${a.sheet}!${a.range}: the table headed ${quotedList(a.headers)} has a RAG or status column but no column for a period's figures or a target, so nothing on this sheet is read; to have its rows reported, give them a column headed with the period ('Q2 2024/25') holding each one's figure or status ('Complete', 'Delayed').`,
  },
  'periods-in-rows': {
    severity: 'warning',
    /** `range`: the column's cells beside the table's rows; `repeated`: an indicator's name is on more than one row. */
    message: (a: { sheet: string; range: string; header: string; periods: string; repeated: boolean }) =>
      `${a.sheet}!${a.range}: the column '${a.header}' gives a period on each row (${a.periods})${a.repeated ? ', with an indicator on a row for each period' : ''}, but periods are read from the table's header, a column each, so the figures beside them are not read; ${a.repeated ? "put each indicator on one row, with a column for each period headed with it, as in 'Q2 2024/25' (a PivotTable with the names as rows and the periods as columns does it)" : "put each period's figures in a column headed with it, as in 'Q2 2024/25', or, where every row is for the same period, head the column of figures with that period"}.`,
  },
  'table-transposed': {
    severity: 'warning',
    message: (a: { sheet: string; range: string; column: string; periods: string; row: number; names: string }) =>
      `${a.sheet}!${a.range}: the periods run down column ${a.column} (${a.periods}) with the indicators across row ${a.row} (${a.names}), so nothing on the sheet is read: indicators are read one to a row, with the periods across. Copy the table and paste it into a new sheet with Paste Special and Transpose, then run again.`,
  },
  'duplicate-period': {
    severity: 'warning',
    message: (a: CellOf & { header: string; what: string; why: string }) =>
      `${a.sheet}!${a.cell}: '${a.header}' also means ${a.what}, but ${a.why}, so this column is not read.`,
  },
  'duplicate-role': {
    severity: 'warning',
    message: (a: CellOf & { header: string; what: string; why: string }) =>
      `${a.sheet}!${a.cell}: '${a.header}' also means ${a.what}, but ${a.why}, so this column is not read.`,
  },
  'names-unheaded': {
    severity: 'warning',
    /** `cell`: the blank header, or the section's `title` standing in it; `first`: the first name below it, in `firstCell`. */
    message: (a: CellOf & { column: string; first: string; firstCell: string; title?: string }) =>
      `${a.sheet}!${a.cell}: the table's header has no column headed as the indicator names, and the one under ${a.title === undefined ? 'this blank header' : `the title '${a.title}' standing in its header`} holds them ('${a.first}' in ${a.sheet}!${a.firstCell}), so column ${a.column} is read as the names. Head it 'Indicator' to say so, or set the names column in the configuration if another column holds them.`,
  },
  'target-from-key': {
    severity: 'warning',
    /** `cell`: the average's header; `key`: the key's cell, `text` what it says. */
    message: (a: CellOf & { header: string; key: string; text: string }) =>
      `${a.sheet}!${a.cell}: the table has no target column, and the key in ${a.key} rates against its '${a.header}' ('${a.text}'), so that column is read as the target. Head it 'Target' to say so, or set the column's role in the configuration if that is wrong.`,
  },
  'names-beside-refs': {
    severity: 'info',
    /** `header`: the column headed as the names that holds references; `names`: the column they are read from. */
    message: (a: CellOf & { header: string; refs: string; names: { col: string; header: string }; asRefs: boolean }) =>
      `${a.sheet}!${a.cell}: the column headed '${a.header}' holds references (${a.refs}), not names, so the indicator names are read from column ${a.names.col} ('${a.names.header}')${a.asRefs ? ` and '${a.header}' as their references` : ''}.`,
  },
  'threshold-as-amber-edge': {
    severity: 'info',
    /** `header`: the threshold's header; `target`: the target's beside it. */
    message: (a: CellOf & { header: string; target: string }) =>
      `${a.sheet}!${a.cell}: '${a.header}' beside '${a.target}' is read as the level past which an indicator fails: short of the target but not past it is amber, past it red. Set the column to 'target' in the configuration if it is the target itself.`,
  },
  'units-beside-names': {
    severity: 'info',
    /** `header`: the second column headed as the names, which holds units; `names`: the header of the names' column. */
    message: (a: CellOf & { header: string; units: string; names: string }) =>
      `${a.sheet}!${a.cell}: the column headed '${a.header}' holds units (${a.units}), not names, so it is read as the indicators' units, and the names from '${a.names}'.`,
  },
  'far-cell-ignored': {
    severity: 'warning',
    /** `where` is the far piece's range (one cell: its address); `single` whether it is one value. */
    message: (a: { sheet: string; where: string; single: boolean }) =>
      `${a.sheet}!${a.where}: ${a.single ? 'a value' : 'values'} far from the sheet's tables ${a.single ? 'is' : 'are'} not read; if ${a.single ? 'it is' : 'they are'} left over, clear ${a.single ? 'it' : 'them'} — Excel counts every row and column up to ${a.single ? 'it' : 'them'} as used, which makes the sheet slow to read.`,
  },
  // The reporting period
  'period-chosen': {
    severity: 'info',
    message: (c: PeriodCoverage) =>
      `The report is on ${c.period}${headerAt(c.at)}: the latest period in which at least half of the ${counted(c.targeted)} that have a column for it are filled in (${c.answered} of ${c.withColumn}, ${c.withValue} with a value).`,
  },
  'period-named': {
    severity: 'info',
    /** `title`: where the period is named: a title's cell on `sheet`, or (cell null) the sheet's name. */
    message: (c: PeriodCoverage & { title: { sheet: string; cell: string | null; text: string } }) =>
      `The report is on ${c.period}${headerAt(c.at)}, the period ${c.title.cell === null ? `the sheet's name '${c.title.text}' gives` : `the title in ${c.title.sheet}!${c.title.cell} ('${c.title.text}') names`}, in which ${c.answered} of the ${c.withColumn} ${counted(c.targeted)} that have a column for it are filled in (${c.withValue} with a value), rather than a later period; set the period to report on if another is wanted.`,
  },
  'period-choice-close': {
    severity: 'warning',
    message: (c: PeriodCoverage) =>
      `${c.period}${headerAt(c.at)} was chosen as the reporting period with only ${c.answered} of the ${c.withColumn} ${counted(c.targeted)} that have a column for it filled in: a close choice. Check it, or set the period to report on.`,
  },
  'period-later-values': {
    severity: 'warning',
    message: (c: PeriodCoverage & { cells: readonly string[]; chosen: string }) =>
      `${c.period}${headerAt(c.at)} already has values for ${c.withValue} of the ${c.withColumn} ${counted(c.targeted)} that have a column for it (${cellList(c.cells)}), too few to report on it; the report is on ${c.chosen}. Set the period to report on ${c.period} if these are its results.`,
  },
  'period-only-zeros': {
    severity: 'warning',
    /** `cells`: the zeros' cells; `chosen`: the period reported on instead (null when none is). */
    message: (c: PeriodCoverage & { cells: readonly string[]; chosen: string | null }) =>
      `${c.period}${headerAt(c.at)} holds only zeros (${cellList(c.cells)}), where earlier periods hold other figures: they are read as not yet reported, as a template's formulas show 0 for a period to come${c.chosen ? `, and the report is on ${c.chosen}` : ''}. Set the period to report on ${c.period} if these zeros are its results.`,
  },
  'period-in-name': {
    severity: 'warning',
    /** `cell`: the name's; `phrase`: the words that state the period; `figure`: the figure's cell; `period`: what it is reported as. */
    message: (a: CellOf & { phrase: string; arrears: boolean; figure: string; period: string }) =>
      `${a.sheet}!${a.cell}: the name says ${a.arrears ? 'the figures are reported in arrears' : 'which period the figures are for'} ('${a.phrase}'), but the figure (${a.figure}) is reported as ${a.period}'s. Check which period the figure is for, and say so in the report.`,
  },
  'period-chosen-sparse': {
    severity: 'warning',
    message: (c: PeriodCoverage) =>
      `The report is on ${c.period}${headerAt(c.at)}, the latest period with any value, although only ${c.answered} of the ${c.withColumn} ${counted(c.targeted)} that have a column for it are filled in: no period is filled in for half of them. Check the period, or set it.`,
  },
  'period-year-to-date': {
    severity: 'warning',
    message: (c: PeriodCoverage) =>
      `The report is on ${c.period}${headerAt(c.at)}: no quarter, month or year has a figure of its own, so the year so far is reported on (${c.withValue} of the ${c.withColumn} ${counted(c.targeted)} that have a column for it have a value). Check the period, or set it.`,
  },
  'period-targets-to-date': {
    severity: 'info',
    /** `header`: the targets' column header; `instead`: the quarter or month the year to date stands at. */
    message: (c: PeriodCoverage & { header: string; instead: string }) =>
      `The report is on ${c.period}${headerAt(c.at)} rather than ${c.instead}: the targets ('${c.header}') are for the year to date, so the year-to-date figures are rated against them, not ${c.instead}'s own (${c.answered} of the ${c.withColumn} ${counted(c.targeted)} that have a column for it are filled in, ${c.withValue} with a value). Set the period to report on if ${c.instead} alone is wanted.`,
  },
  'table-period-missing': {
    severity: 'warning',
    /** `range`: the table's cells; `count`: its indicators; `latest`: the latest period it has figures for. */
    message: (a: CellOf & { range: string; count: number; period: string; latest: string }) =>
      `${a.sheet}!${a.range}: the table has no column for ${a.period}, the period reported on, so its ${a.count === 1 ? 'indicator has' : `${a.count} indicators have`} no figure for it; its latest figures are for ${a.latest}. A report is on one period: set the period to report on ('${a.latest}') to rate ${a.count === 1 ? 'it' : 'them'}.`,
  },
  'target-deadline': {
    severity: 'info',
    /**
     * `shown`: the target as written; `deadline`: the words that give its date ("by Q2", "by March
     * 2025"); `placed`: they name a quarter, a month or a financial year, which earlier periods are
     * told apart from (not a bare year, "by 2025").
     */
    message: (a: CellOf & { name: string; shown: string; deadline: string; placed?: boolean }) =>
      a.placed
        ? `${a.sheet}!${a.cell}: '${a.name}' has the target '${a.shown}', to be met ${a.deadline}: a figure for a period before then is rated against it only where it already meets it (or, for a cumulative count to be kept low, is already past it for good), and is otherwise not rated; from then on, each period's figure is rated against the target as it stands.`
        : `${a.sheet}!${a.cell}: '${a.name}' has the target '${a.shown}', to be met ${a.deadline}: its date is set aside, and each period's figure is rated against the target as it stands. Give the target for the period reported on, if there is one, to rate it against that.`,
  },
  'target-due-later': {
    severity: 'warning',
    /** `shown`: the target as written; `due`: the period its date names; `figure`: the cell reported on. */
    message: (a: CellOf & { name: string; shown: string; due: string; period: string; figure: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' is not rated for ${a.period}: its target, '${a.shown}', is to be met by ${a.due}, and its figure for ${a.period} (${a.figure}) does not meet it yet. Check its progress towards the target, or give a target for ${a.period} to rate it against that.`,
  },
  'target-strict-bound': {
    severity: 'warning',
    /** `shown`: the figure as the cell holds it; `target`, `targetCell`: the target's words and cell. */
    message: (a: CellOf & { name: string; shown: string; target: string; targetCell: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' is exactly ${a.shown}, the bound of its target '${a.target}' (${a.targetCell}), which the target's words leave out. It is rated as meeting the target, as the copy's colours are: check whether the service counts it as met.`,
  },
  // Values
  'share-from-counts': {
    severity: 'info',
    /** `share`: the share as a percentage; `given`: true where the cell writes the percentage beside its counts ("85% (17/20)"). */
    message: (a: CellOf & { shown: string; share: string; given?: boolean }) =>
      a.given
        ? `${a.sheet}!${a.cell}: '${a.shown}' is read as the percentage it gives, ${a.share}, which its counts bear out, and said with its counts.`
        : `${a.sheet}!${a.cell}: '${a.shown}' is read as the share it gives, ${a.share}, and said with its counts.`,
  },
  'number-as-text': {
    severity: 'warning',
    /**
     * `time`: the figure is a length of time written out ("4 minutes 5 seconds"); `clock`, for one
     * typed "04:50", how it was read (as the name, or the scale of the target, says); `nil`: the
     * text is "Nil", read as 0.
     */
    message: (a: CellOf & { shown: string; time?: boolean; clock?: string; nil?: boolean }) =>
      a.nil
        ? `${a.sheet}!${a.cell}: '${a.shown}' is read as 0, but other tools may not read it: write it as 0.`
        : a.time
          ? `${a.sheet}!${a.cell}: '${a.shown}' is a length of time written as text; it is read as one${a.clock ? `, in ${a.clock}` : ''}, but other tools may not: store it as a time, in a time format such as mm:ss.`
          : `${a.sheet}!${a.cell}: '${a.shown}' is a number stored as text; it is read as a number, but other tools may not: store it as a number.`,
  },
  'figure-unit-differs': {
    severity: 'warning',
    /** `word`: the unit the figure is written in; `stated`: the unit the row states (its unit cell, target or name), or null when its figures give different units. */
    message: (a: CellOf & { shown: string; word: string; stated: string | null }) =>
      `${a.sheet}!${a.cell}: the figure '${a.shown}' is written in ${a.word}, but ${a.stated === null ? "the row's other figures are in another unit" : `the row is in ${a.stated}`}, so it is not read; write the figures and the target as numbers in one unit, and the unit in the name or a unit column.`,
  },
  'figure-not-time': {
    severity: 'warning',
    message: (a: CellOf & { shown: string; name: string }) =>
      `${a.sheet}!${a.cell}: the figure '${a.shown}' for '${a.name}' is a plain number, but the row's other figures are lengths of time (as 04:22 or '4 minutes 22 seconds'), so it is not read: a number alone does not say whether it is seconds, minutes or hours; write it as a time (00:03:00) or with its unit ('3 minutes').`,
  },
  'figure-unreadable': {
    severity: 'warning',
    message: (a: CellOf & { shown: string; period: string }) =>
      `${a.sheet}!${a.cell}: '${a.shown}' is not a figure, so there is no figure for ${a.period}; write it as a number, or as 'n/a' or 'TBC' if there is none yet.`,
  },
  'figure-in-words': {
    severity: 'info',
    message: (a: CellOf & { shown: string; period: string; name: string }) =>
      `${a.sheet}!${a.cell}: '${a.shown}' reports the progress of '${a.name}' in words for ${a.period}: it is said as written, and not rated.`,
  },
  'figure-bound': {
    severity: 'info',
    /** `above`: a bound above ("> 95%"), which keeps back a figure, not a small number; `rated`: where every figure the bound allows gets one colour against the target, that colour and the target as shown. */
    message: (
      a: CellOf & {
        shown: string;
        period: string;
        name: string;
        above: boolean;
        rated?: { rag: string; target: string; targetCell: string | null };
      },
    ) =>
      a.rated
        ? `${a.sheet}!${a.cell}: '${a.shown}' is a bound, not a figure (${a.above ? 'a figure' : 'a small number'} kept back, perhaps), but every figure it allows would be ${a.rated.rag} against the target of ${a.rated.target}${a.rated.targetCell ? ` (${a.rated.targetCell})` : ''}, so '${a.name}' is rated ${a.rated.rag} for ${a.period}.`
        : `${a.sheet}!${a.cell}: '${a.shown}' is a bound, not a figure (${a.above ? 'a figure' : 'a small number'} kept back, perhaps), so '${a.name}' has no figure for ${a.period}; write the figure if it may be shown.`,
  },
  'cell-error': {
    severity: 'warning',
    message: (a: CellOf & { error: string }) => `${a.sheet}!${a.cell} holds the error ${a.error}: read as no data.`,
  },
  'formula-no-result': {
    severity: 'warning',
    message: (a: { sheet: string; cells: readonly string[] }) => {
      const one = a.cells.length === 1;
      return `${a.sheet}!${a.cells[0]}: ${one ? 'a formula has' : `${a.cells.length} formulas have`} no saved result (${cellList(a.cells)}) and ${one ? 'is' : 'are'} read as blank; open and save the workbook in Excel to store the results.`;
    },
  },
  'value-flagged': {
    severity: 'warning',
    /** `beside` is the mark's own cell on the same sheet, or null when the mark is in the value's cell (`raw`). */
    message: (
      a: CellOf & { value: number | null; flag: string; raw: string; beside: { cell: string; text: string } | null },
    ) => {
      const source = a.beside
        ? `the mark '${a.beside.text}' in ${a.sheet}!${a.beside.cell}`
        : `the mark in '${a.raw}', which is stored as text`;
      return `${a.sheet}!${a.cell}: read as ${a.value} and called ${a.flag} in the narrative, from ${source}. Check the mark means ${a.flag}.`;
    },
  },
  'fraction-guess': {
    severity: 'warning',
    message: (a: RowOf) =>
      `${a.sheet} row ${a.row + 1} ('${a.name}'): percentages between 0 and 1 with no % format are read as fractions (0.9 = 90 per cent). Format the cells as percentages, or write the unit as '(%)' if they are already per cent, to make this certain.`,
  },
  'percent-points-guess': {
    severity: 'warning',
    message: (a: RowOf) =>
      `${a.sheet} row ${a.row + 1} ('${a.name}'): the figures all lie between 0 and 1 and have no % format; they are read as per cent (0.96 = 0.96 per cent), as the table's other percentage rows are. Format the cells as percentages if they are fractions.`,
  },
  'percent-format-mixed': {
    severity: 'warning',
    /** `plain`: the row's plain numbers, all within 0–1; `formatted`: its cells with a % format. */
    message: (a: PercentCells) =>
      `${a.sheet}!${a.cell ?? `row ${a.row + 1}`}: '${a.name}' has figures formatted as per cent (${a.formatted.join(', ')}) beside plain numbers within 0–1 (${a.plain.join(', ')}), which are read as per cent as written (${a.example} = ${a.example} per cent), as they are near the formatted ones; read as fractions they would be a hundred times more. Format them as percentages to make this certain, or put them right if they are fractions.`,
  },
  'percent-label-small': {
    severity: 'warning',
    /** `plain`: the row's plain numbers, all within 0–1. */
    message: (a: PercentCells) =>
      `${a.sheet}!${a.cell ?? `row ${a.row + 1}`}: '${a.name}' is given in per cent, and its figures (${a.plain.join(', ')}) all lie within 0–1 with no % format: they are read as written (${a.example} = ${a.example} per cent). If they are fractions (${a.example} = ${Number((a.example * 100).toPrecision(12))} per cent), format the cells as percentages.`,
  },
  'unit-not-read': {
    severity: 'info',
    message: (a: CellOf & { name: string; shown: string }) =>
      `${a.sheet}!${a.cell}: the unit '${a.shown}' is not one that is read, so the figures of '${a.name}' are printed without it; if it matters, set the indicator's unit in the configuration.`,
  },
  'unit-from-table': {
    severity: 'warning',
    message: (a: RowOf) =>
      `${a.sheet} row ${a.row + 1} ('${a.name}'): nothing in the row says what its figures are; they are read as per cent, as most of the table's rows are. Give the unit in the name ('(%)'), a unit column or the number format if that is wrong.`,
  },
  'scale-from-title': {
    severity: 'warning',
    message: (a: RowOf & { cell: string }) =>
      `${a.sheet} row ${a.row + 1} ('${a.name}'): its figures are taken to be in the scale that ${a.sheet}!${a.cell} gives for the table; give the scale in the row's number format or its unit if that is wrong.`,
  },
  'currency-assumed': {
    severity: 'warning',
    message: (a: RowOf & { reason: string }) =>
      `${a.sheet} row ${a.row + 1} ('${a.name}'): read as money because ${a.reason}, and printed in pounds (£) although no cell, format or unit shows a currency; set its unit in the configuration if that is wrong.`,
  },
  // Polarity, targets and tolerance
  'polarity-assumed': {
    severity: 'warning',
    /** `because`: the words of the name that decided it; `timed`: decided by its figures being lengths of time; `zero`: by its target of 0. */
    message: (a: RowOf & { polarity: string; because: string | null; timed?: boolean; zero?: boolean }) =>
      `${a.sheet} row ${a.row + 1} ('${a.name}'): no polarity given; rated as ${a.polarity} is better${a.because !== null ? `, from '${a.because}' in its name` : a.timed ? ', as its figures are lengths of time' : a.zero ? ', as its target is 0, which any figure would meet were higher better' : ''}. Set the polarity in the sheet or the configuration if that is wrong.`,
  },
  'polarity-from-sheet-rag': {
    severity: 'warning',
    /** `cell`: the sheet's RAG cell; `said`: its colour; `guessed`: the polarity the name alone suggested. */
    message: (a: CellOf & { row: number; name: string; said: string; polarity: string; guessed: string }) =>
      `${a.sheet}!${a.cell}: no polarity is given for '${a.name}' (row ${a.row + 1}), and the sheet rates it ${a.said}, as it is only if ${a.polarity} is better; so it is rated as ${a.polarity} is better, not ${a.guessed} as its name alone suggests. Set the polarity in the sheet or the configuration if that is wrong.`,
  },
  'polarity-from-trend': {
    severity: 'warning',
    /** `cell`: the trend's cell; `shown`: its words; `moved`: how the figure went; `guessed`: the polarity assumed. */
    message: (
      a: CellOf & { row: number; name: string; shown: string; moved: string; polarity: string; guessed: string },
    ) =>
      `${a.sheet}!${a.cell}: no polarity is given for '${a.name}' (row ${a.row + 1}), and the sheet's trend says '${a.shown}' where the figure ${a.moved}, as it would only if ${a.polarity} is better; so it is rated as ${a.polarity} is better, not ${a.guessed} as was assumed. Set the polarity in the sheet or the configuration if that is wrong.`,
  },
  'polarity-unknown': {
    severity: 'warning',
    /** `name`: given when nothing else states a direction for the indicator, which is then not rated. */
    message: (a: CellOf & { shown: string; name?: string }) =>
      `${a.sheet}!${a.cell}: polarity '${a.shown}' is not recognised (use Higher, Lower, Within range or None)${a.name === undefined ? '' : `, so '${a.name}' is not rated until it is set`}.`,
  },
  'band-target-single': {
    severity: 'warning',
    message: (a: CellOf & { name: string; shown: string }) =>
      `${a.sheet}!${a.cell}: the polarity of '${a.name}' asks for a range, but its target is one figure (${a.shown}), so it is not rated; give the target as a range, as in '1,400 - 1,500', or set the polarity to higher or lower is better.`,
  },
  'band-target-one-side': {
    severity: 'info',
    message: (a: CellOf & { name: string; shown: string; end: 'upper' | 'lower'; better: 'higher' | 'lower' }) =>
      `${a.sheet}!${a.cell}: the target '${a.shown}' for '${a.name}' is a range, and ${a.better} is better: it is rated against the range's ${a.end} end, as the way that is better says, and beyond it counts as better still.`,
  },
  'contextual-not-rated': {
    severity: 'info',
    message: (a: CellOf & { shown: string; name: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' is contextual, as its name says: it is reported with its trend, judged by '${a.shown}', and not rated against a target.`,
  },
  'polarity-conflict': {
    severity: 'warning',
    /** With the end of the name (`inName`), or with the target's own words (`target`). */
    message: (
      a: CellOf & { shown: string } & (
          { name: string; inName: string } | { target: { cell: string; words: string; said: string } }
        ),
    ) =>
      'target' in a
        ? `${a.sheet}!${a.cell}: the polarity '${a.shown}' disagrees with the target in ${a.target.cell} ('${a.target.words}' says ${a.target.said} is better); the polarity column is used. Correct whichever is wrong.`
        : `${a.sheet}!${a.cell}: the polarity '${a.shown}' disagrees with the name '${a.name}', which says ${a.inName} is better; the polarity column is used. Correct whichever is wrong.`,
  },
  'milestone-target': {
    severity: 'info',
    message: (a: RowOf & { cell: string; shown: string }) =>
      `${a.sheet}!${a.cell}: '${a.shown}' is the target of '${a.name}' (row ${a.row + 1}), whose progress is reported in words: it is said with that progress, and not rated.`,
  },
  'target-unreadable': {
    severity: 'warning',
    /** `change`: the way a change on a baseline ("Reduce by 5%") says is better. */
    message: (a: RowOf & { cell: string; shown: string; change?: 'higher' | 'lower' }) =>
      a.change
        ? `${a.sheet}!${a.cell}: the target '${a.shown}' for '${a.name}' (row ${a.row + 1}) is a change on a baseline, not the figure it comes to, and says ${a.change} is better; the indicator is not rated. Give the figure the change comes to, to rate it against that.`
        : `${a.sheet}!${a.cell}: the target '${a.shown}' for '${a.name}' (row ${a.row + 1}) is not a number or a range; the indicator is not rated.`,
  },
  'target-from-name': {
    severity: 'warning',
    /** `phrase`: the end of the name read as the target ("Target is 80%"). */
    message: (a: CellOf & { phrase: string }) =>
      `${a.sheet}!${a.cell}: the target is read from the end of the name ('${a.phrase}'), as the table has no column of targets; check that it is the target for the period reported on.`,
  },
  'target-pair-as-amber': {
    severity: 'warning',
    message: (a: CellOf & { name: string; polarity: 'higher' | 'lower'; edge: string; target: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' has a low and a high target and ${a.polarity} is better, so they are read as the edge of amber (${a.edge}) and the target (${a.target}): ${a.polarity === 'higher' ? 'below' : 'above'} ${a.edge} is red, between the two amber, ${a.polarity === 'higher' ? 'at or above' : 'at or below'} ${a.target} green. Set the polarity to 'Within range' if the two are a range to stay inside.`,
  },
  'target-row-blank': {
    severity: 'warning',
    message: (a: CellOf & { name: string; period: string; used: string }) =>
      `${a.sheet}!${a.cell}: the Target row of '${a.name}' has no target for ${a.period}; the target in ${a.used} is used instead.`,
  },
  'cumulative-name-own-figures': {
    severity: 'info',
    message: (a: CellOf & { name: string; yearToDate: string; parts: readonly string[] }) =>
      `${a.sheet}!${a.cell}: '${a.name}' says it is cumulative, but its year to date in ${a.yearToDate} is the sum of the periods so far (${a.parts.join(', ')}): each is the period's own figure, and the year to date is what builds up. Set "cumulative": true for it in the configuration if its figures are years to date.`,
  },
  'cumulative-from-name': {
    severity: 'warning',
    message: (a: CellOf & { name: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' is read as a cumulative (year-to-date) measure from its name, so it is compared with the same point last year rather than the period before. Set "cumulative": false for it in the configuration if that is wrong.`,
  },
  'cumulative-from-comment': {
    severity: 'warning',
    /** `cell`: the comment's; `comment`: its text. */
    message: (a: CellOf & { name: string; comment: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' is read as a cumulative (year-to-date) measure from its comment ('${clip(a.comment)}'), so it is compared with the same point last year rather than the period before. Set "cumulative": false for it in the configuration if that is wrong.`,
  },
  'annual-from-section': {
    severity: 'info',
    /** `cell`: the section's title; `section`: its text. */
    message: (a: CellOf & { section: string }) =>
      `${a.sheet}!${a.cell}: the section '${clip(a.section)}' says its measures are counted once a year, so those under it are read as reported annually: a month or quarter without a figure is not missing data. Set "frequency" for an indicator in the configuration if that is wrong.`,
  },
  'annual-from-words': {
    severity: 'info',
    /** `cell`: the name's or the note's; `from`: which says it; `text`: what it says. */
    message: (a: CellOf & { name: string; from: 'name' | 'note'; text: string }) =>
      `${a.sheet}!${a.cell}: ${a.from === 'name' ? `the name '${clip(a.name)}' says` : `the note for '${clip(a.name)}' says`} it is measured once a year${a.from === 'note' ? ` ('${clip(a.text)}')` : ''}, so it is read as reported annually: a quarter or month without a figure is not missing data. Set "frequency" for it in the configuration if that is wrong.`,
  },
  'cumulative-from-title': {
    severity: 'info',
    /** `cell`: the title's or note's; `text`: what it says. */
    message: (a: CellOf & { text: string }) =>
      `${a.sheet}!${a.cell}: the title says the figures are cumulative ('${clip(a.text)}'), so each figure in the table below it is read as the year so far: compared with the same point last year rather than the period before. Set "cumulative": false for an indicator in the configuration if that is wrong.`,
  },
  'figure-marks-from-key': {
    severity: 'info',
    /** `cell`: the key's first; `marks`: those it explains that open an indicator's name, with its words and what they say. */
    message: (a: CellOf & { marks: readonly { mark: string; kind: 'cumulative' | 'level' | 'own'; text: string }[] }) =>
      `${a.sheet}!${a.cell}: the key says what the marks opening indicators' names mean, and the figures of the indicators named with them are read so: ${a.marks
        .map(
          (m) =>
            `'${m.mark}' ('${clip(m.text)}') ${m.kind === 'cumulative' ? 'as the year so far, compared with the same point last year rather than the period before' : m.kind === 'level' ? "as a level at the period's end" : "as each period's own"}`,
        )
        .join('; ')}. Set "cumulative" for an indicator in the configuration if that is wrong.`,
  },
  'cumulative-from-figures': {
    severity: 'warning',
    /** `yearTarget`: the whole year's target two quarters build up towards, where that is what shows it. */
    message: (a: CellOf & { name: string; from: string; to: string; times: number; yearTarget?: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' rises from ${a.from} to ${a.to} as a year-to-date figure does (to ${a.times} times its first${a.yearTarget ? `, on its way to the year's target of ${a.yearTarget}` : ''}), though nothing on the sheet says it is cumulative, so it is read as one: compared with the same point last year rather than the period before. Set "cumulative": false for it in the configuration if that is wrong.`,
  },
  'benchmark-whole-year': {
    severity: 'info',
    /** `cell`: the benchmark's; `benchmark`: its label; `year`: the year it is for, null where its header gives none; `period`: the period reported on. */
    message: (a: CellOf & { name: string; benchmark: string; year: string | null; period: string }) =>
      `${a.sheet}!${a.cell}: ${a.year === null ? `the ${a.benchmark} gives no period, so it is taken to be for a whole year, as published averages are,` : `the ${a.year} ${a.benchmark} is for a whole year,`} and '${a.name}' is cumulative, its figure for ${a.period} the year so far: the two are not compared.`,
  },
  'cumulative-from-targets': {
    severity: 'warning',
    /** `cell`: the targets' cells; `targets`: their figures, as read. */
    message: (a: CellOf & { name: string; targets: readonly string[]; from: string; to: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' has targets that build up through the year as a year to date's do (${a.targets.length > 4 ? `${a.targets.slice(0, 3).join(', ')} … ${a.targets[a.targets.length - 1]}` : andList(a.targets)}, ${a.from} to ${a.to}), and figures that never fall, though nothing on the sheet says it is cumulative, so it is read as one: compared with the same point last year rather than the period before. Set "cumulative": false for it in the configuration if that is wrong.`,
  },
  'cumulative-annual-target': {
    severity: 'warning',
    /**
     * `cell` is the target's cell, or null when the target has none (the row is named instead);
     * `year`: the header of the target column when it gives the whole year ("Target 2016/17"), else null.
     */
    message: (a: RowOf & { cell: string | null; period: string; year: string | null }) =>
      `${a.sheet}!${a.cell ?? `row ${a.row + 1}`}: '${a.name}' is cumulative, and ${a.year ? `its target ('${a.year}') is for the whole year, as the sheet gives none profiled to ${a.period}` : `the sheet does not say whether its target is for the year so far at ${a.period} or for the whole year`}: it is rated against the target as it stands. ${a.year ? 'Add' : "If the target is the year's, add"} a profiled target column (e.g. 'Profiled target' or 'Q3 target') to rate it fairly.`,
  },
  'year-target-as-it-stands': {
    severity: 'warning',
    /** `cell`: the target's; `header`: its column's, which gives the whole year; `figure`: the period's figure's cell; `kind`: the period's. */
    message: (
      a: CellOf & { name: string; header: string; period: string; figure: string; kind: 'quarter' | 'month' },
    ) =>
      `${a.sheet}!${a.cell}: '${a.name}' is rated against its target for the whole year ('${a.header}') as it stands, with its figure for ${a.period} in ${a.figure}. Nothing on the sheet says whether that figure is a level, the ${a.kind}'s own or the year so far; if it is a part of the year's, give a target for the period or the year to date (a 'Profiled target' column, say) to rate it fairly.`,
  },
  'target-beside-annual': {
    severity: 'info',
    /** `cell`: the plain target's header; `annual`, `annualCell`: the whole year's target column's header and its cell. */
    message: (a: CellOf & { header: string; annual: string; annualCell: string }) =>
      `${a.sheet}!${a.cell}: '${a.header}' is read as the target for each period, beside '${a.annual}' (${a.annualCell}), the year's, which is used only for a row that gives no other target.`,
  },
  'polarity-from-target-word': {
    severity: 'info',
    message: (a: CellOf & { name: string; words: string; polarity: 'higher' | 'lower' }) =>
      `${a.sheet}!${a.cell}: the target of '${a.name}' is '${a.words}', a direction with no figure: it is not rated, and reported for context as ${a.polarity} is better, its trend judged so. Give a figure to rate it against.`,
  },
  'year-end-outturn': {
    severity: 'info',
    /** `cell`: the year's figure; `own`: the period's own cell, when it has one. */
    message: (a: CellOf & { name: string; year: string; period: string; own: string | null; header: string }) =>
      `${a.sheet}!${a.cell}: '${a.name}' is rated on its figure for ${a.year} (${a.cell}) against the target under '${a.header}', which is for the whole year, rather than on ${a.period}'s own${a.own ? ` (${a.own})` : ''}: the year ends with ${a.period}, and its periods add up to that figure.`,
  },
  'rated-to-date': {
    severity: 'info',
    /** `cell`: the year to date rated; `own`: the period's own cell; `parts`: the periods so far that add up to it. */
    message: (
      a: CellOf & {
        name: string;
        period: string;
        own: string;
        target: string | null;
        header: string;
        parts: readonly string[];
        byScale?: boolean;
        byColumn?: readonly string[];
      },
    ) =>
      `${a.sheet}!${a.cell}: '${a.name}' is rated on its year to date (${a.cell}) against the target under '${a.header}'${a.target ? ` (${a.target})` : ''}, which is for the year to date${toDateWhy(a)}, rather than on ${a.period}'s own figure (${a.own}): ${a.parts.length ? `the figures of the year so far (${a.parts.join(', ')}) add up to it` : 'a share or an average, its year to date is not the sum of its periods, and is taken as the sheet gives it'}.`,
  },
  'target-clock-read': {
    severity: 'info',
    /** `cell`: the target typed as a time; `as`: how it is read; `value` in the figures' `unit`. */
    message: (a: CellOf & { shown: string; as: string; value: number; unit: 'seconds' | 'minutes'; name: string }) =>
      `${a.sheet}!${a.cell}: the target '${a.shown}' for '${a.name}' is read in ${a.as}, ${a.value} ${a.unit}, as its figures are counted in ${a.unit}; if that is wrong, give the target as a number of ${a.unit}.`,
  },
  'target-beside-ytd': {
    severity: 'info',
    /** `cell`: the first plain target the note is about; `header` its column's, `toDate` the year to date's target column's. */
    message: (a: CellOf & { header: string; toDate: string; period: string }) =>
      `${a.sheet}!${a.cell}: '${a.header}' is read as the target for ${a.period}'s own figures, beside '${a.toDate}', the year to date's: each is rated against it, as the sheet's own RAG for the period is, and its year to date is given beside it.`,
  },
  'rated-on-sum': {
    severity: 'info',
    /** `cell`: the target's; `cells`: the range of the periods added up; `sum` and `target` as shown. */
    message: (
      a: CellOf & { name: string; header: string; period: string; cells: string; sum: string; target: string },
    ) =>
      `${a.sheet}!${a.cell}: '${a.name}' is rated on its figures for the year so far added up (${a.cells}: ${a.sum}) against the target under '${a.header}' (${a.cell}: ${a.target}), which is for the year to date: the sheet gives no year to date, and ${a.period}'s own figure is a part of it.`,
  },
  'year-target-settled': {
    severity: 'info',
    /** `cell`: the figure rated (the year to date where `yearToDate`, else the period's own); `target`: the target's cell. */
    message: (
      a: CellOf & {
        name: string;
        header: string;
        target: string | null;
        period: string;
        yearToDate: boolean;
        rag: 'red' | 'green';
      },
    ) =>
      `${a.sheet}!${a.cell}: '${a.name}' is rated against its target for the whole year ('${a.header}'${a.target ? `, ${a.target}` : ''}) though the year is not over: its figures add up over the year, none below nought, and ${a.yearToDate ? 'its year to date' : `${a.period}'s figure alone`} in ${a.cell} ${a.rag === 'red' ? "is already beyond what the year's target allows, so the year can only end red" : "already meets the year's target, so the year can only end green"}.`,
  },
  'target-to-date-level': {
    severity: 'info',
    /** `cell`: the target to date; `header` its column's; `year`: the target for the year's cell, which holds the same. */
    message: (a: CellOf & { name: string; header: string; year: string }) =>
      `${a.sheet}!${a.cell}: the target for '${a.name}' under '${a.header}' is the same as its target for the year (${a.year}), so it is read as a level held all year rather than a share of the year's, and the period's own figure is rated against it. If the figures add up over the year, give a target to date that is a share of the year's.`,
  },
  'target-to-date': {
    severity: 'warning',
    /**
     * `yearToDate`: the indicator's year-to-date cell for the period, when the sheet gives one; `gap`:
     * why it is not known to be the year so far (a period without a figure, or a sum that differs).
     */
    message: (
      a: CellOf & {
        name: string;
        header: string;
        period: string;
        own: string;
        yearToDate: string | null;
        gap?: string;
        byScale?: boolean;
        byColumn?: readonly string[];
      },
    ) =>
      `${a.sheet}!${a.cell}: the target under '${a.header}' for '${a.name}' is for the year to date${toDateWhy(a)}, but ${a.own}, ${a.period}'s figure, is the period's own, so it is not rated against it${a.yearToDate ? `; the year to date is in ${a.yearToDate}${a.gap ? `, but ${a.gap}` : ''}` : a.gap ? `; the sheet gives no year to date, and the year so far cannot be added up: ${a.gap}` : ''}. Say in the configuration that the measure is cumulative if its figures are years to date, or give the period's own target.`,
  },
  'target-for-year': {
    severity: 'warning',
    /**
     * `parts`: the cells of the year's periods so far, which add up to the year to date in `yearToDate`
     * (`adds`), or of which the year's figure in `yearToDate` is many times each.
     */
    message: (
      a: CellOf & {
        name: string;
        header: string;
        period: string;
        parts: readonly string[];
        yearToDate: string;
        adds?: boolean;
        soFar?: boolean;
        cumulative?: boolean;
        /** The year before's label, when `yearToDate` is its outturn. */
        priorYear?: string;
        /** Set when the sheet has no figure for the year and the target (`target`, as shown) is many times each of `parts`. */
        byTarget?: boolean;
        target?: string;
        /** Set when `parts` already come to about the year before's figure, none many times smaller (a seasonal total). */
        nearSum?: boolean;
      },
    ) =>
      a.byTarget
        ? `${a.sheet}!${a.cell}: '${a.name}' is not rated: its target is for the whole year ('${a.header}'), and at ${a.target} it is many times each figure so far (${a.parts.join(', ')}), which add up over the year, so ${a.period}'s figure is only a part of what it is for. Give it a target for the period or for the year to date (a 'Profiled target' column, say) to rate it.`
        : a.soFar
          ? `${a.sheet}!${a.cell}: '${a.name}' is not rated: its target is for the whole year ('${a.header}'), but its figure in ${a.yearToDate} is ${a.cumulative ? `cumulative, the year so far at ${a.period}` : `for the ${a.period}`}, only a part of the year's. Give it a target for the year to date (a 'Profiled target' column, say) to rate it.`
          : `${a.sheet}!${a.cell}: '${a.name}' is not rated: its target is for the whole year ('${a.header}'), but its figures for each period add up over the year (${a.nearSum ? `${a.parts.join(' + ')} already come to about ${a.priorYear}'s figure in ${a.yearToDate}` : a.adds === false ? `${a.priorYear ? `${a.priorYear}'s figure` : "the year's figure"} in ${a.yearToDate} is many times each of ${a.parts.join(', ')}` : `${a.parts.join(' + ')} make the year to date in ${a.yearToDate}`}), so ${a.period}'s figure is only a part of the year's. Give it a target for the period or for the year to date (a 'Profiled target' column, say) to rate it.`,
  },
  'target-other-year': {
    severity: 'warning',
    /** `cell`: the first target of the column; `count`: the indicators with a target in it. */
    message: (a: CellOf & { header: string; year: string; period: string; count: number }) =>
      `${a.sheet}!${a.cell}: the targets under '${a.header}' are for ${a.year}, but the report is on ${a.period}, so ${a.count === 1 ? 'the indicator with a target there is' : `the ${a.count} indicators with a target there are`} not rated against them. Give the targets for ${a.period} (a column headed 'Target' with that year), or set the period to report on.`,
  },
  'targets-not-given': {
    severity: 'warning',
    /** `cell`: the column's cells beside the indicators; `other`: the header of a target column for another year that has targets. */
    message: (a: CellOf & { header: string; year: string; other: string }) =>
      `${a.sheet}!${a.cell}: no indicator has a target under '${a.header}', so none is rated for ${a.year}; the targets under '${a.other}' are for another year and are not used for it. Give the ${a.year} targets, or set the period to report on if another year's figures are wanted.`,
  },
  'tolerance-unit-from-column': {
    severity: 'info',
    /** `cells`: the tolerances kept in their figures' own percentage format; `n`: the bare ones read in own units. */
    message: (a: CellOf & { header: string; cells: readonly string[]; n: number }) =>
      `${a.sheet}!${a.cell}: the column '${a.header}' keeps each percentage's tolerance in the figures' own format (${cellList(a.cells)}), in percentage points, so ${a.n === 1 ? 'the bare tolerance beside a measure that is not a percentage is' : `the ${a.n} bare tolerances beside measures that are not percentages are`} read in ${a.n === 1 ? 'its' : 'their'} own units too (days, or the count), not as a share of the target. Write '5%' in a cell if a tolerance is a share.`,
  },
  'tolerance-unit-unclear': {
    severity: 'warning',
    /**
     * `relative` is a share of the target (0.05), `absolute` an amount in the indicator's units, or
     * points when `percentage`, or days when `days`: the advice is in the same units.
     */
    message: (
      a: CellOf & {
        shown: string;
        name: string;
        relative: number;
        absolute: number;
        percentage: boolean;
        days?: boolean;
      },
    ) => {
      const [amount, written, header] = a.percentage
        ? [a.absolute === 1 ? 'percentage point' : 'percentage points', '2pp', 'pp']
        : a.days
          ? [a.absolute === 1 ? 'day' : 'days', '2 days', 'days']
          : ["in the indicator's units", '±2', 'units'];
      return `${a.sheet}!${a.cell}: the tolerance '${a.shown}' for '${a.name}' does not say whether it is ${share(a.relative)} of the target or ${a.absolute} ${amount}; where the two give different ratings the indicator is not rated. Write '5%' or '${written}', or head the column 'Tolerance (%)' or 'Tolerance (${header})'.`;
    },
  },
  'tolerance-as-boundary': {
    severity: 'warning',
    message: (a: CellOf & { shown: string; name: string; target: number }) =>
      `${a.sheet}!${a.cell}: the tolerance '${a.shown}' for '${a.name}' is too large for a margin and close to the target of ${a.target}, so it is read as the edge of amber (amber between it and the target); head the column 'Amber value' to make this certain, or write the margin as '5%' or '2pp'.`,
  },
  'tolerance-unreadable': {
    severity: 'warning',
    message: (a: CellOf & { shown: string; name: string }) =>
      `${a.sheet}!${a.cell}: the tolerance '${a.shown}' for '${a.name}' cannot be read, so the workbook's own tolerance is used; write it as '5%' (of the target), '2pp' (points) or '2 days' (in the indicator's own units).`,
  },
  'tolerance-from-key': {
    severity: 'info',
    /** `text`: the key's line in `cell`; `tolerance`: the edge of amber it states; `yellow`: a yellow band counted as amber. */
    message: (
      a: CellOf & { text: string; tolerance: { type: 'relative' | 'absolute'; value: number }; yellow?: boolean },
    ) =>
      `${a.sheet}!${a.cell}: the key ('${a.text}') puts the edge of amber at ${keyEdge(a.tolerance)}${a.yellow ? ' (its yellow band, off the target, counted as amber, as the sheet\'s own "Yellow" is)' : ''}, so the indicators of the table beside it, and of the tables below it on the sheet without a key of their own, are rated amber within that where they have no tolerance of their own, rather than within the workbook's tolerance.`,
  },
  'key-amber-unstated': {
    severity: 'info',
    /** `text`: the key's line in `cell`; `tolerance`: the report's, used for rows without their own. */
    message: (a: CellOf & { text: string; tolerance: { type: 'relative' | 'absolute'; value: number } }) =>
      `${a.sheet}!${a.cell}: the key ('${a.text}') does not say how far from the target amber goes, so the indicators without a tolerance of their own are rated amber within the report's: ${keyEdge(a.tolerance)}. Set "tolerance" in the configuration if the service's is another.`,
  },
  'rag-key-scheme': {
    severity: 'info',
    /**
     * `text`: the key's line in `cell`; `green`: how far short of the target it rates green; `edge`:
     * amber's edge past it, or `against`: what a figure past green is compared with ('last-year',
     * 'previous', or a period's label).
     */
    message: (a: CellOf & { text: string; green: MarginArg; edge: MarginArg | null; against: string | null }) =>
      `${a.sheet}!${a.cell}: the key ('${a.text}') rates green on the target or within ${marginText(a.green)}, and past that ${a.edge ? `amber within ${marginText(a.edge)} and red beyond it` : `amber where the figure has improved on or matched ${againstText(a.against)} and red where it has not, or where there is no figure to compare it with`}; the indicators of the table beside it, and of the tables below it on the sheet without a key of their own, are rated so where they have no tolerance of their own.`,
  },
  'key-scheme-uncompared': {
    severity: 'warning',
    /** `shown`: the figure; `key`: the key's cell; `against`: the period compared with and its empty cell, or null where the row has no column for it. */
    message: (a: CellOf & { name: string; shown: string; key: string; against: string | null }) =>
      `${a.sheet}!${a.cell}: '${a.name}' (${a.shown}) is past the key's green margin, and the key in ${a.key} makes it amber or red by whether it has improved on an earlier figure, but ${a.against ? `there is none for ${a.against}` : 'the row has no column for the one it names'}: it is rated red, not shown to have improved. Check it against the key.`,
  },
  'tolerance-from-cover-key': {
    severity: 'info',
    /** `first`: the first sheet whose tables take it. */
    message: (
      a: CellOf & { text: string; tolerance: { type: 'relative' | 'absolute'; value: number }; first: string },
    ) =>
      `${a.sheet}!${a.cell}: the key ('${a.text}') puts the edge of amber at ${keyEdge(a.tolerance)}, so the tables after it without a key of their own, from '${a.first}' on, are rated amber within that where their indicators have no tolerance of their own, rather than within the workbook's tolerance.`,
  },
  'key-points-not-unit': {
    severity: 'info',
    /** `others`: the edge the key gives measures other than percentages, where it gives one. */
    message: (a: CellOf & { row: number; name: string; others?: string }) =>
      a.others
        ? `${a.sheet}!${a.cell}: the key puts the edge of amber in percentage points for percentages, and the figures of '${a.name}' (row ${a.row + 1}) are not percentages, so it is rated amber within ${a.others} of the target, as the key gives other measures.`
        : `${a.sheet}!${a.cell}: the key puts the edge of amber in percentage points, but the figures of '${a.name}' (row ${a.row + 1}) are not percentages, so it is rated amber within the workbook's tolerance instead.`,
  },
  'tolerance-at-zero': {
    severity: 'warning',
    /** `shown`: the figure as printed; `tolerance`: the share of the target amber is within. */
    message: (a: CellOf & { name: string; shown: string; tolerance: number }) =>
      `${a.sheet}!${a.cell}: '${a.name}' (${a.shown}) is red against a target of 0: amber within ${share(a.tolerance)} of the target is no margin at all when the target is 0, so any figure worse than it is red. If the service allows a margin, give it in the indicator's own units (a tolerance column, or the indicator's tolerance in the configuration, as in { "type": "absolute", "value": 2 }).`,
  },
  'rag-key-differs': {
    severity: 'warning',
    message: (a: CellOf & { text: string }) =>
      `${a.sheet}!${a.cell}: the key ('${a.text}') rates by a scheme of its own (green short of the target, or amber by more than one figure), which the report does not follow, here or in the tables below it on the sheet: it rates green only on or better than the target and amber within the tolerance, so some colours may differ from the sheet's; check them against the key, or set the tolerance to use in the configuration.`,
  },
  // The sheet's own RAG
  'rag-disagrees': {
    severity: 'warning',
    /** `sheetSays` is the sheet's rating in words, `ours` ours with its reason, `follows` whose rating the narrative uses. */
    message: (a: CellOf & { name: string; sheetSays: string; ours: string; follows: 'sheet' | 'ours' }) =>
      `${a.sheet}!${a.cell}: the sheet rates '${a.name}' ${a.sheetSays}, but by the rules here it is ${a.ours}; ${a.follows === 'sheet' ? "the narrative follows the sheet's rating" : 'the narrative follows ours'}.`,
  },
  'rag-band-from-sheet': {
    severity: 'warning',
    /** `shown` is the sheet's rating in words, `rag` the colour followed, `usual` the one 5 % gives, `allows` the tolerance taken for the sheet's amber. */
    message: (
      a: CellOf & {
        name: string;
        shown: string;
        figure: string;
        target: string;
        rag: 'amber' | 'red';
        usual: 'amber' | 'red';
        allows: string | null;
      },
    ) =>
      `${a.sheet}!${a.cell}: no tolerance is stated for '${a.name}', and the sheet rates ${a.figure} against the target of ${a.target} ${a.shown}: so it is ${a.rag} here too${a.allows === null ? ', with no margin' : `, allowing ${a.allows} of the target`} (by the usual 5% of the target it would be ${a.usual}). Give a tolerance (a column beside the targets, a key, or the configuration) to rate it by that instead.`,
  },
  'tolerance-unit-from-sheet': {
    severity: 'warning',
    /** `cell`: the tolerance's; `rag`: the sheet's colour, which `readAs` gives and `other` would not (it gives `otherRag`). */
    message: (
      a: CellOf & {
        name: string;
        tolerance: string;
        written: string;
        sheetCell: string;
        shown: string;
        figure: string;
        target: string;
        readAs: string;
        other: string;
        rag: 'green' | 'amber' | 'red';
        otherRag: string;
        number: string;
      },
    ) =>
      `${a.sheet}!${a.tolerance}: the tolerance '${a.written}' for '${a.name}' is read as ${a.readAs}, as the sheet's own rating in ${a.sheetCell} (${a.shown}) has it: ${a.figure} against the target of ${a.target} is ${a.rag} by that, and would be ${a.otherRag} by ${a.other}. Write the unit in the cell ('${a.number}pp' for points, '${a.number}% of target' for a share of the target) or set the tolerance in the configuration to make it certain.`,
  },
  'amber-usual-tolerance': {
    severity: 'info',
    message: (a: CellOf & { name: string; shown: string }) =>
      `${a.sheet}!${a.cell}: the sheet says only that '${a.name}' missed its target ('${a.shown}'); it is amber here by the usual 5% of the target, which the workbook does not state. Give a tolerance (a column beside the targets, a key, or the configuration) to rate it by yours.`,
  },
  'sheet-rag-unreadable': {
    severity: 'warning',
    message: (a: CellOf & { shown: string; name: string }) =>
      `${a.sheet}!${a.cell}: '${a.shown}' in the RAG column for '${a.name}' is not a rating (such as Green, Amber, Red, 'On target' or 'Off track'), so it is not compared.`,
  },
  // Configuration
  'config-sheet-unmatched': {
    severity: 'warning',
    /** With `sheet`, a configuration given to that sheet that names neither it nor a table on it; without, one that names nothing in the workbook. */
    /** `closest`: the sheet and table names nearest to what it names, when it names nothing in the workbook. */
    message: (a: { config: string; sheet?: string; closest?: readonly string[] }) =>
      a.sheet === undefined
        ? `The table configuration for '${a.config}' matches no sheet or Excel table in the workbook, so it is not used${closestText(a.closest)}.`
        : `${a.sheet}: the table configuration for '${a.config}' matches neither this sheet nor an Excel table on it, so it is not used.`,
  },
  'config-sheet-repeated': {
    severity: 'warning',
    message: (a: { sheet: string; config: string }) =>
      `${a.sheet}: there are two table configurations for '${a.config}'; only the first is used.`,
  },
  'config-column-unmatched': {
    severity: 'warning',
    message: (a: { sheet: string; key: string }) =>
      `${a.sheet}: the configured column '${a.key}' matches no header or column of a table on this sheet.`,
  },
  'config-header-row-empty': {
    severity: 'warning',
    /** `row` as the configuration gives it (from 1). */
    message: (a: { sheet: string; row: number }) =>
      `${a.sheet}: the configured header row ${a.row} is empty, so no table is read from it.`,
  },
  'config-period-unreadable': {
    severity: 'warning',
    message: (a: CellOf & { header: string }) =>
      `${a.sheet}!${a.cell}: configuration makes '${a.header}' a period column, but no period can be read from it; the column is not read.`,
  },
  'stored-config-invalid': {
    severity: 'error',
    /** `problem` is what is wrong (the configuration error's own message), or null when only `source` can be named. */
    message: (a: { problem: string | null; source: string }) =>
      `${a.problem ?? `The configuration in ${a.source} could not be read.`}\nCorrect it in the Scorecard Narrator pane, or reset it to the defaults.`,
  },
  // Writing the annotation
  'label-cell-occupied': {
    severity: 'warning',
    /** `reason` says what the cell holds: "holds a formula of its own". */
    message: (a: CellOf & { reason: string; what: string }) =>
      `${a.sheet}!${a.cell}: the cell ${a.reason}, so the ${a.what} was not written there; the RAG colours still apply.`,
  },
  'label-cell-invalid': {
    severity: 'error',
    message: (a: CellOf & { what: string }) =>
      `${a.sheet}!${a.cell}: not a cell address; the ${a.what} was not written.`,
  },
  'sheet-missing': {
    severity: 'error',
    /** `at` is the label's cell or the block's first range; `lost` what was not written there. */
    message: (a: { sheet: string; at: string; lost: NotWritten }) =>
      `${a.sheet}!${a.at}: the sheet '${a.sheet}' is not in the workbook; ${a.lost === 'RAG colours' ? 'no RAG colours were written for it' : `the ${a.lost} was not written`}.`,
  },
  'rule-range-invalid': {
    severity: 'error',
    message: (a: { sheet: string; ranges: readonly string[] }) =>
      `${a.sheet}!${a.ranges[0] ?? ''}: the ranges ${a.ranges.join(' ')} are not valid cell ranges; no RAG colours were written for them.`,
  },
  'rule-anchor': {
    severity: 'error',
    message: (a: { sheet: string; ranges: readonly string[] }) =>
      `${a.sheet}!${a.ranges[0] ?? ''}: the first range is not the top-left of ${a.ranges.join(' ')}, so the rules would be misplaced; no RAG colours were written for them.`,
  },
  'narrative-sheet-renamed': {
    severity: 'warning',
    /** `taken` is the name the officer's own sheet has, `name` the one ours was given. */
    message: (a: { taken: string; name: string }) =>
      `The workbook already has its own sheet called '${a.taken}', left as it is; the narrative is on the sheet '${a.name}'.`,
  },
  'narrative-sheet-edited': {
    severity: 'warning',
    /** `kept` is the changed sheet, left as it is; `written` the sheet the new draft went to. */
    message: (a: { kept: string; written: string }) =>
      `The sheet '${a.kept}' has been changed since it was drafted, so it was left as it is; the new draft is on the sheet '${a.written}'.`,
  },
  'own-rules-overlap': {
    severity: 'warning',
    /** `range` is where the officer's rule and ours both colour. */
    message: (a: { sheet: string; range: string }) =>
      `${a.sheet}!${a.range}: a conditional format of your own covers these cells and comes before the RAG rules, so where its condition holds its colours show instead of the RAG colours, and may disagree with the RAG labels. Remove it or narrow its range (Home › Conditional Formatting › Manage Rules) to see the RAG colours there.`,
  },
  // Cells and sheets that are not what they seem
  'date-not-figure': {
    severity: 'warning',
    /** `what` is the cell's part ('figure' for a value, 'target'); `shown` the date as read, `serial` as stored. */
    message: (a: CellOf & { name: string; what: 'figure' | 'target'; shown: string; serial: number }) => {
      const part = a.what === 'target' ? 'the target' : 'a figure';
      return `${a.sheet}!${a.cell}: holds a date (${a.shown}, stored as ${a.serial}) where ${part} for '${a.name}' belongs; it is not read as a number, so '${a.name}' is not rated on it — please check the cell, and if it is ${part}, give it a number format rather than a date format.`;
    },
  },
  'target-percent-unit': {
    severity: 'warning',
    /** `unit` is the row's unit in words ("a rate"), `from` what says so. */
    message: (a: CellOf & { name: string; shown: string; unit: string }) =>
      `${a.sheet}!${a.cell}: the target '${a.shown}' for '${a.name}' is written as a percentage, but its figures are read as ${a.unit}, so the indicator is not rated; please check the target, or set the row's unit in the configuration.`,
  },
  'target-unit-word': {
    severity: 'warning',
    message: (a: CellOf & { name: string; shown: string }) =>
      `${a.sheet}!${a.cell}: the target '${a.shown}' for '${a.name}' is a number with its unit, but the figures are percentages (the share done within it, it seems), so the indicator is not rated; please give the target as a percentage.`,
  },
  'sheet-very-hidden': {
    severity: 'warning',
    message: (a: { sheet: string }) =>
      `${a.sheet}: the sheet is very hidden (only a macro or the VBA editor can show it), so it is not read; if it holds indicators to report, make it visible, or name it among the sheets to read (--sheet, or "sheets" in the configuration).`,
  },
  'sheet-hidden': {
    severity: 'warning',
    message: (a: { sheet: string; indicators: number }) =>
      `${a.sheet}: the sheet is hidden, and its ${a.indicators === 1 ? 'indicator is' : `${a.indicators} indicators are`} in the report; unhide it (right-click a sheet tab › Unhide) to check ${a.indicators === 1 ? 'it belongs' : 'they belong'} there, or name the sheets to read (--sheet, or "sheets" in the configuration) to leave it out.`,
  },
  'sheet-earlier-period': {
    severity: 'warning',
    /** Held back for its period, earlier than the latest one another sheet's name gives, or for a word in its name. */
    message: (a: {
      sheet: string;
      because:
        | {
            kind: 'earlier';
            period: string;
            newer: string;
            newerPeriod: string;
            /** The title above the table that gives the period, when the sheet's name gives none. */
            title?: { cell: string; text: string } | null;
          }
        | { kind: 'word'; word: string };
    }) => {
      const b = a.because;
      const at = b.kind === 'earlier' && b.title ? `${a.sheet}!${b.title.cell}` : a.sheet;
      const why =
        b.kind === 'earlier'
          ? `${b.title ? `its title '${b.title.text}'` : 'its name'} gives ${b.period}, earlier than the sheet '${b.newer}' (${b.newerPeriod})`
          : `its name says '${b.word}'`;
      return `${at}: ${why}, so it is taken for earlier figures and not read; name it among the sheets to read (--sheet, or "sheets" in the configuration) to report on it.`;
    },
  },
  'config-indicator-unmatched': {
    severity: 'warning',
    /** `key` is the reference or name the configuration gives settings for; `closest` those nearest to it that were read. */
    message: (a: { key: string; closest: readonly string[] }) =>
      `The configuration gives settings for the indicator '${a.key}', but no indicator read has that reference or name, so they are not used${closestText(a.closest)}.`,
  },
  'label-column-no-room': {
    severity: 'warning',
    /** `cell` is the header cell of the table's last column. */
    message: (a: CellOf) =>
      `${a.sheet}!${a.cell}: there is no empty column right of this table before XFD, the last column a sheet has, so its RAG labels were not written; the RAG colours still apply.`,
  },
  'sheet-title-period': {
    severity: 'warning',
    /** `cell` and `title` are the title's; `header` the latest period the sheet's header names. */
    message: (a: CellOf & { title: string; period: string; newer: string; newerPeriod: string; header: string }) =>
      `${a.sheet}!${a.cell}: the title '${a.title}' gives ${a.period}, earlier than the sheet '${a.newer}' (${a.newerPeriod}), but the sheet's own columns run to ${a.header}, so it is read as current figures; correct the title if it is out of date, or name the sheets to read (--sheet, or "sheets" in the configuration) to leave it out.`,
  },
} as const satisfies { readonly [C in WarningCode]: WarningEntry };

/** "; the closest are 'A', 'B' and 'C'" for a message, or nothing when there are none. */
function closestText(closest: readonly string[] | undefined): string {
  if (!closest?.length) return '';
  return `; the closest ${closest.length === 1 ? 'is' : 'are'} ${quotedList(closest)}`;
}

/** What the builder for `code` is given. */
export type WarningArgs<C extends WarningCode> = Parameters<(typeof WARNING_MESSAGES)[C]['message']>[0];

/** Where a warning points: the sheet and cell (or range) an officer should look at, when there is one. */
export interface WarningPlace {
  readonly sheet?: string;
  readonly cell?: string;
}

/**
 * The {@link Issue} for `code`: its severity and message from the catalogue, and its place. A
 * place left undefined is left out of the issue (the JSON then gives null).
 */
export function warning<C extends WarningCode>(code: C, args: WarningArgs<C>, place: WarningPlace = {}): Issue {
  const build = WARNING_MESSAGES[code].message as (a: WarningArgs<C>) => string;
  return {
    severity: WARNING_MESSAGES[code].severity,
    code,
    message: build(args),
    ...(place.sheet !== undefined && { sheet: place.sheet }),
    ...(place.cell !== undefined && { cell: place.cell }),
  };
}
