/**
 * Linting a line of source as if it were a file in the repository, through the project's own
 * eslint.config.mjs: how the tests prove a lint rule refuses what it should (and passes the rest).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * Lints each case's source as if it were the file at its path (relative to the repository), through
 * the project's own eslint.config.mjs, in one ESLint process, and gives each case's messages as
 * "rule-id: message".
 */
export function lintAll(cases: readonly { file: string; source: string }[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint();
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.source, { filePath: c.file });
      out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}
