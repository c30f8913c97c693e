import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/xlsx/readWorkbook';
import { saveCopy, startSaveBytes } from '../../src/xlsx/writeAnnotated';
import { keptEntry, readZip, streamedEntry, zipBytes, type ZipEntry } from '../../src/xlsx/zipParts';
import { WorkbookError } from '../../src/xlsx/workbookError';
import { buildScorecard, tempDir } from './scorecardFixture';

let dir: string;
let input: string;
let original: Buffer;
beforeAll(async () => {
  dir = await tempDir();
  input = path.join(dir, 'scorecard.xlsx');
  await buildScorecard().xlsx.writeFile(input);
  original = await fs.readFile(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function refusal(outPath: string): Promise<WorkbookError> {
  const wb = await loadWorkbook(input);
  wb.getWorksheet('Scorecard')!.getCell('A2').value = 'changed';
  const err = await saveCopy(wb, input, outPath).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookError);
  expect(await fs.readFile(input)).toEqual(original);
  return err as WorkbookError;
}

describe('saveCopy', () => {
  it('refuses to write over the input, by the same path or another spelling of it', async () => {
    const err = await refusal(input);
    expect(err.code).toBe('same-file');
    expect(err.message).toBe(
      `The output '${input}' is the input workbook itself: choose another file name, so that the original is never overwritten.`,
    );
    expect((await refusal(path.join(dir, '.', 'sub', '..', 'scorecard.xlsx'))).code).toBe('same-file');
    const relative = path.relative(process.cwd(), input);
    expect((await refusal(relative)).code).toBe('same-file');
  });

  it('refuses a symbolic link or a hard link to the input', async () => {
    const sym = path.join(dir, 'link-to-scorecard.xlsx');
    await fs.symlink(input, sym);
    expect((await refusal(sym)).code).toBe('same-file');
    const hard = path.join(dir, 'hard-link.xlsx');
    await fs.link(input, hard);
    expect((await refusal(hard)).code).toBe('same-file');
  });

  it('refuses the input reached through a linked folder', async () => {
    const linkedDir = path.join(dir, 'linked-folder');
    await fs.symlink(dir, linkedDir);
    expect((await refusal(path.join(linkedDir, 'scorecard.xlsx'))).code).toBe('same-file');
  });

  it('writes a readable copy, replacing an older copy, and leaves no temporary file behind', async () => {
    const out = path.join(dir, 'copy.xlsx');
    await fs.writeFile(out, 'an older copy');
    const wb = await loadWorkbook(input);
    wb.getWorksheet('Scorecard')!.getCell('A2').value = 'annotated';
    await saveCopy(wb, input, out);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet('Scorecard')!.getCell('A2').value).toBe('annotated');
    expect(await fs.readFile(input)).toEqual(original);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says so in one sentence when the folder does not exist, or the output is a folder', async () => {
    const wb = await loadWorkbook(input);
    const missing = path.join(dir, 'no-such-folder', 'copy.xlsx');
    await expect(saveCopy(wb, input, missing)).rejects.toMatchObject({
      code: 'write-failed',
      message: `The annotated copy could not be saved as '${missing}' (the folder '${path.dirname(missing)}' does not exist).`,
    });
    await expect(saveCopy(wb, input, dir)).rejects.toMatchObject({ code: 'not-a-file' });
  });
});

describe('startSaveBytes, given a zip part by part', () => {
  const when = new Date(2024, 0, 1);
  const entries = (): Promise<ZipEntry>[] => {
    const [first, ...rest] = readZip(original)!;
    return [
      streamedEntry(first.name, ['<changed/>'.repeat(1000)], first, when),
      ...rest.map((part) => Promise.resolve(keptEntry(part))),
      streamedEntry('xl/worksheets/new.xml', ['<worksheet/>'], null, when),
    ];
  };

  it('writes the zip its parts make, in place of an older copy, and leaves no temporary file behind', async () => {
    const out = path.join(dir, 'streamed.xlsx');
    await fs.writeFile(out, 'an older copy');
    const zip = { entries: entries(), end: original.subarray(original.length - 22) };
    await (await startSaveBytes(input, out, async () => ({ zip }))).finish();
    expect((await fs.readFile(out)).equals(await zipBytes(zip))).toBe(true);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says the copy could not be assembled when a part fails, keeping the older copy', async () => {
    const out = path.join(dir, 'failed.xlsx');
    await fs.writeFile(out, 'an older copy');
    const failing = entries();
    const broken = Promise.reject(new Error('deflate went wrong'));
    broken.catch(() => undefined); // as patchCopy does: the failure is the writer's to report
    failing.splice(1, 0, broken);
    const copy = await startSaveBytes(input, out, async () => ({ zip: { entries: failing } }));
    await expect(copy.finish()).rejects.toMatchObject({ code: 'write-failed' });
    await expect(copy.finish()).rejects.toThrow(/could not be assembled: deflate went wrong/);
    expect(await fs.readFile(out, 'utf8')).toBe('an older copy');
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
