/**
 * The configuration schema, and zod with it, is most of the command's start-up: a report with no
 * configuration file must not load it; one with a file must, and check it as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Report from '../../src/cli/runReport';

const sample = 'samples/northmoor-childrens-scorecard.xlsx';

/** Whether zod (classic or mini) has been loaded since the test's modules were reset. */
let mockZodLoaded = false;
jest.mock('zod', () => {
  mockZodLoaded = true;
  return jest.requireActual('zod');
});
jest.mock('zod/mini', () => {
  mockZodLoaded = true;
  return jest.requireActual('zod/mini');
});

beforeEach(() => {
  jest.resetModules();
  mockZodLoaded = false;
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const runReport = (): typeof Report.runReport => (require('../../src/cli/runReport') as typeof Report).runReport;

describe('the configuration schema', () => {
  it('is not loaded by a report with no configuration file', async () => {
    const result = await runReport()({ workbook: sample, format: 'json' });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).settings.tolerance).toEqual({ type: 'relative', value: 0.05 });
    expect(mockZodLoaded).toBe(false);
  });

  it('is loaded to check a configuration file, and names its problems as ever', async () => {
    const good = await runReport()({ workbook: sample, format: 'json', configFile: 'samples/northmoor-config.json' });
    expect(good.exitCode).toBe(0);
    expect(mockZodLoaded).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-schema-'));
    try {
      const file = join(dir, 'typo.json');
      writeFileSync(file, JSON.stringify({ tolerence: { type: 'relative', value: 0.1 } }));
      const bad = await runReport()({ workbook: sample, format: 'json', configFile: file });
      expect(bad.exitCode).not.toBe(0);
      expect(bad.stderr.join('\n')).toContain("tolerence: unknown setting; did you mean 'tolerance'?");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
