/**
 * Valid packages other writers make, once refused as "damaged" or as having "no worksheets":
 * SpreadsheetML with a namespace prefix on every element, part names in the zip in another case
 * than the relationships give them, and a workbook laid out as Gnumeric writes one. Each is built
 * by scripts/lib/rawPackage.ts; what an officer would check is checked: the ratings (worked out by
 * hand: 98.4 against 98, higher is better, is green; 35 days against 28, lower is better, red), a
 * copy edited in place rather than rebuilt, and the input unchanged.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../src/cli/runReport';
import { gnumericWorkbook, sheetRowsXml, simpleWorkbook, zipParts, type RawCell } from '../../scripts/lib/rawPackage';

const dir = mkdtempSync(join(tmpdir(), 'scorecard-packages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS: RawCell[][] = [
  ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24'],
  ['K1', 'Rent collected (%)', 'Higher', 98, 97, 98.4],
  ['K2', 'Days to re-let', 'Lower', 28, 30, 35],
];

const PACKAGES: readonly [string, () => Buffer][] = [
  [
    'every element with the prefix x:',
    () => zipParts(simpleWorkbook([{ name: 'Scorecard', rowsXml: sheetRowsXml(ROWS, 'x:') }], { prefix: 'x:' })),
  ],
  [
    'part names upper-cased in the zip, not in the relationships',
    () =>
      zipParts(
        simpleWorkbook([{ name: 'Scorecard', rowsXml: sheetRowsXml(ROWS) }]).map((p) => ({
          ...p,
          name: p.name === '[Content_Types].xml' ? p.name : p.name.toUpperCase(),
        })),
      ),
  ],
  ['laid out as Gnumeric writes it', () => gnumericWorkbook('Scorecard', ROWS)],
];

describe('valid packages from other writers', () => {
  it.each(PACKAGES.map(([what, make], i) => [what, make, i] as const))(
    '%s: read, rated and annotated in place',
    async (_what, make, i) => {
      const input = join(dir, `package-${i}.xlsx`);
      const out = join(dir, `package-${i}.out.xlsx`);
      writeFileSync(input, make());
      const before = readFileSync(input);
      const r = await runReport({ workbook: input, format: 'text', out });
      expect(r.exitCode).toBe(0);
      expect(r.report?.items.map((x) => [x.indicator.sheet, x.indicator.name, x.rating.rag])).toEqual([
        ['Scorecard', 'Rent collected (%)', 'green'],
        ['Scorecard', 'Days to re-let', 'red'],
      ]);
      expect(r.stderr.filter((l) => /rebuilt|damaged|no worksheets/.test(l))).toEqual([]);
      expect(r.stderr).toContain(`Wrote ${out}.`);
      expect(readFileSync(input).equals(before)).toBe(true);
      // The copy reads back with the same ratings, its labels beside the table.
      const again = await runReport({ workbook: out, format: 'json' });
      expect(again.exitCode).toBe(0);
      expect(again.report?.items.map((x) => x.rating.rag)).toEqual(['green', 'red']);
      expect(again.report?.formatPlan.labelHeaders.map((h) => h.cell)).toEqual(['G1']);
    },
  );
});
