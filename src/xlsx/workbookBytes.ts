/**
 * The bytes of a workbook file, checked before anything reads them as a workbook: a regular file
 * within the size limit, a zip by its first bytes (else a message saying what it is: text, CSV, a
 * PDF, an encrypted workbook or an old .xls), and parts that unpack to no more than the limits
 * (see readLimits.ts) — a zip bomb is refused having cost only the counting.
 */
import {
  BoundedReadError,
  checkDeclaredSizes,
  checkZipSizes,
  describePart,
  MAX_FILE_BYTES,
  megabytes,
  readRegularFile,
  type ZipSizeProblem,
} from './readLimits';
import { fsReason, workbookError } from './workbookError';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Buffer, sig: readonly number[]) =>
  buf.length >= sig.length && sig.every((b, i) => buf[i] === b);

/** What a file that is not a zip looks like, for the message. */
function describeNonZip(buf: Buffer): string {
  const head = buf.subarray(0, 512).toString('latin1');
  const text = 'it is a plain text file (perhaps CSV); open it in Excel and save it as .xlsx';
  if (head.startsWith('%PDF')) return 'it is a PDF document';
  if (head.startsWith('\xFF\xFE') || head.startsWith('\xFE\xFF')) return text; // UTF-16, as Excel saves "Unicode text"
  if (/^\s*<(\?xml|html|!doctype)/i.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '')))
    return 'it is an XML or web page file';
  const printable = [...head].filter((ch) => /[\t\n\r\x20-\x7E\x80-\xFF]/.test(ch)).length;
  if (printable >= head.length * 0.95) return text;
  return 'its contents are not in the .xlsx format';
}

/** Checks the first bytes, so that a wrong kind of file gets a clear message rather than a zip error. */
function checkSignature(buf: Buffer, file: string): void {
  if (buf.length === 0) throw workbookError('empty', file);
  if (startsWith(buf, ZIP)) return;
  if (startsWith(buf, CFB)) throw workbookError('encrypted-or-xls', file);
  if (startsWith(buf, EMPTY_ZIP)) throw workbookError('corrupt', file);
  throw workbookError('not-xlsx', file, describeNonZip(buf));
}

/** The error for a zip whose sizes are beyond the limits, or that says one size and unpacks to another. */
function sizeError(file: string, zip: Buffer, problem: ZipSizeProblem): Error {
  switch (problem.kind) {
    case 'part-too-large':
      return workbookError(
        'too-large',
        file,
        `${describePart(zip, problem.part)} unpacks to more than ${megabytes(problem.limit)}, the most read of one sheet or part`,
      );
    case 'total-too-large':
      return workbookError(
        'too-large',
        file,
        `its parts unpack to more than ${megabytes(problem.limit)} in all, the most read of one workbook`,
      );
    case 'part-larger-than-declared':
      return workbookError(
        'corrupt',
        file,
        `${describePart(zip, problem.part)} unpacks to more than the ${problem.declared.toLocaleString('en-GB')} bytes its zip directory gives`,
      );
    case 'unreadable':
      return workbookError('corrupt', file);
  }
}

/** The file's bytes: a regular file within the size limit, or a {@link WorkbookError} saying why not. */
async function readInput(file: string): Promise<Buffer> {
  try {
    return await readRegularFile(file, MAX_FILE_BYTES);
  } catch (err) {
    if (err instanceof BoundedReadError) {
      const f = err.failure;
      if (f.kind === 'too-large')
        throw workbookError(
          'too-large',
          file,
          `it is ${megabytes(f.size)}, and the most read is ${megabytes(f.limit)}`,
        );
      throw workbookError(f.what === 'folder' ? 'not-a-file' : 'special-file', file);
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw workbookError('not-found', file);
    if (code === 'EISDIR') throw workbookError('not-a-file', file);
    throw workbookError('unreadable', file, fsReason(err, file));
  }
}

/** The file's bytes, checked as above; a {@link WorkbookError} naming the file says what is wrong. */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  const buf = await readWorkbookZip(file);
  await checkPartSizes(buf, file);
  return buf;
}

/**
 * The file's bytes, checked as {@link readWorkbookBytes} checks them but for the sizes its parts
 * unpack to: only those its directory declares are checked. Whatever unpacks its parts must hold
 * each to its declared size (as `checkedPartBytes` in zipParts.ts does), or call
 * {@link checkPartSizes} first.
 */
export async function readWorkbookZip(file: string): Promise<Buffer> {
  const buf = await readInput(file);
  checkSignature(buf, file);
  const declared = checkDeclaredSizes(buf);
  if (declared) throw sizeError(file, buf, declared);
  return buf;
}

/**
 * Checks that the parts of the workbook in `zip` unpack within the limits and to no more than
 * they declare, counting what they unpack to without keeping it: a zip bomb is refused having
 * cost only the counting. The {@link WorkbookError} says which part is wrong and how.
 */
export async function checkPartSizes(zip: Buffer, file: string): Promise<void> {
  const sizes = await checkZipSizes(zip);
  if (sizes) throw sizeError(file, zip, sizes);
}
