/**
 * `npm run schema`: writes the configuration's JSON Schema to docs/scorecard-config.schema.json, so
 * that an editor can check and complete a configuration file that names it with "$schema" (as
 * samples/northmoor-config.json does). The schema comes from the zod schema the CLI and the add-in
 * check configurations with; a test fails when the committed file is not what this writes today.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configJsonSchema } from '../src/core/config/schema';

export const SCHEMA_PATH = join('docs', 'scorecard-config.schema.json');

/** The schema file's text: the JSON Schema, titled, two-space indented, with a final newline. */
export function configSchemaText(): string {
  const { $schema, ...rest } = configJsonSchema();
  const schema = {
    $schema,
    title: 'Scorecard Narrator configuration',
    description:
      'Settings for rating a council performance scorecard and drafting its narrative. Every top-level setting is optional.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  writeFileSync(join(root, SCHEMA_PATH), configSchemaText());
  console.log(`Wrote ${SCHEMA_PATH}`);
}
