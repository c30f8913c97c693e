/**
 * No spread or `apply` over an array in a call's arguments anywhere in src: each element goes on the
 * stack as an argument, and 200,000 rows overflowed it ("Maximum call stack size exceeded"). Lint
 * refuses the forms; each case lints one line as a file in src and checks the refusal (or that an
 * allowed form passes). test/core/report/largeSheet.test.ts runs the report at that size.
 */
import { lintAll } from '../helpers/lintText';

const body = (expr: string) =>
  `export function f(out: number[], rows: number[], a: number, b: number) {\n  return [${expr}, out, rows, a, b];\n}\n`;

/** Each case: a file, the expression, and whether lint refuses it. */
const CASES: readonly { file: string; expr: string; refused: RegExp | null }[] = [
  { file: 'src/core/report/probe.ts', expr: 'out.push(...rows)', refused: /No spread in a call's arguments/ },
  { file: 'src/core/tables/probe.ts', expr: 'Math.max(a, ...rows)', refused: /No spread in a call's arguments/ },
  { file: 'src/excel/probe.ts', expr: 'Math.min(...rows.map((r) => r + 1))', refused: /No spread in a call's/ },
  { file: 'src/xlsx/probe.ts', expr: 'new Set(...[rows])', refused: null },
  { file: 'src/xlsx/probe.ts', expr: 'Math.max(...[a, ...rows])', refused: /No spread in a call's arguments/ },
  { file: 'src/cli/probe.ts', expr: 'String.fromCharCode.apply(null, rows)', refused: /No \.apply\(\)/ },
  { file: 'src/app/probe.ts', expr: 'Reflect.apply(Math.max, null, rows)', refused: /No \.apply\(\)/ },
  { file: 'src/taskpane/probe.tsx', expr: 'out.splice(0, 1, ...rows)', refused: /No spread in a call's arguments/ },
  // What stays allowed: a spread of a short literal list, into an array or object, and rest parameters.
  { file: 'src/core/report/probe.ts', expr: 'Math.max(...[a, b])', refused: null },
  { file: 'src/core/report/probe.ts', expr: '[...out, ...rows].length', refused: null },
  { file: 'src/core/report/probe.ts', expr: '({ ...{ a }, b })', refused: null },
  { file: 'src/core/report/probe.ts', expr: '((...xs: number[]) => xs.length)(a, b)', refused: null },
];

describe('no spread or apply over an array in a call, as lint enforces it', () => {
  let messages: string[][] = [];
  // One ESLint process for every case; the limit only keeps a stuck process from hanging the run.
  beforeAll(() => {
    messages = lintAll(CASES.map((c) => ({ file: c.file, source: body(c.expr) })));
  }, 300_000);

  it.each(CASES.map((c, i) => [c.file, c.expr, i] as const))('%s: %s', (_file, _expr, i) => {
    const { refused } = CASES[i];
    if (refused === null) expect(messages[i]).toEqual([]);
    else expect(messages[i]).toEqual([expect.stringMatching(new RegExp(`^no-restricted-syntax: ${refused.source}`))]);
  });
});
