/**
 * Runs before each test file. In the pane's tests (jsdom), Testing Library's `findBy…` and `waitFor`
 * wait up to 1 second by default; a section loaded on demand (a lazy import) can take longer than that
 * on a loaded machine, so they wait up to the test's own ceiling instead. A wait that never ends still
 * fails the test; nothing here makes a test depend on speed.
 */
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require('@testing-library/dom') as typeof import('@testing-library/dom');
  configure({ asyncUtilTimeout: 60_000 });
}
