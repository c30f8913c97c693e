/**
 * Opening annotated copies in LibreOffice (headless), as an officer without Excel would: each copy
 * is converted to CSV, one file a sheet, and the added indicator table must show its RAG labels and
 * the Narrative sheet must be there. All the copies go through one LibreOffice process, as starting
 * it is most of the cost.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReport } from '../../src/cli/runReport';
import { ADDED_TABLE, addIndicatorTable } from './realWorkbooks';

/** The LibreOffice program, or null when it is not installed. */
export function sofficePath(): string | null {
  for (const p of ['soffice', 'libreoffice']) if (spawnSync(p, ['--version']).status === 0) return p;
  return null;
}

export interface LibreOfficeResult {
  readonly file: string;
  /** Null when LibreOffice opened the copy and showed the labels and the Narrative sheet; else what was wrong. */
  readonly problem: string | null;
  /** LibreOffice could not open the workbook given either (then the copy is not held against us). */
  readonly inputFails?: boolean;
}

/** CSV text as rows of fields (quoted fields with commas and doubled quotes). */
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

/**
 * Annotates each workbook (given an indicator table first) and opens every copy in LibreOffice:
 * for each, whether it opened with the labels a person expects beside the added table.
 */
export async function checkInLibreOffice(files: readonly string[]): Promise<LibreOfficeResult[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice is not installed');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'libreoffice-'));
  try {
    const copies: { file: string; copy: string; sheet: string; input: string }[] = [];
    const results: LibreOfficeResult[] = [];
    for (const file of files) {
      const prepared = await addIndicatorTable(await fs.readFile(file));
      const input = path.join(dir, `in-${path.basename(file)}`);
      await fs.writeFile(input, prepared.bytes);
      const copy = path.join(dir, `c${copies.length}_.xlsx`);
      const r = await runReport({ workbook: input, format: 'text', out: copy });
      if (r.exitCode !== 0) results.push({ file, problem: `the CLI exited ${r.exitCode}: ${r.stderr.join(' ')}` });
      else copies.push({ file, copy, sheet: prepared.sheet, input });
    }
    const out = path.join(dir, 'csv');
    await fs.mkdir(out);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const convert = (list: readonly string[]) =>
      spawnSync(
        soffice,
        [
          profile,
          '--headless',
          '--norestore',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          ...list,
        ],
        { stdio: 'ignore' },
      );
    // A fresh profile is set up by a first start that may end the process early: start it once on its own.
    spawnSync(soffice, [profile, '--headless', '--norestore', '--terminate_after_init'], { stdio: 'ignore' });
    convert(copies.map((c) => c.copy));
    const opened = (c: { copy: string }, written: readonly string[]) =>
      written.some((w) => w.startsWith(`${path.basename(c.copy, '.xlsx')}-`));
    // The process stops at a file it cannot open: that one is tried again on its own, and the rest together again.
    const alone = new Set<string>();
    for (;;) {
      const done = await fs.readdir(out);
      const pending = copies.filter((c) => !opened(c, done) && !alone.has(c.copy));
      if (!pending.length) break;
      alone.add(pending[0].copy);
      convert([pending[0].copy]);
      if (pending.length > 1) convert(pending.slice(1).map((c) => c.copy));
    }
    // A copy LibreOffice cannot open is ours to mend only if it opens the workbook we were given.
    for (const c of copies) {
      if (opened(c, await fs.readdir(out))) continue;
      const input = path.join(dir, `${path.basename(c.copy, '.xlsx')}in.xlsx`);
      await fs.copyFile(c.input, input);
      convert([input]);
    }
    const written = await fs.readdir(out);
    for (const c of copies) {
      const base = path.basename(c.copy, '.xlsx');
      const sheetCsv =
        written.find((w) => w === `${base}-${c.sheet}.csv`) ??
        (written.filter((w) => w.startsWith(`${base}-`)).length === 1 ? `${base}-${c.sheet}.csv` : undefined);
      const narrative = written.some((w) => w.startsWith(`${base}-Narrative`));
      if (!written.some((w) => w.startsWith(`${base}-`))) {
        const inputOpens = written.some((w) => w.startsWith(`${base}in-`));
        results.push({
          file: c.file,
          problem: inputOpens ? 'LibreOffice could not open the copy' : null,
          inputFails: !inputOpens,
        });
        continue;
      }
      const rows = sheetCsv ? csvRows(await fs.readFile(path.join(out, sheetCsv), 'utf8')) : [];
      const wrong = ADDED_TABLE.filter((t) => {
        const row = rows.find((r) => r[0] === t.name);
        const word = t.rag.charAt(0).toUpperCase() + t.rag.slice(1);
        return !row || row[5] !== word;
      }).map((t) => t.name);
      const problem = !narrative
        ? 'no Narrative sheet'
        : !sheetCsv
          ? `no sheet '${c.sheet}'`
          : wrong.length
            ? `labels missing or wrong for ${wrong.length} indicators`
            : null;
      results.push({ file: c.file, problem });
    }
    return results;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
