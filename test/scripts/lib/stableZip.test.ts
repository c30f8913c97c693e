import { stampZipEntries } from '../../../scripts/lib/stableZip';
import { BUILD_DATE, newWorkbook, workbookBytes } from '../../../scripts/lib/workbook';

/** DOS date and time of every local file header in a zip. */
function localStamps(zip: Buffer): string[] {
  const out: string[] = [];
  for (let p = 0; p + 4 <= zip.length; p++) {
    if (zip.readUInt32LE(p) === 0x04034b50) out.push(`${zip.readUInt16LE(p + 12)}/${zip.readUInt16LE(p + 10)}`);
  }
  return out;
}

describe('stampZipEntries', () => {
  it('gives every entry the same fixed time (15 Oct 2021 09:00)', async () => {
    const wb = newWorkbook('test');
    wb.addWorksheet('Sheet1').getCell('A1').value = 1;
    const stamps = localStamps(await workbookBytes(wb, BUILD_DATE));
    expect(stamps.length).toBeGreaterThan(3);
    const date = ((2021 - 1980) << 9) | (10 << 5) | 15;
    const time = 9 << 11;
    expect(new Set(stamps)).toEqual(new Set([`${date}/${time}`]));
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => stampZipEntries(Buffer.from('Ref,Indicator\r\n'), BUILD_DATE)).toThrow(/not a zip/);
  });
});
