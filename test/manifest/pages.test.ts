/** @jest-environment jsdom */
/**
 * The pages the add-in serves (every HtmlWebpackPlugin page in webpack.config.js) carry one
 * Content-Security-Policy: scripts only from the add-in itself and Office.js from Microsoft's CDN,
 * none inline; and a production build writes no source maps beside them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const CDN = 'https://appsforoffice.microsoft.com';

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename?: string; template?: string };
}

interface Config {
  devtool?: string | false;
  plugins: Plugin[];
}

async function configFor(mode: 'production' | 'development'): Promise<Config> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(root, 'webpack.config.js')) as (e: object, a: { mode: string }) => Promise<Config>;
  return factory({ WEBPACK_BUILD: true }, { mode });
}

/** Each page webpack writes, with the template it is made from. */
async function pages(): Promise<{ filename: string; html: Document }[]> {
  const config = await configFor('production');
  return config.plugins
    .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p) => ({
      filename: p.userOptions?.filename ?? '',
      html: new DOMParser().parseFromString(
        readFileSync(join(root, p.userOptions?.template ?? ''), 'utf8'),
        'text/html',
      ),
    }));
}

/** A policy's directives: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

describe('the pages the add-in serves', () => {
  it('are the task pane and the help page, each with one Content-Security-Policy ahead of anything it governs', async () => {
    const all = await pages();
    expect(all.map((p) => p.filename)).toEqual(expect.arrayContaining(['taskpane.html', 'help.html']));
    for (const { filename, html } of all) {
      const metas = Array.from(html.querySelectorAll('meta[http-equiv]')).filter(
        (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect({ filename, policies: metas.length }).toEqual({ filename, policies: 1 });
      // A policy in a <meta> governs only what comes after it.
      const first = html.head.querySelector('script, style, link');
      expect({ filename, policyFirst: !first || metas[0].compareDocumentPosition(first) === 4 }).toEqual({
        filename,
        policyFirst: true,
      });
    }
  });

  it("allow scripts only from the add-in and Microsoft's Office.js CDN: nothing inline, no eval", async () => {
    for (const { filename, html } of await pages()) {
      const meta = html.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const policy = directives(meta?.getAttribute('content') ?? '');
      expect({ filename, default: policy.get('default-src') }).toEqual({ filename, default: ["'self'"] });
      expect({ filename, script: policy.get('script-src') }).toEqual({ filename, script: ["'self'", CDN] });
      expect({ filename, object: policy.get('object-src') }).toEqual({ filename, object: ["'none'"] });
      expect({ filename, base: policy.get('base-uri') }).toEqual({ filename, base: ["'none'"] });
      // Fluent UI's styles are written into <style> elements at run time (see the comment in each page).
      expect({ filename, style: policy.get('style-src') }).toEqual({ filename, style: ["'self'", "'unsafe-inline'"] });
      for (const sources of policy.values()) {
        expect(sources).not.toContain("'unsafe-eval'");
        expect(sources).not.toContain('*');
      }
    }
  });

  it('hold no inline script or event handler, and load scripts only from the CDN or the add-in', async () => {
    for (const { filename, html } of await pages()) {
      for (const script of Array.from(html.querySelectorAll('script'))) {
        const src = script.getAttribute('src');
        expect({ filename, inline: src === null ? script.textContent : null }).toEqual({ filename, inline: null });
        expect({ filename, src, allowed: src!.startsWith(`${CDN}/`) || !/^[a-z]+:|^\/\//i.test(src!) }).toEqual({
          filename,
          src,
          allowed: true,
        });
      }
      const handlers = Array.from(html.querySelectorAll('*')).flatMap((e) =>
        e.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
      );
      expect({ filename, handlers }).toEqual({ filename, handlers: [] });
    }
  });
});

describe('source maps', () => {
  it('are not written by a production build, so dist/ serves no source', async () => {
    expect((await configFor('production')).devtool).toBe(false);
  });

  it('are written for development, where the dev server serves them to the developer', async () => {
    expect((await configFor('development')).devtool).toBe('source-map');
  });
});
