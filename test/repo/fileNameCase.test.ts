/**
 * Windows and macOS disks ignore case in file names: two tracked paths that differ only in case
 * become one file there (the second checkout overwrites the first), and an import such as
 * './workbookSettingsForm' resolves to whichever of `workbookSettingsForm.ts` and
 * `WorkbookSettingsForm.tsx` the resolver tries first. This fails on any such pair.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The extensions an import may leave off (webpack's resolve.extensions, TypeScript's and Node's). */
const IMPORTABLE = /\.(tsx?|jsx?|mjs|cjs|json)$/i;

/**
 * Groups of paths that a case-insensitive disk or resolver would take for one: the same path, the
 * same module specifier (extension left off), or one folder spelt in two ways.
 */
function caseClashes(paths: readonly string[]): string[][] {
  const byKey = new Map<string, Set<string>>();
  const add = (key: string, spelling: string) => {
    const group = byKey.get(key.toLowerCase()) ?? new Set<string>();
    group.add(spelling);
    byKey.set(key.toLowerCase(), group);
  };
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) add(`dir:${parts.slice(0, i).join('/')}`, `${parts.slice(0, i).join('/')}/`);
    add(`file:${path}`, path);
    if (IMPORTABLE.test(path)) add(`module:${path.replace(IMPORTABLE, '')}`, path);
  }
  return [...byKey.values()].filter((group) => group.size > 1).map((group) => [...group].sort());
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
}

describe('file names that differ only in case', () => {
  it('finds a module beside a component of the same name, one file spelt twice, and a folder spelt twice', () => {
    expect(caseClashes(['src/taskpane/workbookSettingsForm.ts', 'src/taskpane/WorkbookSettingsForm.tsx'])).toEqual([
      ['src/taskpane/WorkbookSettingsForm.tsx', 'src/taskpane/workbookSettingsForm.ts'],
    ]);
    expect(caseClashes(['docs/README.md', 'docs/readme.md'])).toEqual([['docs/README.md', 'docs/readme.md']]);
    expect(caseClashes(['src/Excel/host.ts', 'src/excel/errors.ts'])).toEqual([['src/Excel/', 'src/excel/']]);
  });

  it('leaves alone names that differ in more than case, and a file beside a folder of another name', () => {
    expect(
      caseClashes([
        'src/app/workbookSettings.ts',
        'src/app/workbookSettingsDraft.ts',
        'src/core/index.ts',
        'test/core/x.test.ts',
      ]),
    ).toEqual([]);
    expect(caseClashes(['assets/icon-16.png', 'assets/icon-32.png', 'README.md', 'src/app/README.md'])).toEqual([]);
  });

  it('holds for every file in the repository', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(caseClashes(files)).toEqual([]);
  });
});
