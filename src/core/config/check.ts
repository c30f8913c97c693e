/**
 * Checking a scorecard configuration with its schema: every problem named by its path, in plain
 * words, and the defaults filled in. The hosts call `parseConfig` (`parse.ts`), which loads this
 * module, and with it zod, only when there is something to check.
 */
import type { z } from 'zod';
import type { ScorecardConfig } from './types';
import { ConfigError } from './ConfigError';
import { configSchema, knownKeysAt } from './configSchema';
import { configMessages, describeIssue, pathText } from './messages';

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
 * `parseConfig`'s checking, with the schema: the configuration with every default filled in.
 *
 * @throws ConfigError listing every problem, each naming its setting
 */
export function checkConfig(input: unknown, source?: string): ScorecardConfig {
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
