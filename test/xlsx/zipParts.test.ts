import { inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { deflateStoredZip } from '../../src/xlsx/zipParts';
import { workbookBytes } from '../../src/xlsx/saveCopy';
import { buildScorecard } from './scorecardFixture';

/** Every entry of a zip as name → bytes, in order. */
async function contents(bytes: Buffer): Promise<[string, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    Object.values(zip.files).map(async (f): Promise<[string, Buffer]> => [f.name, await f.async('nodebuffer')]),
  );
}

/** The compression method of each entry, read from the central directory. */
function methods(bytes: Buffer): Record<string, number> {
  const out: Record<string, number> = {};
  let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (at >= 0 && bytes.readUInt32LE(at) === 0x02014b50) {
    const nameLength = bytes.readUInt16LE(at + 28);
    out[bytes.toString('utf8', at + 46, at + 46 + nameLength)] = bytes.readUInt16LE(at + 10);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return out;
}

async function storedZip(
  files: Record<string, string | Buffer>,
  options: Pick<JSZip.JSZipGeneratorOptions, 'compression' | 'streamFiles'> = {},
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', ...options });
}

describe('deflateStoredZip', () => {
  it('deflates each stored entry, keeping names, order and contents', async () => {
    const text = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(500);
    const stored = await storedZip({
      'xl/worksheets/sheet1.xml': text,
      'docProps/app.xml': '<x/>'.repeat(50),
      'ünïcode/naïve.xml': 'é'.repeat(300),
    });
    const packed = (await deflateStoredZip(stored))!;
    expect(packed.length).toBeLessThan(stored.length / 10);
    expect(await contents(packed)).toEqual(await contents(stored));
    expect(methods(packed)).toEqual({
      'xl/': 0,
      'xl/worksheets/': 0,
      'xl/worksheets/sheet1.xml': 8,
      'docProps/': 0,
      'docProps/app.xml': 8,
      'ünïcode/': 0,
      'ünïcode/naïve.xml': 8,
    });
  });

  it('leaves stored what would not get smaller, and folders as they are', async () => {
    const noise = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 151 + 7) % 256));
    const zip = new JSZip();
    zip.folder('xl')!.file('media/image1.bin', noise);
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const packed = (await deflateStoredZip(stored))!;
    expect(methods(packed)).toEqual({ 'xl/': 0, 'xl/media/': 0, 'xl/media/image1.bin': 0 });
    expect(await contents(packed)).toEqual(await contents(stored));
  });

  it('copies entries that are compressed already, and reads zips whose sizes follow the data', async () => {
    const files = { 'a.xml': '<a/>'.repeat(400), 'b.xml': '<b/>'.repeat(400) };
    const deflated = await storedZip(files, { compression: 'DEFLATE', streamFiles: true });
    expect(deflated.readUInt16LE(6) & 0x0008).toBe(0x0008);
    const packed = (await deflateStoredZip(deflated))!;
    expect(await contents(packed)).toEqual(await contents(deflated));
    // Without data descriptors: the sizes are in each local header, as every reader expects.
    const firstData = 30 + 'a.xml'.length;
    expect(packed.readUInt16LE(6) & 0x0008).toBe(0);
    expect(inflateRawSync(packed.subarray(firstData, firstData + packed.readUInt32LE(18))).toString()).toBe(
      files['a.xml'],
    );
  });

  it('says null for what is not a zip it can read', async () => {
    expect(await deflateStoredZip(Buffer.from('not a zip at all'))).toBeNull();
    const stored = await storedZip({ 'a.xml': '<a/>' });
    const broken = Buffer.from(stored);
    broken.writeUInt32LE(0, broken.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(await deflateStoredZip(broken)).toBeNull();
  });
});

describe('workbookBytes', () => {
  it('is a workbook exceljs reads back as written, no larger than exceljs compresses it', async () => {
    const wb = buildScorecard();
    const ours = await workbookBytes(wb);
    const theirs = Buffer.from(await wb.xlsx.writeBuffer());
    expect(ours.length).toBeLessThanOrEqual(theirs.length * 1.01);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(ours as unknown as ExcelJS.Buffer);
    const cells = (w: ExcelJS.Workbook) =>
      w.worksheets.map((ws) => ws.getSheetValues().map((row) => JSON.stringify(row)));
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.load(theirs as unknown as ExcelJS.Buffer);
    expect(cells(back)).toEqual(cells(reference));
    expect(Object.values(methods(ours)).filter((m) => m === 8).length).toBeGreaterThan(5);
  });
});
