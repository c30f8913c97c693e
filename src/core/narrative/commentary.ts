/**
 * Whether the service's words in a commentary or actions cell say something worth quoting. A
 * scorecard's commentary column often holds placeholders — "Context measure", "N/A", "See above",
 * "Monitoring only" — which, quoted, read as filler: those, and anything of fewer than three
 * words, are left out.
 */

/** Placeholders, as {@link wordsOf} gives them. */
const PLACEHOLDERS = new Set([
  'context measure',
  'context measure only',
  'context only',
  'contextual measure',
  'contextual indicator',
  'context indicator',
  'monitoring only',
  'for monitoring',
  'for monitoring only',
  'monitor only',
  'for information',
  'for information only',
  'information only',
  'no commentary',
  'no comment',
  'no comments',
  'no commentary required',
  'no commentary provided',
  'commentary to follow',
  'comments to follow',
  'update to follow',
  'to follow',
  'none',
  'nil',
  'na',
  'n a',
  'not applicable',
  'tbc',
  'to be confirmed',
  'see above',
  'see below',
  'as above',
  'as below',
  'see commentary',
  'see narrative',
  'no change',
  'no update',
  'no further update',
  'awaiting update',
  'awaiting data',
  'data awaited',
  'not required',
  'nothing to report',
  'nothing further to report',
  'no issues',
  'no issues to report',
  'on track',
  'data only',
  'annual measure',
  'reported annually',
  'annual indicator',
  'new indicator',
  'new measure',
  'baseline year',
  'no target',
  'target not set',
]);

/** Lower-case words, punctuation dropped: "N/A." → "n a". */
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text whose own last mark ends a sentence. */
const ENDS_A_SENTENCE = /[.!?…]$/;

/**
 * The words to quote, ending with a full stop ("Two agency chairs start in October."), or null
 * when they are a placeholder or fewer than three words.
 */
export function quotable(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const words = wordsOf(trimmed);
  if (words === '' || PLACEHOLDERS.has(words) || words.split(' ').length < 3) return null;
  return ENDS_A_SENTENCE.test(trimmed) ? trimmed : `${trimmed}.`;
}
