/** @jest-environment jsdom */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandFunctionNames } from '../../src/commands/commands';
import { requirementSets } from '../../src/app/requirementSets';

const root = join(__dirname, '..', '..');
const devUrl = 'https://localhost:3000/';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const manifestText = readFileSync(join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(manifestText, 'application/xml');

const all = (localName: string): Element[] => Array.from(doc.getElementsByTagNameNS('*', localName));
const text = (localName: string): string[] => all(localName).map((e) => e.textContent?.trim() ?? '');
const xsiType = (e: Element): string | null => e.getAttributeNS(XSI, 'type');

/** Resource id → URL/text, per resource kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resources(kind: string): Map<string, string> {
  const section = doc.getElementsByTagNameNS(BT, kind)[0];
  const entries = section
    ? Array.from(section.children).map(
        (e) => [e.getAttribute('id') ?? '', e.getAttribute('DefaultValue') ?? ''] as const,
      )
    : [];
  return new Map(entries);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file a development URL serves, for assets copied as they are. */
const localFile = (url: string): string => join(root, url.slice(devUrl.length));

/** xmllint's complaint about a manifest against Microsoft's schemas (test/manifest/schemas), or '' when it is valid. */
function schemaComplaint(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  try {
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, xml);
    const schema = join(__dirname, 'schemas', 'OfficeAppManifestV1_1.xsd');
    const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
    if (result.error) throw new Error(`xmllint is needed to validate the manifest offline: ${result.error.message}`);
    return result.status === 0 ? '' : result.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.xml', () => {
  it("is valid against Microsoft's manifest schemas, which refuse elements out of order", () => {
    expect(schemaComplaint(manifestText)).toBe('');
    const misordered = manifestText.replace(
      /(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/,
      '$2$1',
    );
    expect(misordered).not.toBe(manifestText);
    expect(schemaComplaint(misordered)).toMatch(/ProviderName/);
  });

  it('is well-formed XML for a task pane add-in in Excel', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(xsiType(doc.documentElement)).toBe('TaskPaneApp');
    expect(text('Id')[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text('ProviderName')).toEqual(['Scorecard Narrator']);
    expect(text('DefaultLocale')).toEqual(['en-GB']);
    expect(text('Permissions')).toEqual(['ReadWriteDocument']);
    expect(
      all('Host')
        .filter((h) => h.getAttribute('Name'))
        .map((h) => h.getAttribute('Name')),
    ).toEqual(['Workbook']);
  });

  it('resolves every resid to a defined resource of the right kind, and defines none unused', () => {
    const kindOf: Record<string, string> = {
      Image: 'Images',
      Runtime: 'Urls',
      FunctionFile: 'Urls',
      SourceLocation: 'Urls',
      LearnMoreUrl: 'Urls',
      Label: 'ShortStrings',
      Title: 'ShortStrings',
      Description: 'LongStrings',
    };
    const used = new Set<string>();
    const references = Array.from(doc.querySelectorAll('[resid]'));
    expect(references.length).toBeGreaterThan(20);
    for (const element of references) {
      const resid = element.getAttribute('resid') ?? '';
      const kind = kindOf[element.localName];
      expect({ element: element.localName, resid, defined: kind ? resources(kind).has(resid) : false }).toEqual({
        element: element.localName,
        resid,
        defined: true,
      });
      used.add(resid);
    }
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
      for (const id of resources(kind).keys()) {
        expect(id.length).toBeLessThanOrEqual(32);
        expect({ id, used: used.has(id) }).toEqual({ id, used: true });
      }
    }
  });

  it('keeps strings within Office limits (125 short, 250 long) and in British English', () => {
    for (const value of resources('ShortStrings').values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of resources('LongStrings').values()) expect(value.length).toBeLessThanOrEqual(250);
    expect(manifestText).not.toMatch(/\b(color|organization|summarize|analyze)\b/i);
  });

  it('declares every icon at the size of its PNG file', () => {
    const images = resources('Images');
    const declared = all('Image').filter((e) => e.getAttribute('size'));
    expect(declared.length).toBeGreaterThan(0);
    for (const image of declared) {
      const url = images.get(image.getAttribute('resid') ?? '') ?? '';
      const size = Number(image.getAttribute('size'));
      expect({ url, size: pngSize(localFile(url)) }).toEqual({ url, size: { width: size, height: size } });
    }
    const iconUrl = all('IconUrl')[0].getAttribute('DefaultValue') ?? '';
    const highRes = all('HighResolutionIconUrl')[0].getAttribute('DefaultValue') ?? '';
    expect(pngSize(localFile(iconUrl))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(highRes))).toEqual({ width: 64, height: 64 });
    expect(pngSize(join(root, 'assets', 'icon-128.png'))).toEqual({ width: 128, height: 128 });
  });

  it('points every address at the development server', () => {
    const urls = Array.from(doc.querySelectorAll('[DefaultValue]'))
      .map((e) => e.getAttribute('DefaultValue') ?? '')
      .filter((value) => /^[a-z]+:\/\//i.test(value));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(devUrl)).toBe(true);
    for (const url of urls.filter((u) => u.includes('/assets/'))) expect(existsSync(localFile(url))).toBe(true);
  });

  it('declares exactly the requirement sets the code relies on', () => {
    const sets = all('Set').map((s) => ({ name: s.getAttribute('Name'), minVersion: s.getAttribute('MinVersion') }));
    expect(sets).toEqual(requirementSets.map((s) => ({ name: s.name, minVersion: s.minVersion })));
    expect(sets).toContainEqual({ name: 'SharedRuntime', minVersion: '1.1' });
    // Every Excel with SharedRuntime 1.1 (Microsoft 365 2002+, 2021+, Mac 16.35+, the web) has ExcelApi
    // 1.9; Excel 2016, 2019 and the iPad have neither. Declaring less would promise an Excel that cannot run it.
    expect(sets).toContainEqual({ name: 'ExcelApi', minVersion: '1.9' });
  });

  it('opens one task pane: every ShowTaskpane action names the same TaskpaneId and the runtime page', () => {
    // "A shared runtime only supports the use of one task pane. Note that any task pane without a
    // <TaskpaneID> is considered a different task pane." (Configure your Office Add-in to use a shared runtime)
    const actions = all('Action').filter((a) => xsiType(a) === 'ShowTaskpane');
    expect(actions.length).toBeGreaterThan(0);
    const ids = actions.map((a) => a.getElementsByTagNameNS('*', 'TaskpaneId')[0]?.textContent?.trim() ?? null);
    expect(ids.every((id) => id !== null && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(1);
    const pages = actions.map((a) => a.getElementsByTagNameNS('*', 'SourceLocation')[0]?.getAttribute('resid'));
    expect(new Set(pages)).toEqual(new Set(all('Runtime').map((r) => r.getAttribute('resid'))));
  });

  it('runs the ribbon and the pane in one long-lived runtime on the task pane page', () => {
    const runtimes = all('Runtime');
    expect(runtimes.map((r) => [r.getAttribute('resid'), r.getAttribute('lifetime')])).toEqual([
      ['Taskpane.Url', 'long'],
    ]);
    expect(all('FunctionFile').map((f) => f.getAttribute('resid'))).toEqual(['Taskpane.Url']);
    expect(
      all('SourceLocation')
        .filter((s) => s.getAttribute('resid'))
        .map((s) => s.getAttribute('resid')),
    ).toEqual(['Taskpane.Url']);
    expect(resources('Urls').get('Taskpane.Url')).toBe(`${devUrl}taskpane.html`);
    expect(xsiType(all('VersionOverrides')[0])).toBe('VersionOverridesV1_0');
  });

  it('gives Refresh RAG and Draft narrative keyboard shortcuts that Office accepts, through the functions the ribbon calls', () => {
    // https://learn.microsoft.com/office/dev/add-ins/design/keyboard-shortcuts: the JSON file named
    // by ExtendedOverrides, right after VersionOverrides; each action associated by Office.actions.associate.
    const overrides = all('ExtendedOverrides');
    expect(overrides.map((e) => e.getAttribute('Url'))).toEqual([`${devUrl}shortcuts.json`]);
    expect(overrides[0].previousElementSibling?.localName).toBe('VersionOverrides');
    const shortcuts = JSON.parse(readFileSync(join(root, 'src', 'commands', 'shortcuts.json'), 'utf8')) as {
      actions: { id: string; type: string; name: string }[];
      shortcuts: { action: string; key: { default: string } }[];
    };
    // Clear RAG, which removes, has no shortcut: a slip of the fingers should not undo a refresh.
    expect(shortcuts.actions.map((a) => a.id)).toEqual(['refreshRag', 'draftNarrative']);
    expect(shortcuts.actions.every((a) => a.type === 'ExecuteFunction')).toBe(true);
    const labels = resources('ShortStrings');
    expect(shortcuts.actions.map((a) => a.name)).toEqual([
      labels.get('RefreshRag.Label'),
      labels.get('DraftNarrative.Label'),
    ]);
    expect(shortcuts.shortcuts.map((s) => s.action)).toEqual(['refreshRag', 'draftNarrative']);
    for (const a of shortcuts.actions) expect(commandFunctionNames).toContain(a.id);
    const keys = shortcuts.shortcuts.map((s) => s.key.default);
    expect(new Set(keys).size).toBe(keys.length);
    // Office's pattern least likely to clash with Excel or another add-in: Ctrl+Shift+Alt and one other key.
    for (const key of keys) expect(key).toMatch(/^Ctrl\+Shift\+Alt\+[A-Z0-9]$/);
  });

  it('puts a Scorecard group on the Home tab with the four buttons', () => {
    const tab = all('OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const strings = resources('ShortStrings');
    const group = tab.getElementsByTagNameNS('*', 'Group')[0];
    const label = (e: Element) =>
      strings.get(
        Array.from(e.children)
          .find((c) => c.localName === 'Label')
          ?.getAttribute('resid') ?? '',
      );
    expect(label(group)).toBe('Scorecard');
    const controls = Array.from(group.getElementsByTagNameNS('*', 'Control')).map((c) => {
      const action = c.getElementsByTagNameNS('*', 'Action')[0];
      return {
        label: label(c),
        action: xsiType(action),
        functionName: action.getElementsByTagNameNS('*', 'FunctionName')[0]?.textContent ?? null,
      };
    });
    expect(controls).toEqual([
      { label: 'Refresh RAG', action: 'ExecuteFunction', functionName: 'refreshRag' },
      { label: 'Draft narrative', action: 'ExecuteFunction', functionName: 'draftNarrative' },
      { label: 'Clear RAG', action: 'ExecuteFunction', functionName: 'clearRag' },
      { label: 'Open pane', action: 'ShowTaskpane', functionName: null },
    ]);
  });

  it('names only functions that the commands module associates', () => {
    expect(new Set(text('FunctionName'))).toEqual(new Set(commandFunctionNames));
  });
});
