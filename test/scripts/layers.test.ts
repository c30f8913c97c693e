/**
 * The layers hold because lint holds them: a file that reaches across a layer fails `npm run lint`.
 * Each case lints one line of source as if it were a file in that folder, through the project's own
 * eslint.config.mjs, and checks the rule that should refuse it does (and that the allowed form passes).
 */
import { lintAll } from '../helpers/lintText';

const use = (what: string, from: string) => `import { ${what} } from '${from}';\nexport const used = ${what};\n`;

/** Each case: a file, what it imports, and the words of the refusal expected (null: allowed). */
const CASES: readonly { file: string; source: string; refused: RegExp | null }[] = [
  // The engine is pure.
  {
    file: 'src/core/report/probe.ts',
    source: use('patchCopy', '../../xlsx/patch/patchCopy'),
    refused: /src\/core imports nothing from Office, React or file adapters/,
  },
  { file: 'src/core/probe.ts', source: use('readFileSync', 'node:fs'), refused: /src\/core is pure/ },
  // Outside it, the engine is used through its public surface only.
  ...[
    ['src/xlsx/probe.ts', '../core'],
    ['src/xlsx/patch/probe.ts', '../../core'],
    ['src/cli/probe.ts', '../core'],
    ['src/excel/probe.ts', '../core'],
    ['src/app/probe.ts', '../core'],
    ['src/taskpane/probe.ts', '../core'],
    ['src/commands/probe.ts', '../core'],
    ['src/taskpane/index.tsx', '../core'],
  ].flatMap(([file, core]) => [
    { file, source: use('parseA1', core), refused: null },
    { file, source: use('parseA1', `${core}/address`), refused: /Import the engine from its public surface/ },
  ]),
  // Office.js stays in src/excel; the pane and the ribbon go through src/app.
  {
    file: 'src/app/probe.ts',
    source: use('createExcelHost', '../excel/host'),
    refused: /src\/app holds no Office\.js/,
  },
  {
    file: 'src/taskpane/probe.ts',
    source: use('createExcelHost', '../excel/host'),
    refused: /The pane and the ribbon reach the workbook through the HostApi/,
  },
  {
    file: 'src/commands/probe.ts',
    source: use('createExcelHost', '../excel/host'),
    refused: /The pane and the ribbon reach the workbook through the HostApi/,
  },
  { file: 'src/taskpane/index.tsx', source: use('createExcelHost', '../excel/host'), refused: null },
  // The adapter knows nothing of the pane.
  {
    file: 'src/excel/probe.ts',
    source: use('App', '../taskpane/App'),
    refused: /src\/excel is the Office\.js adapter/,
  },
];

describe('the layers, as lint enforces them', () => {
  let messages: string[][] = [];
  // One ESLint process for every case; the limit only keeps a stuck process from hanging the run.
  beforeAll(() => {
    messages = lintAll(CASES);
  }, 300_000);

  it.each(CASES.map((c, i) => [c.file, c.source.split('\n')[0], i] as const))('%s: %s', (_file, _line, i) => {
    const { refused } = CASES[i];
    if (refused === null) expect(messages[i]).toEqual([]);
    else
      expect(messages[i]).toEqual([expect.stringMatching(new RegExp(`^no-restricted-imports: .*${refused.source}`))]);
  });
});
