/**
 * The committed sample is what the script builds today, byte for byte, and a rebuild does not
 * change it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNorthmoorScorecard, SAMPLE_PATH } from '../../scripts/buildSamples';
import { workbookBytes } from '../../scripts/lib/workbook';
import { readWorkbook, ROOT, storedValue } from './fixtureReader';

describe('the Northmoor sample', () => {
  it('builds to the same bytes every time', async () => {
    const first = await workbookBytes(buildNorthmoorScorecard());
    const second = await workbookBytes(buildNorthmoorScorecard());
    expect(first.equals(second)).toBe(true);
  });

  it('is committed as the script builds it (run "npm run samples" after changing the script)', async () => {
    const built = await workbookBytes(buildNorthmoorScorecard());
    expect(readFileSync(join(ROOT, SAMPLE_PATH)).equals(built)).toBe(true);
  });

  it("carries the council's title, fixed dates and a frozen header", async () => {
    const wb = await readWorkbook(SAMPLE_PATH);
    const ws = wb.getWorksheet('Scorecard');
    expect(storedValue(ws!.getCell('A1'))).toBe(
      "Northmoor Borough Council — Children's Services Performance Scorecard",
    );
    expect(wb.created.toISOString()).toBe('2021-10-15T09:00:00.000Z');
    expect(ws!.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws!.getCell('D4').font?.bold).toBe(true);
  });
});
