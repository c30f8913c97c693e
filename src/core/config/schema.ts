/**
 * Checking a scorecard configuration: every problem named by its path, in plain words, and the
 * defaults filled in. The add-in stores the same shape in the workbook.
 */
import type { z } from 'zod';
import type { ScorecardConfig } from './types';
import { ConfigError } from './ConfigError';
import { configSchema, knownKeysAt } from './configSchema';
import { configMessages, describeIssue, pathText } from './messages';

export { ConfigError } from './ConfigError';
export { configJsonSchema, configSchema } from './configSchema';
export { DEFAULT_CONFIG } from './defaults';

/**
 * The parsed configuration as the engine uses it: the `$schema` key dropped, and an optional
 * setting left out rather than present as undefined. Every other setting passes through as the
 * schema parsed it, so a setting added to the schema needs nothing here.
 */
function toScorecardConfig(data: z.output<typeof configSchema>): ScorecardConfig {
  const settings: Partial<typeof data> = { ...data };
  for (const key of Object.keys(settings) as (keyof typeof data)[]) {
    if (key === '$schema' || settings[key] === undefined) delete settings[key];
  }
  return settings as Omit<typeof data, '$schema'>;
}

/** The configuration as a value: JSON text is parsed, nothing at all means "all defaults". */
function asValue(input: unknown, source: string | null): unknown {
  if (input === undefined) return {};
  if (typeof input !== 'string') return input;
  try {
    // A byte-order mark (Notepad begins UTF-8 files with one) is not JSON, but says nothing either.
    return JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`${pathText([])}: ${configMessages.notJson(detail)}`], source);
  }
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
  const where = source ?? null;
  const result = configSchema.safeParse(asValue(input, where), { reportInput: true });
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.flatMap((issue) => describeIssue(issue, knownKeysAt)),
      where,
    );
  }
  return toScorecardConfig(result.data);
}
