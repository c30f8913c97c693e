import { randomBytes } from 'crypto';
import { promises as fs, type Stats } from 'fs';
import * as path from 'path';
import type { Workbook } from 'exceljs';
import { fsReason, workbookError } from './workbookError';

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** The canonical path of a file that may not exist yet: its folder's real path plus its name. */
async function canonical(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * True when `outPath` names the same file as `inputPath`: the same inode (hard links, symbolic links,
 * a name differing only in case on a case-insensitive disk), or the same canonical path.
 */
export async function isSameFile(inputPath: string, outPath: string): Promise<boolean> {
  const [a, b] = await Promise.all([statOrNull(inputPath), statOrNull(outPath)]);
  if (a && b && a.ino !== 0 && a.dev === b.dev && a.ino === b.ino) return true;
  const [ca, cb] = await Promise.all([canonical(inputPath), canonical(outPath)]);
  if (ca === cb) return true;
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive && ca.toLowerCase() === cb.toLowerCase();
}

/**
 * Saves `wb` as `outPath`: written to a temporary file beside it, then renamed into place, so a
 * failure never leaves half a workbook. Refuses (a {@link WorkbookError} with code "same-file") when
 * `outPath` is the input workbook under any name; never opens the input for writing.
 */
export async function saveCopy(wb: Workbook, inputPath: string, outPath: string): Promise<void> {
  if (await isSameFile(inputPath, outPath)) throw workbookError('same-file', outPath);
  const target = await statOrNull(outPath);
  if (target?.isDirectory()) throw workbookError('not-a-file', outPath);
  const abs = path.resolve(outPath);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, abs);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const reason = (err as NodeJS.ErrnoException).code ? fsReason(err, outPath) : `the workbook could not be assembled: ${(err as Error).message}`;
    throw workbookError('write-failed', outPath, reason);
  }
}
