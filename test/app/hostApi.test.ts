import { describeError, unavailableHost } from '../../src/app/hostApi';
import { getSharedHost, setSharedHost, whenSharedHost } from '../../src/app/sharedHost';

describe('describeError', () => {
  it('keeps an error message or a thrown string, and never prints an object', () => {
    expect(describeError(new Error('Scorecard!F12: the sheet is protected.'))).toBe(
      'Scorecard!F12: the sheet is protected.',
    );
    expect(describeError('The workbook is read-only.')).toBe('The workbook is read-only.');
    for (const odd of [{ code: 'GeneralException' }, new Error('  '), undefined, 42]) {
      expect(describeError(odd)).toMatch(/^Something went wrong in Excel\. Please try again/);
    }
  });
});

describe('the shared host', () => {
  it('refuses politely until the workbook host is installed, then uses it', async () => {
    expect(getSharedHost()).toBe(unavailableHost);
    await expect(getSharedHost().refreshRag()).rejects.toThrow(/cannot reach the workbook/);
    await expect(getSharedHost().draftNarrative()).rejects.toThrow(/Open it from the Home tab in Excel/);
    const early = whenSharedHost();
    const workbook = { refreshRag: async () => ({ message: 'ok' }), draftNarrative: async () => ({ text: 'ok' }) };
    setSharedHost(workbook);
    expect(getSharedHost()).toBe(workbook);
    // Whoever asked before the host was installed gets it, as does whoever asks after.
    await expect(early).resolves.toBe(workbook);
    await expect(whenSharedHost()).resolves.toBe(workbook);
  });
});
