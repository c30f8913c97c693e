import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { FormatPlan } from '../../src/core/rating/types';
import { applyFormatPlan, saveCopy } from '../../src/xlsx/writeAnnotated';
import { MARKER, buildScorecard, handPlan, tempDir } from './scorecardFixture';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

type CfEntry = {
  ref: string;
  rules: {
    type: string;
    priority: number;
    formulae?: string[];
    style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
  }[];
};
const cfOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: CfEntry[] }).conditionalFormattings;
const isOurs = (r: CfEntry['rules'][number]) => (r.formulae ?? []).some((f) => f.includes(MARKER));

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every stored cell as what a user would check: value, formula, number format. */
function cells(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) =>
      out.set(
        c.address,
        JSON.stringify([
          c.type,
          c.formula ?? null,
          c.type === ExcelJS.ValueType.Formula ? c.result : c.value,
          c.numFmt ?? null,
        ]),
      ),
    ),
  );
  return out;
}

/** The user's rules, as the user set them. */
const userRules = (ws: ExcelJS.Worksheet) =>
  cfOf(ws).flatMap((e) =>
    e.rules
      .filter((r) => !isOurs(r))
      .map((r) => ({ ref: e.ref, type: r.type, formulae: r.formulae, priority: r.priority, style: r.style })),
  );

/** Input file with a user note in H6 and a user formula in H7, where the plan wants labels. */
async function input(name: string): Promise<string> {
  const wb = buildScorecard();
  const ws = wb.getWorksheet('Scorecard')!;
  ws.getCell('H6').value = 'See note';
  ws.getCell('H7').value = { formula: 'G7-E7', result: 0 };
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('applyFormatPlan', () => {
  it("keeps the user's rules, values, formulas and formats, and adds one entry of three rules after them", async () => {
    const inPath = await input('keep-in.xlsx');
    const before = (await read(inPath)).getWorksheet('Scorecard')!;
    const wb = await read(inPath);
    applyFormatPlan(wb, handPlan());
    const out = path.join(dir, 'keep-out.xlsx');
    await saveCopy(wb, inPath, out);
    const after = (await read(out)).getWorksheet('Scorecard')!;

    expect(userRules(after)).toEqual(userRules(before));
    expect(userRules(before)).toHaveLength(2);
    const ours = cfOf(after).filter((e) => e.rules.some(isOurs));
    expect(ours.map((e) => e.ref)).toEqual(['G4:G7 G9:G12']);
    expect(ours[0].rules.map((r) => [r.type, r.style?.fill?.bgColor?.argb, r.style?.font?.color?.argb])).toEqual([
      ['expression', 'FFC6EFCE', 'FF006100'],
      ['expression', 'FFFFEB9C', 'FF9C5700'],
      ['expression', 'FFFFC7CE', 'FF9C0006'],
    ]);
    const lowestUser = Math.max(...userRules(after).map((r) => r.priority));
    expect(ours[0].rules.every((r) => r.priority > lowestUser)).toBe(true);

    const a = cells(after);
    for (const [address, was] of cells(before)) expect([address, a.get(address)]).toEqual([address, was]);
  });

  it('leaves exactly one set of its rules when run again on its own output', async () => {
    const inPath = await input('twice-in.xlsx');
    const wb1 = await read(inPath);
    applyFormatPlan(wb1, handPlan());
    const once = path.join(dir, 'twice-1.xlsx');
    await saveCopy(wb1, inPath, once);
    const wb2 = await read(once);
    const issues = applyFormatPlan(wb2, handPlan());
    const twice = path.join(dir, 'twice-2.xlsx');
    await saveCopy(wb2, once, twice);

    const ws = (await read(twice)).getWorksheet('Scorecard')!;
    expect(cfOf(ws).filter((e) => e.rules.some(isOurs))).toHaveLength(1);
    expect(
      cfOf(ws)
        .flatMap((e) => e.rules)
        .filter(isOurs),
    ).toHaveLength(3);
    expect(userRules(ws)).toEqual(userRules((await read(inPath)).getWorksheet('Scorecard')!));
    // Our own labels are rewritten without complaint; only the user's two cells are reported again.
    expect(issues.map((i) => i.cell)).toEqual(['H6', 'H7']);
  });

  it("never writes a label over the user's cells, and names each one it skipped", async () => {
    const inPath = await input('labels-in.xlsx');
    const wb = await read(inPath);
    const issues = applyFormatPlan(wb, handPlan());
    const ws = wb.getWorksheet('Scorecard')!;
    expect(ws.getCell('H6').value).toBe('See note');
    expect(ws.getCell('H7').formula).toBe('G7-E7');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'label-cell-occupied',
        sheet: 'Scorecard',
        cell: 'H6',
        message: expect.stringMatching(/^Scorecard!H6: the cell holds 'See note'/),
      }),
      expect.objectContaining({
        code: 'label-cell-occupied',
        sheet: 'Scorecard',
        cell: 'H7',
        message: expect.stringMatching(/^Scorecard!H7: the cell holds a formula of its own/),
      }),
    ]);
    expect(ws.getCell('H4').value).toEqual({ formula: handPlan().labels[0].formula, result: 'Green' });
    expect(ws.getCell('H3').formula).toContain(MARKER);
    expect(ws.getCell('H3').result).toBe('RAG Q2 2021/22');
  });

  it('does not write the label heading over a heading of the user’s', async () => {
    const wb = buildScorecard();
    wb.getWorksheet('Scorecard')!.getCell('H3').value = 'Comments';
    const issues = applyFormatPlan(wb, handPlan());
    expect(wb.getWorksheet('Scorecard')!.getCell('H3').value).toBe('Comments');
    expect(issues.map((i) => i.message)).toContain(
      "Scorecard!H3: the cell holds 'Comments', so the RAG label heading was not written there; the RAG colours still apply.",
    );
  });

  it('reports a block on a missing sheet, or whose first range is not its top-left, and writes no rules for it', async () => {
    const plan = handPlan();
    const wb = buildScorecard();
    const issues = applyFormatPlan(wb, {
      ...plan,
      blocks: [
        { ...plan.blocks[0], sheet: 'Elsewhere' },
        { ...plan.blocks[0], ranges: ['G9:G12', 'G4:G7'] },
      ],
      labels: [],
      labelHeaders: [],
    });
    expect(issues.map((i) => i.code)).toEqual(['sheet-missing', 'rule-anchor']);
    expect(issues[1].message).toMatch(/^Scorecard!G9:G12: /);
    expect(
      cfOf(wb.getWorksheet('Scorecard')!)
        .flatMap((e) => e.rules)
        .filter(isOurs),
    ).toHaveLength(0);
  });

  it('words a missing sheet the same whether a block of rules or a label was to go on it', () => {
    const plan = handPlan();
    const issues = applyFormatPlan(buildScorecard(), {
      ...plan,
      blocks: [{ ...plan.blocks[0], sheet: 'Elsewhere' }],
      labels: [{ ...plan.labels[0], sheet: 'Elsewhere' }],
      labelHeaders: [],
    });
    expect(issues.map((i) => `${i.severity} ${i.code} ${i.sheet}`)).toEqual([
      'error sheet-missing Elsewhere',
      'error sheet-missing Elsewhere',
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      `Elsewhere!${plan.blocks[0].ranges[0]}: the sheet 'Elsewhere' is not in the workbook; no RAG colours were written for it.`,
      `Elsewhere!${plan.labels[0].cell}: the sheet 'Elsewhere' is not in the workbook; the RAG label was not written.`,
    ]);
  });

  it("removes only its own rules from an entry that mixes them with the user's, keeping the entry", () => {
    const wb = buildScorecard();
    const ws = wb.getWorksheet('Scorecard')!;
    ws.addConditionalFormatting({
      ref: 'G4:G12',
      rules: [
        { type: 'expression', priority: 3, formulae: [`G4>100+N("${MARKER}")`], style: { font: { bold: true } } },
        { type: 'expression', priority: 4, formulae: ['G4<0'], style: { font: { strike: true } } },
      ],
    });
    applyFormatPlan(wb, { ...handPlan(), blocks: [], labels: [], labelHeaders: [] });
    expect(cfOf(ws).map((e) => [e.ref, e.rules.map((r) => r.formulae?.[0])])).toEqual([
      ['F4:F12', ['95']],
      ['B4:B12', ['ISBLANK($E4)']],
      ['G4:G12', ['G4<0']],
    ]);
  });

  it('rewriting a label that other cells borrow as a shared formula leaves those cells their own formula', async () => {
    const wb = buildScorecard();
    const ws = wb.getWorksheet('Scorecard')!;
    const old = `IF(G4>=E4,"Met","Not met")&T(N("${MARKER}"))`;
    ws.getCell('H4').value = {
      formula: old,
      result: 'Met',
      shareType: 'shared',
      ref: 'H4:H6',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('H5').value = { sharedFormula: 'H4', result: 'Not met' } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('H6').value = { sharedFormula: 'H4', result: 'Not met' } as ExcelJS.CellSharedFormulaValue;
    const file = path.join(dir, 'shared-in.xlsx');
    await wb.xlsx.writeFile(file);
    const loaded = await read(file);
    const plan: FormatPlan = {
      marker: MARKER,
      blocks: [],
      labelHeaders: [],
      labels: [{ sheet: 'Scorecard', cell: 'H4', formula: `"Green"&T(N("${MARKER}"))`, expected: 'Green' }],
    };
    expect(applyFormatPlan(loaded, plan)).toEqual([]);
    const out = path.join(dir, 'shared-out.xlsx');
    await saveCopy(loaded, file, out);
    const back = (await read(out)).getWorksheet('Scorecard')!;
    expect(['H4', 'H5', 'H6'].map((a) => back.getCell(a).formula)).toEqual([
      `"Green"&T(N("${MARKER}"))`,
      `IF(G5>=E5,"Met","Not met")&T(N("${MARKER}"))`,
      `IF(G6>=E6,"Met","Not met")&T(N("${MARKER}"))`,
    ]);
    expect(back.getCell('H5').result).toBe('Not met');
  });

  it('throws on a plan whose rules could not be found again (misuse, not data)', () => {
    const plan = handPlan();
    const unmarked: FormatPlan = {
      ...plan,
      blocks: [{ ...plan.blocks[0], rules: [{ ...plan.blocks[0].rules[0], formula: 'G4>=$E4' }] }],
    };
    expect(() => applyFormatPlan(buildScorecard(), unmarked)).toThrow(/does not carry the marker/);
    expect(() => applyFormatPlan(buildScorecard(), { ...plan, marker: ' ' })).toThrow(/no marker/);
  });
});
