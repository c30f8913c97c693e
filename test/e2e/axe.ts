import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * What axe finds serious or critical. Fluent's focus management (Tabster) puts a pair of hidden
 * focus sentinels, `<i data-tabster-dummy tabindex="0" aria-hidden="true">`, around each arrow-key
 * group — the TabList's own included — which pass focus on the moment they receive it; axe reports
 * them under aria-hidden-focus, a false positive Tabster and Fluent document (microsoft/tabster
 * issue 288, microsoft/fluentui issue 25133) and Accessibility Insights suppresses
 * (microsoft/accessibility-insights-web pull request 7605). Those nodes alone are left out; any
 * other node under that rule still counts.
 * @param within a selector to check only part of the page
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      ...v,
      nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
