import { ScorecardError } from '../errors';

/**
 * Thrown by {@link parseConfig} when a configuration is not valid: `issues` holds one sentence
 * per problem, each naming where it is ("indicators.CS01.tolerance.value: must be a number of
 * at least 0").
 */
export class ConfigError extends ScorecardError<'config-invalid'> {
  override readonly name = 'ConfigError';
  /** One message per problem, each starting with the setting's path. */
  readonly issues: readonly string[];
  /** Where the configuration came from (a file name or "workbook settings"), if known. */
  readonly source: string | null;

  constructor(issues: readonly string[], source: string | null = null) {
    const where = source === null ? '' : ` in ${source}`;
    const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
    super('config-invalid', `The configuration${where} has ${count}:\n${issues.map((i) => `- ${i}`).join('\n')}`);
    this.issues = [...issues];
    this.source = source;
  }
}
