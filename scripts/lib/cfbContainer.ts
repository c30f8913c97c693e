/**
 * Bytes of a small Compound File Binary (OLE2) container holding the two streams a
 * password-protected Office document has ("EncryptionInfo" and "EncryptedPackage", both empty
 * here). Excel saves an encrypted workbook in this container even when it is named .xlsx.
 */

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface DirectoryEntry {
  readonly name: string;
  /** 5 root storage, 2 stream. */
  readonly type: number;
  readonly right: number;
  readonly child: number;
}

function header(): Buffer {
  const h = Buffer.alloc(SECTOR);
  Buffer.from(SIGNATURE).copy(h, 0);
  h.writeUInt16LE(0x003e, 24); // minor version
  h.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  h.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  h.writeUInt16LE(9, 30); // sector size 2^9
  h.writeUInt16LE(6, 32); // mini sector size 2^6
  h.writeUInt32LE(1, 44); // one FAT sector
  h.writeUInt32LE(1, 48); // directory starts at sector 1
  h.writeUInt32LE(0x1000, 56); // mini stream cutoff
  h.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  h.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  h.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) h.writeUInt32LE(FREESECT, 76 + 4 * i);
  return h;
}

function fatSector(): Buffer {
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  return fat;
}

function directorySector(entries: readonly DirectoryEntry[]): Buffer {
  const dir = Buffer.alloc(SECTOR);
  for (let i = 0; i < 4; i++) {
    const at = i * 128;
    dir.writeUInt32LE(NOSTREAM, at + 68);
    dir.writeUInt32LE(NOSTREAM, at + 72);
    dir.writeUInt32LE(NOSTREAM, at + 76);
    const entry = entries[i];
    if (!entry) continue;
    dir.write(entry.name, at, 'utf16le');
    dir.writeUInt16LE((entry.name.length + 1) * 2, at + 64);
    dir.writeUInt8(entry.type, at + 66);
    dir.writeUInt8(1, at + 67); // black
    dir.writeUInt32LE(entry.right, at + 72);
    dir.writeUInt32LE(entry.child, at + 76);
    dir.writeUInt32LE(ENDOFCHAIN, at + 116); // empty: no sectors
  }
  return dir;
}

/** The bytes of an encrypted Office document's container (three 512-byte sectors). */
export function encryptedOfficeContainer(): Buffer {
  return Buffer.concat([
    header(),
    fatSector(),
    directorySector([
      { name: 'Root Entry', type: 5, right: NOSTREAM, child: 1 },
      { name: 'EncryptionInfo', type: 2, right: 2, child: NOSTREAM },
      { name: 'EncryptedPackage', type: 2, right: NOSTREAM, child: NOSTREAM },
    ]),
  ]);
}
