/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import { createExcelHost } from '../excel/host';
import { App } from './App';
import { unavailableHost } from '../app/hostApi';
import { getSharedHost, setSharedHost } from '../app/sharedHost';
import { startupProblem } from './startupCheck';
import { prefersDarkTheme } from './theme';

// The pane's Content-Security-Policy allows no eval. Zod would otherwise probe for it with
// `new Function`, which fails quietly but is reported as a policy violation on every start.
zodConfig({ jitless: true });

/** Renders the pane once Office.js is ready; the page's `#container` must exist. */
function start(info: { host: Office.HostType | null }): void {
  // Installed first, whatever the host: ribbon clicks that came before Office.js was ready wait for it.
  setSharedHost(String(info.host) === 'Excel' ? createExcelHost() : unavailableHost);
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element.');
  const context = typeof Office.context === 'object' ? Office.context : undefined;
  const requirements = context?.requirements;
  const problem = startupProblem({
    host: info.host === null ? null : String(info.host),
    isSetSupported: requirements ? (name, minVersion) => requirements.isSetSupported(name, minVersion) : undefined,
  });
  const browserDark =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  const dark = prefersDarkTheme(context?.officeTheme, browserDark);
  createRoot(container).render(<App host={getSharedHost()} dark={dark} startupError={problem} />);
}

void Office.onReady(start);
