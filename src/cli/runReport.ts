import {
  buildReport,
  colToLetters,
  listJoin,
  type NarrativeStyle,
  NoIndicatorReadError,
  NoIndicatorTableError,
  parseConfig,
  narrativeMeta,
  namelessHeader,
  type NamelessHeader,
  renderMarkdown,
  type Report,
  reportJsonText,
  type ScorecardConfig,
  ScorecardError,
  type UnreadTable,
  searchedSheets,
  unreadSheetIssues,
} from '../core';
import { BoundedReadError, megabytes, readRegularFile } from '../xlsx/readLimits';
import { patchCopy } from '../xlsx/patch/patchCopy';
import { readWorkbookGrids, type WorkbookRead } from '../xlsx/read';
import type { WorkbookFacts } from '../xlsx/workbookFacts';
import { startSaveBytes, type PendingCopy } from '../xlsx/saveCopy';

export type OutputFormat = 'text' | 'markdown' | 'json';

export interface ReportOptions {
  readonly workbook: string;
  readonly sheets?: readonly string[];
  readonly period?: string;
  readonly configFile?: string;
  readonly format: OutputFormat;
  readonly out?: string;
  /** How the narrative is written; overrides the configuration's `narrativeStyle`. */
  readonly style?: NarrativeStyle;
}

export interface ReportResult {
  /** What goes to standard output, as one string (made when first read). */
  readonly stdout: string;
  /** What goes to standard output in pieces, made as they are written: the command writes these, so that a large report is never held as one string. */
  output(): Iterable<string>;
  /** Warnings and messages for standard error (never mixed into JSON output). */
  readonly stderr: string[];
  readonly exitCode: number;
  readonly report: Report | null;
}

/**
 * A report made, its output ready to write, and the annotated copy, when one was asked for, still
 * being written: the command prints the report while the copy is compressed.
 */
export interface StartedReport extends ReportResult {
  /**
   * Writes the annotated copy and waits until it is in place (at once, without one): what standard
   * error then says of it, and the run's exit code, 2 with the error if the copy could not be
   * written. Called once the report is on its way; calling it again gives the same outcome.
   */
  finish(): Promise<CopyOutcome>;
}

/** How writing the annotated copy ended. */
export interface CopyOutcome {
  readonly stderr: readonly string[];
  readonly exitCode: number;
}

/** A problem with the command line's input (a file, a sheet, a table): one clear sentence. */
export class InputError extends ScorecardError<'input'> {
  override readonly name = 'InputError';
  constructor(message: string) {
    super('input', message);
  }
}

/** The largest configuration file read: 1 MB, some hundred times the longest a council would write. */
const MAX_CONFIG_BYTES = 1024 * 1024;

async function loadConfig(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  let text: string;
  try {
    text = (await readRegularFile(file, MAX_CONFIG_BYTES)).toString('utf8');
  } catch (e) {
    const f = e instanceof BoundedReadError ? e.failure : null;
    if (f?.kind === 'too-large')
      throw new InputError(
        `The configuration file ${file} is ${megabytes(f.size)}, more than the ${megabytes(f.limit)} a configuration may be: check that this is the right file.`,
      );
    if (f?.what === 'device, pipe or socket')
      throw new InputError(`The configuration file ${file} is a device, pipe or socket, not a file saved on disk.`);
    throw new InputError(`Cannot read the configuration file ${file}.`);
  }
  // Notepad, and other Windows editors, begin a UTF-8 file with a byte-order mark, which is not JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`The configuration file ${file} is not valid JSON: ${(e as Error).message}.`);
  }
}

/**
 * The `report` command: read the workbook, rate it, print the narrative (text, Markdown or JSON)
 * and, with `out`, write an annotated copy. Never writes to the input file. Resolves once the copy
 * is written; if it could not be, the result is the error alone, as for any other.
 */
export async function runReport(options: ReportOptions): Promise<ReportResult> {
  const started = await startReport(options);
  const end = await started.finish();
  if (end.exitCode === 0) {
    for (const line of end.stderr) started.stderr.push(line);
    return started;
  }
  return failure([...started.stderr, ...end.stderr]);
}

/**
 * The `report` command as far as its output: the workbook read and rated, and the annotated copy
 * started — its file made beside `out`, so that a folder that cannot be written to is said now —
 * for {@link StartedReport.finish} to write while the report is printed.
 */
export async function startReport(options: ReportOptions): Promise<StartedReport> {
  // Warnings that explain an error, printed before it (a very hidden sheet left out, when no table was found).
  const beforeError: string[] = [];
  try {
    const fileConfig = await loadConfig(options.configFile);
    let config: ScorecardConfig = parseConfig(fileConfig, options.configFile);
    if (options.sheets?.length) config = { ...config, sheets: options.sheets };
    if (options.period) config = { ...config, period: options.period };
    if (options.style) config = { ...config, narrativeStyle: options.style };
    const readIssues: string[] = [];
    const { report, read } = await readReport(options.workbook, config, readIssues, beforeError);
    const { bytes } = read;
    const stderr = [
      ...readIssues,
      ...report.issues.map((i) => `${i.severity === 'info' ? 'note' : 'warning'}: ${i.message}`),
    ];
    if (!options.out) return done(report, options.format, stderr, async () => ({ stderr: [], exitCode: 0 }));
    const meta = narrativeMeta(report, `Drafted from ${basename(options.workbook)}`);
    const warn = (issues: readonly { message: string }[]) => {
      for (const i of issues) stderr.push(`warning: ${i.message}`);
    };
    // The copy is the input with the changed parts replaced; a file laid out otherwise is rebuilt by exceljs.
    const patched = await patchCopy({
      input: bytes,
      read,
      plan: report.formatPlan,
      narrative: report.narrative,
      meta,
    });
    let copy: PendingCopy;
    if ('packed' in patched) {
      warn(patched.issues);
      copy = await startSaveBytes(options.workbook, options.out, async () => patched);
    } else {
      const [{ loadWorkbookBytes, workbookToGrids }, { rebuildLosses }, written] = await Promise.all([
        import('../xlsx/readWorkbook'),
        import('../xlsx/rebuildLosses'),
        import('../xlsx/writeAnnotated'),
      ]);
      const { applyFormatPlan, settleRebuilt, storedNarrativeFingerprint, writeNarrativeSheet } = written;
      const { wb, plainRead } = read.excel ?? (await loadWorkbookBytes(bytes, options.workbook));
      const losses = await rebuildLosses(bytes, wb, plainRead);
      // Read from a plain copy of its values, the workbook would be rebuilt from too little: refuse rather than lose the officer's work.
      if (plainRead) throw new InputError(rebuildRefused(options.workbook, patched.declined, losses));
      stderr.push(
        `warning: ${options.out}: the copy was rebuilt rather than edited in place, because ${patched.declined}; ${losses.length ? `the ${listJoin(losses)} in ${basename(options.workbook)} are not in the copy` : 'nothing in it is known to be lost'} (the workbook itself is unchanged).`,
      );
      warn(applyFormatPlan(wb, report.formatPlan));
      const sheet = writeNarrativeSheet(wb, report.narrative, meta, await storedNarrativeFingerprint(bytes));
      warn(sheet.issues);
      copy = await startSaveBytes(options.workbook, options.out, () =>
        settleRebuilt(wb, sheet.fingerprint, (again) => {
          const next = buildReport(workbookToGrids(again), config);
          return { plan: next.formatPlan, narrative: next.narrative, meta: narrativeMeta(next, meta.generated) };
        }),
      );
    }
    const out = options.out;
    let written: Promise<CopyOutcome> | undefined;
    const finish = () =>
      (written ??= copy.finish().then(
        () => ({ stderr: [`Wrote ${out}.`], exitCode: 0 }),
        (e: unknown) => ({ stderr: [problem(e)], exitCode: 2 }),
      ));
    return done(report, options.format, stderr, finish);
  } catch (e) {
    return failure([...beforeError, problem(e)]);
  }
}

/**
 * A problem the officer can put right ({@link ScorecardError}): its sentence, for exit code 2 and no
 * stack trace. Anything else is thrown on.
 */
function problem(e: unknown): string {
  if (e instanceof ScorecardError) return `error: ${e.message}`;
  throw e;
}

/** A run that ended in an error: no report, `stderr` and exit code 2. */
function failure(stderr: string[]): StartedReport {
  return {
    stdout: '',
    output: () => [],
    stderr,
    exitCode: 2,
    report: null,
    finish: async () => ({ stderr: [], exitCode: 2 }),
  };
}

/**
 * The workbook read and its report made, or why there is no report (an {@link InputError}, with
 * `beforeError` the warnings that explain it). The grids are gone once the report is made, at
 * 50,000 indicators some 90 MB: the copy is written from the file's bytes and what was read of
 * its sheets (or, where it must be rebuilt, exceljs's reading).
 */
async function readReport(
  workbook: string,
  config: ScorecardConfig,
  readIssues: string[],
  beforeError: string[],
): Promise<{ report: Report; read: ReadSource }> {
  // The workbook's parts read straight into grids; exceljs is loaded only if the copy has to be rebuilt through it.
  const { grids, ...read } = await readWorkbookGrids(workbook, (i) => readIssues.push(`warning: ${i.message}`));
  const missing = (config.sheets ?? []).filter((s) => !grids.some((g) => g.name === s));
  if (missing.length)
    throw new InputError(
      `${workbook} has no sheet called ${missing.map((s) => `'${s}'`).join(', ')}. Its sheets are: ${grids.map((g) => `'${g.name}'`).join(', ')}.`,
    );
  const report = buildReport(grids, config);
  if (!report.items.length) for (const i of unreadSheetIssues(report.issues)) beforeError.push(`warning: ${i.message}`);
  if (!report.tables.length && report.unreadTables.length)
    throw new InputError(unreadMessage(workbook, report.unreadTables[0]));
  // A header without a column of names is looked for where the tables were: not on a very hidden sheet.
  const searched = report.tables.length ? [] : searchedSheets(grids, config.sheets);
  const nameless = searched.map((g) => namelessHeader(g)).find((h) => h !== null);
  if (nameless) throw new InputError(namelessMessage(workbook, nameless));
  if (!report.tables.length) {
    const names = config.sheets ?? searched.map((g) => g.name);
    const where = names.length
      ? `${workbook} (sheets ${names.map((s) => `'${s}'`).join(', ')})`
      : `${workbook}, whose every sheet is very hidden`;
    throw new NoIndicatorTableError(where, 'set the columns in a configuration file if the headers are unusual');
  }
  if (!report.items.length)
    throw new NoIndicatorReadError(
      workbook,
      report.tables[0],
      'set the columns in a configuration file if the headers are unusual',
    );
  return { report, read };
}

/** What the copy is made from: the file's bytes, what was read of its sheets (until the copy's decisions are taken) and exceljs's reading if any. */
interface ReadSource {
  readonly bytes: Buffer;
  facts: WorkbookFacts | null;
  readonly excel?: WorkbookRead['excel'];
}

/** Why no annotated copy was written of a workbook that could be neither patched nor safely rebuilt. */
function rebuildRefused(workbook: string, declined: string, losses: readonly string[]): string {
  return `No annotated copy was written: ${workbook} cannot be edited in place, because ${declined}, and a rebuilt copy would lose ${losses.length ? `its ${listJoin(losses)}` : 'parts of it'}. Run without --out for the report alone, or open the workbook in Excel, save it as a new .xlsx and run on that.`;
}

/** A report made: its output made when it is written (or read). */
function done(
  report: Report,
  format: OutputFormat,
  stderr: string[],
  finish: () => Promise<CopyOutcome>,
): StartedReport {
  let text: string | undefined;
  const output = () => printed(report, format);
  return {
    get stdout() {
      return (text ??= Array.from(output()).join(''));
    },
    output,
    stderr,
    exitCode: 0,
    report,
    finish,
  };
}

/** The report as standard output shows it, in pieces. */
function printed(report: Report, format: OutputFormat): Iterable<string> {
  if (format === 'json') return reportJsonText(report);
  return [format === 'markdown' ? renderMarkdown(report.narrative) : report.narrative.text];
}

/** What to put in a configuration file so that a table without a name column is read. */
function unreadMessage(workbook: string, t: UnreadTable): string {
  const what = t.tableName
    ? `The Excel table '${t.tableName}' on the sheet '${t.sheet}' (header row ${t.headerRow + 1}, ${colToLetters(t.left)}${t.headerRow + 1}:${colToLetters(t.right)}${t.headerRow + 1})`
    : `The table with its header on row ${t.headerRow + 1} of '${t.sheet}' (${colToLetters(t.left)}${t.headerRow + 1}:${colToLetters(t.right)}${t.headerRow + 1})`;
  const guess = t.columns.find((c) => c.role === 'ignore' && c.header) ?? t.columns[0];
  const letter = colToLetters(guess?.col ?? t.left);
  const example = JSON.stringify({ tables: [{ sheet: t.tableName ?? t.sheet, columns: { [letter]: 'name' } }] });
  return `No indicator table could be read in ${workbook}. ${what} has no column of indicator names: say which column holds them in a configuration file (--config), for example ${example}.`;
}

/** What to put in a configuration file so that a header row with periods and a target but no name column is read. */
function namelessMessage(workbook: string, h: NamelessHeader): string {
  const heads =
    h.headers
      .slice(0, 4)
      .map((x) => `'${x}'`)
      .join(', ') + (h.headers.length > 4 ? ', …' : '');
  const example = JSON.stringify({
    tables: [{ sheet: h.sheet, headerRow: h.row + 1, columns: { [h.nameColumn]: 'name' } }],
  });
  return `No indicator table could be read in ${workbook}. Row ${h.row + 1} of '${h.sheet}' (${h.range}: ${heads}) has ${h.has} but no column of indicator names (headed e.g. 'Indicator' or 'Measure'): rename that column's header, or say which column holds the names in a configuration file (--config), for example ${example}.`;
}

function basename(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}
