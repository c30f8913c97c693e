/**
 * The council corpus (issue 8's "Done when"): fifteen workbooks laid out as real published council
 * performance reports, reported on as the command line does with default settings, and compared
 * with the hand-worked facts in test/fixtures/catalogue/council.ts. Every table and indicator
 * found and no others, the right reporting period, at least 98 % of ratings right, every figure
 * printed with its unit and scale, and every expected warning given.
 *
 * `npx tsx scripts/corpusReport.ts` prints the same comparison as a table.
 */
import { councilCorpusFacts } from '../../fixtures/catalogue/council';
import { ISSUE8_ITEMS } from '../../fixtures/catalogue/councilItems';
import type { CorpusFacts } from '../../fixtures/catalogue/types';
import { compareCorpusFile, corpusTable, type FileResult } from '../../helpers/corpusCompare';
import { readWorkbook, storedValue } from '../../scripts/fixtureReader';

const results = new Map<string, FileResult>();

async function resultFor(facts: CorpusFacts): Promise<FileResult> {
  let r = results.get(facts.file);
  if (!r) {
    r = await compareCorpusFile(facts);
    results.set(facts.file, r);
  }
  return r;
}

const cases = councilCorpusFacts.map((f) => [f.file, f] as const);

describe('the corpus workbooks hold what the catalogue says', () => {
  it('has at least fifteen workbooks, each after a named public report', () => {
    expect(councilCorpusFacts.length).toBeGreaterThanOrEqual(15);
    for (const f of councilCorpusFacts) expect(f.source.url).toMatch(/^https?:\/\//);
    expect(new Set(councilCorpusFacts.map((f) => f.source.council)).size).toBe(councilCorpusFacts.length);
  });

  it('tags every indicator with the issue 8 items it exercises, and no cell that is not an indicator', () => {
    for (const f of councilCorpusFacts) {
      const keys = f.tables.flatMap((t) => t.indicators.map((i) => (f.tables.length > 1 ? `${t.sheet}!${i.cell}` : i.cell)));
      expect([f.file, Object.keys(ISSUE8_ITEMS[f.file] ?? {}).sort()]).toEqual([f.file, [...keys].sort()]);
    }
  });

  it.each(cases)('%s: sheets, and the stored value of every reporting cell', async (_file, facts) => {
    const wb = await readWorkbook(facts.path);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(facts.sheets);
    for (const t of facts.tables) {
      const ws = wb.getWorksheet(t.sheet);
      if (!ws) throw new Error(`no sheet ${t.sheet}`);
      for (const i of t.indicators) {
        expect([i.cell, storedValue(ws.getCell(i.cell))]).toEqual([i.cell, i.stored]);
        const row = Number(i.cell.replace(/^[A-Z]+/, ''));
        expect(row).toBeGreaterThan(t.headerRow);
        expect(row).toBeLessThanOrEqual(t.lastRow);
      }
    }
  });
});

describe.each(cases)('report on %s', (_file, facts) => {
  it('finds every table, and every indicator and no others', async () => {
    const r = await resultFor(facts);
    expect(r.error).toBeNull();
    expect(r.tablesMissing).toEqual([]);
    expect(r.mismatches.filter((m) => m.field === 'missing')).toEqual([]);
    expect(r.extraIndicators).toEqual([]);
  });

  it('reports on the period most indicators with targets have reached', async () => {
    const r = await resultFor(facts);
    expect(r.period.got).toBe(facts.period);
  });

  it('prints every figure with its unit and scale', async () => {
    const r = await resultFor(facts);
    expect(r.mismatches.filter((m) => m.field === 'shown')).toEqual([]);
  });

  it('reads polarity, direction, section, unit and the sheet\'s own rating as an officer would', async () => {
    const r = await resultFor(facts);
    expect(r.mismatches.filter((m) => !['rag', 'missing', 'shown'].includes(m.field))).toEqual([]);
  });

  it('gives every expected warning, naming its cell', async () => {
    const r = await resultFor(facts);
    expect(r.warningsMissing).toEqual([]);
  });
});

describe('ratings over the whole corpus', () => {
  it('at least 98 % right (every mismatch listed on failure)', async () => {
    const all: FileResult[] = [];
    for (const f of councilCorpusFacts) all.push(await resultFor(f));
    const total = all.reduce((n, r) => n + r.indicators, 0);
    const right = all.reduce((n, r) => n + r.ratingsRight, 0);
    if (right / total < 0.98) throw new Error(`Only ${right} of ${total} ratings right.\n${corpusTable(all)}`);
    expect(total).toBeGreaterThanOrEqual(80);
  });
});
