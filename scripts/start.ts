/**
 * `npm run start:local`: serves the add-in on https://localhost:3000 and loads it into Excel,
 * without downloading anything.
 * - Windows: registers manifest.xml for Excel desktop (the per-user developer add-in list).
 * - macOS: copies manifest.xml into Excel's add-in folder.
 * - Elsewhere, or where Excel desktop is not installed: prints the steps for Excel on the web.
 * The first run creates a localhost certificate and asks the system to trust it.
 *
 * `npm start` / `npm stop` are Microsoft's office-addin-debugging, as in the Office add-in
 * templates; it runs `npm run dev-server` and sideloads, and `stop` unregisters. It is fetched by
 * npx on demand rather than kept as a dev dependency: its office-addin-dev-settings asks for
 * @microsoft/m365agentstoolkit-cli, whose native keytar module cannot be installed where only the
 * npm registry is reachable (as in CI), so it would break `npm install` there. Version 6.1.2 is
 * pinned: its office-addin-usage-data (2.1 and later) sends no usage data (test/scripts/npmScripts.test.ts).
 * This script stays for Linux (no Excel desktop; it prints the Excel on the web steps) and offline work.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const manifest = join(root, 'manifest.xml');
const addinId = 'e16d5d02-63a4-475d-98e3-2c59e6f5d0de';

/** How the add-in was (or could not be) loaded into Excel desktop. */
type Sideload = { done: true; how: string } | { done: false; why: string };

function sideloadWindows(): Sideload {
  const key = 'HKCU\\Software\\Microsoft\\Office\\16.0';
  if (spawnSync('reg', ['query', `${key}\\Excel`], { stdio: 'ignore' }).status !== 0) {
    return { done: false, why: 'Excel desktop was not found on this computer.' };
  }
  const added = spawnSync(
    'reg',
    ['add', `${key}\\WEF\\Developer`, '/v', addinId, '/t', 'REG_SZ', '/d', manifest, '/f'],
    { stdio: 'ignore' },
  );
  return added.status === 0
    ? { done: true, how: 'Registered for Excel desktop. Restart Excel; the Scorecard group is on the Home tab.' }
    : { done: false, why: 'Could not register the add-in with Excel desktop.' };
}

function sideloadMac(): Sideload {
  if (!existsSync('/Applications/Microsoft Excel.app'))
    return { done: false, why: 'Excel desktop was not found in /Applications.' };
  const dir = join(homedir(), 'Library', 'Containers', 'com.microsoft.Excel', 'Data', 'Documents', 'wef');
  mkdirSync(dir, { recursive: true });
  copyFileSync(manifest, join(dir, 'scorecard-narrator.xml'));
  return { done: true, how: 'Copied the manifest into Excel. Restart Excel; the Scorecard group is on the Home tab.' };
}

/** Loads the add-in into Excel desktop where there is one. */
export function sideload(platform: NodeJS.Platform = process.platform): Sideload {
  if (platform === 'win32') return sideloadWindows();
  if (platform === 'darwin') return sideloadMac();
  return { done: false, why: 'There is no Excel desktop for this operating system.' };
}

/** The steps to load the add-in into Excel on the web by hand. */
export function webSteps(): string {
  return [
    'To use it in Excel on the web:',
    '  1. Leave this running: it serves the add-in on https://localhost:3000.',
    '  2. Once, open https://localhost:3000/taskpane.html in the same browser and accept the certificate if asked.',
    '  3. Open a workbook in Excel on the web; choose Home > Add-ins > More Add-ins > Upload My Add-in',
    `     (in some versions: Insert > Add-ins > Upload My Add-in) and choose ${manifest}.`,
    '  4. The Scorecard group appears on the Home tab: Refresh RAG, Draft narrative and Open pane.',
  ].join('\n');
}

if (require.main === module) {
  const result = sideload();
  console.log(result.done ? result.how : `${result.why}\n${webSteps()}`);
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [cli, 'serve', '--mode', 'development'], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => {
    process.exitCode = code ?? 1;
  });
}
