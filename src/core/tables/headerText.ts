import type { RawValue } from '../values/types';
import { tidySpaces } from '../values/whitespace';

/**
 * Header text as people see it and as the engine compares it: case, punctuation, line breaks
 * and extra spaces do not matter ("Target\n2021/22", "TARGET  2021/22", "Target (2021/22)").
 */

/** True when a cell holds nothing: empty, null, or only spaces. */
export function isBlank(value: RawValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell's value as a single line of text: line breaks and runs of spaces become one space. */
export function displayText(value: RawValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return tidySpaces(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return value.error;
}

/** Text the punctuation passes of {@link headerWords} leave as it is, but for case: letters, digits, spaces, "%", "#" and "/". */
const PLAIN = /^[A-Za-z0-9 %#/]*$/;

/** A word of a header: not empty, and not a dash or slash alone. */
function isWord(w: string): boolean {
  return w !== '' && !/^[-/]+$/.test(w);
}

/**
 * The words of a header for matching synonyms: lower case, "&" read as "and", hyphens between
 * letters as spaces ("Year-end" → "year end"), other punctuation dropped. Keeps "/" and "-"
 * between digits ("2021/22", "Dec-21"), "%" and "#".
 */
export function headerWords(text: string): string[] {
  // Most headers and labels are plain words: for them, the passes below come to splitting at spaces.
  if (PLAIN.test(text)) return text.toLowerCase().split(' ').filter(isWord);
  return text
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/&/g, ' and ')
    .replace(/(?<=[a-z])-(?=[a-z])/g, ' ')
    .replace(/[^a-z0-9%#/-]+/g, ' ')
    .split(' ')
    .filter(isWord);
}

/** A comparison key for header text: its words joined by single spaces. */
export function headerKey(text: string): string {
  return headerWords(text).join(' ');
}
