/** The parts of `navigator.clipboard` the Copy button uses. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
  write?(items: ClipboardItem[]): Promise<void>;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A block's lines as HTML: bulleted lines ("• …") as a list, the others as a paragraph with its line breaks. */
function blockHtml(block: string): string {
  const out: string[] = [];
  let lines: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (lines.length) out.push(`<p>${lines.map(escapeHtml).join('<br>')}</p>`);
    if (items.length) out.push(`<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    lines = [];
    items = [];
  };
  for (const line of block.split('\n')) {
    const bullet = /^\s*•\s+/.exec(line);
    if (bullet) {
      if (lines.length) flush();
      items.push(line.slice(bullet[0].length));
    } else {
      if (items.length) flush();
      lines.push(line);
    }
  }
  flush();
  return out.join('');
}

/** The narrative as simple HTML for pasting into a report: a paragraph per block, line breaks kept, bullets as a list. */
export function narrativeHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map(blockHtml)
    .join('\n');
}

/**
 * Copies the narrative: as rich text (HTML) and plain text where the browser allows both, else
 * as plain text. Resolves to which was copied; rejects with a sentence when neither is allowed.
 */
export async function copyNarrative(
  text: string,
  clipboard: ClipboardLike | undefined = globalThis.navigator?.clipboard,
): Promise<'rich' | 'plain'> {
  if (!clipboard) throw new Error(cannotCopy);
  if (typeof clipboard.write === 'function' && typeof ClipboardItem === 'function') {
    try {
      const item = new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([narrativeHtml(text)], { type: 'text/html' }),
      });
      await clipboard.write([item]);
      return 'rich';
    } catch {
      // Some hosts allow plain text only; fall through.
    }
  }
  try {
    await clipboard.writeText(text);
    return 'plain';
  } catch {
    throw new Error(cannotCopy);
  }
}

const cannotCopy =
  'Excel did not allow copying from the pane. Select the text in the box and press Ctrl+C (Cmd+C on a Mac).';
