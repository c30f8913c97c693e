/**
 * Opening annotated copies in LibreOffice (headless), as an officer without Excel would: each copy
 * is converted to CSV, one file a sheet, and must show the RAG labels in the cells beside the added
 * indicator table, and the Narrative sheet with its title block and counts. All the copies go
 * through one LibreOffice process (starting it is most of the cost), with a profile of its own so
 * that runs side by side do not meet; a copy that stops the process is tried again on its own.
 */
import { spawn, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core/report/toJson';
import { ADDED_TABLE, addIndicatorTable } from './realWorkbooks';

/** The LibreOffice program and its version, or null when it is not installed. */
export function libreOffice(): { program: string; version: readonly [number, number] } | null {
  for (const program of ['soffice', 'libreoffice']) {
    const r = spawnSync(program, ['--version'], { encoding: 'utf8' });
    if (r.status !== 0) continue;
    const v = /(\d+)\.(\d+)/.exec(r.stdout);
    return { program, version: v ? [Number(v[1]), Number(v[2])] : [0, 0] };
  }
  return null;
}

/** The LibreOffice program, or null when it is not installed. */
export function sofficePath(): string | null {
  return libreOffice()?.program ?? null;
}

/** Every sheet to its own CSV file (the last option, -1) came with LibreOffice 7.2. */
const FIRST_VERSION = [7, 2] as const;
const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
/** A ceiling against a hung LibreOffice, not a speed check: a batch takes seconds, even on a loaded machine. */
const RUN_LIMIT_MS = 300_000;

export interface LibreOfficeResult {
  readonly file: string;
  /** Null when LibreOffice opened the copy and showed the labels and the Narrative sheet; else what was wrong. */
  readonly problem: string | null;
  /** LibreOffice could not open the workbook given either (then the copy is not held against us). */
  readonly inputFails?: boolean;
}

/** CSV text as rows of fields (quoted fields with commas, line breaks and doubled quotes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** One LibreOffice process on a private profile: converts files to CSV, one file a sheet, into a folder. */
class Converter {
  private constructor(
    private readonly program: string,
    private readonly profile: string,
    readonly out: string,
  ) {}

  /**
   * A converter working in `dir`. Its profile is marked as having run this version already: else
   * LibreOffice, at every start on a profile never opened in a window, first runs its graphics
   * self-tests (some seconds of drawing on 4096-pixel canvases, most of the time of a batch).
   */
  static async make(dir: string, program: string, version: readonly [number, number]): Promise<Converter> {
    const profile = path.join(dir, 'profile');
    await fs.mkdir(path.join(profile, 'user'), { recursive: true });
    await fs.writeFile(
      path.join(profile, 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        `<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version[0]}.${version[1]}</value></prop></item>\n` +
        '</oor:items>\n',
    );
    const out = path.join(dir, 'csv');
    await fs.mkdir(out);
    const converter = new Converter(program, profile, out);
    // A new profile is set up by a first start that may end the process early: that start is made on its own.
    await converter.run(['--terminate_after_init']);
    return converter;
  }

  /** Runs LibreOffice with these arguments: its exit code, or null when it was stopped by a signal or the time limit. */
  private run(args: readonly string[]): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        this.program,
        [`-env:UserInstallation=file://${this.profile}`, '--headless', '--norestore', ...args],
        { stdio: 'ignore', detached: true },
      );
      // The whole process group: soffice runs the office as a child of its own.
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // The group had ended meanwhile.
        }
      }, RUN_LIMIT_MS);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  /** The CSV files written for a workbook, by sheet name. */
  async sheets(file: string): Promise<Map<string, string>> {
    const prefix = `${path.basename(file, '.xlsx')}-`;
    const written = (await fs.readdir(this.out)).filter((w) => w.startsWith(prefix) && w.endsWith('.csv'));
    return new Map(written.map((w) => [w.slice(prefix.length, -4), path.join(this.out, w)]));
  }

  private async forget(file: string): Promise<void> {
    for (const csv of (await this.sheets(file)).values()) await fs.rm(csv);
  }

  /**
   * Converts the files (named so that none is a prefix of another followed by '-'), in one process
   * while it lasts: LibreOffice takes them in order and some files stop it (a crash), so after a stop
   * those written before the last with output are done, that one too if `whole` says its sheets are
   * all there (else it is converted again on its own, as it may have stopped half-written), and the
   * rest go on together; one that stops the process before anything is written is given up.
   * Returns the files converted.
   */
  async convert(
    files: readonly string[],
    whole: (sheets: Map<string, string>) => boolean = () => false,
  ): Promise<Set<string>> {
    const done = new Set<string>();
    let queue = files;
    while (queue.length) {
      const code = await this.run(['--convert-to', CSV, '--outdir', this.out, ...queue]);
      const written = await Promise.all(queue.map(async (f) => (await this.sheets(f)).size > 0));
      const last = code === 0 ? queue.length : written.lastIndexOf(true);
      queue.slice(0, Math.max(0, last)).forEach((f, i) => {
        if (written[i]) done.add(f);
      });
      if (code === 0) break;
      if (last < 0) {
        await this.forget(queue[0]);
        queue = queue.slice(1);
        continue;
      }
      if (whole(await this.sheets(queue[last]))) done.add(queue[last]);
      else {
        await this.forget(queue[last]);
        if ((await this.run(['--convert-to', CSV, '--outdir', this.out, queue[last]])) === 0) done.add(queue[last]);
        else await this.forget(queue[last]);
      }
      queue = queue.slice(last + 1);
    }
    return done;
  }
}

/** A prepared copy: the real workbook it came from, the annotated copy, and what it should show. */
interface Copy {
  readonly file: string;
  readonly input: string;
  readonly copy: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly report: ReportJson;
}

/** What is wrong with how LibreOffice shows the copy: null when its labels and Narrative sheet are as written. */
async function copyProblem(c: Copy, sheets: Map<string, string>): Promise<string | null> {
  const rows = async (sheet: string) => csvRows(await fs.readFile(sheets.get(sheet)!, 'utf8'));
  if (!sheets.has(c.sheet)) return `no sheet '${c.sheet}'`;
  if (!sheets.has('Narrative')) return 'no Narrative sheet';
  const period = c.report.period ?? '';
  // The labels: in the column right of the added table (F), on each indicator's row, under a heading.
  const table = await rows(c.sheet);
  const cell = (row: number, col: number) => table[row - 1]?.[col] ?? '';
  const wrong: string[] = [];
  if (cell(c.headerRow, 5) !== `RAG ${period}`)
    wrong.push(`F${c.headerRow} reads '${cell(c.headerRow, 5)}' where 'RAG ${period}'`);
  ADDED_TABLE.forEach((t, i) => {
    const r = c.headerRow + 1 + i;
    const word = t.rag.charAt(0).toUpperCase() + t.rag.slice(1);
    if (cell(r, 0) !== t.name) wrong.push(`A${r} reads '${cell(r, 0)}' where '${t.name}'`);
    if (cell(r, 5) !== word) wrong.push(`F${r} reads '${cell(r, 5)}' where '${word}'`);
  });
  if (wrong.length) return `labels: ${wrong.join('; ')}`;
  // The Narrative sheet's first lines: the title block and the counts by rating.
  const s = c.report.summary;
  const expected = [
    ['Scorecard narrative'],
    [`Period: ${period}`],
    [`Drafted from ${path.basename(c.input)}`],
    [],
    ['Indicators by rating'],
    ['Green', String(s.green)],
    ['Amber', String(s.amber)],
    ['Red', String(s.red)],
    ['No target', String(s.noTarget)],
    ...(s.toCheck ? [['To check', String(s.toCheck)]] : []),
    ['No data', String(s.noData)],
  ];
  const narrative = await rows('Narrative');
  // Each line without the empty cells at its end.
  const shown = expected.map((_, i) => {
    const row = [...(narrative[i] ?? [])];
    while (row.length && !row[row.length - 1]) row.pop();
    return row;
  });
  const differ = expected
    .map((line, i) =>
      line.join(',') === shown[i].join(',')
        ? null
        : `line ${i + 1} reads '${shown[i].join(',')}' where '${line.join(',')}'`,
    )
    .filter((d) => d !== null);
  return differ.length ? `Narrative sheet: ${differ.join('; ')}` : null;
}

/**
 * Annotates each workbook (given an indicator table first) and opens every copy in LibreOffice:
 * for each, whether it opened with the labels and the Narrative sheet a person expects.
 */
export async function checkInLibreOffice(files: readonly string[]): Promise<LibreOfficeResult[]> {
  const office = libreOffice();
  if (!office) throw new Error('LibreOffice (soffice) is not installed');
  if (office.version[0] * 100 + office.version[1] < FIRST_VERSION[0] * 100 + FIRST_VERSION[1])
    throw new Error(
      `LibreOffice ${office.version.join('.')} writes only a workbook's first sheet to CSV: ${FIRST_VERSION.join('.')} or later is needed`,
    );
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'libreoffice-'));
  try {
    // LibreOffice sets up its profile while the copies are made.
    const converter = Converter.make(dir, office.program, office.version);
    converter.catch(() => undefined); // awaited below: not an unhandled rejection meanwhile
    const copies: Copy[] = [];
    const results = new Map<string, LibreOfficeResult>();
    for (const file of files) {
      const prepared = await addIndicatorTable(await fs.readFile(file));
      const input = path.join(dir, `in-${path.basename(file)}`);
      await fs.writeFile(input, prepared.bytes);
      const copy = path.join(dir, `c${copies.length}.xlsx`);
      const r = await runReport({ workbook: input, format: 'json', out: copy });
      if (r.exitCode !== 0) results.set(file, { file, problem: `the CLI exited ${r.exitCode}: ${r.stderr.join(' ')}` });
      else copies.push({ ...prepared, file, input, copy, report: JSON.parse(r.stdout) as ReportJson });
    }
    const lo = await converter;
    // A copy's Narrative sheet is its last: written, the copy was written whole.
    const opened = await lo.convert(
      copies.map((c) => c.copy),
      (sheets) => sheets.has('Narrative'),
    );
    // A copy LibreOffice cannot open is ours to mend only if it opens the workbook we were given.
    const unopened = copies.filter((c) => !opened.has(c.copy));
    const inputs = new Map(unopened.map((c) => [path.join(dir, `${path.basename(c.copy, '.xlsx')}in.xlsx`), c]));
    for (const [input, c] of inputs) await fs.copyFile(c.input, input);
    const inputsOpened = await lo.convert([...inputs.keys()]);
    for (const [input, c] of inputs) {
      const inputOpens = inputsOpened.has(input);
      results.set(c.file, {
        file: c.file,
        problem: inputOpens ? 'LibreOffice could not open the copy' : null,
        inputFails: !inputOpens,
      });
    }
    for (const c of copies)
      if (opened.has(c.copy))
        results.set(c.file, { file: c.file, problem: await copyProblem(c, await lo.sheets(c.copy)) });
    return files.map((f) => results.get(f)!);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
