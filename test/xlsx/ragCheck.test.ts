import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';
import { applyFormatPlan, saveCopy } from '../../src/xlsx/writeAnnotated';
import { MARKER, ROWS, buildScorecard, handPlan, rowOf, tempDir } from './scorecardFixture';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Builds the scorecard, applies the hand-written plan and saves it; returns the output path. */
async function written(name: string): Promise<string> {
  const input = path.join(dir, `${name}-in.xlsx`);
  const out = path.join(dir, `${name}-out.xlsx`);
  await buildScorecard().xlsx.writeFile(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  applyFormatPlan(wb, handPlan());
  await saveCopy(wb, input, out);
  return out;
}

describe('evaluateRagRules', () => {
  it('colours each value cell as a person rates it against its target', async () => {
    const colours = await evaluateRagRules(await written('rate'), MARKER);
    ROWS.forEach(([ref, , , , , expected], i) => {
      expect({ ref, colour: colours.get(`Scorecard!G${rowOf(i)}`) }).toEqual({ ref, colour: expected });
    });
    expect(colours.has('Scorecard!G8')).toBe(false); // the section row is outside the rules
    expect(colours.size).toBe(ROWS.length);
  });

  it('follows a value changed after writing, because the rules are live formulas', async () => {
    const out = await written('live');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Scorecard')!;
    ws.getCell('G4').value = 50; // CS01 falls well below 90
    ws.getCell('E6').value = 79; // CS03's target lowered below its value of 80
    const changed = path.join(dir, 'live-changed.xlsx');
    await wb.xlsx.writeFile(changed);
    const colours = await evaluateRagRules(changed, MARKER);
    expect(colours.get('Scorecard!G4')).toBe('red');
    expect(colours.get('Scorecard!G6')).toBe('green');
  });

  it('shifts relative references from the top-left cell, so a rule anchored one row out rates the wrong row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data sheet');
    ws.getColumn(1).values = [10, 1, 10];
    ws.getColumn(2).values = [5, 5, 5];
    // Correctly anchored at A1 on one range, and the same test written one row out on another.
    ws.addConditionalFormatting({
      ref: 'A1:A3',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`A1>$B1+N("${MARKER}")`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
        },
      ],
    });
    ws.addConditionalFormatting({
      ref: 'C1:C3',
      rules: [
        {
          type: 'expression',
          priority: 2,
          formulae: [`A2>$B2+N("${MARKER}")`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
        },
      ],
    });
    const file = path.join(dir, 'anchor.xlsx');
    await wb.xlsx.writeFile(file);
    const colours = await evaluateRagRules(file, MARKER);
    expect(['A1', 'A2', 'A3'].map((a) => colours.get(`Data sheet!${a}`))).toEqual(['green', null, 'green']);
    expect(['C1', 'C2', 'C3'].map((a) => colours.get(`Data sheet!${a}`))).toEqual([null, 'red', null]);
  });

  it('ignores rules without the marker', async () => {
    const colours = await evaluateRagRules(await written('unmarked'), 'some-other-marker');
    expect(colours.size).toBe(0);
  });
});

describe('evaluateLabels', () => {
  it('computes each label formula to the text the plan expects', async () => {
    const out = await written('labels');
    const labels = await evaluateLabels(out, MARKER);
    for (const label of handPlan().labels)
      expect([label.cell, labels.get(`Scorecard!${label.cell}`)]).toEqual([label.cell, label.expected]);
    expect(labels.get('Scorecard!H3')).toBe('RAG Q2 2021/22');
  });

  it('reads the bare words TRUE and FALSE as Excel does, and shows errors as errors', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.getCell('A1').value = { formula: `IF(AND(TRUE,NOT(FALSE)),"Green","Red")&T(N("${MARKER}"))`, result: 'Green' };
    ws.getCell('A2').value = {
      formula: `1/0+N("${MARKER}")`,
      result: { error: '#DIV/0!' },
    } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'literals.xlsx');
    await wb.xlsx.writeFile(file);
    const labels = await evaluateLabels(file, MARKER);
    expect(labels.get('Scorecard!A1')).toBe('Green');
    expect(labels.get('Scorecard!A2')).toMatch(/^#ERROR #DIV\/0!/);
  });
});
