/**
 * A scorecard configuration: how it is checked ({@link parseConfig}, every problem named by its path,
 * in plain words, and the defaults filled in), its zod schema and the JSON Schema made from it. The
 * add-in stores the same shape in the workbook.
 */
export { ConfigError } from './ConfigError';
export { configJsonSchema, configSchema } from './configSchema';
export { DEFAULT_CONFIG } from './defaults';
export { parseConfig } from './parse';
