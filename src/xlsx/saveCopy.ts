import { constants as fsConstants, promises as fs, type Stats } from 'fs';
import * as path from 'path';
import type { Workbook } from 'exceljs';
import { mendRebuilt } from './rebuiltFixes';
import { fsReason, workbookError } from './workbookError';
import { deflateStoredZip, type PendingZip, writeZip } from './zipParts';

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
 * Assembles the workbook's parts uncompressed (exceljs, on this thread) and sets them compressing:
 * deflated at zlib's usual level 6 as exceljs would, but by Node's zlib in its thread pool
 * ({@link deflateStoredZip}). Returns once the compression is under way.
 */
async function startPacking(
  wb: Workbook,
  narrativeFingerprint?: string,
): Promise<{ readonly packed: Promise<Buffer> }> {
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const packed = deflateStoredZip(
    mendRebuilt(Buffer.isBuffer(stored) ? stored : Buffer.from(stored), narrativeFingerprint),
  );
  return { packed: packed.then(async (bytes) => bytes ?? Buffer.from(await wb.xlsx.writeBuffer())) };
}

/** The workbook as .xlsx bytes, compressed as {@link startPacking} says, with the Narrative sheet's fingerprint if given. */
export async function workbookBytes(wb: Workbook, narrativeFingerprint?: string): Promise<Buffer> {
  return (await startPacking(wb, narrativeFingerprint)).packed;
}

/**
 * A copy assembled and being compressed, its temporary file made: `finish` (which must be called,
 * and may be called again for the same outcome) writes it and renames it into place.
 */
export interface PendingCopy {
  finish(): Promise<void>;
}

/**
 * Starts saving `wb` as `outPath` as {@link saveCopy} does, returning once the workbook is assembled
 * and its compression is running in Node's thread pool, so that this thread can do other work (the
 * CLI prints its report) before `finish` writes the file. `narrativeFingerprint`: that of the
 * Narrative sheet written ({@link writeNarrativeSheet}), kept in the file for the next run.
 */
export async function startSaveCopy(
  wb: Workbook,
  inputPath: string,
  outPath: string,
  narrativeFingerprint?: string,
): Promise<PendingCopy> {
  return startSaveBytes(inputPath, outPath, () => startPacking(wb, narrativeFingerprint));
}

/** The bytes to save: a zip whose parts are written out as each is ready, or the whole file at once. */
export type CopyBytes = { readonly zip: PendingZip } | { readonly packed: Promise<Buffer> };

/**
 * Starts saving the bytes `start` gives (`zip`, written part by part as each part is compressed,
 * or `packed`, perhaps still being compressed) as `outPath`, beside and never over `inputPath`:
 * checked first, and the temporary file beside it made, so that a folder that does not exist or
 * may not be written to is said before anything else is done; then written by `finish` into that
 * file, which is renamed into place (or removed, if the copy fails).
 */
export async function startSaveBytes(
  inputPath: string,
  outPath: string,
  start: () => Promise<CopyBytes>,
): Promise<PendingCopy> {
  if (await isSameFile(inputPath, outPath)) throw workbookError('same-file', outPath);
  const target = await statOrNull(outPath);
  if (target?.isDirectory()) throw workbookError('not-a-file', outPath);
  // A read-only file is the officer's way of keeping it: never replaced, though the folder would allow it.
  const readOnly =
    target &&
    ((target.mode & 0o222) === 0 ||
      (await fs.access(outPath, fsConstants.W_OK).then(
        () => false,
        () => true,
      )));
  if (readOnly) throw workbookError('write-failed', outPath, 'the file is read-only');
  const failed = (err: unknown) => {
    const reason = (err as NodeJS.ErrnoException).code
      ? fsReason(err, outPath)
      : `the workbook could not be assembled: ${(err as Error).message}`;
    return workbookError('write-failed', outPath, reason);
  };
  const abs = path.resolve(outPath);
  // Four random bytes from the Web Crypto global, read only here: importing Node's crypto module
  // would load it (sixteen of its internal modules) into every run, a copy written or not.
  const random = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString('hex');
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${random}.tmp`);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(tmp, 'wx');
  } catch (err) {
    throw failed(err);
  }
  /** Closes and removes the temporary file, and gives the failure to report. */
  const abandon = async (err: unknown) => {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    return failed(err);
  };
  let bytes: CopyBytes;
  try {
    bytes = await start();
  } catch (err) {
    throw await abandon(err);
  }
  if (!('zip' in bytes)) bytes.packed.catch(() => undefined); // a failure is reported by finish(), not as an unhandled rejection
  const write = async (chunk: Buffer) => {
    for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at)).bytesWritten;
  };
  let finished: Promise<void> | undefined;
  return {
    finish() {
      finished ??= (async () => {
        try {
          if ('zip' in bytes) await writeZip(bytes.zip, write);
          else await write(await bytes.packed);
          await handle.close();
          await fs.rename(tmp, abs);
        } catch (err) {
          throw await abandon(err);
        }
      })();
      return finished;
    },
  };
}

/**
 * Saves `wb` as `outPath`: written to a temporary file beside it, then renamed into place, so a
 * failure never leaves half a workbook. Refuses (a {@link WorkbookError} with code "same-file") when
 * `outPath` is the input workbook under any name; never opens the input for writing.
 */
export async function saveCopy(
  wb: Workbook,
  inputPath: string,
  outPath: string,
  narrativeFingerprint?: string,
): Promise<void> {
  await (await startSaveCopy(wb, inputPath, outPath, narrativeFingerprint)).finish();
}
