/**
 * The built task pane in headless Chromium, over the in-memory Excel loaded with the Northmoor
 * sample workbook: refresh, draft, change a target, refresh again, as an officer would; with
 * screenshots in test-artifacts/ and an accessibility check in light and dark themes.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { SheetGrid } from '../../src/core/values/types';
import { loadWorkbook, workbookToGrids } from '../../src/xlsx/readWorkbook';
import { sampleGrids } from '../excel/sampleWorkbook';
import { seriousViolations } from './axe';
import type { BrowserSetup } from './browser/fakeOffice';
import { serveFolder, type StaticServer } from './staticServer';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(__dirname, '..', '..');
const artifacts = path.join(root, 'test-artifacts');
const runInBrowser = existsSync(CHROMIUM) || process.env.CI === 'true';

if (!runInBrowser) {
  console.warn(
    `Browser tests skipped: Chromium was not found at ${CHROMIUM}.\n` +
      'Install it to run them (Debian or Ubuntu: sudo apt-get install chromium). With CI=true they always run.',
  );
}

/** Skips the browser tests only where there is no browser and this is not CI. */
const describeInBrowser = runInBrowser ? describe : xdescribe;

const ratedMessage = /^Rated (\d+) indicators for Q2 2021\/22: (\d+) green, (\d+) amber, (\d+) red\./;

describeInBrowser('task pane in the browser', () => {
  let outDir = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let grids: SheetGrid[];
  const outsideRequests: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'scorecard-pane-'));
    await promisify(execFile)(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'e2eBuild.ts'), outDir],
      {
        cwd: root,
      },
    );
    grids = await sampleGrids();
    server = await serveFolder(outDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    mkdirSync(artifacts, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /**
   * Opens the pane at Excel's usual pane width, Office.js replaced by the fake, the network shut off,
   * recording any breach of the page's Content-Security-Policy in `window.cspViolations`. With
   * `holdReady`, Office.onReady waits for the test and the pane has not opened when this returns.
   */
  async function openPane(
    dark: boolean,
    sheets: readonly SheetGrid[] = grids,
    holdReady = false,
    look: { width?: number; forcedColors?: boolean } = {},
  ): Promise<Page> {
    if (!browser || !server) throw new Error('The browser or the server did not start; see the error from beforeAll.');
    const origin = server.origin;
    const context = await browser.newContext({
      viewport: { width: look.width ?? 360, height: 900 },
      colorScheme: dark ? 'dark' : 'light',
      // Windows high contrast, as Chromium shows it: the system's few colours replace the page's.
      forcedColors: look.forcedColors ? 'active' : 'none',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      if (url.startsWith('https://appsforoffice.microsoft.com/'))
        return route.fulfill({ path: path.join(outDir, 'e2e', 'fakeOffice.js'), contentType: 'text/javascript' });
      outsideRequests.push(url);
      return route.abort();
    });
    const setup: BrowserSetup = { grids: sheets, dark, holdReady };
    await page.addInitScript((value) => {
      const w = window as unknown as { scorecardE2E: BrowserSetup; cspViolations: string[] };
      w.scorecardE2E = value;
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    }, setup);
    await page.goto(`${origin}/taskpane.html`);
    if (!holdReady) await page.getByRole('heading', { level: 1, name: 'Scorecard Narrator' }).waitFor();
    return page;
  }

  async function refreshAndRead(page: Page): Promise<number[]> {
    await page.getByRole('button', { name: 'Refresh RAG' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Rated' });
    await status.waitFor();
    const match = ratedMessage.exec((await status.textContent()) ?? '');
    expect(match).not.toBeNull();
    return match!.slice(1).map(Number);
  }

  /** Chooses one of the pane's tabs and waits for its panel. */
  async function showTab(page: Page, name: string): Promise<void> {
    await page.getByRole('tab', { name }).click();
    await page.getByRole('tabpanel', { name }).waitFor();
    await page.getByText('Loading…').waitFor({ state: 'detached' });
  }

  /** The top of the pane, the indicator tab and the whole page, as images in test-artifacts/. */
  async function screenshots(page: Page, theme: string): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, `taskpane-${theme}.png`) });
    await showTab(page, 'Indicators');
    await page.screenshot({ path: path.join(artifacts, `taskpane-${theme}-indicators.png`) });
    await page.screenshot({ path: path.join(artifacts, `taskpane-${theme}-full.png`), fullPage: true });
  }

  /** What the page's Content-Security-Policy refused, as "directive URL". */
  function cspViolations(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  }

  it('rates the sample, drafts the narrative and follows a changed target (light theme)', async () => {
    const page = await openPane(false);
    // Detect: on opening, the pane reads the workbook and lists what it found, writing nothing.
    await page.getByText(/^These ratings for Q2 2021\/22 are worked out from the workbook as it is/).waitFor();
    await showTab(page, 'Settings');
    await page.getByText('2 tables found').waitFor();
    await showTab(page, 'Indicators');
    await page.getByRole('region', { name: 'Scorecard › Front Door' }).waitFor();
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { fakeExcel: { rules(sheet: string): unknown[] } }).fakeExcel.rules('Scorecard').length,
      ),
    ).toBe(0);

    const [rated, green, amber, red] = await refreshAndRead(page);
    expect(green + amber + red).toBe(rated);
    expect(rated).toBeGreaterThan(10);
    const ourRules = await page.evaluate(() => {
      const fake = (window as unknown as { fakeExcel: { rules(sheet: string): { formula: string | null }[] } })
        .fakeExcel;
      return fake.rules('Scorecard').length;
    });
    expect(ourRules).toBeGreaterThan(0);

    // Every rated indicator is listed with its badge word, grouped by sheet and section.
    const list = page.getByRole('region', { name: 'Indicators' });
    await list.waitFor();
    expect(await list.getByText('Green', { exact: true }).count()).toBe(green);
    expect(await list.getByText('Amber', { exact: true }).count()).toBe(amber);
    expect(await list.getByText('Red', { exact: true }).count()).toBe(red);
    const frontDoor = list.getByRole('region', { name: 'Scorecard › Front Door' });
    const csc02 = frontDoor
      .getByRole('listitem')
      .filter({ hasText: '% of contacts with a decision within 1 working day' });
    await expect(csc02.textContent()).resolves.toContain('Amber');
    await csc02
      .getByRole('button', { name: '% of contacts with a decision within 1 working day', exact: true })
      .click();
    await page.waitForFunction(() => (window as unknown as { fakeSelection: string | null }).fakeSelection !== null);
    expect(await page.evaluate(() => (window as unknown as { fakeSelection: string }).fakeSelection)).toBe(
      'Scorecard!I7',
    );
    await showTab(page, 'Settings');
    await page.getByText('2 tables found').click();
    const education = page.getByRole('region', { name: /^EducationIndicators \(Education!/ });
    await expect(education.getByRole('combobox', { name: 'C: Polarity' }).inputValue()).resolves.toBe('polarity');

    await page.getByRole('button', { name: 'Draft narrative' }).click();
    const draft = page.getByRole('textbox', { name: 'Draft narrative' });
    await draft.waitFor();
    const text = await draft.inputValue();
    expect(text).toMatch(/green/i);
    expect(text).toContain('per cent');
    await draft.fill(`${text}\nChecked by the performance team.`);
    expect(await draft.inputValue()).toContain('Checked by the performance team.');
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText(/^Copied/).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Checked by the performance team.');
    // Checking a figure: choosing it selects the cell it came from (CSC03's numerator this quarter).
    await page.getByText('Check the figures').click();
    const figure = page.getByRole('button', { name: '73, from Scorecard!L8' });
    await figure.click();
    await page.waitForFunction(
      () => (window as unknown as { fakeSelection: string | null }).fakeSelection === 'Scorecard!L8',
    );
    await figure.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, 'taskpane-light-figures.png') });
    await page.getByRole('button', { name: 'Insert in workbook' }).click();
    await page.getByText("Your edited narrative is on the sheet 'Narrative'.").waitFor();
    const narrativeSheet = await page.evaluate(() => {
      const fake = (
        window as unknown as { fakeExcel: { cell(sheet: string, address: string): { value: unknown } | undefined } }
      ).fakeExcel;
      const lines: string[] = [];
      for (let r = 1; r < 400; r++) lines.push(String(fake.cell('Narrative', `A${r}`)?.value ?? ''));
      return lines;
    });
    expect(narrativeSheet).toContain('Checked by the performance team.');
    expect(narrativeSheet).toContain('Performing well');
    // The opening's reds and the RAG summary are on the sheet as drafted.
    expect(narrativeSheet).toContain('Red indicators');
    expect(narrativeSheet).toContain('RAG summary');
    expect(narrativeSheet.some((l) => /^Red \(\d+\): /.test(l))).toBe(true);
    expect(narrativeSheet).toContain('Data currently unavailable: 2');

    // The officer stops the England column being read as a benchmark: the next draft no longer cites it.
    expect(text).toContain('England average');
    // The Settings tab is as the officer left it: the tables found still open.
    await showTab(page, 'Settings');
    const england = page
      .getByRole('region', { name: /^Scorecard!A4/ })
      .getByRole('combobox', { name: 'K: England 2020/21' });
    await expect(england.inputValue()).resolves.toBe('benchmark');
    await england.selectOption({ label: 'Not used' });
    await page
      .getByRole('region', { name: /^Scorecard!A4/ })
      .getByText('Set by configuration.')
      .first()
      .waitFor();
    await expect(england.inputValue()).resolves.toBe('ignore');
    await expect(england.getByRole('option', { name: 'Detect from the header' }).count()).resolves.toBe(1);
    const roles = await page.evaluate(() => {
      const fake = (window as unknown as { fakeExcel: { doc: { settings: Map<string, unknown> } } }).fakeExcel;
      return (JSON.parse(String(fake.doc.settings.get('scorecardNarrator.config'))) as { tables: unknown }).tables;
    });
    expect(roles).toEqual([{ sheet: 'Scorecard', columns: { K: 'ignore' } }]);
    await page.getByRole('button', { name: 'Draft narrative' }).click();
    await page.waitForFunction(
      () => !(document.querySelector('textarea')?.value ?? 'England average').includes('England average'),
    );
    expect(await draft.inputValue()).toContain('statistical neighbour average');

    // CSC02 (91.5 per cent against 95, amber) meets a target of 90: one more green, one fewer amber.
    await showTab(page, 'Indicators');
    await csc02.getByRole('button', { name: /^Edit target and polarity/ }).click();
    const form = page.getByRole('form', { name: /^Settings for % of contacts/ });
    await expect(form.getByRole('textbox', { name: 'Target (per cent)' }).inputValue()).resolves.toBe('95');
    await form.getByRole('textbox', { name: 'Target (per cent)' }).fill('90');
    await csc02.screenshot({ path: path.join(artifacts, 'taskpane-light-settings.png') });
    expect(await seriousViolations(page)).toEqual([]);
    const before = await page.getByRole('status').filter({ hasText: 'Rated' }).textContent();
    await form.getByRole('button', { name: 'Save and refresh' }).click();
    await page.waitForFunction((previous) => document.querySelector('[role=status]')?.textContent !== previous, before);
    const after = ratedMessage
      .exec((await page.getByRole('status').filter({ hasText: 'Rated' }).textContent()) ?? '')!
      .slice(1)
      .map(Number);
    expect(after).toEqual([rated, green + 1, amber - 1, red]);
    const stored = await page.evaluate(() => {
      const fake = (window as unknown as { fakeExcel: { doc: { settings: Map<string, unknown> } } }).fakeExcel;
      return JSON.parse(String(fake.doc.settings.get('scorecardNarrator.config'))) as {
        indicators: Record<string, unknown>;
      };
    });
    expect(stored.indicators.CSC02).toEqual({
      target: 90,
      polarity: 'higher',
      tolerance: { type: 'relative', value: 0.05 },
    });
    await expect(csc02.textContent()).resolves.toContain('Green');
    // The Overview says which rating the change moved, as the README's picture shows it.
    await showTab(page, 'Overview');
    await expect(page.getByRole('list', { name: 'Ratings changed' }).textContent()).resolves.toBe(
      '% of contacts with a decision within 1 working day: Amber to Green (better)',
    );
    // Against the refresh before, as the workbook notes it, and when each ran.
    await page
      .getByText(
        /^Last refreshed on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d\. Since the refresh before it, on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d:$/,
      )
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, 'taskpane-light-overview.png'), animations: 'disabled' });

    await screenshots(page, 'light');
    expect(await seriousViolations(page)).toEqual([]);
    expect(outsideRequests).toEqual([]);
    // Everything above ran under the page's Content-Security-Policy, Fluent UI's styles included.
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('serves pages under a Content-Security-Policy, the ribbon commands ahead of the pane, and no source maps', () => {
    const html = readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    // The built page is minified: attribute values may be unquoted.
    expect(html).toMatch(/<meta\s+http-equiv="?Content-Security-Policy"?\s/);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const commands = scripts.findIndex((src) => /^commands\./.test(src));
    const taskpane = scripts.findIndex((src) => /^taskpane\./.test(src));
    expect(commands).toBeGreaterThan(0);
    expect(taskpane).toBeGreaterThan(commands);
    const files = readdirSync(outDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js') && !f.startsWith('e2e'))) {
      expect(readFileSync(path.join(outDir, file), 'utf8')).not.toContain('sourceMappingURL');
    }
  });

  it.each(['refreshRag', 'draftNarrative'])(
    'runs %s from the ribbon through the action registry, clicked before the pane opens and after',
    async (name) => {
      const page = await openPane(false, grids, true);
      type Ribbon = { associated(): string[]; click(n: string): Promise<string>; clicks: { result: string }[] };
      type Held = { fakeRibbon: Ribbon; releaseOfficeReady(): void; earlyClick: Promise<string> };
      // Associated as the commands script ran, while Office.onReady is still held: the pane is not there yet.
      await page.waitForFunction((n) => (window as unknown as Held).fakeRibbon.associated().includes(n), name);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
      await page.evaluate((n) => {
        const w = window as unknown as Held;
        w.earlyClick = w.fakeRibbon.click(n);
      }, name);
      await page.evaluate(() => (window as unknown as Held).releaseOfficeReady());
      expect(await page.evaluate(() => (window as unknown as Held).earlyClick)).toBe('completed');
      await page.getByRole('heading', { level: 1, name: 'Scorecard Narrator' }).waitFor();
      const wrote = () =>
        page.evaluate((n) => {
          const fake = (
            window as unknown as {
              fakeExcel: {
                rules(sheet: string): unknown[];
                cell(s: string, a: string): { value: unknown } | undefined;
              };
            }
          ).fakeExcel;
          return n === 'refreshRag' ? fake.rules('Scorecard').length > 0 : Boolean(fake.cell('Narrative', 'A1')?.value);
        }, name);
      expect(await wrote()).toBe(true);

      // With the pane open, the same button runs again and the pane shows what it did.
      expect(await page.evaluate((n) => (window as unknown as Held).fakeRibbon.click(n), name)).toBe('completed');
      if (name === 'refreshRag') await page.getByRole('status').filter({ hasText: ratedMessage }).waitFor();
      else expect(await page.getByRole('textbox', { name: 'Draft narrative' }).inputValue()).toMatch(/green/i);
      const results = await page.evaluate(() => (window as unknown as Held).fakeRibbon.clicks.map((c) => c.result));
      expect(results).toEqual(['completed', 'completed']);
      expect(await cspViolations(page)).toEqual([]);
      expect(outsideRequests).toEqual([]);
      await page.context().close();
    },
    300_000,
  );

  it('reads well in the dark theme', async () => {
    const page = await openPane(true);
    await refreshAndRead(page);
    // The house style is a workbook setting: percentages as "%", and the draft follows it.
    await showTab(page, 'Settings');
    const settings = page.getByRole('form', { name: 'Workbook settings' });
    await settings.getByRole('combobox', { name: 'Percentages written as' }).selectOption('%');
    await settings.getByRole('button', { name: 'Save and refresh' }).click();
    await page.waitForFunction(() =>
      String(
        (window as unknown as { fakeExcel: { doc: { settings: Map<string, unknown> } } }).fakeExcel.doc.settings.get(
          'scorecardNarrator.config',
        ),
      ).includes('"percent":"%"'),
    );
    await page.getByText('Saving the settings and refreshing RAG…').waitFor({ state: 'detached' });
    await page
      .getByRole('form', { name: 'Workbook settings' })
      .screenshot({ path: path.join(artifacts, 'taskpane-dark-settings.png') });
    const stored = await page.evaluate(() => {
      const fake = (window as unknown as { fakeExcel: { doc: { settings: Map<string, unknown> } } }).fakeExcel;
      return JSON.parse(String(fake.doc.settings.get('scorecardNarrator.config'))) as { style: unknown };
    });
    expect(stored.style).toEqual({ percent: '%', decimals: 1 });
    await page.getByRole('button', { name: 'Draft narrative' }).click();
    const draft = page.getByRole('textbox', { name: 'Draft narrative' });
    await draft.waitFor();
    expect(await draft.inputValue()).toMatch(/\d%/);
    expect(await draft.inputValue()).not.toContain('per cent');
    // A briefing, chosen beside the Draft button: one bulleted line per indicator.
    await page.getByRole('combobox', { name: 'Style' }).selectOption('briefing');
    const committee = await draft.inputValue();
    await page.getByRole('button', { name: 'Draft narrative' }).click();
    await page.waitForFunction(
      (previous) => (document.querySelector('textarea')?.value ?? previous) !== previous,
      committee,
    );
    const briefing = page.getByRole('textbox', { name: 'Draft narrative' });
    expect(await briefing.inputValue()).toContain(
      '\n• Assessments completed within 45 working days (CSC05): 88.1% (612 of 695) against a target of 85%.',
    );
    await page.screenshot({ path: path.join(artifacts, 'taskpane-dark-briefing.png') });
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor,
    );
    expect(background).not.toBe('rgb(255, 255, 255)');
    await screenshots(page, 'dark');
    expect(await seriousViolations(page)).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("shows the scorecard's own RAG beside ours, and lists each difference to check", async () => {
    const page = await openPane(
      false,
      workbookToGrids(await loadWorkbook(path.join(root, 'test/fixtures/sheet-rag.xlsx'))),
    );
    await page.getByRole('button', { name: 'Refresh RAG' }).click();
    await page.getByRole('status').filter({ hasText: 'Rated' }).waitFor();
    await showTab(page, 'Indicators');
    const list = page.getByRole('region', { name: 'Indicators' });
    // 21.4 days against 20, no tolerance stated: the sheet's Amber is followed, and said in Things to check.
    await expect(
      list.getByRole('listitem').filter({ hasText: 'Average days to process new benefit claims' }).textContent(),
    ).resolves.toContain('Sheet says Amber in G5, the same.');
    await expect(
      list.getByRole('listitem').filter({ hasText: 'Missed bin collections' }).textContent(),
    ).resolves.toContain('Sheet says Red (‘Off target’) in G7, which differs from ours: see Things to check.');
    await expect(
      list.getByRole('listitem').filter({ hasText: 'calls answered within 60 seconds' }).textContent(),
    ).resolves.toContain('Sheet says Amber (‘A’) in G6, the same.');
    await page.evaluate(() => document.getElementById('indicators-heading')?.scrollIntoView());
    await page.screenshot({ path: path.join(artifacts, 'taskpane-light-sheet-rag.png') });
    await showTab(page, 'Overview');
    await expect(
      page.getByText(/^Corporate KPIs!G7: the sheet rates 'Missed bin collections/).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.getByText(/^Corporate KPIs!G5: no tolerance is stated/).count()).resolves.toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("says a 'Target Met?' column's 'No' is in line with our amber, with no warning", async () => {
    // Shropshire Housing's layout: 96.93 against 99, higher is better, is amber; the sheet says "No".
    const page = await openPane(false, [
      {
        name: 'SSHA',
        values: [
          ['Indicator', 'Polarity', 'Target', 'Jan 2018', 'Target Met?'],
          ['Rent collected as % of rent owed', 'Higher', 99, 96.93, 'No'],
          ['Current tenant arrears %', 'Lower', 1.96, 1.36, 'Yes'],
        ],
      },
    ]);
    await page.getByRole('button', { name: 'Refresh RAG' }).click();
    await page.getByRole('status').filter({ hasText: 'Rated' }).waitFor();
    await showTab(page, 'Indicators');
    const list = page.getByRole('region', { name: 'Indicators' });
    await expect(list.getByRole('listitem').filter({ hasText: 'Rent collected' }).textContent()).resolves.toContain(
      'Sheet says Target not met (‘No’) in E2, in line with ours.',
    );
    await page.screenshot({ path: path.join(artifacts, 'taskpane-light-met-or-not.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 300_000);
  const TABS = ['Overview', 'Indicators', 'Narrative', 'Settings'] as const;
  const LOOKS = [
    { theme: 'light', dark: false, forcedColors: false },
    { theme: 'dark', dark: true, forcedColors: false },
    { theme: 'high-contrast', dark: true, forcedColors: true },
  ] as const;
  const walks = LOOKS.flatMap((look) => [320, 500].map((width) => ({ ...look, width })));

  /** Where each tab's element ends on the right, and the page's own width: nothing may run past it. */
  function overflow(page: Page): Promise<{ page: number; tabs: number[]; rows: number; wider: string[] }> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wider = [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((e) => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length > 0)
        .map(
          (e) => `${e.tagName.toLowerCase()}.${e.className.toString().split(' ')[0]} ${e.textContent?.slice(0, 30)}`,
        );
      return {
        page: width,
        tabs: [...document.querySelectorAll('[role=tab]')].map((t) => t.getBoundingClientRect().right),
        rows: new Set(
          [...document.querySelectorAll('[role=tab]')].map((t) => Math.round(t.getBoundingClientRect().top)),
        ).size,
        wider,
      };
    });
  }

  /**
   * The pane's links (Fluent's Link, drawn as buttons: they go to cells) whose text is not in the
   * system's link colour, as "name: colour"; in forced colours a button's text would otherwise take
   * the button colour and the link read as plain text.
   */
  function linksUnlikeLinkText(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const probe = document.createElement('a');
      probe.href = '#';
      probe.textContent = 'probe';
      document.body.append(probe);
      const linkText = getComputedStyle(probe).color;
      probe.remove();
      const links = [...document.querySelectorAll<HTMLElement>('[role=tabpanel]:not([hidden]) .fui-Link')];
      if (!links.length) return [];
      return links
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).color !== linkText)
        .map((e) => `${e.textContent?.slice(0, 30)}: ${getComputedStyle(e).color} (links: ${linkText})`);
    });
  }

  it.each(walks)(
    'walks every tab in the $theme theme at $width px, with nothing clipped and no serious accessibility fault',
    async ({ theme, dark, forcedColors, width }) => {
      const page = await openPane(dark, grids, false, { width, forcedColors });
      await page.getByText(/^These ratings/).waitFor();
      await refreshAndRead(page);
      await page.getByRole('button', { name: 'Draft narrative' }).click();
      await page.getByRole('textbox', { name: 'Draft narrative' }).waitFor();
      const folder = path.join(artifacts, 'tabs');
      mkdirSync(folder, { recursive: true });
      for (const tab of TABS) {
        await showTab(page, tab);
        // The folded sections open, so that what they hold is checked and seen too.
        for (const summary of await page.getByRole('tabpanel').locator('summary').all()) await summary.click();
        const fit = await overflow(page);
        expect({ tab, wider: fit.wider }).toEqual({ tab, wider: [] });
        for (const right of fit.tabs) expect(right).toBeLessThanOrEqual(fit.page);
        expect(fit.rows).toBe(1);
        expect({ tab, violations: await seriousViolations(page) }).toEqual({ tab, violations: [] });
        if (forcedColors) expect({ tab, unlike: await linksUnlikeLinkText(page) }).toEqual({ tab, unlike: [] });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: path.join(folder, `${theme}-${width}-${tab.toLowerCase()}.png`),
          fullPage: true,
        });
      }
      expect(await cspViolations(page)).toEqual([]);
      expect(outsideRequests).toEqual([]);
      await page.context().close();
    },
    300_000,
  );

  it('takes the keyboard: one Tab stop per list, the arrow keys inside it, and a visible focus', async () => {
    const page = await openPane(false);
    await page.getByText(/^These ratings/).waitFor();
    const active = () =>
      page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return { role: e?.getAttribute('role') ?? e?.tagName.toLowerCase(), text: e?.textContent ?? '' };
      });
    // The tabs: one stop, the arrows move between them.
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Indicators' }).evaluate((t) => t === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('tabpanel', { name: 'Indicators' }).waitFor();
    await page.getByRole('region', { name: 'Scorecard › Front Door' }).waitFor();
    // The filters: one stop, the arrows move between them.
    const filters = page.getByRole('toolbar', { name: 'Show indicators' });
    await filters.getByRole('button').first().focus();
    await page.keyboard.press('ArrowRight');
    expect((await active()).text).toMatch(/^Red \(\d+\)$/);
    await page.keyboard.press('Tab');
    const firstList = page.getByRole('tabpanel').getByRole('list').first();
    expect(await firstList.evaluate((list) => list.contains(document.activeElement))).toBe(true);
    const first = (await active()).text;
    await page.keyboard.press('ArrowDown');
    const second = (await active()).text;
    expect(second).not.toBe(first);
    expect(await firstList.evaluate((list) => list.contains(document.activeElement))).toBe(true);
    // Fluent draws the keyboard focus: the focused element carries its focus-visible marker and an outline.
    const look = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      const after = getComputedStyle(e, '::after');
      return {
        marked: e.hasAttribute('data-fui-focus-visible') || e.matches(':focus-visible'),
        drawn: after.borderStyle !== 'none' || getComputedStyle(e).outlineStyle !== 'none',
      };
    });
    expect(look).toEqual({ marked: true, drawn: true });
    await page.screenshot({ path: path.join(artifacts, 'taskpane-light-keyboard.png') });
    // Tab leaves the list: it is one stop, not one per indicator.
    await page.keyboard.press('Tab');
    expect(await firstList.evaluate((list) => list.contains(document.activeElement))).toBe(false);
    await page.context().close();
  }, 300_000);

  it('keeps the JavaScript the pane loads before it can show anything under 160 KiB gzip', () => {
    const html = readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const local = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
      .map((m) => m[1])
      .filter((src) => !src.startsWith('http'));
    expect(local.length).toBeGreaterThan(1);
    const bytes = local.reduce(
      (sum, src) => sum + gzipSync(readFileSync(path.join(outDir, src)), { level: 9 }).length,
      0,
    );
    console.log(`Task pane initial JavaScript: ${(bytes / 1024).toFixed(1)} KiB gzip in ${local.length} files.`);
    expect(bytes / 1024).toBeLessThan(160);
  });
});
