import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runReport } from '../../src/cli/runReport';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import type { ReportJson } from '../../src/core/report/toJson';
import { factsFor, reportable } from '../fixtures/catalogue';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';
import { partsOf } from '../helpers/realWorkbooks';
import { buildRerunLayout, RERUN_LAYOUTS } from '../helpers/rerunLayouts';

const dir = mkdtempSync(join(tmpdir(), 'scorecard-annotate-'));
let n = 0;

async function annotate(input: string): Promise<{ out: string; report: ReportJson }> {
  const out = join(dir, `out-${++n}.xlsx`);
  const r = await runReport({ workbook: input, format: 'json', out });
  expect(r.exitCode).toBe(0);
  return { out, report: JSON.parse(r.stdout) as ReportJson };
}

async function rules(file: string): Promise<{ sheet: string; ref: string; formulae: string[]; ours: boolean }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  // exceljs keeps a sheet's conditional formats here, though its type declarations leave it out.
  return wb.worksheets.flatMap((ws) =>
    (
      (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ??
      []
    ).flatMap((cf) =>
      cf.rules.map((rule) => {
        const formulae = ('formulae' in rule ? (rule.formulae as unknown[]) : []).map(String);
        return { sheet: ws.name, ref: cf.ref, formulae, ours: formulae.some((f) => f.includes(RAG_MARKER)) };
      }),
    ),
  );
}

const files = reportable()
  .filter((f) => f.indicatorCount === undefined)
  .map((f) => f.path);

describe.each(files)('the annotated copy of %s', (input) => {
  let out: string;
  let report: ReportJson;
  beforeAll(async () => {
    ({ out, report } = await annotate(input));
  });

  it('colours, in a spreadsheet engine that is not ours, exactly what the engine rated', async () => {
    const colours = await evaluateRagRules(out, RAG_MARKER);
    for (const i of report.indicators) {
      if (!i.cell) continue;
      const key = `${i.sheet}!${i.cell}`;
      const expected = i.rag === 'none' ? null : i.rag;
      expect([key, colours.get(key) ?? null]).toEqual([key, expected]);
    }
  });

  it('labels every rated cell in words, so RAG reads without colour', async () => {
    const labels = [...(await evaluateLabels(out, RAG_MARKER)).values()];
    const rated = report.indicators.filter((i) => i.status === 'rated');
    for (const rag of ['green', 'amber', 'red'] as const) {
      const word = rag.charAt(0).toUpperCase() + rag.slice(1);
      expect([rag, labels.filter((l) => l === word).length]).toEqual([rag, rated.filter((i) => i.rag === rag).length]);
    }
  });

  it('does not add a second set of rules when run again on its own output', async () => {
    const again = await annotate(out);
    const first = await rules(out);
    const second = await rules(again.out);
    expect(second).toEqual(first);
    expect(again.report.indicators.map((i) => [i.id, i.rag])).toEqual(report.indicators.map((i) => [i.id, i.rag]));
    // Our labels from the first run are not read as the sheet's own RAG.
    expect(again.report.indicators.map((i) => [i.id, i.sheetRag])).toEqual(
      report.indicators.map((i) => [i.id, i.sheetRag]),
    );
  });

  it('uses a constant number of rules per block, not one per cell', async () => {
    const ours = (await rules(out)).filter((r) => r.ours);
    const blocks = new Set(ours.map((r) => `${r.sheet}|${r.ref}`));
    expect(ours.length).toBeLessThanOrEqual(blocks.size * 3);
  });
});

describe("an annotated copy keeps the officer's own work", () => {
  const facts = factsFor('user-formatting.xlsx');
  const kept = facts.preserved!;

  it('keeps values, formulas, notes, formats, validations and conditional formats', async () => {
    const { out } = await annotate(facts.path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(kept.sheet)!;
    for (const f of kept.formulas) {
      expect([f.cell, ws.getCell(f.cell).formula, ws.getCell(f.cell).result]).toEqual([f.cell, f.formula, f.result]);
    }
    for (const nf of kept.numberFormats) expect([nf.cell, ws.getCell(nf.cell).numFmt]).toEqual([nf.cell, nf.numFmt]);
    for (const note of kept.notes) expect(JSON.stringify(ws.getCell(note.cell).note)).toContain(note.text);
    for (const fill of kept.fills)
      expect([fill.cell, (ws.getCell(fill.cell).fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([
        fill.cell,
        fill.argb,
      ]);
    for (const font of kept.fonts)
      expect(ws.getCell(font.cell).font).toMatchObject({
        ...(font.bold ? { bold: true } : {}),
        ...(font.italic ? { italic: true } : {}),
        ...(font.argb ? { color: { argb: font.argb } } : {}),
      });
    expect(ws.model.merges).toEqual(expect.arrayContaining(kept.merges));
    const validations = (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
    for (const dv of kept.dataValidations)
      expect(JSON.stringify(validations)).toContain(dv.formula.replace(/"/g, '\\"'));
    const userRules = (await rules(out)).filter((r) => !r.ours);
    const original = await rules(facts.path);
    expect(userRules).toEqual(original);
    expect(userRules.map((r) => r.ref)).toEqual(kept.conditionalFormats.map((c) => c.ref));
  });

  it('keeps every value of the original sheet', async () => {
    const { out } = await annotate(facts.path);
    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(facts.path);
    await b.xlsx.readFile(out);
    const before = a.getWorksheet(kept.sheet)!;
    const after = b.getWorksheet(kept.sheet)!;
    before.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        expect([cell.address, after.getRow(r).getCell(c).value]).toEqual([cell.address, cell.value]);
      }),
    );
  });
});

describe('live colours', () => {
  it('follow a value changed after the copy was written', async () => {
    const { out, report } = await annotate('samples/northmoor-childrens-scorecard.xlsx');
    const red = report.indicators.find(
      (i) => i.rag === 'red' && i.polarity === 'higher' && typeof i.target === 'number' && i.cell,
    )!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet(red.sheet)!.getCell(red.cell!).value = red.target as number;
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const colours = await evaluateRagRules(edited, RAG_MARKER);
    expect(colours.get(`${red.sheet}!${red.cell}`)).toBe('green');
  });
});

describe('labels for an annual indicator', () => {
  it('say "Reported annually", not "No data", when the quarter has no return', async () => {
    const { out, report } = await annotate('test/fixtures/annual.xlsx');
    const labels = await evaluateLabels(out, RAG_MARKER);
    const annual = report.indicators.filter((i) => i.status === 'no-data' && i.reason === 'reported annually');
    expect(annual.length).toBeGreaterThan(0);
    const texts = [...labels.values()];
    expect(texts.filter((t) => t === 'Reported annually')).toHaveLength(annual.length);
  });
});

describe("the scorecard's own RAG on the Narrative sheet", () => {
  it('lists each indicator where it differs from ours, with both reasons, then those whose amber or red it gives', async () => {
    const { out, report } = await annotate('test/fixtures/sheet-rag.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const lines: string[] = [];
    wb.getWorksheet('Narrative')!.eachRow((row) => lines.push(String(row.getCell(1).value ?? '')));
    const differ = report.warnings.filter((w) => w.code === 'rag-disagrees');
    expect(differ.map((w) => w.cell)).toEqual(['G7']);
    // G5's Amber is followed (no tolerance is stated), and listed after the disagreements.
    const followed = report.warnings.filter((w) => w.code === 'rag-band-from-sheet');
    expect(followed.map((w) => w.cell)).toEqual(['G5']);
    const at = lines.indexOf("The scorecard's own RAG");
    expect(lines.slice(at + 1, at + 5)).toEqual([
      "The scorecard's own RAG column differs from these ratings for 1 of the 7 indicators it rates:",
      ...differ.map((w) => w.message),
      'For 1 indicator no tolerance is stated, so amber or red is as the sheet has it:',
      ...followed.map((w) => w.message),
    ]);
  });
});

/** What a re-run must leave as it found it, read from the package's XML part by part. */
async function whatWeWrote(file: string) {
  const parts = await partsOf(await fs.readFile(file));
  const xml = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const sheets = [...parts.keys()].filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p)).sort();
  const styles = xml('xl/styles.xml');
  const count = (tag: string) => Number(new RegExp(`<${tag}[^>]*count="(\\d+)"`).exec(styles)?.[1] ?? 0);
  return {
    sheets: [...xml('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]),
    definedNames: [...xml('xl/workbook.xml').matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]),
    labels: sheets.flatMap((p) =>
      [...xml(p).matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*<f>([^<]*\bN\([^<]*)<\/f>/g)].map(
        (m) => `${p} ${m[1]} ${m[2]}`,
      ),
    ),
    rules: await rules(file),
    cellXfs: count('cellXfs'),
    dxfs: count('dxfs'),
    parts,
  };
}

/** Runs the command line on `input` and then five more times on its own output: each copy must be the first. */
async function expectFiveMoreRunsAsOne(input: string): Promise<void> {
  // Each run reads the last one's copy under the same file name, as an officer re-running it would.
  const runs: { file: string; json: string; report: ReportJson }[] = [];
  let from = join(mkdtempSync(join(dir, 'run0-')), 'scorecard.xlsx');
  await fs.copyFile(input, from);
  for (let i = 1; i <= 6; i++) {
    const out = join(mkdtempSync(join(dir, `run${i}-`)), 'scorecard.xlsx');
    const r = await runReport({ workbook: from, format: 'json', out });
    expect(r.exitCode).toBe(0);
    runs.push({ file: out, json: r.stdout, report: JSON.parse(r.stdout) as ReportJson });
    from = out;
  }
  const once = await whatWeWrote(runs[0].file);
  expect(once.labels.length).toBeGreaterThan(0);
  expect(once.rules.some((r) => r.ours)).toBe(true);
  expect(once.sheets).toContain('Narrative');
  for (const run of runs.slice(1)) {
    const again = await whatWeWrote(run.file);
    expect(again.labels).toEqual(once.labels);
    expect(again.rules).toEqual(once.rules);
    expect([again.cellXfs, again.dxfs]).toEqual([once.cellXfs, once.dxfs]);
    expect(again.definedNames).toEqual(once.definedNames);
    expect(again.sheets).toEqual(once.sheets);
    // Everything else too, the Narrative sheet included: no part of the package changes.
    expect([...again.parts.keys()]).toEqual([...once.parts.keys()]);
    expect(
      [...again.parts].filter(([name, bytes]) => !bytes.equals(once.parts.get(name)!)).map(([name]) => name),
    ).toEqual([]);
    // The report rates, and drafts, the same.
    expect({ ...run.report, tables: null }).toEqual({ ...runs[0].report, tables: null });
  }
  // From the second run on, the report is the same to the byte; the first differs only in that
  // its tables do not yet hold the label column (later runs list it, as ours, not read).
  for (const run of runs.slice(2)) expect(run.json).toBe(runs[1].json);
}

describe.each([
  'samples/northmoor-childrens-scorecard.xlsx',
  'test/fixtures/two-tables.xlsx',
  'test/fixtures/list-object.xlsx',
  'test/fixtures/council/cheshire-east-children.xlsx',
])('%s, run five times on its own output', (input) => {
  it('is left as after one run: labels, rules, styles, names, sheets, Narrative sheet and report', async () => {
    await expectFiveMoreRunsAsOne(input);
  });
});

describe.each(RERUN_LAYOUTS)('a scorecard with %s, run five times on its own output', (layout) => {
  it('is left as after one run: labels, rules, styles, names, sheets, Narrative sheet and report', async () => {
    await expectFiveMoreRunsAsOne(await buildRerunLayout(layout, dir));
  });
});

describe('an annotated copy with numbers typed as text', () => {
  it('reads them with NUMBERVALUE stored as "_xlfn.NUMBERVALUE", the name LibreOffice and Excel read from a file', async () => {
    const { out } = await annotate(factsFor('percent-conventions.xlsx').path);
    const stored = (await rules(out)).filter((r) => r.ours).flatMap((r) => r.formulae);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula && cell.formula?.includes(RAG_MARKER)) stored.push(cell.formula);
        }),
      ),
    );
    const reading = stored.filter((f) => /NUMBERVALUE/i.test(f));
    expect(reading.length).toBeGreaterThan(3);
    for (const f of reading) expect(f.match(/(?:_xlfn\.)?NUMBERVALUE\(/gi)).toEqual(f.match(/_xlfn\.NUMBERVALUE\(/g));
    expect(stored.join()).not.toContain('--');
  });
});

describe('the Narrative sheet of an earlier run, changed by the officer since', () => {
  /** The copy with the Narrative sheet's title cell retyped, as the officer would in Excel. */
  async function retitled(file: string): Promise<string> {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const rId = /<sheet [^>]*name="Narrative"[^>]*r:id="([^"]+)"/.exec(book)![1];
    const target =
      new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)![1];
    const part = `xl/${target.replace(/^\/?xl\//, '')}`;
    const xml = await zip.file(part)!.async('string');
    expect(xml).toContain('>Scorecard narrative<');
    zip.file(part, xml.replace('>Scorecard narrative<', '>Q2 scorecard: checked by the head of service<'));
    const out = join(dir, `edited-${++n}.xlsx`);
    await fs.writeFile(out, await zip.generateAsync({ type: 'nodebuffer' }));
    return out;
  }

  it('is left as it is and the new draft goes to a new sheet, with a warning, as from the ribbon', async () => {
    const { out } = await annotate('samples/northmoor-childrens-scorecard.xlsx');
    const edited = await retitled(out);
    const again = join(dir, `again-${++n}.xlsx`);
    const r = await runReport({ workbook: edited, format: 'json', out: again });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      "warning: The sheet 'Narrative' has been changed since it was drafted, so it was left as it is; the new draft is on the sheet 'Narrative (Scorecard)'.",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((ws) => ws.name).slice(-2)).toEqual(['Narrative', 'Narrative (Scorecard)']);
    expect(wb.getWorksheet('Narrative')!.getCell('A1').value).toBe('Q2 scorecard: checked by the head of service');
    expect(wb.getWorksheet('Narrative (Scorecard)')!.getCell('A1').value).toBe('Scorecard narrative');
    // The new sheet is ours as written: run again, it is rewritten, and no third sheet appears.
    const third = join(dir, `third-${++n}.xlsx`);
    const r3 = await runReport({ workbook: again, format: 'json', out: third });
    expect(r3.stderr.filter((l) => l.includes('changed since it was drafted'))).toEqual([]);
    const wb3 = new ExcelJS.Workbook();
    await wb3.xlsx.readFile(third);
    expect(wb3.worksheets.map((ws) => ws.name)).toEqual(wb.worksheets.map((ws) => ws.name));
  });
});
