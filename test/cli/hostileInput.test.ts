/**
 * Inputs meant to crash, hang or exhaust the command line, each made here at test time: a zip
 * bomb, `/dev/zero`, a pipe, a table reaching the last column. What the officer sees is checked:
 * exit code 2 and one sentence naming the file (and the sheet), or the report with a warning —
 * never exit 1 or a hang — and the input unchanged. Runs that could hang if the reading regressed
 * are made in a child process with a generous kill timer, so a regression fails rather than hangs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../src/cli/runReport';
import { MAX_FILE_BYTES, MAX_PART_BYTES, MAX_TOTAL_BYTES } from '../../src/xlsx/readLimits';
import { sheetRowsXml, simpleWorkbook, zipEntries, zipParts, type RawCell } from '../../scripts/lib/rawPackage';
import { bombWorkbook } from '../helpers/hostileZips';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'scorecard-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MIB = 1024 * 1024;

/** Writes `bytes` under the temporary folder and gives its path. */
async function put(name: string, bytes: Buffer | string): Promise<string> {
  const file = join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

/** The command line run in a child process, killed after a minute: its exit code (null if killed) and standard error. */
function cli(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** runReport on `file`, checking that the file is unchanged by it. */
async function reportOn(file: string, out?: string): Promise<Awaited<ReturnType<typeof runReport>>> {
  const before = readFileSync(file);
  const result = await runReport({ workbook: file, format: 'text', out });
  expect(readFileSync(file).equals(before)).toBe(true);
  return result;
}

describe('inputs that are not a regular file', () => {
  const fifo = join(dir, 'pipe.xlsx');
  const canFifo = process.platform !== 'win32' && spawnSync('mkfifo', [fifo]).status === 0;
  const linuxOnly = canFifo && process.platform === 'linux' ? it : it.skip;

  linuxOnly(
    'refuses a pipe and /dev/zero, as the workbook or as the configuration, at once and with exit 2',
    async () => {
      const sample = join(ROOT, 'samples', 'northmoor-childrens-scorecard.xlsx');
      const [pipe, zero, pipeConfig, zeroConfig] = await Promise.all([
        cli(['report', fifo]),
        cli(['report', '/dev/zero']),
        cli(['report', sample, '--config', fifo]),
        cli(['report', sample, '--config', '/dev/zero']),
      ]);
      expect(pipe).toEqual({
        code: 2,
        stderr: expect.stringContaining(`'${fifo}' is a device, pipe or socket, not a workbook file`),
      });
      expect(zero).toEqual({ code: 2, stderr: expect.stringContaining("'/dev/zero' is a device, pipe or socket") });
      expect(pipeConfig).toEqual({
        code: 2,
        stderr: expect.stringContaining(`The configuration file ${fifo} is a device, pipe or socket`),
      });
      expect(zeroConfig).toEqual({
        code: 2,
        stderr: expect.stringContaining('The configuration file /dev/zero is a device, pipe or socket'),
      });
    },
    180_000,
  );
});

describe('a zip bomb', () => {
  it('whose sheet inflates past 4 GB while its directory gives the size modulo 4 GB: exit 2, damaged, naming the sheet', async () => {
    // 4,200 MiB of spaces in about 4 MB of zip; a 32-bit size field keeps 4,200 MiB − 4 GiB = 104 MiB of it.
    const declared = (4200 * MIB + 132) % 2 ** 32;
    const file = await put('wrapped.xlsx', bombWorkbook(4200, { declared }));
    const r = await reportOn(file);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toEqual([
      `error: The workbook '${file}' is damaged and cannot be read: the sheet 'Scorecard' (xl/worksheets/sheet1.xml) unpacks to more than the ${declared.toLocaleString('en-GB')} bytes its zip directory gives. Open it in Excel to repair it, then save it again.`,
    ]);
  });

  // Parts small and large, read and not read by the reader, are each unpacked in their own way: each is held to its size.
  it.each([
    ['a part the reader reads, declared small (its styles)', 'xl/styles.xml', 1000],
    ['a part the reader does not read (an image), declared small', 'xl/media/image1.png', 1000],
    ['a part the reader does not read (an image), declared large', 'xl/media/image1.png', 1_000_000],
  ])('in %s: refused as damaged, naming the part', async (_what, part, declared) => {
    const file = await put(`bomb-${declared}-${part.replace(/\W/g, '-')}.xlsx`, bombWorkbook(64, { declared, part }));
    const r = await reportOn(file);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toEqual([
      `error: The workbook '${file}' is damaged and cannot be read: the part ${part} unpacks to more than the ${declared.toLocaleString('en-GB')} bytes its zip directory gives. Open it in Excel to repair it, then save it again.`,
    ]);
  });

  it('whose sheet says (in zip64) that it is over 4 GB: refused as too large before anything is unpacked, in a child process too', async () => {
    const file = await put('zip64.xlsx', bombWorkbook(4200, { zip64: true }));
    const sentence = `error: The workbook '${file}' is too large to read: the sheet 'Scorecard' (xl/worksheets/sheet1.xml) unpacks to more than 500 MB, the most read of one sheet or part.`;
    const r = await reportOn(file);
    expect(r.exitCode).toBe(2);
    expect(r.stderr[0]).toMatch(
      new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} A scorecard is far smaller`),
    );
    expect(await cli(['report', file])).toEqual({ code: 2, stderr: expect.stringContaining(sentence) });
  }, 180_000);

  it('whose sheet declares more than the limit for one part (500 MB), in a plain zip', async () => {
    const file = await put('declared.xlsx', bombWorkbook(1, { declared: MAX_PART_BYTES + 1 }));
    const r = await reportOn(file);
    expect(r.exitCode).toBe(2);
    expect(r.stderr[0]).toContain("is too large to read: the sheet 'Scorecard' (xl/worksheets/sheet1.xml) unpacks");
  });

  it('whose parts each stay under the limit but together pass 1 GB', async () => {
    const parts = simpleWorkbook([{ name: 'Scorecard', rowsXml: '' }]).map((p) => ({
      name: p.name,
      method: 0 as const,
      stored: Buffer.from(p.data),
      size: Buffer.byteLength(p.data),
      crc: 0,
    }));
    const big = (name: string) => ({ name, method: 8 as const, stored: Buffer.from([3, 0]), size: 400 * MIB, crc: 0 });
    const file = await put(
      'total.xlsx',
      zipEntries([...parts, big('xl/media/a.bin'), big('xl/media/b.bin'), big('xl/media/c.bin')]),
    );
    const r = await reportOn(file);
    expect(r.exitCode).toBe(2);
    expect(r.stderr[0]).toContain('is too large to read: its parts unpack to more than 1,024 MB in all');
  });
});

describe('a file larger than the tool reads', () => {
  it('is refused by its size on disk, with the size and the limit, without reading it', async () => {
    const file = join(dir, 'huge.xlsx');
    // A sparse file: its size is on the disk's books, its bytes are not.
    await fs.writeFile(file, 'PK\x03\x04');
    await fs.truncate(file, MAX_FILE_BYTES + MIB);
    const r = await reportOn(file);
    expect(r).toMatchObject({
      exitCode: 2,
      stderr: [
        `error: The workbook '${file}' is too large to read: it is 257 MB, and the most read is 256 MB. A scorecard is far smaller: check that this is the right file, or save a copy holding only the scorecard's sheets and run on that.`,
      ],
    });
  });

  it('has its limits in the README as in the code', () => {
    const docs = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect([MAX_FILE_BYTES, MAX_PART_BYTES, MAX_TOTAL_BYTES].map((b) => b / MIB)).toEqual([256, 500, 1024]);
    for (const figure of ['256 MB', '500 MB', '1,024 MB', '1 MB']) expect(docs).toContain(figure);
  });
});

describe('a table reaching the last column', () => {
  const header = ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24'];
  const rows: RawCell[][] = [
    header,
    ['K1', 'Rent collected (%)', 'Higher', 98, 97, 98.4],
    ['K2', 'Days to re-let', 'Lower', 28, 30, 35],
  ];

  it.each([
    ['in XFA:XFD', 16_379, 'XFD1'],
    ['16,384 columns wide (a note in each column of its header row to XFD)', 1, 'XFD1'],
  ])('%s: reported, annotated without labels, with a warning naming the cell', async (_what, firstCol, cell) => {
    const cells =
      firstCol === 1 ? [...rows[0], ...Array.from({ length: 16_384 - 6 }, (_, i) => `note ${i + 1}`)] : rows[0];
    const sheet = sheetRowsXml([cells, ...rows.slice(1)], '', firstCol);
    const file = await put(`edge-${firstCol}.xlsx`, zipParts(simpleWorkbook([{ name: 'Scorecard', rowsXml: sheet }])));
    const out = join(dir, `edge-${firstCol}.out.xlsx`);
    const r = await reportOn(file, out);
    expect(r.exitCode).toBe(0);
    expect(r.report?.items.map((i) => [i.indicator.name, i.rating.rag])).toEqual([
      ['Rent collected (%)', 'green'],
      ['Days to re-let', 'red'],
    ]);
    expect(r.stderr).toContain(
      `warning: Scorecard!${cell}: there is no empty column right of this table before XFD, the last column a sheet has, so its RAG labels were not written; the RAG colours still apply.`,
    );
    expect(r.stderr).toContain(`Wrote ${out}.`);
  });
});
