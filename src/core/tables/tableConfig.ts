import { lettersToCol } from '../address';
import type { TableConfig } from '../config/types';
import type { ColumnRole } from './types';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { headerKey } from './headerText';

/**
 * Column roles set by configuration. A key is header text (compared as {@link headerKey}:
 * case, punctuation and spacing do not matter) or a column letter ("E"). Header text wins: a key
 * that is the text of a header in the row is read as that header, otherwise as a column letter.
 */
export class ConfigColumns {
  private readonly byHeader = new Map<string, { key: string; role: ColumnRole }>();
  private readonly byLetter = new Map<number, { key: string; role: ColumnRole }>();
  /** Keys that matched a column of a detected table. */
  readonly used = new Set<string>();

  constructor(readonly config: TableConfig) {
    for (const [key, role] of Object.entries(config.columns ?? {})) {
      this.byHeader.set(headerKey(key), { key, role });
      const col = lettersToCol(key);
      if (col !== null && key.trim() === key.trim().toUpperCase()) this.byLetter.set(col, { key, role });
    }
  }

  /** True when the configuration makes a column with this header text the name column. */
  namesHeader(text: string): boolean {
    return this.byHeader.get(headerKey(text))?.role === 'name';
  }

  /** True when the configuration sets the name column by letter. */
  get namesByLetter(): boolean {
    return [...this.byLetter.values()].some((v) => v.role === 'name');
  }

  /**
   * The configured role for a column, if any.
   * @param rowKeys The header keys of every cell in the row, so that a key that is some header's
   *   text is not also read as a column letter.
   */
  roleFor(col: number, header: string, rowKeys: ReadonlySet<string>): { key: string; role: ColumnRole } | null {
    const text = headerKey(header);
    const byHeader = text === '' ? undefined : this.byHeader.get(text);
    if (byHeader) return byHeader;
    const byLetter = this.byLetter.get(col);
    return byLetter && !rowKeys.has(headerKey(byLetter.key)) ? byLetter : null;
  }

  /** Warnings for keys that matched no column of any table. */
  unused(sheet: string): Issue[] {
    return Object.keys(this.config.columns ?? {})
      .filter((key) => !this.used.has(key))
      .map((key) => warning('config-column-unmatched', { sheet, key }, { sheet }));
  }
}

/** Whether two sheet or Excel table names are the same name (Excel ignores case). */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Whether a table configuration is for this sheet, or for an Excel table on it. */
export function configFor(grid: SheetGrid, config: TableConfig): boolean {
  return sameName(config.sheet, grid.name) || (grid.tables ?? []).some((t) => sameName(t.name, config.sheet));
}

/**
 * Which tables each configuration applies to: the whole sheet when its `sheet` is the sheet's
 * name, or one Excel table when it is that table's name (case-insensitive). Anything else is
 * reported and ignored, and so is a second configuration for the same sheet or table.
 */
export function matchConfig(
  grid: SheetGrid,
  configs: readonly TableConfig[],
): {
  sheet: ConfigColumns | null;
  /** By the Excel table's name as the grid spells it. */
  listObjects: Map<string, ConfigColumns>;
  issues: Issue[];
} {
  let sheet: ConfigColumns | null = null;
  const listObjects = new Map<string, ConfigColumns>();
  const issues: Issue[] = [];
  for (const config of configs) {
    const table = grid.tables?.find((t) => sameName(t.name, config.sheet));
    const taken = sameName(config.sheet, grid.name) ? sheet !== null : table ? listObjects.has(table.name) : null;
    if (taken === null) {
      issues.push(warning('config-sheet-unmatched', { config: config.sheet, sheet: grid.name }, { sheet: grid.name }));
    } else if (taken) {
      issues.push(warning('config-sheet-repeated', { sheet: grid.name, config: config.sheet }, { sheet: grid.name }));
    } else if (table) listObjects.set(table.name, new ConfigColumns(config));
    else sheet = new ConfigColumns(config);
  }
  return { sheet, listObjects, issues };
}
