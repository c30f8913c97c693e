/// <reference types="office-js" />
/**
 * The configuration stored in the workbook itself (`Workbook.settings`, ExcelApi 1.4), so it
 * travels with the file and co-authors see the same targets, tolerance and house style. Settings
 * are kept per workbook and add-in, under one key, as JSON text.
 */
import { ConfigError, DEFAULT_CONFIG, type Issue, parseConfig, type ScorecardConfig, warning } from '../core';

/** The settings key holding the configuration. */
export const CONFIG_KEY = 'scorecardNarrator.config';

/**
 * Notes the add-in keeps beside the configuration about its own writes, removed by Clear RAG with
 * what they describe: the label cells a refresh turned from Text to General (`TextLabelCells` in
 * core), and the ratings at the last refresh (`app/lastRefresh.ts`).
 */
export const TEXT_LABELS_KEY = 'scorecardNarrator.textLabels';
export const LAST_REFRESH_KEY = 'scorecardNarrator.lastRefresh';

/** A stored note, queued for loading: its value once synced, and deleting it. */
export interface StoredNote {
  /** The stored value (undefined when there is none); throws before the caller's next `context.sync()`. */
  value(): unknown;
  /** Queues deleting the note where there is one; the caller syncs. */
  forget(): void;
}

/** Queues loading a stored note without a round trip of its own. */
export function requestNote(context: Excel.RequestContext, key: string): StoredNote {
  const item = context.workbook.settings.getItemOrNullObject(key).load('value');
  return {
    value: () => (item.isNullObject ? undefined : item.value),
    forget: () => {
      if (!item.isNullObject) item.delete();
    },
  };
}

/** A note to store: its key and its value as the JSON text stored. */
export interface NoteToStore {
  readonly key: string;
  readonly text: string;
}

/** A note to store, as JSON text (whose length is what it adds to a request). */
export function noteToStore(key: string, value: unknown): NoteToStore {
  return { key, text: JSON.stringify(value) };
}

/** Queues storing a note, replacing any earlier one; the caller syncs. */
export function storeNote(context: Excel.RequestContext, note: NoteToStore): void {
  context.workbook.settings.add(note.key, note.text);
}

/** Where the stored configuration is said to come from in messages. */
const SOURCE = 'the workbook settings';

/** The configuration in force: the stored one, the defaults when none is stored, or the problem. */
export type StoredConfig =
  | { readonly config: ScorecardConfig; readonly stored: boolean; readonly issue: null }
  | { readonly config: null; readonly stored: true; readonly issue: Issue };

function invalid(error: unknown): Issue {
  const problem = error instanceof ConfigError ? error.message : null;
  return warning('stored-config-invalid', { problem, source: SOURCE });
}

/** Checks a stored value: JSON text (as we store it) or an object (as another tool might). */
export function checkStored(value: unknown): StoredConfig {
  try {
    return { config: parseConfig(value, SOURCE), stored: true, issue: null };
  } catch (error) {
    if (error instanceof ConfigError) return { config: null, stored: true, issue: invalid(error) };
    throw error;
  }
}

/**
 * Queues loading the stored configuration without a round trip of its own; the returned function
 * gives the result once the caller's next `context.sync()` has run (it throws before then).
 */
export function requestConfig(context: Excel.RequestContext): () => StoredConfig {
  const item = context.workbook.settings.getItemOrNullObject(CONFIG_KEY).load('value');
  return () => (item.isNullObject ? { config: DEFAULT_CONFIG, stored: false, issue: null } : checkStored(item.value));
}

/** The stored configuration, checked with {@link parseConfig} (one round trip). */
export async function readConfig(context: Excel.RequestContext): Promise<StoredConfig> {
  const result = requestConfig(context);
  await context.sync();
  return result();
}

/**
 * Checks and stores a configuration in the workbook (one round trip), replacing any earlier one.
 * It is stored as given, JSON text or an object, so defaults are not frozen into the workbook;
 * the checked configuration, defaults filled in, is returned.
 * @throws ConfigError when the configuration is not valid: nothing is stored then.
 */
export async function saveConfig(context: Excel.RequestContext, config: unknown): Promise<ScorecardConfig> {
  const checked = parseConfig(config);
  context.workbook.settings.add(CONFIG_KEY, typeof config === 'string' ? config : JSON.stringify(config));
  await context.sync();
  return checked;
}

/** Removes the stored configuration, so the defaults apply again (one round trip). */
export async function clearConfig(context: Excel.RequestContext): Promise<void> {
  const item = context.workbook.settings.getItemOrNullObject(CONFIG_KEY);
  await context.sync();
  if (item.isNullObject) return;
  item.delete();
  await context.sync();
}
