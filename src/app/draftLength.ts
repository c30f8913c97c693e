import { countText } from '../core';

/** "2,315 characters, 388 words": the draft's length as the editor shows it, counted as the officer types. */
export function draftLength(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  const characters = [...text].length;
  return `${countText(characters)} ${characters === 1 ? 'character' : 'characters'}, ${countText(words)} ${words === 1 ? 'word' : 'words'}`;
}
