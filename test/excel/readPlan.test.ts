import { CELLS_PER_SYNC, firstLookBox, packChunks, rowChunks, splitGroup } from '../../src/excel/readPlan';

describe('read planning', () => {
  it('keeps each round trip well under Excel on the web’s 5 MB', () => {
    expect(CELLS_PER_SYNC * 80).toBeLessThanOrEqual(4_000_000);
  });

  it('shares the first look between the sheets, and gives up on it when they are too many', () => {
    expect(firstLookBox(1, 32_000)).toEqual({ top: 0, left: 0, bottom: 999, right: 31 });
    expect(firstLookBox(4, 32_000)).toEqual({ top: 0, left: 0, bottom: 249, right: 31 });
    expect(firstLookBox(2_000, 32_000)).toBeNull();
  });

  it('cuts a used range into row chunks within the budget and packs them into round trips', () => {
    const chunks = rowChunks(0, { top: 2, left: 1, bottom: 101, right: 10 }, 300);
    expect(chunks.map((c) => [c.bounds.top, c.bounds.bottom])).toEqual([
      [2, 31],
      [32, 61],
      [62, 91],
      [92, 101],
    ]);
    expect(chunks.every((c) => c.bounds.left === 1 && c.bounds.right === 10)).toBe(true);
    expect(packChunks(chunks, 650).map((g) => g.length)).toEqual([2, 2]);
  });

  it('halves a refused group, down to single rows', () => {
    const [chunk] = rowChunks(0, { top: 0, left: 0, bottom: 9, right: 0 }, 100);
    const [a, b] = splitGroup([chunk])!;
    expect([a[0].bounds.bottom, b[0].bounds.top]).toEqual([4, 5]);
    expect(splitGroup(rowChunks(0, { top: 3, left: 0, bottom: 3, right: 5 }, 100))).toBeNull();
  });
});
