/**
 * Makes a zip archive byte-for-byte reproducible by stamping every entry with one fixed
 * modification time. The archive writer stamps entries with the current local time, so two
 * builds of the same workbook would otherwise differ in their bytes though not in their content.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** MS-DOS time: bits 15–11 hours, 10–5 minutes, 4–0 seconds ÷ 2. */
function dosTime(when: Date): number {
  return (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2);
}

/** MS-DOS date: bits 15–9 years since 1980, 8–5 month, 4–0 day. */
function dosDate(when: Date): number {
  return ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
}

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let p = zip.length - 22; p >= 0; p--) {
    if (zip.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY) return p;
  }
  throw new Error('stampZipEntries: the buffer is not a zip archive (no end of central directory).');
}

/**
 * Returns a copy of `zip` with every entry's modification time set to `when` (UTC), in both the
 * central directory and the local file headers. Throws when the buffer is not a zip archive.
 */
export function stampZipEntries(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const end = findEndOfCentralDirectory(out);
  const count = out.readUInt16LE(end + 10);
  const time = dosTime(when);
  const date = dosDate(when);
  let p = out.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(p) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new Error(`stampZipEntries: central directory entry ${i} is malformed.`);
    }
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL_FILE_HEADER) {
      throw new Error(`stampZipEntries: local header of entry ${i} is malformed.`);
    }
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
