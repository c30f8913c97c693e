/**
 * The configuration's JSON Schema file is what `npm run schema` writes from the zod schema today,
 * and the sample configuration names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configSchemaText, SCHEMA_PATH } from '../../scripts/configSchema';
import { parseConfig } from '../../src/core/config/schema';

const root = join(__dirname, '..', '..');
const samplePath = join(root, 'samples', 'northmoor-config.json');

describe('the configuration JSON Schema file', () => {
  it('is committed as the script writes it (run "npm run schema" after changing the configuration schema)', () => {
    expect(readFileSync(join(root, SCHEMA_PATH), 'utf8')).toBe(configSchemaText());
  });

  it('describes the configuration with its settings and refuses unknown ones', () => {
    const schema = JSON.parse(configSchemaText()) as {
      $schema: string;
      title: string;
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Scorecard Narrator configuration');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['$schema', 'tolerance', 'indicators']));
  });

  it('is named by the sample configuration, which the configuration check accepts', () => {
    const text = readFileSync(samplePath, 'utf8');
    const sample = JSON.parse(text) as { $schema?: string };
    expect(sample.$schema).toBeDefined();
    const named = resolve(dirname(samplePath), sample.$schema!);
    expect(named).toBe(join(root, SCHEMA_PATH));
    expect(existsSync(named)).toBe(true);
    const config = parseConfig(text, 'northmoor-config.json');
    expect(config).not.toHaveProperty('$schema');
    expect(config.amberRule).toBe('tolerance-or-improving');
  });
});
