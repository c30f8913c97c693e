/**
 * Configuration files as officers save them: with a byte-order mark (Notepad), and naming an
 * indicator, sheet or table the workbook does not have. What is checked is what the officer sees:
 * the report as without the mark, and a warning naming what was looked for and the nearest names.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../src/cli/runReport';

const sample = 'samples/northmoor-childrens-scorecard.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'scorecard-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(name: string, text: string, bom: boolean): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]));
  return file;
}

describe('a configuration file', () => {
  // CSC05 (assessments in 45 days, 88.1 % against 85 %): red against a target of 95, as configured.
  const text = JSON.stringify({ indicators: { CSC05: { target: 95 } } });

  it('saved with a UTF-8 byte-order mark, as Notepad saves it, is read as without one', async () => {
    const plain = await runReport({
      workbook: sample,
      format: 'json',
      configFile: configFile('plain.json', text, false),
    });
    const marked = await runReport({
      workbook: sample,
      format: 'json',
      configFile: configFile('bom.json', text, true),
    });
    expect(marked.exitCode).toBe(0);
    expect(marked.stdout).toBe(plain.stdout);
    const csc05 = marked.report!.items.find((i) => i.indicator.id === 'CSC05')!;
    expect([csc05.indicator.target?.value, csc05.rating.rag]).toEqual([95, 'red']);
  });

  it('naming an indicator the workbook does not have: a warning naming it and the nearest references', async () => {
    const file = configFile('typo.json', JSON.stringify({ indicators: { CSC5: { target: 95 } } }), true);
    const r = await runReport({ workbook: sample, format: 'json', configFile: file });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      "warning: The configuration gives settings for the indicator 'CSC5', but no indicator read has that reference or name, so they are not used; the closest are 'CSC05', 'CSC15' and 'CSC01'.",
    );
    const json = JSON.parse(r.stdout) as { warnings: { code: string; sheet: string | null }[] };
    expect(json.warnings).toContainEqual(expect.objectContaining({ code: 'config-indicator-unmatched', sheet: null }));
  });

  it('naming an indicator by its exact name, or by its reference, gives no such warning', async () => {
    const name = '% of assessments completed within 45 working days';
    const file = configFile('named.json', JSON.stringify({ indicators: { [name]: { target: 95 }, CSC11: {} } }), false);
    const r = await runReport({ workbook: sample, format: 'text', configFile: file });
    expect(r.exitCode).toBe(0);
    expect(r.stderr.filter((l) => l.includes('gives settings for the indicator'))).toEqual([]);
  });

  it('naming a sheet the workbook does not have: a warning naming it and the nearest sheets and tables', async () => {
    const file = configFile('sheet.json', JSON.stringify({ tables: [{ sheet: 'Scorecards', headerRow: 3 }] }), false);
    const r = await runReport({ workbook: sample, format: 'text', configFile: file });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      "warning: The table configuration for 'Scorecards' matches no sheet or Excel table in the workbook, so it is not used; the closest are 'Scorecard', 'Education' and 'EducationIndicators'.",
    );
  });
});
