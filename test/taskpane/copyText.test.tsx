/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { copyNarrative, narrativeHtml } from '../../src/app/copyText';
import type { HostApi } from '../../src/app/hostApi';

const text = 'Performance summary: Q2 2021/22\n\nOf the 28 indicators, 10 are green.\nCSC02 <b> & more.';

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('copying the narrative', () => {
  it('makes a paragraph per block, keeps line breaks and escapes markup', () => {
    expect(narrativeHtml(text)).toBe(
      '<p>Performance summary: Q2 2021/22</p>\n<p>Of the 28 indicators, 10 are green.<br>CSC02 &lt;b&gt; &amp; more.</p>',
    );
  });

  it("pastes the reds and a briefing's lines as a list under their heading", () => {
    expect(
      narrativeHtml('Red indicators\n• CSC07: 71.2 per cent.\n• CSC10: 23.4 per cent.\n\nRAG summary\nGreen (9): A; B'),
    ).toBe(
      '<p>Red indicators</p><ul><li>CSC07: 71.2 per cent.</li><li>CSC10: 23.4 per cent.</li></ul>\n<p>RAG summary<br>Green (9): A; B</p>',
    );
  });

  it('copies plain text where rich text is not offered', async () => {
    const writeText = jest.fn(async () => undefined);
    await expect(copyNarrative(text, { writeText })).resolves.toBe('plain');
    expect(writeText).toHaveBeenCalledWith(text);
  });

  it('copies rich text with a plain-text twin where the browser offers both', async () => {
    const written: Record<string, Blob>[] = [];
    class FakeClipboardItem {
      constructor(readonly parts: Record<string, Blob>) {
        written.push(parts);
      }
    }
    Object.defineProperty(globalThis, 'ClipboardItem', { value: FakeClipboardItem, configurable: true });
    try {
      const write = jest.fn(async () => undefined);
      const writeText = jest.fn(async () => undefined);
      await expect(copyNarrative(text, { write, writeText })).resolves.toBe('rich');
      expect(Object.keys(written[0]).sort()).toEqual(['text/html', 'text/plain']);
      expect(await blobText(written[0]['text/html'])).toBe(narrativeHtml(text));
      expect(await blobText(written[0]['text/plain'])).toBe(text);
      expect(writeText).not.toHaveBeenCalled();
    } finally {
      delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
    }
  });

  it('says how to copy by hand when the clipboard is refused', async () => {
    const writeText = jest.fn(() => Promise.reject(new Error('NotAllowedError')));
    await expect(copyNarrative(text, { writeText })).rejects.toThrow('press Ctrl+C');
    await expect(copyNarrative(text, undefined)).rejects.toThrow('press Ctrl+C');
  });

  it('copies the officer’s edited draft from the pane', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const host: HostApi = {
      refreshRag: async () => ({ message: 'Rated.' }),
      draftNarrative: async () => ({ text: 'Ten are green.' }),
    };
    render(<App host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Draft narrative' }), ' Checked.');
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('Ten are green. Checked.');
    expect(await screen.findByText('Copied as plain text.')).toBeTruthy();
  });
});
