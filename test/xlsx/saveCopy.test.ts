import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/xlsx/readWorkbook';
import { saveCopy } from '../../src/xlsx/writeAnnotated';
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
