import { inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  assembleZip,
  deflateStoredZip,
  keptEntry,
  packedEntry,
  readZip,
  streamedEntry,
  writeZip,
  type ZipEntry,
} from '../../src/xlsx/zipParts';
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

describe('streamedEntry', () => {
  const when = new Date(2024, 4, 6, 10, 30);
  /** What the same text joined gives when compressed in one go. */
  const joined = (name: string, pieces: readonly string[]) =>
    packedEntry(name, Buffer.from(pieces.join(''), 'utf8'), null, when);

  it('compresses text given in pieces to the very entry it gives the text whole, in one go', async () => {
    const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Café № ${i} — €</t></is></c></row>`;
    const pieces: string[] = [];
    for (let i = 1; i <= 30_000; i++) pieces.push(row(i));
    // A piece much longer than a batch, of characters outside the basic plane (two UTF-16 units each) and of three-byte ones.
    pieces.push('😀'.repeat(70_000), '€'.repeat(50_000), 'x', '🇬🇧'.repeat(30_001), '');
    const streamed = await streamedEntry('xl/worksheets/sheet1.xml', pieces, null, when);
    const whole = await joined('xl/worksheets/sheet1.xml', pieces);
    expect(streamed.method).toBe(8);
    expect(inflateRawSync(streamed.data).toString('utf8')).toBe(pieces.join(''));
    expect(streamed.data.equals(whole.data)).toBe(true);
    expect(streamed.part.central.equals(whole.part.central)).toBe(true);
  });

  it('stores a part deflate would not make smaller, and an empty one, as in one go', async () => {
    for (const pieces of [['x', 'y'], [], ['']]) {
      const streamed = await streamedEntry('a.xml', pieces, null, when);
      const whole = await joined('a.xml', pieces);
      expect(streamed.method).toBe(0);
      expect({ data: streamed.data, central: streamed.part.central }).toEqual({
        data: whole.data,
        central: whole.part.central,
      });
    }
  });

  it('keeps the headers of the part it replaces, with the new CRC and sizes', async () => {
    const [template] = readZip(await storedZip({ 'xl/workbook.xml': '<workbook/>' }))!;
    const pieces = ['<workbook>', '<sheets/>'.repeat(40), '</workbook>'];
    const streamed = await streamedEntry(template.name, pieces, template, when);
    const whole = await packedEntry(template.name, Buffer.from(pieces.join('')), template, when);
    expect(streamed.part.central.equals(whole.part.central)).toBe(true);
    expect(streamed.part.localTail.equals(template.localTail)).toBe(true);
  });

  it('asks for the next piece only as deflate takes the text, rather than making it all at once', async () => {
    let made = 0;
    const total = 1000;
    function* pieces() {
      for (; made < total; made++) yield `<row r="${made}">${'<c><v>1</v></c>'.repeat(700)}</row>`;
    }
    const entry = streamedEntry('xl/worksheets/sheet1.xml', pieces(), null, when);
    const madeAtOnce = made;
    const streamed = await entry;
    expect(made).toBe(total);
    expect(madeAtOnce).toBeLessThan(total / 10);
    expect(inflateRawSync(streamed.data).length).toBe(streamed.part.central.readUInt32LE(24));
  });
});

describe('writeZip', () => {
  it('writes, part by part, the zip assembleZip gives', async () => {
    const stored = await storedZip({ 'a.xml': '<a/>', 'b.xml': '<b/>'.repeat(300) });
    const parts = readZip(stored)!;
    const entries: ZipEntry[] = [
      keptEntry(parts[0]),
      await streamedEntry('b.xml', ['<b/>'.repeat(300)], parts[1], new Date(2024, 0, 1)),
      await streamedEntry('c/new.xml', ['<c/>'], null, new Date(2024, 0, 1)),
    ];
    const chunks: Buffer[] = [];
    await writeZip(
      { entries: entries.map((e) => Promise.resolve(e)), end: stored.subarray(stored.length - 22) },
      async (c) => {
        chunks.push(c);
      },
    );
    const whole = assembleZip(entries, stored.subarray(stored.length - 22));
    expect(chunks.length).toBeGreaterThan(entries.length);
    expect(Buffer.concat(chunks).equals(whole)).toBe(true);
    expect((await contents(whole)).map(([name, bytes]) => [name, bytes.toString()])).toEqual([
      ['a.xml', '<a/>'],
      ['b.xml', '<b/>'.repeat(300)],
      ['c/new.xml', '<c/>'],
    ]);
  });
});
