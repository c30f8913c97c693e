import { lettersToCol } from '../address';
import type { ColumnRole, Issue, SheetGrid, TableConfig } from '../types';
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
      .map((key) => ({
        severity: 'warning',
        code: 'config-column-unmatched',
        sheet,
        message: `${sheet}: the configured column '${key}' matches no header or column of a table on this sheet.`,
      }));
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Which tables a configuration applies to: the whole sheet when its `sheet` is the sheet's name,
 * or one Excel table when it is that table's name (case-insensitive). Anything else is reported
 * and ignored.
 */
export function matchConfig(grid: SheetGrid, config: TableConfig | undefined): {
  sheet: ConfigColumns | null;
  listObject: { name: string; columns: ConfigColumns } | null;
  issues: Issue[];
} {
  if (!config) return { sheet: null, listObject: null, issues: [] };
  if (sameName(config.sheet, grid.name)) return { sheet: new ConfigColumns(config), listObject: null, issues: [] };
  const table = grid.tables?.find((t) => sameName(t.name, config.sheet));
  if (table) return { sheet: null, listObject: { name: table.name, columns: new ConfigColumns(config) }, issues: [] };
  const message = `${grid.name}: the table configuration for '${config.sheet}' matches neither this sheet nor an Excel table on it, so it is not used.`;
  return { sheet: null, listObject: null, issues: [{ severity: 'warning', code: 'config-sheet-unmatched', sheet: grid.name, message }] };
}
