/**
 * `parseConfig`, the way into the configuration for the hosts. The schema that checks a
 * configuration is built on zod, whose loading is most of the command line's start-up; it is loaded
 * the first time there is something to check, so that a run with no configuration (the command line
 * without `--config`) starts without it.
 */
import type { ScorecardConfig } from './types';
import { DEFAULT_CONFIG } from './defaults';

/** Nothing to check: no configuration at all, or an empty object (`{}`) as plain as JSON makes. */
function saysNothing(input: unknown): boolean {
  if (input === undefined) return true;
  if (input === null || typeof input !== 'object' || Object.getPrototypeOf(input) !== Object.prototype) return false;
  return Reflect.ownKeys(input).length === 0;
}

/**
 * Checks a configuration and returns it with every default filled in: tolerance relative 0.05
 * (within 5 % of the target), amber rule 'tolerance', style "per cent" with 1 decimal place and
 * small numbers below 20, no table or indicator settings.
 *
 * Accepts the parsed object, or JSON text; `undefined` gives the defaults. A `"$schema"` key is
 * allowed and ignored. Unknown settings are refused, with a suggestion for likely typos.
 *
 * @param input the configuration (an object, or JSON text)
 * @param source where it came from, for the error message ("scorecard.json")
 * @throws ConfigError listing every problem, each naming its setting
 *   ("indicators.CS01.tolerance.value: must be a number of at least 0")
 */
export function parseConfig(input: unknown, source?: string): ScorecardConfig {
  // The defaults as the schema gives an empty configuration them (a test holds the two alike): a copy, not frozen.
  if (saysNothing(input)) return structuredClone(DEFAULT_CONFIG);
  // Loaded now, not with the engine: a require the hosts' bundlers keep lazy.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkConfig } = require('./check') as typeof import('./check');
  return checkConfig(input, source);
}
