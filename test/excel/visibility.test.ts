import { whenPaneShown } from '../../src/excel/visibility';
import { FakeAddin } from './fake/addin';

describe('when the task pane is shown again', () => {
  it('calls back each time the pane is shown after being hidden, not when it is hidden', async () => {
    const addin = new FakeAddin();
    const shown = jest.fn();
    whenPaneShown(shown, { addin });
    await addin.hide();
    expect(shown).not.toHaveBeenCalled();
    await addin.showAsTaskpane();
    expect(shown).toHaveBeenCalledTimes(1);
    await addin.hide();
    await addin.showAsTaskpane();
    expect(shown).toHaveBeenCalledTimes(2);
  });

  it('stops when asked, removing its handler once Office has added it', async () => {
    const addin = new FakeAddin();
    const shown = jest.fn();
    const stop = whenPaneShown(shown, { addin });
    expect(addin.listening).toBe(1);
    await Promise.resolve();
    stop();
    await addin.hide();
    await addin.showAsTaskpane();
    expect(shown).not.toHaveBeenCalled();
    expect(addin.listening).toBe(0);
  });

  it('removes the handler even when stopped before Office has added it', async () => {
    const addin = new FakeAddin();
    const stop = whenPaneShown(jest.fn(), { addin });
    stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(addin.listening).toBe(0);
  });

  it('does nothing outside a shared runtime, where Office has no addin', () => {
    const stop = whenPaneShown(jest.fn(), {});
    expect(stop).not.toThrow();
  });
});
